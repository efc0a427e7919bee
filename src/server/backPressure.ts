import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/**
 * Back-pressure: a bound on the requests that cost memory at once, so a flood costs a bounded amount.
 *
 * - At most `maxRunning` requests execute at a time; up to `maxQueued` more wait (their bodies still
 *   unread, so a waiting request holds little); a request that waits longer than `maxWaitMs`, or finds
 *   the queue full, gets 503 with Retry-After.
 * - At most `maxPerConnection` requests of one connection are admitted at a time; beyond it (HTTP/1.1
 *   pipelining) the request gets 429 with Retry-After. Those small answers queue behind the running ones
 *   on that connection, and once they fill the socket's buffer Node stops reading it, so a pipelined
 *   flood of any length holds at most this many requests plus one read's worth of refusals.
 *
 * A slot is freed when the response closes (sent, or the client went away).
 */
export type BackPressureOptions = {
  maxRunning: number;
  maxQueued: number;
  maxWaitMs: number;
  maxPerConnection: number;
  retryAfterSeconds: number;
};

export const DEFAULT_BACK_PRESSURE: BackPressureOptions = {
  maxRunning: 16,
  maxQueued: 256,
  maxWaitMs: 10000,
  maxPerConnection: 8,
  retryAfterSeconds: 1,
};

export type Refusal = 'TOO_MANY_REQUESTS' | 'SERVER_BUSY';

function refuse(res: ServerResponse, status: number, code: Refusal, message: string, retryAfterSeconds: number): void {
  const body = JSON.stringify({ errors: [{ message, extensions: { code, retryable: true, retryAfterSeconds } }] });
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'retry-after': String(retryAfterSeconds),
  });
  res.end(body);
}

export function backPressure(options: BackPressureOptions, onRefused: (code: Refusal) => void = () => {}) {
  let running = 0;
  const waiting: Array<{ start: () => void; timer: NodeJS.Timeout }> = [];
  const perConnection = new WeakMap<Socket, number>();

  const startNext = () => {
    while (running < options.maxRunning && waiting.length > 0) {
      const next = waiting.shift()!;
      clearTimeout(next.timer);
      next.start();
    }
  };

  const admit = (req: IncomingMessage, res: ServerResponse, handle: () => void): void => {
    const socket = req.socket;
    const onConnection = perConnection.get(socket) ?? 0;
    if (onConnection >= options.maxPerConnection) {
      onRefused('TOO_MANY_REQUESTS');
      return refuse(
        res,
        429,
        'TOO_MANY_REQUESTS',
        `At most ${options.maxPerConnection} requests per connection are handled at a time; wait for the answers before sending more.`,
        options.retryAfterSeconds,
      );
    }
    if (running >= options.maxRunning && waiting.length >= options.maxQueued) {
      onRefused('SERVER_BUSY');
      return refuse(res, 503, 'SERVER_BUSY', 'The service is busy. This is temporary; retry shortly.', options.retryAfterSeconds);
    }
    perConnection.set(socket, onConnection + 1);

    let state: 'waiting' | 'running' | 'done' = 'waiting';
    const start = () => {
      if (state !== 'waiting') return;
      state = 'running';
      running += 1;
      handle();
    };
    res.once('close', () => {
      const left = (perConnection.get(socket) ?? 1) - 1;
      if (left > 0) perConnection.set(socket, left);
      else perConnection.delete(socket);
      if (state === 'running') running -= 1;
      if (state === 'waiting') {
        const at = waiting.findIndex((w) => w.start === start);
        if (at >= 0) clearTimeout(waiting.splice(at, 1)[0]!.timer);
      }
      state = 'done';
      startNext();
    });

    if (running < options.maxRunning) return start();
    const timer = setTimeout(() => {
      const at = waiting.findIndex((w) => w.start === start);
      if (at >= 0) waiting.splice(at, 1);
      state = 'done';
      onRefused('SERVER_BUSY');
      refuse(res, 503, 'SERVER_BUSY', 'The service is busy. This is temporary; retry shortly.', options.retryAfterSeconds);
    }, options.maxWaitMs);
    waiting.push({ start, timer });
  };

  return {
    admit,
    get running() {
      return running;
    },
    get queued() {
      return waiting.length;
    },
  };
}
