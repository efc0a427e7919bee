import { Neo4jError } from 'neo4j-driver';
import { isConnectivityError } from '../../src/graph/database';
import { DatabaseDeadlineError, watchWhileWaiting, withDeadline, type ProbeResult } from '../../src/graph/deadline';

/** Timers are Jest's fake ones: these check what happens in which order, not how fast. */
const never = new Promise<never>(() => undefined);
const after = <T>(ms: number, value: T) => new Promise<T>((r) => setTimeout(() => r(value), ms));

/** Settles the promise while advancing fake time; returns its outcome and the fake time it took. */
async function outcomeOf<T>(promise: Promise<T>, advanceMs: number) {
  const started = Date.now();
  let outcome: { value?: T; error?: unknown; at?: number } = {};
  promise.then(
    (value) => (outcome = { value, at: Date.now() - started }),
    (error: unknown) => (outcome = { error, at: Date.now() - started }),
  );
  await jest.advanceTimersByTimeAsync(advanceMs);
  return outcome;
}

describe('database deadlines', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('a deadline error is a Neo4j connectivity error, and recognisable as a deadline', async () => {
    const { error } = await outcomeOf(withDeadline(never, 1000, 'a test'), 1000);
    expect(error).toBeInstanceOf(DatabaseDeadlineError);
    expect(error).toBeInstanceOf(Neo4jError);
    expect(isConnectivityError(error)).toBe(true);
  });

  it('keeps waiting while the probe says the server is alive, up to the limit', async () => {
    let probes = 0;
    const probe = async (): Promise<ProbeResult> => {
      probes += 1;
      return 'alive';
    };
    const slow = await outcomeOf(watchWhileWaiting(after(12000, 'done'), { everyMs: 1000, limitMs: 20000, probe }), 20000);
    expect(slow).toEqual({ value: 'done', at: 12000 });
    expect(probes).toBe(11);
    const stuck = await outcomeOf(watchWhileWaiting(never, { everyMs: 1000, limitMs: 15000, probe }), 20000);
    expect(stuck.error).toBeInstanceOf(DatabaseDeadlineError);
    expect(stuck.at).toBe(15000);
  });

  it('probes again at once after an unsure answer, and fails the call when the probe judges the server down', async () => {
    const answers: Array<() => Promise<ProbeResult>> = [
      () => after(1000, 'unsure'), // missed its deadline once: not enough to give up
      () => after(1000, 'unsure').then(() => Promise.reject(new DatabaseDeadlineError('a liveness check', 1000))),
    ];
    const probe = () => answers.shift()!();
    const { error, at } = await outcomeOf(watchWhileWaiting(never, { everyMs: 1000, limitMs: 15000, probe }), 20000);
    expect(String(error)).toMatch(/liveness check/);
    // First probe at 1 s, unsure at 2 s, the second straight away (not 1 s later), judged down at 3 s.
    expect(at).toBeGreaterThanOrEqual(3000);
    expect(at).toBeLessThan(3100);
  });
});
