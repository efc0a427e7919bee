import { randomUUID } from 'node:crypto';
import { makeApiKey } from '../../src/auth/apiKeys';
import type { ApiKeyEntry } from '../../src/config';
import type { Database } from '../../src/graph/database';
import type { RunningService } from '../../src/server/app';
import { seedDatabase } from '../../seed';
import { startCommitLosingProxy, type CommitLosingProxy } from '../support/commitLosingProxy';
import { clearDatabase, testDatabase, testNeo4jPort } from '../support/testDatabase';
import { postGraphQL, startTestService, type GraphQLResponse } from '../support/testService';

/**
 * Writes are safe to retry. A write commits in Neo4j but its acknowledgement is lost on the way back (a proxy
 * on the wire swallows Neo4j's answer to the COMMIT and drops the connections for 3 s); the service answers
 * DATABASE_UNAVAILABLE, retryable; the client retries as told and gets the committed record, and the graph
 * holds it once. With an Idempotency-Key header and without one (the record's own id is the key then).
 */

const writer = makeApiKey('researcher-1', 'writer');
const keys: ApiKeyEntry[] = [writer.entry].map((entry) => {
  const [id, role, sha256] = entry.split(':') as [string, 'reader' | 'writer', string];
  return { id, role, sha256 };
});
const asWriter = { authorization: `Bearer ${writer.key}` };
const REFUSE_MS = 3000;

const ADD_CLAIM = `mutation Add($input: AddClaimInput!) { addClaim(input: $input) { id statement createdBy } }`;
const RETRACT = `mutation Retract($id: ID!, $reason: String!) { retractClaim(id: $id, reason: $reason) { id retraction { reason by } } }`;
const UPSERT = `mutation Upsert($input: EntityInput!) { upsertEntity(input: $input) { id name } }`;

const claimInput = (statement: string) => ({
  subject: 'acupuncture',
  predicate: 'TREATS',
  object: 'plantar-fasciitis',
  strength: 'VERY_LOW',
  statement,
  sourceIds: ['source-article'],
});

type AddClaim = { addClaim: { id: string; statement: string; createdBy: string } };

