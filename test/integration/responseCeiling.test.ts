import type { Database } from '../../src/graph/database';
import type { RunningService } from '../../src/server/app';
import { postGraphQL, startSeededService, startTestService, stopService } from '../support/testService';

/**
 * The response ceiling, the cost model's last line of defence: an answer that grows past it while the
 * operation runs is replaced by one coded error (never a crash, never a truncated answer), and the
 * service goes on answering. The ceiling is lowered here so that the seeded graph can reach it.
 */

const CEILING = 4096;
const BIG = '{ entities(first: 100) { edges { node { id name description aliases } } } }';

describe('the response ceiling', () => {
  let db: Database;
  let normal: RunningService;
  let small: RunningService;

  beforeAll(async () => {
    ({ db, service: normal } = await startSeededService());
    small = await startTestService(db, { maxResponseBytes: CEILING, responseCache: null });
  });
  afterAll(async () => {
    await small.stop();
    await stopService(normal, db);
  });

  it('answers an operation that outgrows it with RESPONSE_TOO_LARGE and no partial data', async () => {
    const full = await postGraphQL(normal, BIG);
    expect(full.body.errors).toBeUndefined();
    expect(JSON.stringify(full.body).length).toBeGreaterThan(CEILING * 2);

    const refused = await postGraphQL(small, BIG);
    expect(refused.status).toBe(200);
    expect(refused.body).toEqual({
      errors: [{ message: expect.stringMatching(/larger than 4 kB/), extensions: { code: 'RESPONSE_TOO_LARGE', limitBytes: CEILING } }],
    });
  });

  it('lets answers below it through untouched, and stays up', async () => {
    const fine = await postGraphQL(small, '{ entity(id: "acupuncture") { id name } }');
    expect(fine.body).toEqual({ data: { entity: { id: 'acupuncture', name: expect.any(String) } } });
    const metrics = await (await fetch(small.url.replace(/\/graphql$/, '/metrics'))).text();
    expect(metrics).toMatch(/graphql_errors_total\{code="RESPONSE_TOO_LARGE"\} 1/);
  });
});
