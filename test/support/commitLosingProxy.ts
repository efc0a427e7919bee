import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy in front of a real Neo4j that can lose one acknowledgement: the next Bolt COMMIT passing
 * through reaches Neo4j and commits, and Neo4j's answer to it is swallowed; then every connection drops and
 * new ones are refused for a while, as when a network or the database host fails right after a commit.
 * Neo4j itself is untouched; the fault is in the wire, where such faults happen.
 */

/** A Bolt COMMIT message: chunk of 2 bytes (struct marker B0, signature 0x12), then the end-of-message 00 00. */
const COMMIT = Buffer.from([0x00, 0x02, 0xb0, 0x12, 0x00, 0x00]);

export type CommitLosingProxy = {
  port: number;
  /** Arms the fault; resolves once a commit's answer was lost and connections are refused again... then allowed. */
  loseNextCommitAnswer: (refuseForMs: number) => { lost: Promise<void>; healed: Promise<void> };
  close: () => Promise<void>;
};

export async function startCommitLosingProxy(targetPort: number): Promise<CommitLosingProxy> {
  const sockets = new Set<Socket>();
  let refusing = false;
  let armed: { onLost: () => void; refuseForMs: number; onHealed: () => void } | undefined;

  const dropEverything = () => {
    for (const socket of sockets) socket.destroy();
    sockets.clear();
  };

  const server: Server = createServer((client) => {
    if (refusing) {
      client.destroy();
      return;
    }
    const upstream = connect(targetPort, '127.0.0.1');
    sockets.add(client);
    sockets.add(upstream);
    let waitingForCommitAnswer = false;
    client.on('data', (data) => {
      upstream.write(data);
      if (armed && data.includes(COMMIT)) waitingForCommitAnswer = true;
    });
    upstream.on('data', (data) => {
      if (waitingForCommitAnswer && armed) {
        // Neo4j has answered the commit: it is durable. The client never hears it.
        const { onLost, refuseForMs, onHealed } = armed;
        armed = undefined;
        refusing = true;
        dropEverything();
        onLost();
        setTimeout(() => {
          refusing = false;
          onHealed();
        }, refuseForMs);
        return;
      }
      client.write(data);
    });
    const close = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('close', close);
    upstream.on('close', close);
    client.on('error', close);
    upstream.on('error', close);
  });
  await new Promise<void>((resolvePromise) => server.listen(0, '127.0.0.1', resolvePromise));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  return {
    port,
    loseNextCommitAnswer: (refuseForMs) => {
      let onLost!: () => void;
      let onHealed!: () => void;
      const lost = new Promise<void>((r) => (onLost = r));
      const healed = new Promise<void>((r) => (onHealed = r));
      armed = { onLost, onHealed, refuseForMs };
      return { lost, healed };
    },
    close: async () => {
      dropEverything();
      await new Promise((r) => server.close(r));
    },
  };
}
