import { connect, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startTestServer } from '../harness.ts';

// A shutdown that begins while requests have reached the server's sockets but not yet been read (its event loop
// was busy): they are answered, not reset. Node's own http close drops such keep-alive sockets as "idle".

const HEALTH = 'GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n';

/** Blocks this thread, as a busy server would be: bytes sent meanwhile wait unread in the kernel. */
function busyFor(ms: number): void {
  const until = Date.now() + ms;
  while (Date.now() < until) { /* busy */ }
}

/** A raw keep-alive connection: send a request, read what came back since the last read. */
class RawClient {
  private text = '';
  private ended = false;
  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk) => (this.text += chunk.toString('latin1')));
    socket.on('close', () => (this.ended = true));
    socket.on('error', () => (this.ended = true));
  }

  static open(url: string): Promise<RawClient> {
    const { hostname, port } = new URL(url);
    return new Promise((resolve, reject) => {
      const socket = connect(Number(port), hostname, () => resolve(new RawClient(socket)));
      socket.on('error', reject);
    });
  }

  send(request: string): void {
    this.socket.write(request);
  }

  /** The status line of the next whole answer, or null if the connection ended without one. */
  async nextStatus(): Promise<string | null> {
    while (!this.text.includes('"ok":true') && !this.ended) await new Promise((resolve) => setTimeout(resolve, 5));
    const status = this.text.includes('"ok":true') ? this.text.split('\r\n')[0]! : null;
    this.text = '';
    return status;
  }
}

describe('closing the server', () => {
  it('answers requests that arrived on kept-alive connections but were not yet read when the shutdown began', async () => {
    const server = await startTestServer();
    const clients = await Promise.all(Array.from({ length: 4 }, () => RawClient.open(server.url)));
    // One request each first: the connections are now idle keep-alive ones, as a tablet's are between syncs.
    for (const client of clients) client.send(HEALTH);
    expect(await Promise.all(clients.map((client) => client.nextStatus()))).toEqual(clients.map(() => 'HTTP/1.1 200 OK'));

    for (const client of clients) client.send(HEALTH);
    busyFor(30);
    const closed = server.close();
    expect(await Promise.all(clients.map((client) => client.nextStatus()))).toEqual(clients.map(() => 'HTTP/1.1 200 OK'));
    await closed;
  });
});
