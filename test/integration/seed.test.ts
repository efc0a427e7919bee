import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '../../src/graph/database';
import { DEFAULT_SEED_DIR, seedDatabase } from '../../seed';
import { clearDatabase, testDatabase } from '../support/testDatabase';

/** Everything in the graph, in a stable order, so two loads can be compared exactly. */
async function snapshot(db: Database) {
  // A stored ranking's `version` counts the writes to it (src/related/cypher.ts), which a second seed adds to:
  // bookkeeping of the ranking cache, not content of the graph. Everything else must be the same.
  const nodes = await db.read(
    'MATCH (n) RETURN labels(n) AS labels, CASE WHEN n:RelatedRanking THEN n {.*, version: null} ELSE properties(n) END AS props ORDER BY n.id',
  );
  const rels = await db.read(
    'MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props ORDER BY from, type, to, r.claimId',
  );
  return { nodes, rels };
}

describe('seeding', () => {
  let db: Database;
  beforeAll(async () => {
    db = testDatabase();
  });
  afterAll(() => db.close());

  it('is idempotent: loading twice gives the same graph', async () => {
    await clearDatabase(db);
    await seedDatabase(db);
    const first = await snapshot(db);
    await seedDatabase(db);
    const second = await snapshot(db);
    expect(first.nodes.length).toBeGreaterThan(60);
    expect(first.rels.length).toBeGreaterThan(100);
    expect(second).toEqual(first);
  });

  it('writes nothing when the seed is invalid', async () => {
    await clearDatabase(db);
    const dir = mkdtempSync(join(tmpdir(), 'seed-'));
    cpSync(DEFAULT_SEED_DIR, dir, { recursive: true });
    const claims = JSON.parse(readFileSync(join(dir, 'claims.json'), 'utf8')) as Record<string, unknown>[];
    claims[claims.length - 1]!.object = 'no-such-condition';
    writeFileSync(join(dir, 'claims.json'), JSON.stringify(claims));
    try {
      await expect(seedDatabase(db, dir)).rejects.toThrow(/claims\.json .* field "object": unknown entity id "no-such-condition"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const [count] = await db.read<{ n: number }>('MATCH (n) RETURN count(n) AS n');
    expect(count?.n).toBe(0);
  });

  it('re-seeding after an edit leaves no stale source or edge behind', async () => {
    await clearDatabase(db);
    await seedDatabase(db);
    const dir = mkdtempSync(join(tmpdir(), 'seed-'));
    cpSync(DEFAULT_SEED_DIR, dir, { recursive: true });
    const claims = JSON.parse(readFileSync(join(dir, 'claims.json'), 'utf8')) as Array<Record<string, unknown>>;
    const edited = claims.find((c) => c.id === 'acupuncture-treats-plantar-fasciitis') as {
      strength: string;
      gradeReasons: unknown[];
      findings: { finding: string }[];
    };
    // A valid edit under the rubric: one more downgrade, and two findings no longer bear on the claim.
    edited.strength = 'VERY_LOW';
    edited.gradeReasons.push({ factor: 'PUBLICATION_BIAS', levelsDown: 1, explanation: 'test edit', findings: [] });
    edited.findings = edited.findings.filter((f) => !f.finding.startsWith('wang-2020'));
    writeFileSync(join(dir, 'claims.json'), JSON.stringify(claims));
    try {
      await seedDatabase(db, dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const rows = await db.read<{ strength: string; edges: number; wang: number; findings: number }>(
      `MATCH (c:Claim {id: 'acupuncture-treats-plantar-fasciitis'})
       RETURN c.strength AS strength, COUNT { (:Entity {id: 'acupuncture'})-[r:TREATS]->(:Entity {id: 'plantar-fasciitis'}) } AS edges,
         COUNT { (c)<-[:BEARS_ON]-(:Finding {sourceId: 'wang-2020-php-ea-vs-ma'}) } AS wang, COUNT { (c)<-[:BEARS_ON]-() } AS findings`,
    );
    expect(rows).toEqual([{ strength: 'VERY_LOW', edges: 1, wang: 0, findings: 9 }]);
  });
});
