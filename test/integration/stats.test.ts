import type { Database } from '../../src/graph/database';
import type { RunningService } from '../../src/server/app';
import { clearDatabase, testDatabase } from '../support/testDatabase';
import { postGraphQL, startTestService } from '../support/testService';

describe('stats over HTTP → Apollo → neo4j-driver → Neo4j', () => {
  let db: Database;
  let service: RunningService;

  beforeAll(async () => {
    db = testDatabase();
    await clearDatabase(db);
    service = await startTestService(db);
  });
  afterAll(async () => {
    await service.stop();
    await db.close();
  });

  it('counts what is in the database, and follows writes', async () => {
    const before = await postGraphQL<{ stats: { nodeCount: number; relationshipCount: number } }>(
      service,
      '{ stats { nodeCount relationshipCount } }',
    );
    expect(before.status).toBe(200);
    expect(before.body.data?.stats).toEqual({ nodeCount: 0, relationshipCount: 0 });

    await db.write("CREATE (:Probe {id: 'a'})-[:LINKS]->(:Probe {id: 'b'})<-[:LINKS]-(:Probe {id: 'c'})");
    const after = await postGraphQL<{ stats: { nodeCount: number; relationshipCount: number } }>(
      service,
      '{ stats { nodeCount relationshipCount } }',
    );
    expect(after.body.data?.stats).toEqual({ nodeCount: 3, relationshipCount: 2 });
  });

  it('answers /health and /ready as plain HTTP', async () => {
    const base = service.url.replace(/\/graphql$/, '');
    const health = await fetch(`${base}/health`);
    const ready = await fetch(`${base}/ready`);
    expect(health.status).toBe(200);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('rejects a misspelt field with a validation code and no suggestion leak of internals', async () => {
    const response = await postGraphQL(service, '{ stats { nodeCoun } }');
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(response.body)).not.toMatch(/stacktrace/);
  });
});
