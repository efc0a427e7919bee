import { makeApiKey } from '../../src/auth/apiKeys';
import type { ApiKeyEntry } from '../../src/config';
import type { Database } from '../../src/graph/database';
import type { RunningService } from '../../src/server/app';
import { startSeededService, startTestService } from '../support/testService';

const writer = makeApiKey('curator', 'writer');
const keys: ApiKeyEntry[] = [writer.entry].map((entry) => {
  const [id, role, sha256] = entry.split(':') as [string, 'reader' | 'writer', string];
  return { id, role, sha256 };
});

const ENTITY = `query Entity($id: ID!) { entity(id: $id) { id name aliases } }`;
const RELATED = `query Related($id: ID!) { relatedConditions(id: $id, first: 3) { score condition { id } } }`;
const UPSERT = `mutation Upsert($input: EntityInput!) { upsertEntity(input: $input) { id name } }`;

type Answer = {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] };
  cached: boolean;
};

/** One POST; `cached` says whether the answer came from the response cache (it then carries an Age header). */
async function ask(
  service: RunningService,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const response = await fetch(service.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as Answer['body'], cached: response.headers.has('age') };
}

async function cacheCounters(service: RunningService): Promise<{ hits: number; misses: number }> {
  const text = await (await fetch(service.url.replace('/graphql', '/metrics'))).text();
  const value = (name: string) => Number(/^(\S+) (\S+)$/m.exec(text.split('\n').find((l) => l.startsWith(`${name} `)) ?? '')?.[2] ?? NaN);
  return { hits: value('graphql_response_cache_hits_total'), misses: value('graphql_response_cache_misses_total') };
}

describe('the response cache never answers with a graph older than the last write', () => {
  let db: Database;
  let service: RunningService;

  beforeAll(async () => {
    ({ db, service } = await startSeededService({ auth: { keys, readsRequireKey: false } }));
  });
  afterAll(async () => {
    await service.stop();
    await db.close();
  });

  it('answers a repeated query from the cache with the same data, and counts hits and misses', async () => {
    const before = await cacheCounters(service);
    const first = await ask(service, RELATED, { id: 'achilles-tendinitis' });
    const second = await ask(service, RELATED, { id: 'achilles-tendinitis' });
    expect(first.cached).toBe(false);
    expect(second.cached).toBe(true);
    expect(second.body).toEqual(first.body);
    expect((second.body.data?.relatedConditions as unknown[]).length).toBe(3);
    const after = await cacheCounters(service);
    expect(after.hits - before.hits).toBe(1);
    expect(after.misses - before.misses).toBe(1);
  });

  it('keeps different variables apart', async () => {
    await ask(service, ENTITY, { id: 'shin-splints' });
    const other = await ask(service, ENTITY, { id: 'plantar-fasciitis' });
    expect(other.cached).toBe(false);
    expect((other.body.data?.entity as { id: string }).id).toBe('plantar-fasciitis');
  });

  it('shows a change made through the API at once', async () => {
    const original = await ask(service, ENTITY, { id: 'shin-splints' });
    expect((await ask(service, ENTITY, { id: 'shin-splints' })).cached).toBe(true);
    const name = (original.body.data?.entity as { name: string }).name;

    const renamed = await ask(
      service,
      UPSERT,
      { input: { id: 'shin-splints', kind: 'CONDITION', name: `${name} (renamed)` } },
      { authorization: `Bearer ${writer.key}` },
    );
    expect(renamed.body.errors).toBeUndefined();

    const after = await ask(service, ENTITY, { id: 'shin-splints' });
    expect(after.cached).toBe(false);
    expect((after.body.data?.entity as { name: string }).name).toBe(`${name} (renamed)`);
  });

  it('shows a change written straight into Neo4j, past the service, at once', async () => {
    await ask(service, ENTITY, { id: 'plantar-fasciitis' });
    expect((await ask(service, ENTITY, { id: 'plantar-fasciitis' })).cached).toBe(true);

    await db.write("MATCH (e:Entity {id: 'plantar-fasciitis'}) SET e.aliases = e.aliases + 'heel spur pain (test)'");

    const after = await ask(service, ENTITY, { id: 'plantar-fasciitis' });
    expect(after.cached).toBe(false);
    expect((after.body.data?.entity as { aliases: string[] }).aliases).toContain('heel spur pain (test)');
  });

  it('never stores an answer with errors', async () => {
    const bad = { id: 'achilles-tendinitis' };
    const query = `query Related($id: ID!) { relatedConditions(id: $id, first: 500) { score } }`;
    const first = await ask(service, query, bad);
    const second = await ask(service, query, bad);
    expect(first.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(second.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(second.cached).toBe(false);
  });

  it('is off when configured off', async () => {
    const uncached = await startTestService(db, { responseCache: null });
    try {
      await ask(uncached, ENTITY, { id: 'shin-splints' });
      expect((await ask(uncached, ENTITY, { id: 'shin-splints' })).cached).toBe(false);
    } finally {
      await uncached.stop();
    }
  });
});
