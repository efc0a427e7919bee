import { Writable } from 'node:stream';
import pino from 'pino';
import { makeApiKey } from '../../src/auth/apiKeys';
import { Database } from '../../src/graph/database';
import { findFreePort } from '../../src/graph/embedded';
import { MAX_OPERATION_LABELS, OTHER_OPERATION, UNRESOLVED_OPERATION } from '../../src/server/observability';
import type { RunningService } from '../../src/server/app';
import { clearDatabase, testDatabase } from '../support/testDatabase';
import { postGraphQL, startTestService } from '../support/testService';

describe('observability', () => {
  let db: Database;
  let service: RunningService;
  const lines: Record<string, unknown>[] = [];
  const writer = makeApiKey('ops-writer', 'writer');

  beforeAll(async () => {
    db = testDatabase();
    await clearDatabase(db);
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
        done();
      },
    });
    const [id, role, sha256] = writer.entry.split(':') as [string, 'writer', string];
    service = await startTestService(db, {
      logger: pino({ level: 'info' }, sink),
      auth: { keys: [{ id, role, sha256 }], readsRequireKey: false },
    });
  });
  afterAll(async () => {
    await service.stop();
    await db.close();
  });

  it('logs one JSON line per operation with request id, operation, duration and error codes, and never the key', async () => {
    await postGraphQL(
      service,
      'query CountThings { stats { nodeCount } }',
      {},
      { 'x-request-id': 'req-123', authorization: `Bearer ${writer.key}` },
    );
    await postGraphQL(service, 'query Broken { entities(first: 0) { totalCount } }');
    const ok = lines.find((l) => l.requestId === 'req-123');
    expect(ok).toEqual(expect.objectContaining({ operation: 'CountThings', caller: 'ops-writer', msg: 'graphql request' }));
    expect(typeof ok!.durationMs).toBe('number');
    const broken = lines.find((l) => l.operation === 'Broken');
    expect(broken).toEqual(expect.objectContaining({ errorCodes: ['BAD_USER_INPUT'] }));
    expect(typeof broken!.requestId).toBe('string');
    expect(JSON.stringify(lines)).not.toContain(writer.key);
  });

  it('exposes Prometheus metrics: requests and latency by operation, errors by code, Neo4j sessions in use', async () => {
    await postGraphQL(service, 'query CountThings { stats { nodeCount } }');
    const text = await (await fetch(service.url.replace(/\/graphql$/, '/metrics'))).text();
    expect(text).toMatch(/graphql_requests_total\{operation="CountThings"\} [1-9]/);
    expect(text).toMatch(/graphql_request_duration_seconds_bucket\{le="[^"]+",operation="CountThings"\}/);
    expect(text).toMatch(/graphql_errors_total\{code="BAD_USER_INPUT"\} [1-9]/);
    expect(text).toMatch(/neo4j_sessions_in_use 0/);
  });
});

/** Sums of a counter's series from /metrics text, by the value of one label. */
function seriesByLabel(text: string, metric: string, label: string): Map<string, number> {
  const found = new Map<string, number>();
  const pattern = new RegExp(`^${metric}\\{[^}]*${label}="([^"]*)"[^}]*\\} (\\S+)$`, 'gm');
  for (const [, value, count] of text.matchAll(pattern)) found.set(value!, (found.get(value!) ?? 0) + Number(count));
  return found;
}

