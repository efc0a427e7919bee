import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '../../src/graph/database';
import { LINK_TYPE_NAMES } from '../../src/domain/vocabulary';
import * as Q from '../../src/interchange/cypher';
import { sortLinks } from '../../src/interchange/exporter';
import { seedDatabase } from '../../seed';
import { clearDatabase, testDatabase } from '../support/testDatabase';
import { exportTo, filesOf, importFrom } from '../support/interchange';

/** The export reads each kind by its id index and sorts an entity's links itself (cypher.ts, "How the export reads"). */
describe('export order does not depend on the order Neo4j reads in', () => {
  let db: Database;
  beforeAll(async () => {
    db = testDatabase();
    await clearDatabase(db);
    await seedDatabase(db);
  });
  afterAll(() => db.close());

  it('links come out by (from, type, to) and claims by id, even from a graph written in shuffled order', async () => {
    const reference = { csv: filesOf(await exportTo(db, 'csv')), jsonl: filesOf(await exportTo(db, 'jsonl')) };
    // The same records, every line of the JSON Lines files in a shuffled order (a fixed one).
    const shuffledDir = await exportTo(db, 'jsonl');
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (const file of ['nodes.jsonl', 'edges.jsonl']) {
      const lines = reference.jsonl[file]!.trimEnd().split('\n');
      const shuffled = lines
        .map((l) => [random(), l] as const)
        .sort((a, b) => a[0] - b[0])
        .map(([, l]) => l);
      expect(shuffled).not.toEqual(lines);
      writeFileSync(join(shuffledDir, file), `${shuffled.join('\n')}\n`);
    }
    await clearDatabase(db);
    const report = await importFrom(db, shuffledDir);
    expect(report.problems).toEqual([]);

    // Neo4j's own order of some entity's links is not the export's (else this test would prove nothing).
    const raw = await db.read<{ from: string; type: string; to: string }>(
      `MATCH (a:Entity)-[r:${LINK_TYPE_NAMES.join('|')}]->(b:Entity) RETURN a.id AS from, type(r) AS type, b.id AS to`,
    );
    const byFrom = new Map<string, [string, string, null][]>();
    for (const l of raw) (byFrom.get(l.from) ?? byFrom.set(l.from, []).get(l.from)!).push([l.type, l.to, null]);
    const unsorted = [...byFrom.values()].filter((links) => {
      const own = links.map(([t, to]) => `${t} ${to}`).join('\n');
      return (
        own !==
        sortLinks([...links])
          .map(([t, to]) => `${t} ${to}`)
          .join('\n')
      );
    });
    expect(unsorted.length).toBeGreaterThan(0);

    const again = { csv: filesOf(await exportTo(db, 'csv')), jsonl: filesOf(await exportTo(db, 'jsonl')) };
    // links.csv: type,from,to,sources; ids and types never need quoting.
    const links = again.csv['links.csv']!.trimEnd()
      .split('\n')
      .slice(1)
      .map((r) => r.split(',').slice(0, 3));
    const expected = raw
      .map((l) => [l.type, l.from, l.to])
      .sort(([ta, fa, oa], [tb, fb, ob]) =>
        fa! < fb! ? -1 : fa! > fb! ? 1 : ta! < tb! ? -1 : ta! > tb! ? 1 : oa! < ob! ? -1 : oa! > ob! ? 1 : 0,
      );
    expect(links).toEqual(expected);
    const claimIds = again.jsonl['edges.jsonl']!.trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((e) => 'grade' in e)
      .map((e) => e.id as string);
    expect(claimIds.length).toBe(report.changes!.claims.added);
    expect(claimIds).toEqual([...claimIds].sort());
    // And byte for byte the export of the graph before the shuffle.
    expect(again).toEqual(reference);
  }, 300000);

  it('no export query sorts in Neo4j: each walks its id index, which yields ids in order', async () => {
    const sorts: string[] = [];
    const visit = (name: string, plan: { operatorType: string; children: unknown[] }) => {
      if (/sort|top/i.test(plan.operatorType)) sorts.push(`${name}: ${plan.operatorType}`);
      for (const child of plan.children) visit(name, child as typeof plan);
    };
    const queries = {
      EXPORT_SOURCES: Q.EXPORT_SOURCES,
      EXPORT_ENTITIES: Q.EXPORT_ENTITIES,
      EXPORT_FINDINGS: Q.EXPORT_FINDINGS,
      EXPORT_LINKS: Q.EXPORT_LINKS,
      EXPORT_CLAIMS: Q.EXPORT_CLAIMS,
    };
    for (const [name, cypher] of Object.entries(queries)) {
      const summary = await db.readTx(async (tx) => (await tx.run(`EXPLAIN ${cypher}`, { includeRetracted: true })).summary);
      expect(summary.plan).toBeTruthy();
      visit(name, summary.plan as unknown as { operatorType: string; children: unknown[] });
    }
    expect(sorts).toEqual([]);
  });
});
