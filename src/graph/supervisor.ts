import { dirname, join } from 'node:path';
import { lastLinesOfFile } from './consoleLog';
import { startEmbeddedNeo4j, type EmbeddedNeo4j, type EmbeddedOptions } from './embedded';

/**
 * Keeps the embedded Neo4j running: when its JVM dies (kill -9, OutOfMemoryError, a crash), the death is
 * reported with what the JVM printed last and the tail of Neo4j's debug.log, and a new JVM is started on the
 * same port and data folder, after a back-off that doubles with every failure in a row. The driver keeps its
 * URI, so requests fail fast with DATABASE_UNAVAILABLE meanwhile and /ready comes back once Bolt answers.
 */

export type Backoff = {
  /** Wait before the first restart. */
  initialMs: number;
  /** The wait doubles per failure in a row up to this. */
  maxMs: number;
  /** A JVM that ran this long counts as healthy again: the next death starts from initialMs. */
  stableMs: number;
};

export const DEFAULT_BACKOFF: Backoff = { initialMs: 1000, maxMs: 30000, stableMs: 60000 };

export type SupervisorEvent =
  | {
      event: 'neo4j_died';
      pid: number;
      code: number | null;
      signal: NodeJS.Signals | null;
      uptimeMs: number;
      restartInMs: number;
      consoleLogFile: string;
      lastOutput: string[];
      debugLogTail: string[];
    }
  | { event: 'neo4j_restarted'; pid: number; attempt: number; downMs: number }
  | { event: 'neo4j_restart_failed'; attempt: number; error: string; restartInMs: number };

export type SupervisedNeo4j = {
  uri: string;
  /** The pid of the JVM running now (changes with every restart; -1 while none runs). */
  pid: () => number;
  /** Stops supervising and stops the JVM; nothing is restarted after this. */
  stop: () => Promise<void>;
};

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolvePromise) => {
    const timer = setTimeout(resolvePromise, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolvePromise();
    });
  });

/** Starts the embedded Neo4j (a start-up failure rejects, as startEmbeddedNeo4j does) and supervises it. */
export async function superviseEmbeddedNeo4j(
  options: EmbeddedOptions,
  report: (event: SupervisorEvent) => void,
  backoff: Backoff = DEFAULT_BACKOFF,
): Promise<SupervisedNeo4j> {
  let current: EmbeddedNeo4j | undefined = await startEmbeddedNeo4j(options);
  const uri = current.uri;
  const stopped = new AbortController();
  /** A restart under way, which stop() must wait for (its JVM is stopped as soon as it is up). */
  let restarting: Promise<unknown> | undefined;
  let failuresInARow = 0;

  const delayFor = (failures: number) => Math.min(backoff.maxMs, backoff.initialMs * 2 ** Math.max(0, failures - 1));

  const watch = async (running: EmbeddedNeo4j, startedAt: number): Promise<void> => {
    const exit = await running.died;
    if (stopped.signal.aborted) return;
    current = undefined;
    const diedAt = Date.now();
    const uptimeMs = diedAt - startedAt;
    failuresInARow = uptimeMs >= backoff.stableMs ? 1 : failuresInARow + 1;
    let restartInMs = delayFor(failuresInARow);
    report({
      event: 'neo4j_died',
      pid: running.pid,
      code: exit.code,
      signal: exit.signal,
      uptimeMs,
      restartInMs,
      consoleLogFile: running.consoleLogFile,
      lastOutput: running.lastOutput(20),
      debugLogTail: lastLinesOfFile(join(dirname(running.consoleLogFile), 'debug.log'), 10),
    });
    for (let attempt = 1; ; attempt += 1) {
      await sleep(restartInMs, stopped.signal);
      if (stopped.signal.aborted) return;
      try {
        const starting = startEmbeddedNeo4j(options);
        restarting = starting.catch(() => undefined);
        const next = await starting;
        if (stopped.signal.aborted) {
          await next.stop();
          return;
        }
        current = next;
        report({ event: 'neo4j_restarted', pid: next.pid, attempt, downMs: Date.now() - diedAt });
        void watch(next, Date.now());
        return;
      } catch (error) {
        failuresInARow += 1;
        restartInMs = delayFor(failuresInARow);
        report({
          event: 'neo4j_restart_failed',
          attempt,
          error: error instanceof Error ? error.message : String(error),
          restartInMs,
        });
      }
    }
  };
  void watch(current, Date.now());

  return {
    uri,
    pid: () => current?.pid ?? -1,
    stop: async () => {
      stopped.abort();
      await restarting;
      await current?.stop();
    },
  };
}
