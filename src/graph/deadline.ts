import neo4j, { Neo4jError } from 'neo4j-driver';

/**
 * Client-side deadlines for database calls. Neo4j enforces a transaction's timeout itself, and the driver
 * bounds connecting and acquiring a pooled connection, but neither notices a server that stops answering on
 * a connection it already holds (a frozen JVM, a long GC pause, a network that drops packets): the driver
 * then waits forever. These deadlines are what a request can count on whatever the server does.
 */

/**
 * What a call gets when Neo4j did not answer in time. It is a Neo4jError with the driver's own
 * "service unavailable" code, so it is classified, counted and retried exactly like a refused connection.
 */
export class DatabaseDeadlineError extends Neo4jError {
  constructor(what: string, ms: number) {
    super(`Neo4j did not answer ${what} within ${ms} ms`, neo4j.error.SERVICE_UNAVAILABLE, '08000', 'error: connection exception');
    // The driver's error constructors pin the prototype to Neo4jError; put ours back so instanceof works.
    Object.setPrototypeOf(this, DatabaseDeadlineError.prototype);
    this.name = 'DatabaseDeadlineError';
  }
}

/** Rejects with a DatabaseDeadlineError if `work` has not settled after `ms`; the work itself is left to finish. */
export function withDeadline<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new DatabaseDeadlineError(what, ms)), ms);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolvePromise(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** What a liveness probe found: the server answered, or it missed one deadline (not yet judged down). */
export type ProbeResult = 'alive' | 'unsure';

/**
 * Waits for `work`, but while it runs, asks `probe` every `everyMs` whether the server still answers at all,
 * and again at once after an unsure answer. A query that takes long on a live server keeps running up to
 * `limitMs` (its own timeout plus a grace for Neo4j to report it); once the probe judges the server down
 * (it rejects), every waiting call fails then instead of at the limit.
 */
export function watchWhileWaiting<T>(
  work: Promise<T>,
  options: { everyMs: number; limitMs: number; probe: () => Promise<ProbeResult> },
): Promise<T> {
  const { everyMs, limitMs, probe } = options;
  return new Promise<T>((resolvePromise, reject) => {
    let settled = false;
    const finish = (action: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(limit);
      clearTimeout(next);
      action();
    };
    const limit = setTimeout(() => finish(() => reject(new DatabaseDeadlineError('this transaction', limitMs))), limitMs);
    let next: NodeJS.Timeout;
    const schedule = (delayMs: number) => {
      next = setTimeout(() => {
        probe().then(
          (result) => {
            if (!settled) schedule(result === 'alive' ? everyMs : 0);
          },
          (error: unknown) => finish(() => reject(error instanceof Error ? error : new Error(String(error)))),
        );
      }, delayMs);
    };
    schedule(everyMs);
    work.then(
      (value) => finish(() => resolvePromise(value)),
      (error: unknown) => finish(() => reject(error instanceof Error ? error : new Error(String(error)))),
    );
  });
}
