import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '../../src/graph/database';
import { PROJECT_DIR } from '../../src/paths';
import { describeReport } from '../../src/interchange/importer';
import { formatProblem } from '../../src/interchange/model';
import { MAX_REPORTED_PROBLEMS } from '../../src/interchange/validate';
import { claimImport, importById, importContents } from '../../src/interchange/provenance';
import { DEFAULT_SEED_DIR, seedDatabase } from '../../seed';
import { clearDatabase, testDatabase } from '../support/testDatabase';
import { exportTo, filesOf, importFrom, tempDir } from '../support/interchange';

const NODE_HEADER = 'id\tcategory\tname\tsource_kind\tdescription';
const EDGE_HEADER = 'id\tsubject\tpredicate\tobject\tsources\tgrade\tstatement';

function kgxDir(nodes: string[], edges: string[]): string {
  const dir = tempDir('kgx');
  writeFileSync(join(dir, 'test_nodes.tsv'), [NODE_HEADER, ...nodes].join('\n') + '\n');
  writeFileSync(join(dir, 'test_edges.tsv'), [EDGE_HEADER, ...edges].join('\n') + '\n');
  return dir;
}

async function counts(db: Database) {
  const [row] = await db.read<{ nodes: number; rels: number }>(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels',
  );
  return row;
}

