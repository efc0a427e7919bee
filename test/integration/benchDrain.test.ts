import { drainDatabase } from '../../bench/drain';
import { testDatabase } from '../support/testDatabase';

/**
 * The benchmark's measurements must not run beside queries left over from earlier ones (bench/drain.ts): the
 * drain waits for them and stops those still running after its grace period. Nothing is timed beyond that.
 */
describe('benchmark drain between measurements', () => {
  const db = testDatabase();
  afterAll(() => db.close());

  // Minutes of work for Neo4j: only a termination ends it within the test's time.
  const LEFTOVER = 'UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 99 RETURN count(x) AS n';

  it('returns at once when nothing else runs (its own listing does not count)', async () => {
    const drained = await drainDatabase(db, 5000);
    expect(drained.terminated).toBe(0);
    expect(drained.waitedMs).toBeLessThan(5000);
  });

  it('terminates a query still running after the grace period, and only after it', async () => {
    const leftover = db.read(LEFTOVER).then(
      () => 'finished',
      (error: Error) => error.message,
    );
    // Until the query shows up in SHOW TRANSACTIONS.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const drained = await drainDatabase(db, 300);
    expect(drained.terminated).toBe(1);
    expect(drained.waitedMs).toBeGreaterThanOrEqual(300);
    expect(await leftover).toMatch(/terminated/i);
    expect((await drainDatabase(db, 5000)).terminated).toBe(0);
  }, 60000);
});
