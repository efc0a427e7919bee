import { connect, createServer, type Socket } from 'node:net';

/**
 * A TCP proxy in front of a real Neo4j that hands on everything Neo4j sends `delayMs` late, in order: a
 * database on a slow network. Any call through it is slow by construction, however fast the query itself is,
 * so a test can act "in the middle of a slow call" without relying on a query that happens to run long.
 */
export type DelayingProxy = { port: number; close: () => Promise<void> };

export async function startDelayingProxy(targetPort: number, delayMs: number): Promise<DelayingProxy> {
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(targetPort, '127.0.0.1');
    sockets.add(client);
    sockets.add(upstream);
    client.on('data', (data) => upstream.write(data));
    // Timers of one delay fire in the order they were set, so the answers keep their order.
    upstream.on('data', (data) => {
      setTimeout(() => {
        if (!client.destroyed) client.write(data);
      }, delayMs);
    });
    const close = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    for (const socket of [client, upstream]) {
      socket.on('close', close);
      socket.on('error', close);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The delaying proxy has no port.');
  return {
    port: address.port,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