describe('bulk import: validation, dry run, provenance, all or nothing', () => {
  let db: Database;
  beforeAll(async () => {
    db = testDatabase();
    await clearDatabase(db);
    await seedDatabase(db);
  });
  afterAll(() => db.close());

  it('reports every kind of problem with file, line and column, and writes nothing', async () => {
    const before = await counts(db);
    const dir = kgxDir(
      [
        'AKG:new-trial\tbiolink:Publication\tA randomised trial\tTRIAL\t',
        'AKG:foot-gadget\tbiolink:Device\tFoot gadget\t\t',
        'AKG:new-pain\tbiolink:PhenotypicFeature\tArch pain\t\tPain under the arch.',
        'AKG:new-pain\tbiolink:PhenotypicFeature\tArch ache\t\tPain under the arch.',
        'AKG:new-pain\tbiolink:PhenotypicFeature\tArch pain\t\tPain under the arch.',
      ],
      [
        'AKG:l1\tAKG:plantar-fasciitis\tbiolink:has_phenotype\tAKG:new-pain\tAKG:source-article\t\t',
        'AKG:l2\tAKG:acupuncture\tbiolink:has_phenotype\tAKG:plantar-fasciitis\tAKG:source-article\t\t',
        'AKG:c1\tAKG:acupuncture\tbiolink:treats\tAKG:plantar-fasciitis\t\tLOW\tA claim with no source.',
        'AKG:c2\tAKG:acupuncture\tbiolink:treats\tAKG:shin-splints\tAKG:source-article\tHIGH\tGraded above a lay article.',
        'AKG:l3\tAKG:plantar-fasciitis\tbiolink:has_phenotype\tAKG:nowhere\tAKG:source-article\t\t',
        'AKG:c3\tAKG:acupuncture\tbiolink:treats\tAKG:shin-splints\tAKG:new-trial\tHIGH\tOne trial cannot give HIGH.',
        'AKG:c4\tAKG:acupuncture\tbiolink:treats\tAKG:shin-splints\tAKG:no-such-source\tLOW\tCites nothing known.',
      ],
    );
    const report = await importFrom(db, dir);
    const lines = report.problems.map(formatProblem);
    expect(report.ok).toBe(false);
    expect(lines).toEqual([
      expect.stringMatching(
        /^test_nodes\.tsv:3:2: unknown category "biolink:Device"; use one of biolink:Disease, .*biolink:Publication, biolink:Evidence$/,
      ),
      expect.stringMatching(/^test_nodes\.tsv:5:1: duplicate entity id "new-pain" with different data than at test_nodes\.tsv:4; keep one/),
      expect.stringMatching(
        /^test_edges\.tsv:3:3: biolink:has_phenotype does not join a TREATMENT \(AKG:acupuncture\) to a CONDITION \(AKG:plantar-fasciitis\); it joins CONDITION → SYMPTOM \(PRESENTS\)$/,
      ),
      expect.stringMatching(/^test_edges\.tsv:4:5: sources: a claim needs at least one source$/),
      expect.stringMatching(
        /^test_edges\.tsv:5:6: grade HIGH is above what its sources allow \(LAY_ARTICLE: at most LOW\); grade it LOW or lower/,
      ),
      expect.stringMatching(/^test_edges\.tsv:6:4: unknown object id "AKG:nowhere": neither this import nor the graph holds it/),
      expect.stringMatching(/^test_edges\.tsv:7:6: grade HIGH is above what its sources allow \(TRIAL: at most MODERATE\)/),
      expect.stringMatching(/^test_edges\.tsv:8:5: unknown source id "no-such-source"/),
    ]);
    expect(report.problemsFound).toBe(lines.length);
    expect(await counts(db)).toEqual(before);
  });

  it('an input wrong on every line lists its first 1,000 problems, counts the rest, and writes nothing', async () => {
    const before = await counts(db);
    const wrong = 1250;
    const edges = Array.from(
      { length: wrong },
      (_, i) => `AKG:l${i}\tAKG:plantar-fasciitis\tbiolink:has_phenotype\tAKG:missing-${i}\tAKG:source-article\t\t`,
    );
    const report = await importFrom(db, kgxDir([], edges));
    expect(report.ok).toBe(false);
    expect(report.problemsFound).toBe(wrong);
    expect(report.problems).toHaveLength(MAX_REPORTED_PROBLEMS);
    // The listed ones are the first found, in file order: line 2 is the first edge (line 1 is the header).
    const listed = report.problems.map(formatProblem);
    expect(listed[0]).toMatch(/^test_edges\.tsv:2:4: unknown object id "AKG:missing-0"/);
    expect(listed.at(-1)).toMatch(/^test_edges\.tsv:1001:4: unknown object id "AKG:missing-999"/);
    expect(describeReport(report).at(-1)).toBe('1,250 problem(s) (the first 1,000 listed, 250 more not); nothing was written.');
    expect(await counts(db)).toEqual(before);
  });

  it('JSON Lines, CSV and seed files report their own line (and CSV its column)', async () => {
    const jsonl = tempDir('jsonl');
    writeFileSync(
      join(jsonl, 'x_nodes.jsonl'),
      [
        '{"id":"AKG:arch-pain","category":["biolink:PhenotypicFeature"],"name":"Arch pain"}',
        '',
        '{"id":"AKG:bad","category":["biolink:Gene"],"name":"x"}',
        '{not json',
      ].join('\n'),
    );
    writeFileSync(
      join(jsonl, 'x_edges.jsonl'),
      '{"subject":"AKG:arch-pain","predicate":"biolink:located_in","object":"AKG:nowhere","sources":["AKG:source-article"]}\n',
    );
    expect((await importFrom(db, jsonl)).problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^x_nodes\.jsonl:3: unknown category "biolink:Gene"/),
      expect.stringMatching(/^x_nodes\.jsonl:4: not a JSON object/),
      expect.stringMatching(/^x_edges\.jsonl:1: unknown object id "AKG:nowhere"/),
    ]);

    const csv = tempDir('csv');
    writeFileSync(
      join(csv, 'claims.csv'),
      'id,subject,predicate,object,strength,statement,sources\nc-1,acupuncture,TREATS,heel-pain,LOW,"A claim, quoted",source-article\n',
    );
    expect((await importFrom(db, csv)).problems.map(formatProblem)).toEqual([
      'claims.csv:2:4: TREATS needs a CONDITION as its object, but "heel-pain" is a SYMPTOM',
    ]);

    const seed = tempDir('seed');
    writeFileSync(
      join(seed, 'sources.json'),
      '[\n  {\n    "id": "s-1",\n    "title": "A source",\n    "kind": "LAY_ARTICLE"\n  },\n  {\n    "id": "s-2",\n    "title": "Another",\n    "kind": "BLOG"\n  }\n]\n',
    );
    expect((await importFrom(db, seed)).problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^sources\.json:7: kind: Invalid option: expected one of/),
    ]);
  });

  it('a dry run lists what would be added, updated and unchanged, and writes nothing', async () => {
    const dir = await exportTo(db, 'kgx');
    const nodes = readFileSync(join(dir, 'nodes.tsv'), 'utf8').replace('\tPlantar fasciitis\t', '\tPlantar fasciitis (heel)\t');
    writeFileSync(join(dir, 'nodes.tsv'), `${nodes}AKG:arch-pain\tbiolink:PhenotypicFeature\tArch pain\t\t\t\t\t\t\t\t\t\t\t\t\n`);
    const before = filesOf(await exportTo(db, 'kgx'));
    const report = await importFrom(db, dir, { dryRun: true });
    expect(report.problems).toEqual([]);
    expect(report.importId).toBeNull();
    expect(report.changes!.entities).toMatchObject({
      added: 1,
      updated: 1,
      examples: { added: ['arch-pain'], updated: ['plantar-fasciitis'] },
    });
    expect(report.changes!.entities.unchanged).toBeGreaterThan(60);
    expect(report.changes!.entities.examples.unchanged).toHaveLength(5);
    expect(report.changes!.claims).toMatchObject({
      added: 0,
      updated: 0,
      unchanged: JSON.parse(readFileSync(join(DEFAULT_SEED_DIR, 'claims.json'), 'utf8')).length,
    });
    expect(report.changes!.links.added).toBe(0);
    expect(filesOf(await exportTo(db, 'kgx'))).toEqual(before);
  });

  it('records each import and points what it wrote at it; unchanged records keep their origin', async () => {
    const dir = kgxDir(
      ['AKG:arch-pain\tbiolink:PhenotypicFeature\tArch pain\t\tPain under the arch of the foot.'],
      [
        '\tAKG:plantar-fasciitis\tbiolink:has_phenotype\tAKG:arch-pain\tAKG:source-article\t\t',
        'AKG:acupuncture-treats-arch-trouble\tAKG:acupuncture\tbiolink:treats\tAKG:plantar-fasciitis\tAKG:source-article\tLOW\tA second wording of the heel claim, for the test.',
      ],
    );
    const report = await importFrom(db, dir, { by: 'key:researcher-1' });
    expect(report.ok).toBe(true);
    const id = report.importId!;
    const record = await importById(db, id);
    const sha = (f: string) =>
      createHash('sha256')
        .update(readFileSync(join(dir, f)))
        .digest('hex');
    expect(record).toMatchObject({
      id,
      by: 'key:researcher-1',
      format: 'kgx',
      files: [
        { name: 'test_nodes.tsv', sha256: sha('test_nodes.tsv') },
        { name: 'test_edges.tsv', sha256: sha('test_edges.tsv') },
      ],
      counts: { entities: { added: 1 }, links: { added: 1 }, claims: { added: 1 } },
    });
    expect(Date.parse(record!.at)).toBeGreaterThan(Date.now() - 60000);
    expect((await claimImport(db, 'acupuncture-treats-arch-trouble'))?.id).toBe(id);
    expect(await claimImport(db, 'acupuncture-treats-plantar-fasciitis')).toBeNull();
    expect(await importContents(db, id, 10)).toEqual({ entities: ['arch-pain'], claims: ['acupuncture-treats-arch-trouble'], sources: [] });
    const [link] = await db.read<{ importId: string }>(
      'MATCH (:Entity {id: "plantar-fasciitis"})-[r:PRESENTS]->(:Entity {id: "arch-pain"}) RETURN r.importId AS importId',
    );
    expect(link?.importId).toBe(id);
    // Importing the same files again changes nothing, so everything still points at the first import.
    const again = await importFrom(db, dir);
    expect(again.changes!.claims).toMatchObject({ added: 0, updated: 0, unchanged: 1 });
    expect((await claimImport(db, 'acupuncture-treats-arch-trouble'))?.id).toBe(id);
  });

  it('a killed import leaves the graph exactly as it was, and readers never see part of it', async () => {
    const before = filesOf(await exportTo(db, 'kgx'));
    const dir = tempDir('big');
    const n = 20000;
    const nodes = [NODE_HEADER];
    const edges = [EDGE_HEADER];
    for (let i = 0; i < n; i++) {
      nodes.push(`AKG:bulk-symptom-${i}\tbiolink:PhenotypicFeature\tBulk symptom ${i}\t\t`);
      edges.push(`\tAKG:plantar-fasciitis\tbiolink:has_phenotype\tAKG:bulk-symptom-${i}\tAKG:source-article\t\t`);
      edges.push(`\tAKG:bulk-symptom-${i}\tbiolink:located_in\tAKG:heel\tAKG:source-article\t\t`);
    }
    writeFileSync(join(dir, 'bulk_nodes.tsv'), nodes.join('\n') + '\n');
    writeFileSync(join(dir, 'bulk_edges.tsv'), edges.join('\n') + '\n');
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/interchange/importCli.ts', dir], {
      cwd: PROJECT_DIR,
      env: { ...process.env, NEO4J_URI: process.env.TEST_NEO4J_URI },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    const seen = new Set<number>();
    let polling = true;
    const poll = (async () => {
      while (polling) {
        const [row] = await db.read<{ n: number }>('MATCH (n:Symptom) WHERE n.id STARTS WITH "bulk-" RETURN count(n) AS n');
        seen.add(row!.n);
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    child.on('exit', () => {
      polling = false;
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    // SHOW TRANSACTIONS runs only in an auto-commit transaction.
    const importRunning = async () => {
      const session = db.driver.session();
      try {
        const result = await session.run(
          "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS '$importId' RETURN count(*) AS n",
        );
        return Number(result.records[0]?.get('n') ?? 0) > 0;
      } finally {
        await session.close();
      }
    };
    let killedMidWrite = false;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the import never reached its write phase:\n${stderr}`)), 90000);
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (!/Validated/.test(stderr) || killedMidWrite) return;
        clearTimeout(timer);
        killedMidWrite = true;
        // Well into the write transaction (Neo4j shows it running an import statement), the process dies
        // without a chance to clean up.
        (async () => {
          const deadline = Date.now() + 30000;
          while (!(await importRunning()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
          await new Promise((r) => setTimeout(r, 1000));
          killedMidWrite = await importRunning();
          child.kill('SIGKILL');
          resolve();
        })().catch(reject);
      });
    });
    await exited;
    polling = false;
    await poll;
    expect(killedMidWrite).toBe(true);
    expect(stderr).not.toMatch(/wrote/);
    expect([...seen]).toEqual([0]);
    expect(filesOf(await exportTo(db, 'kgx'))).toEqual(before);
    const [imports] = await db.read<{ n: number }>(
      'MATCH (i:Import) WHERE i.files = ["bulk_nodes.tsv", "bulk_edges.tsv"] RETURN count(i) AS n',
    );
    expect(imports?.n).toBe(0);

    // The same import run to the end: readers see none of it, then all of it.
    seen.clear();
    polling = true;
    const watcher = (async () => {
      while (polling) {
        const [row] = await db.read<{ n: number }>('MATCH (n:Symptom) WHERE n.id STARTS WITH "bulk-" RETURN count(n) AS n');
        seen.add(row!.n);
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    const report = await importFrom(db, dir);
    polling = false;
    await watcher;
    expect(report.changes!.entities.added).toBe(n);
    expect([...seen].every((count) => count === 0 || count === n)).toBe(true);
    expect(seen.has(0)).toBe(true);
  });

  it('a repeated record is skipped, and only it, also where records share a line (a seed array on one line)', async () => {
    const seed = tempDir('seed-one-line');
    const a = { id: 'one-line-a', title: 'The first source on the line', kind: 'LAY_ARTICLE' };
    const b = { id: 'one-line-b', title: 'The second source on the line', kind: 'LAY_ARTICLE' };
    writeFileSync(join(seed, 'sources.json'), `${JSON.stringify([a, b, a])}\n`);
    const report = await importFrom(db, seed);
    expect(report.problems).toEqual([]);
    expect(report.read.sources).toBe(2);
    expect(report.changes!.sources.added).toBe(2);
    const written = await db.read<{ id: string; title: string }>(
      'MATCH (s:Source) WHERE s.id IN $ids RETURN s.id AS id, s.title AS title ORDER BY id',
      { ids: [a.id, b.id] },
    );
    expect(written).toEqual([
      { id: a.id, title: a.title },
      { id: b.id, title: b.title },
    ]);
  });
});