describe('a write whose acknowledgement was lost, retried', () => {
  let db: Database;
  let proxy: CommitLosingProxy;
  let behindProxy: Database;
  let service: RunningService;

  beforeAll(async () => {
    db = testDatabase();
    await clearDatabase(db);
    await seedDatabase(db);
    proxy = await startCommitLosingProxy(testNeo4jPort());
    behindProxy = testDatabase({ uri: `bolt://127.0.0.1:${proxy.port}`, maxPoolSize: 5, connectTimeoutMs: 1000 });
    service = await startTestService(behindProxy, { auth: { keys, readsRequireKey: false } });
  });

  afterAll(async () => {
    await service.stop();
    await behindProxy.close();
    await proxy.close();
    await clearDatabase(db);
    await db.close();
  });

  async function claimsSaying(statement: string): Promise<string[]> {
    const rows = await db.read<{ id: string }>('MATCH (c:Claim {statement: $statement}) RETURN c.id AS id', { statement });
    return rows.map((r) => r.id);
  }

  /** Sends the request once with the fault armed; returns that first answer once the wire has healed. */
  async function sendLosingTheAck<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown>,
    headers: Record<string, string>,
  ) {
    const fault = proxy.loseNextCommitAnswer(REFUSE_MS);
    const first = await postGraphQL<T>(service, query, variables, headers);
    await fault.lost;
    await fault.healed;
    return first;
  }

  function expectRetryable(response: GraphQLResponse): void {
    expect(response.body.errors?.[0]?.extensions).toEqual(expect.objectContaining({ code: 'DATABASE_UNAVAILABLE', retryable: true }));
  }

  it.each([
    ['with an Idempotency-Key', true],
    ['without a key: the claim id made from its content is the key', false],
  ])('addClaim %s: the retry returns the committed claim, and there is one', async (_name, withKey) => {
    const statement = `A retried claim ${randomUUID()}.`;
    const headers = { ...asWriter, ...(withKey ? { 'idempotency-key': randomUUID() } : {}) };
    const first = await sendLosingTheAck<AddClaim>(ADD_CLAIM, { input: claimInput(statement) }, headers);
    expectRetryable(first);
    const committed = await claimsSaying(statement);
    expect(committed).toHaveLength(1); // the first attempt did commit

    const retry = await postGraphQL<AddClaim>(service, ADD_CLAIM, { input: claimInput(statement) }, headers);
    expect(retry.body.errors).toBeUndefined();
    expect(retry.body.data?.addClaim).toEqual({ id: committed[0], statement, createdBy: 'researcher-1' });
    expect(await claimsSaying(statement)).toEqual(committed);
  });

  it('retractClaim: the retry returns the retracted claim, not "already retracted"', async () => {
    const statement = `A claim to retract ${randomUUID()}.`;
    const added = await postGraphQL<AddClaim>(service, ADD_CLAIM, { input: claimInput(statement) }, asWriter);
    const id = added.body.data!.addClaim.id;
    const variables = { id, reason: 'Duplicate of the article claim.' };
    const first = await sendLosingTheAck(RETRACT, variables, asWriter);
    expectRetryable(first);
    const [state] = await db.read<{ retractedAt: string | null }>('MATCH (c:Claim {id: $id}) RETURN c.retractedAt AS retractedAt', { id });
    expect(state?.retractedAt).toEqual(expect.any(String));

    const retry = await postGraphQL(service, RETRACT, variables, asWriter);
    expect(retry.body.errors).toBeUndefined();
    expect(retry.body.data).toEqual({ retractClaim: { id, retraction: { reason: variables.reason, by: 'researcher-1' } } });
  });

  it('upsertEntity: the retry returns the entity as committed', async () => {
    const input = { id: 'hamstring-strain', kind: 'CONDITION', name: `Hamstring strain ${randomUUID().slice(0, 8)}` };
    const first = await sendLosingTheAck(UPSERT, { input }, asWriter);
    expectRetryable(first);
    const retry = await postGraphQL(service, UPSERT, { input }, asWriter);
    expect(retry.body.errors).toBeUndefined();
    expect(retry.body.data).toEqual({ upsertEntity: { id: input.id, name: input.name } });
    const rows = await db.read('MATCH (n:Entity {id: $id}) RETURN n.name AS name', { id: input.id });
    expect(rows).toEqual([{ name: input.name }]);
  });

  it('two copies of one request at once write once and both get the same claim', async () => {
    const statement = `A twice-sent claim ${randomUUID()}.`;
    const headers = { ...asWriter, 'idempotency-key': randomUUID() };
    const answers = await Promise.all(
      [1, 2].map(() => postGraphQL<AddClaim>(service, ADD_CLAIM, { input: claimInput(statement) }, headers)),
    );
    for (const answer of answers) expect(answer.body.errors).toBeUndefined();
    const committed = await claimsSaying(statement);
    expect(committed).toHaveLength(1);
    expect(answers.map((a) => a.body.data?.addClaim.id)).toEqual([committed[0], committed[0]]);
  });

  it('a key reused for a different request is refused, and nothing is written', async () => {
    const headers = { ...asWriter, 'idempotency-key': randomUUID() };
    const statement = `A first claim ${randomUUID()}.`;
    expect((await postGraphQL(service, ADD_CLAIM, { input: claimInput(statement) }, headers)).body.errors).toBeUndefined();
    const other = `Another claim ${randomUUID()}.`;
    const reused = await postGraphQL(service, ADD_CLAIM, { input: claimInput(other) }, headers);
    expect(reused.body.errors?.[0]?.extensions).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'Idempotency-Key' }));
    expect(await claimsSaying(other)).toEqual([]);
  });

  it('keeps receipts out of the graph statistics', async () => {
    const [row] = await db.read<{ nodes: number; receipts: number }>(
      'CALL () { MATCH (n) WHERE NOT (n:MutationReceipt OR n:RelatedRanking OR n:RelatedRankingLock) RETURN count(n) AS nodes } CALL () { MATCH (r:MutationReceipt) RETURN count(r) AS receipts } RETURN nodes, receipts',
    );
    expect(row!.receipts).toBeGreaterThan(0);
    const stats = await postGraphQL<{ stats: { nodeCount: number } }>(service, '{ stats { nodeCount } }');
    expect(stats.body.data?.stats.nodeCount).toBe(row!.nodes);
  });
});
