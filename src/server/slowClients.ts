import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/**
 * Deadlines against slow clients, so that a connection that trickles (slowloris) or never sends its
 * body holds no slot and no memory for long:
 * - a connection must deliver a request's headers within `headersMs` of opening, or of its previous
 *   answer when it has nothing else in flight; otherwise it is closed;
 * - a request must deliver its whole body within `bodyMs` of its headers, or the connection is closed
 *   (what frees the queue place, or the running slot, that such a request holds: src/server/backPressure.ts);
 * - a connection that moves no byte for `idleMs` (a client that stopped reading its answer) is closed;
 * - at most `maxConnections` are open; Node closes further ones as they arrive.
 * Node's own headersTimeout/requestTimeout are not used: in Node 20 they missed every connection of a
 * group opened together (measured: 2 slowloris sockets were never closed, 1 was, after 3 s).
 */
export type SlowClientLimits = { headersMs: number; bodyMs: number; idleMs: number; maxConnections: number };

export const DEFAULT_SLOW_CLIENT_LIMITS: SlowClientLimits = { headersMs: 10000, bodyMs: 10000, idleMs: 60000, maxConnections: 1000 };

export function guardSlowClients(server: Server, limits: SlowClientLimits = DEFAULT_SLOW_CLIENT_LIMITS) {
  const headerTimers = new WeakMap<Socket, NodeJS.Timeout>();
  const inFlight = new WeakMap<Socket, number>();
  const armHeaders = (socket: Socket) => {
    clearTimeout(headerTimers.get(socket));
    const timer = setTimeout(() => socket.destroy(), limits.headersMs);
    timer.unref();
    headerTimers.set(socket, timer);
  };
  server.maxConnections = limits.maxConnections;
  server.timeout = limits.idleMs;
  server.on('connection', (socket: Socket) => {
    armHeaders(socket);
    socket.once('close', () => clearTimeout(headerTimers.get(socket)));
  });

  /** Called first for every request: its headers are in. */
  return (req: IncomingMessage, res: ServerResponse): void => {
    const socket = req.socket;
    clearTimeout(headerTimers.get(socket));
    inFlight.set(socket, (inFlight.get(socket) ?? 0) + 1);
    const bodyTimer = setTimeout(() => {
      if (!req.complete) socket.destroy();
    }, limits.bodyMs);
    bodyTimer.unref();
    req.once('end', () => clearTimeout(bodyTimer));
    res.once('close', () => {
      clearTimeout(bodyTimer);
      const left = (inFlight.get(socket) ?? 1) - 1;
      inFlight.set(socket, left);
      if (left === 0 && !socket.destroyed) armHeaders(socket);
    });
  };
}
