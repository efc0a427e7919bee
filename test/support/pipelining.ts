import { connect } from 'node:net';

export type PipelinedAnswer = { status: number; headers: Record<string, string>; body: string };

/** One HTTP/1.1 POST of a GraphQL operation, as raw bytes, for writing many back to back on one socket. */
export function rawGraphQLPost(port: number, query: string, variables: Record<string, unknown> = {}): string {
  const body = JSON.stringify({ query, variables });
  return (
    `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\n` +
    `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: keep-alive\r\n\r\n${body}`
  );
}

/**
 * HTTP/1.1 pipelining: writes every request on one keep-alive socket at once, without waiting for any
 * answer, then reads the answers in order. Resolves when all are in, the server closes, or `timeoutMs` passes.
 */
export function pipeline(
  port: number,
  requests: string[],
  timeoutMs: number,
): Promise<{ answers: PipelinedAnswer[]; closedEarly: boolean; timedOut: boolean }> {
  return new Promise((resolvePromise) => {
    const answers: PipelinedAnswer[] = [];
    let pending = Buffer.alloc(0);
    let finished = false;
    const socket = connect(port, '127.0.0.1');
    const finish = (closedEarly: boolean, timedOut: boolean) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      socket.destroy();
      resolvePromise({ answers, closedEarly, timedOut });
    };
    const timer = setTimeout(() => finish(false, true), timeoutMs);
    socket.on('connect', () => socket.write(requests.join('')));
    socket.on('data', (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk]);
      for (;;) {
        const end = pending.indexOf('\r\n\r\n');
        if (end < 0) break;
        const [statusLine, ...headerLines] = pending.subarray(0, end).toString('latin1').split('\r\n');
        const headers = Object.fromEntries(
          headerLines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
        );
        const length = Number(headers['content-length']);
        if (!Number.isInteger(length)) throw new Error(`An answer without Content-Length: ${statusLine}`);
        if (pending.length < end + 4 + length) break;
        answers.push({
          status: Number(statusLine!.split(' ')[1]),
          headers,
          body: pending.subarray(end + 4, end + 4 + length).toString('utf8'),
        });
        pending = pending.subarray(end + 4 + length);
      }
      if (answers.length >= requests.length) finish(false, false);
    });
    socket.on('error', () => finish(true, false));
    socket.on('close', () => finish(true, false));
  });
}
