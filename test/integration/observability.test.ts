import { Writable } from 'node:stream';
import pino from 'pino';
import { makeApiKey } from '../../src/auth/apiKeys';
import type { Database } from '../../src/graph/database';
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