describe('metrics and logs tell the truth (issue 10)', () => {
  let db: Database;
  let service: RunningService;
  const lines: Record<string, unknown>[] = [];

  beforeAll(async () => {
    db = testDatabase();
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
        done();
      },
    });
    service = await startTestService(db, { logger: pino({ level: 'info' }, sink) });
  });
  afterAll(async () => {
    await service.stop();
    await db.close();
  });

  const metricsText = async (of: RunningService) => (await fetch(of.url.replace(/\/graphql$/, '/metrics'))).text();

  it('keeps the operation label bounded after 1,000 random operation names', async () => {
    let seed = 10;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    for (let i = 0; i < 1000; i += 1) {
      const name = `Op${random().toString(36)}`;
      const body =
        i % 3 === 0
          ? { query: `query ${name} { stats { nodeCount } }` } // valid: a new name each time
          : i % 3 === 1
            ? { query: `query ${name} { stats { nodeCount `, operationName: name } // does not parse
            : { query: 'query Known { stats { nodeCount } }', operationName: name }; // no such operation
      await fetch(service.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    }
    const labels = seriesByLabel(await metricsText(service), 'graphql_requests_total', 'operation');
    // Names only from operations that parsed and validated, and at most MAX_OPERATION_LABELS of them.
    expect(labels.size).toBeLessThanOrEqual(MAX_OPERATION_LABELS + 3);
    expect(labels.get(UNRESOLVED_OPERATION)).toBeGreaterThanOrEqual(666);
    expect(labels.get(OTHER_OPERATION)).toBeGreaterThan(0);
    expect([...labels.keys()].filter((l) => l.startsWith('Op')).length).toBeLessThanOrEqual(MAX_OPERATION_LABELS);
    const histogramLabels = seriesByLabel(await metricsText(service), 'graphql_request_duration_seconds_count', 'operation');
    expect(histogramLabels.size).toBe(labels.size);
  }, 120000);

  it('counts and logs the code the client received: QUERY_TOO_COMPLEX for an alias flood, REQUEST_TOO_LARGE', async () => {
    const before = seriesByLabel(await metricsText(service), 'graphql_errors_total', 'code');
    const aliases = await postGraphQL(service, `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: stats { nodeCount }`).join(' ')} }`);
    expect(aliases.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    const large = await fetch(service.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'too-large-1' },
      body: JSON.stringify({ query: `{ stats { nodeCount } } # ${'x'.repeat(100 * 1024)}` }),
    });
    expect(((await large.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('REQUEST_TOO_LARGE');

    const after = seriesByLabel(await metricsText(service), 'graphql_errors_total', 'code');
    const delta = (code: string) => (after.get(code) ?? 0) - (before.get(code) ?? 0);
    expect(delta('QUERY_TOO_COMPLEX')).toBe(1);
    expect(delta('GRAPHQL_VALIDATION_FAILED')).toBe(0);
    expect(delta('REQUEST_TOO_LARGE')).toBe(1);
    expect(lines).toContainEqual(expect.objectContaining({ errorCodes: ['QUERY_TOO_COMPLEX'] }));
    expect(lines).toContainEqual(expect.objectContaining({ requestId: 'too-large-1', errorCodes: ['REQUEST_TOO_LARGE'] }));
  });

  it('counts and logs DATABASE_UNAVAILABLE as DATABASE_UNAVAILABLE, not INTERNAL_SERVER_ERROR', async () => {
    const nowhere = new Database({
      uri: `bolt://127.0.0.1:${await findFreePort()}`,
      username: 'neo4j',
      maxPoolSize: 2,
      connectTimeoutMs: 1000,
      queryTimeoutMs: 2000,
    });
    const logged: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean)) logged.push(JSON.parse(line) as Record<string, unknown>);
        done();
      },
    });
    const down = await startTestService(nowhere, { logger: pino({ level: 'info' }, sink), responseCache: null });
    try {
      const answer = await postGraphQL(down, 'query Count { stats { nodeCount } }');
      expect(answer.body.errors?.map((e) => e.extensions?.code)).toEqual(['DATABASE_UNAVAILABLE']);
      const codes = seriesByLabel(await metricsText(down), 'graphql_errors_total', 'code');
      expect(Object.fromEntries(codes)).toEqual({ DATABASE_UNAVAILABLE: 1 });
      expect(logged).toContainEqual(expect.objectContaining({ operation: 'Count', errorCodes: ['DATABASE_UNAVAILABLE'] }));
    } finally {
      await down.stop();
      await nowhere.close();
    }
  }, 60000);
});
