import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '../../src/graph/database';
import { seedDatabase, DEFAULT_SEED_DIR } from '../../seed';
import { clearDatabase, testDatabase } from '../support/testDatabase';
import { exportTo, filesOf, importFrom } from '../support/interchange';
import { BiolinkModel } from '../support/biolinkValidator';
import { importGraph } from '../../bench/import';
import { SyntheticGraph } from '../../bench/generate';

describe('export and import of the curated graph', () => {
  let db: Database;
  let reference: Record<string, Record<string, string>>;
  beforeAll(async () => {
    db = testDatabase();
    await clearDatabase(db);
    await seedDatabase(db);
    reference = {};
    for (const format of ['kgx', 'jsonl', 'csv', 'graphml'] as const) reference[format] = filesOf(await exportTo(db, format));
  });
  afterAll(() => db.close());

  it.each(['kgx', 'jsonl', 'csv'] as const)(
    '%s: export, import into an empty database, export again gives identical files',
    async (format) => {
      const dir = await exportTo(db, format);
      await clearDatabase(db);
      const report = await importFrom(db, dir);
      expect(report.problems.map((p) => `${p.at.file}:${p.at.line}: ${p.message}`)).toEqual([]);
      expect(report.ok).toBe(true);
      expect(report.changes!.claims.added).toBe(JSON.parse(readFileSync(join(DEFAULT_SEED_DIR, 'claims.json'), 'utf8')).length);
      for (const f of ['kgx', 'jsonl', 'csv', 'graphml'] as const) expect(filesOf(await exportTo(db, f))).toEqual(reference[f]);
    },
  );

  it('seed format: importing the curated seed folder gives the same graph as the seeder', async () => {
    await clearDatabase(db);
    const report = await importFrom(db, DEFAULT_SEED_DIR);
    expect(report.problems).toEqual([]);
    expect(filesOf(await exportTo(db, 'kgx'))).toEqual(reference.kgx);
  });

  it('KGX export is valid Biolink 4.4.4 by the model file', async () => {
    const model = new BiolinkModel();
    expect(model.model.version).toBe('4.4.4');
    const files = filesOf(await exportTo(db, 'jsonl'));
    const nodes = files['nodes.jsonl']!.trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const edges = files['edges.jsonl']!.trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(nodes.length).toBeGreaterThan(60);
    const problems = [...nodes.flatMap((n) => model.checkNode(n)), ...edges.flatMap((e) => model.checkEdge(e, 'grade' in e))];
    expect(problems).toEqual([]);
    // Evidence edges cite their studies as PMID and DOI CURIEs.
    const treatsPlantar = edges.find((e) => e.id === 'AKG:acupuncture-treats-plantar-fasciitis')!;
    expect(treatsPlantar.publications).toEqual(expect.arrayContaining(['PMID:28860848', 'doi:10.2147/JPR.S141607']));
    expect(edges.filter((e) => Array.isArray(e.publications)).length).toBeGreaterThan(10);
    // The validator can fail: a made-up category, a predicate outside related_to, a bad enum value.
    expect(model.checkCategory('biolink:RunningShoe')).not.toEqual([]);
    expect(model.checkCategory('biolink:InformationContentEntity')).toEqual(['category biolink:InformationContentEntity is abstract']);
    expect(model.checkPredicate('biolink:knowledge_level')).not.toEqual([]);
    expect(model.checkEdge({ ...edges[0], knowledge_level: 'hunch' }, false)).not.toEqual([]);
  });
});

describe('round trip of the benchmark graph', () => {
  let db: Database;
  beforeAll(() => {
    db = testDatabase();
  });
  afterAll(() => db.close());

  it('small: export, import into an empty database, export again gives identical files', async () => {
    await clearDatabase(db);
    await importGraph(db, new SyntheticGraph('small'), { progress: false, log: () => {} });
    const first = { kgx: filesOf(await exportTo(db, 'kgx')), csv: filesOf(await exportTo(db, 'csv')) };
    expect(first.kgx['edges.tsv']!.split('\n').length).toBeGreaterThan(2500);
    expect(first.kgx['edges.tsv']).toMatch(/\t2025-01-15T12:00:00.000Z\t/);
    const dir = await exportTo(db, 'kgx');
    await clearDatabase(db);
    const report = await importFrom(db, dir);
    expect(report.problems.slice(0, 5)).toEqual([]);
    expect(report.relationships).toBe(9898);
    expect({ kgx: filesOf(await exportTo(db, 'kgx')), csv: filesOf(await exportTo(db, 'csv')) }).toEqual(first);
    const withoutRetracted = filesOf(await exportTo(db, 'kgx', { includeRetracted: false }))['edges.tsv']!;
    expect(withoutRetracted).not.toMatch(/2025-01-15T12:00:00.000Z/);
    expect(withoutRetracted.length).toBeLessThan(first.kgx['edges.tsv']!.length);
  }, 600000);
});
