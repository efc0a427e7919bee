/**
 * The evidence behind every claim travels through export and import: studies (bibliographic record and
 * design), their findings, which findings bear on which claim and how, qualifiers, and the grade's
 * start and reasons. A researcher's export says where each claim comes from, and a graph rebuilt from an
 * export is the graph it came from.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '../../src/graph/database';
import { formatProblem } from '../../src/interchange/model';
import { csvField } from '../../src/interchange/text';
import { DEFAULT_SEED_DIR, seedDatabase } from '../../seed';
import { refreshRankings } from '../../src/related/repository';
import { clearDatabase, testDatabase } from '../support/testDatabase';
import { exportTo, filesOf, importFrom, tempDir } from '../support/interchange';

/** Who wrote a record and when, and which import brought it: bookkeeping that differs between a seeded and an imported graph. */
const BOOKKEEPING = ['createdAt', 'createdBy', 'updatedAt', 'updatedBy', 'importId'];
const withoutBookkeeping = (props: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(props).filter(([k]) => !BOOKKEEPING.includes(k)));

/** Every record node and relationship with its properties, in a stable order (import records left out). */
async function graphSnapshot(db: Database) {
  const nodes = await db.read<{ labels: string[]; props: Record<string, unknown> }>(
    'MATCH (n) WHERE NOT n:Import RETURN labels(n) AS labels, properties(n) AS props ORDER BY labels(n)[0], n.id',
  );
  const rels = await db.read<{ from: string; type: string; to: string; props: Record<string, unknown> }>(
    `MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props
     ORDER BY from, type, to, r.claimId`,
  );
  return {
    nodes: nodes.map((n) => ({ labels: [...n.labels].sort(), props: withoutBookkeeping(n.props) })),
    rels: rels.map((r) => ({ ...r, props: withoutBookkeeping(r.props) })),
  };
}

function csvDir(files: Record<string, string[][]>): string {
  const dir = tempDir('csv-evidence');
  for (const [name, rows] of Object.entries(files)) {
    writeFileSync(join(dir, name), rows.map((row) => row.map(csvField).join(',')).join('\n') + '\n');
  }
  return dir;
}

const json = (value: unknown) => JSON.stringify(value);

