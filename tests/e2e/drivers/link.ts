import { createServer, connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

// A tablet's network link: a loopback TCP proxy in front of the server that the test can cut and restore.
// WebKitGTK has no network switch a driver can reach, so "offline" is made here for every engine: while the
// link is cut, every open connection is reset and every new one is refused at once, as with no signal. The
// app must then open from its service worker. Each tablet gets its own link, so its origin is its own too.

export type Link = {
  /** The origin the tablet browses, e.g. http://127.0.0.1:40123 */
  readonly url: string;
  isUp(): boolean;
  cut(): void;
  restore(): void;
  close(): Promise<void>;
};

export async function openLink(serverUrl: string): Promise<Link> {
  const target = new URL(serverUrl);
  const sockets = new Set<Socket>();
  let isUp = true;

  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  };

  const proxy = createServer((client) => {
    if (!isUp) {
      client.resetAndDestroy();
      return;
    }
    const upstream = connect(Number(target.port), target.hostname);
    track(client);
    track(upstream);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const { port } = proxy.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    isUp: () => isUp,
    cut() {
      isUp = false;
      for (const socket of sockets) {
        if (socket.connecting || socket.destroyed) socket.destroy();
        else socket.resetAndDestroy();
      }
      sockets.clear();
    },
    restore() {
      isUp = true;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
    },
  };
}
