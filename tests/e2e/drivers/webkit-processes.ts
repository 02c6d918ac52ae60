import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { sendCommand } from './webdriver-client.ts';

// The processes behind one WebKit tablet: a private Xvfb display and WebKitWebDriver, which starts MiniBrowser.
// Each is stopped by the PID we started it with; an exit hook covers a run that dies before afterAll.

export const WEBKIT_WEBDRIVER = '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const XVFB = '/usr/bin/Xvfb';

export const isWebKitInstalled = (): boolean => [WEBKIT_WEBDRIVER, MINIBROWSER, XVFB].every((path) => existsSync(path));

const started = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of started) signalGroup(child, 'SIGKILL');
});

/** WebKitWebDriver runs in its own process group, so MiniBrowser and its helpers go with it. */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    child.kill(signal);
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return void started.delete(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  signalGroup(child, 'SIGTERM');
  const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), 3_000);
  await exited;
  clearTimeout(timer);
  started.delete(child);
}

function launch(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): ChildProcess {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env, detached: true });
  started.add(child);
  child.stdout?.resume();
  child.stderr?.resume();
  return child;
}

/** Xvfb on the first free display: -displayfd makes Xvfb choose it and tell us. */
async function startXvfb(): Promise<{ child: ChildProcess; display: string }> {
  const child = launch(XVFB, ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp']);
  const display = await new Promise<string>((resolve, reject) => {
    child.stdout?.once('data', (data: Buffer) => resolve(`:${String(data).trim()}`));
    child.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
  });
  return { child, display };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function waitForDriver(base: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${child.exitCode}`);
    const status = await sendCommand(base, 'GET', '/status').catch(() => null);
    if ((status as { ready?: boolean } | null)?.ready) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('WebKitWebDriver did not become ready');
}

export type WebKitProcesses = { base: string; stop(): Promise<void> };

export async function startWebKitProcesses(): Promise<WebKitProcesses> {
  const xvfb = await startXvfb();
  try {
    const port = await freePort();
    const driver = launch(WEBKIT_WEBDRIVER, [`--port=${port}`], { ...process.env, DISPLAY: xvfb.display });
    const base = `http://127.0.0.1:${port}`;
    await waitForDriver(base, driver).catch(async (error: unknown) => {
      await stop(driver);
      throw error;
    });
    return {
      base,
      async stop() {
        await stop(driver);
        await stop(xvfb.child);
      },
    };
  } catch (error) {
    await stop(xvfb.child);
    throw error;
  }
}
