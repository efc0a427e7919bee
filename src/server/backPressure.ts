import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/**
 * Back-pressure: a bound on the requests that cost memory at once, so a flood costs a bounded amount.
 *
 * - At most `maxRunning` requests execute at a time; up to `maxQueued` more are held: waiting for a slot,
 *   or, for GraphQL POSTs, still receiving their body. A request that waits for a slot longer than
 *   `maxWaitMs`, or finds `maxRunning + maxQueued` held already, gets 503 with Retry-After.
 * - A GraphQL POST takes its running slot only once its body is in (`runWhenBodyRead`): a client that never
 *   finishes its body (slowloris) holds a queue place, at most 64 kB of memory and, through
 *   src/server/slowClients.ts, only until its body deadline, but never a slot that quick requests need.
 *   Other requests take their slot before anything of them is read, so a waiting one holds little.
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

type Held = { state: 'reading' | 'waiting' | 'running' | 'done'; start: () => void; timer?: NodeJS.Timeout };

export function backPressure(options: BackPressureOptions, onRefused: (code: Refusal) => void = () => {}) {
  let running = 0;
  /** Admitted GraphQL POSTs whose body is still arriving. */
  let reading = 0;
  const waiting: Held[] = [];
  const perConnection = new WeakMap<Socket, number>();
  const held = new WeakMap<ServerResponse, Held>();
  const busy = (res: ServerResponse) => {
    onRefused('SERVER_BUSY');
    refuse(res, 503, 'SERVER_BUSY', 'The service is busy. This is temporary; retry shortly.', options.retryAfterSeconds);
  };

  const startNext = () => {
    while (running < options.maxRunning && waiting.length > 0) {
      const next = waiting.shift()!;
      clearTimeout(next.timer);
      next.start();
    }
  };

  /** Runs the request now if a slot is free, or queues it for one for at most maxWaitMs. */
  const queueForSlot = (entry: Held, res: ServerResponse) => {
    if (running < options.maxRunning) return entry.start();
    entry.state = 'waiting';
    entry.timer = setTimeout(() => {
      const at = waiting.indexOf(entry);
      if (at >= 0) waiting.splice(at, 1);
      entry.state = 'done';
      busy(res);
    }, options.maxWaitMs);
    waiting.push(entry);
  };

  /**
   * Called for every request as its headers arrive. `handle` runs once the request holds a slot or, with
   * `bodyFirst`, at once, so that the body is read first; the handler then calls runWhenBodyRead.
   */
  const admit = (req: IncomingMessage, res: ServerResponse, handle: () => void, bodyFirst = false): void => {
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
    if (running + reading + waiting.length >= options.maxRunning + options.maxQueued) return busy(res);
    perConnection.set(socket, onConnection + 1);

    const entry: Held = {
      state: 'waiting',
      start: () => {
        if (entry.state !== 'waiting') return;
        entry.state = 'running';
        running += 1;
        handle();
      },
    };
    res.once('close', () => {
      const left = (perConnection.get(socket) ?? 1) - 1;
      if (left > 0) perConnection.set(socket, left);
      else perConnection.delete(socket);
      if (entry.state === 'running') running -= 1;
      if (entry.state === 'reading') reading -= 1;
      if (entry.state === 'waiting') {
        const at = waiting.indexOf(entry);
        if (at >= 0) clearTimeout(waiting.splice(at, 1)[0]!.timer);
      }
      entry.state = 'done';
      startNext();
    });

    if (!bodyFirst) return queueForSlot(entry, res);
    entry.state = 'reading';
    reading += 1;
    held.set(res, entry);
    handle();
  };

  /** Express middleware for a request admitted with `bodyFirst`, placed after its body is parsed. */
  const runWhenBodyRead = (_req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const entry = held.get(res);
    if (!entry || entry.state !== 'reading') return next();
    held.delete(res);
    reading -= 1;
    entry.state = 'waiting';
    entry.start = () => {
      if (entry.state !== 'waiting') return;
      entry.state = 'running';
      running += 1;
      next();
    };
    queueForSlot(entry, res);
  };

  return {
    admit,
    runWhenBodyRead,
    get running() {
      return running;
    },
    get queued() {
      return waiting.length + reading;
    },
  };
}