describe('evidence through export and import', () => {
  let db: Database;
  let seeded: Awaited<ReturnType<typeof graphSnapshot>>;
  beforeAll(async () => {
    db = testDatabase();
    await clearDatabase(db);
    await seedDatabase(db);
    seeded = await graphSnapshot(db);
  });
  afterAll(() => db.close());

  it('the export names each claim’s studies, findings, qualifiers and grade reasons', async () => {
    const files = filesOf(await exportTo(db, 'jsonl'));
    const nodes = files['nodes.jsonl']!.trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const edges = files['edges.jsonl']!.trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const study = nodes.find((n) => n.id === 'AKG:cotchett-2014-php-dn')!;
    expect(study).toMatchObject({
      category: ['biolink:Publication'],
      journal: 'Physical Therapy',
      doi: '10.2522/ptj.20130255',
      design: 'RANDOMISED_TRIAL',
      randomised: true,
      authors: ['Matthew P. Cotchett', 'Shannon E. Munteanu', 'Karl B. Landorf'],
    });
    const finding = nodes.find((n) => n.id === 'AKG:cotchett-2014-first-step-pain')!;
    expect(finding).toMatchObject({
      category: ['biolink:Evidence'],
      reported_in: 'AKG:cotchett-2014-php-dn',
      name: 'first-step heel pain (VAS, 0-100 mm)',
      timepoint: '6 weeks',
      figures: expect.arrayContaining([expect.objectContaining({ measure: 'adjusted mean difference in first-step pain', value: -14.4 })]),
    });
    const claim = edges.find((e) => e.id === 'AKG:acupuncture-treats-plantar-fasciitis')!;
    expect(claim).toMatchObject({
      grade: 'LOW',
      grade_start: 'HIGH',
      balance: 'CONFLICTING',
      findings: expect.arrayContaining([{ finding: 'he-ma-2017-success-rate', stance: 'CONTRADICTS', note: expect.any(String) }]),
      grade_reasons: expect.arrayContaining([expect.objectContaining({ factor: 'INCONSISTENCY', levelsDown: 1 })]),
    });
    // Every finding's study is exported, and every finding a claim lists is.
    const ids = new Set(nodes.map((n) => n.id));
    const findings = nodes.filter((n) => (n.category as string[])[0] === 'biolink:Evidence');
    expect(findings.length).toBeGreaterThan(30);
    for (const f of findings) expect(ids.has(f.reported_in)).toBe(true);
    for (const e of edges)
      for (const f of (e.findings as { finding: string }[] | undefined) ?? []) expect(ids.has(`AKG:${f.finding}`)).toBe(true);
  });

  it.each(['kgx', 'jsonl', 'csv'] as const)(
    '%s: importing the export into an empty database rebuilds the same graph, evidence included',
    async (format) => {
      await clearDatabase(db);
      await seedDatabase(db);
      const dir = await exportTo(db, format);
      await clearDatabase(db);
      const report = await importFrom(db, dir);
      expect(report.problems.map(formatProblem)).toEqual([]);
      expect(report.changes!.findings.added).toBe(seeded.nodes.filter((n) => n.labels.includes('Finding')).length);
      // The import added conditions, which outdates every ranking; the service's refresher computes them.
      await refreshRankings(db);
      const rebuilt = await graphSnapshot(db);
      expect(rebuilt.nodes).toEqual(seeded.nodes);
      expect(rebuilt.rels).toEqual(seeded.rels);
      expect(filesOf(await exportTo(db, format))).toEqual(filesOf(dir));
    },
  );

  it('seed format: importing the curated seed folder builds the graph the seeder builds, grades and all', async () => {
    await clearDatabase(db);
    const report = await importFrom(db, DEFAULT_SEED_DIR);
    expect(report.problems.map(formatProblem)).toEqual([]);
    await refreshRankings(db); // as the service's refresher does after an import that adds conditions
    const imported = await graphSnapshot(db);
    expect(imported.nodes).toEqual(seeded.nodes);
    expect(imported.rels).toEqual(seeded.rels);
  });

  it('refuses evidence that does not hold together, with file, line and column', async () => {
    await clearDatabase(db);
    await seedDatabase(db);
    const header = ['id', 'subject', 'predicate', 'object', 'strength', 'statement', 'sources', 'findings', 'grade_reasons'];
    const claim = (id: string, strength: string, findings: unknown[], reasons: unknown[] = []) => [
      id,
      'acupuncture',
      'TREATS',
      'plantar-fasciitis',
      strength,
      `Test claim ${id}.`,
      'source-article',
      json(findings),
      json(reasons),
    ];
    const bias = { factor: 'RISK_OF_BIAS', levelsDown: 1, explanation: 'Unblinded therapist.', findings: [] };
    const dir = csvDir({
      'findings.csv': [
        ['id', 'source', 'outcome', 'summary', 'outcome_kind', 'direction', 'intervention', 'intervention_types', 'comparator_type'],
        [
          'f-from-lay',
          'source-article',
          'pain',
          'Less pain.',
          'EFFICACY',
          'FAVOURS_INTERVENTION',
          'needling',
          'ACUPUNCTURE',
          'NO_TREATMENT',
        ],
      ],
      'claims.csv': [
        header,
        claim('c-wrong-grade', 'LOW', [{ finding: 'cotchett-2014-first-step-pain', stance: 'SUPPORTS' }]),
        claim('c-unknown-finding', 'LOW', [{ finding: 'no-such-finding', stance: 'SUPPORTS' }]),
        claim(
          'c-conflicting',
          'MODERATE',
          [
            { finding: 'cotchett-2014-first-step-pain', stance: 'SUPPORTS' },
            { finding: 'he-ma-2017-success-rate', stance: 'CONTRADICTS' },
          ],
          [bias],
        ),
        claim(
          'c-reason-elsewhere',
          'MODERATE',
          [{ finding: 'cotchett-2014-first-step-pain', stance: 'SUPPORTS' }],
          [{ ...bias, findings: ['zhang-sp-2011-morning-pain'] }],
        ),
      ],
    });
    const before = await graphSnapshot(db);
    const report = await importFrom(db, dir);
    expect(report.ok).toBe(false);
    expect(report.problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^findings\.csv:2:2: "source-article" is a LAY_ARTICLE source without a study description .*a finding must come from a study$/,
      ),
      expect.stringMatching(
        /^claims\.csv:2:5: strength: grade LOW is not what the rubric gives from its findings and reasons \(starts HIGH, down 0 → HIGH\); grade it HIGH/,
      ),
      expect.stringMatching(/^claims\.csv:3:8: unknown finding id "no-such-finding"/),
      expect.stringMatching(/^claims\.csv:4:9: gradeReasons: findings on both sides need an INCONSISTENCY downgrade/),
      expect.stringMatching(
        /^claims\.csv:5:9: gradeReasons: a RISK_OF_BIAS reason names "zhang-sp-2011-morning-pain", which is not among this claim's findings/,
      ),
    ]);
    expect(await graphSnapshot(db)).toEqual(before);
  });

  it('a claim imported into the live graph rests on a study the graph holds, graded by the rubric', async () => {
    await clearDatabase(db);
    await seedDatabase(db);
    const dir = csvDir({
      'claims.csv': [
        ['id', 'subject', 'predicate', 'object', 'strength', 'statement', 'sources', 'findings', 'grade_reasons', 'qualifiers'],
        [
          'dry-needling-heel-claim',
          'acupuncture',
          'TREATS',
          'plantar-fasciitis',
          'MODERATE',
          'Needling of trigger points eased first-step heel pain more than sham at six weeks.',
          'source-article',
          json([{ finding: 'cotchett-2014-first-step-pain', stance: 'SUPPORTS', note: 'Dry needling, not acupuncture.' }]),
          json([
            {
              factor: 'INDIRECTNESS',
              levelsDown: 1,
              explanation: 'Dry needling, not acupuncture.',
              findings: ['cotchett-2014-first-step-pain'],
            },
          ]),
          json([{ kind: 'POPULATION', text: 'adults with plantar heel pain', entities: ['plantar-fasciitis'] }]),
        ],
      ],
    });
    const report = await importFrom(db, dir);
    expect(report.problems.map(formatProblem)).toEqual([]);
    const [row] = await db.read<Record<string, unknown>>(
      `MATCH (c:Claim {id: 'dry-needling-heel-claim'})
       RETURN c.gradeStart AS start, c.balance AS balance, c.gradeReasons AS reasons, c.qualifiers AS qualifiers,
         [(c)-[:SUPPORTED_BY]->(s) | s.id] AS sources,
         [(c)<-[b:BEARS_ON]-(f) | [f.id, b.stance, b.note]] AS findings`,
    );
    expect(row).toMatchObject({
      start: 'HIGH',
      balance: 'SUPPORTED',
      sources: expect.arrayContaining(['source-article', 'cotchett-2014-php-dn']),
      findings: [['cotchett-2014-first-step-pain', 'SUPPORTS', 'Dry needling, not acupuncture.']],
    });
    expect(JSON.parse(row!.reasons as string)).toEqual([
      {
        factor: 'INDIRECTNESS',
        levelsDown: 1,
        explanation: 'Dry needling, not acupuncture.',
        findingIds: ['cotchett-2014-first-step-pain'],
      },
    ]);
    expect(JSON.parse(row!.qualifiers as string)).toEqual([
      { kind: 'POPULATION', text: 'adults with plantar heel pain', entityIds: ['plantar-fasciitis'] },
    ]);
  });
});
