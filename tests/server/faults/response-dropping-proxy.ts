import { connect, createServer, type Server, type Socket } from 'node:net';

export type DroppingProxy = {
  url: string;
  /** While true, every response is cut off at its first byte: the server has answered, the client never hears. */
  isDropping: boolean;
  /** How many responses were dropped. */
  dropped: number;
  close(): Promise<void>;
};

/** A TCP proxy in front of `target` (http://host:port) that can lose responses, like a flaky mobile network. */
export async function startDroppingProxy(target: string): Promise<DroppingProxy> {
  const { hostname, port } = new URL(target);
  const sockets = new Set<Socket>();
  const proxy: DroppingProxy = { url: '', isDropping: true, dropped: 0, close: () => Promise.resolve() };
  const server: Server = createServer((client) => {
    const upstream = connect(Number(port), hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => {});
    }
    client.pipe(upstream);
    upstream.on('data', (chunk: Buffer) => {
      if (!proxy.isDropping) {
        client.write(chunk);
        return;
      }
      proxy.dropped++;
      client.destroy();
      upstream.destroy();
    });
    upstream.on('end', () => client.end());
    client.on('close', () => upstream.destroy());
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const address = server.address();
  proxy.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  proxy.close = () => {
    for (const socket of sockets) socket.destroy();
    return new Promise((closed) => server.close(() => closed()));
  };
  return proxy;
}
