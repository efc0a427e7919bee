import type { Database } from '../../src/graph/database';
import { seedDatabase } from '../../seed';
import { clearDatabase, testDatabase } from '../support/testDatabase';

/**
 * Everything the source article mentions, by the words it uses, with the entity we model it as.
 * Each must be in the graph, findable by those words (name or alias), and linked to something.
 */
const ARTICLE_MENTIONS: Array<[words: string, id: string]> = [
  // conditions
  ['muscle soreness', 'muscle-soreness'],
  ['joint pain', 'joint-pain'],
  ['IT band syndrome', 'it-band-syndrome'],
  ['knee injuries', 'knee-injuries'],
  ['knee issues', 'knee-injuries'],
  ['tendinitis', 'tendinitis'],
  ['shin splints', 'shin-splints'],
  ['plantar fasciitis', 'plantar-fasciitis'],
  ['Achilles tendonitis', 'achilles-tendinitis'],
  ["runner's knee", 'runners-knee'],
  ['patellar tendonitis', 'patellar-tendinitis'],
  ['running injuries', 'running-injuries'],
  // symptoms
  ['heel pain', 'heel-pain'],
  ['pain along the shin bone', 'shin-bone-pain'],
  ['pain on the outer knee or thigh', 'outer-knee-or-thigh-pain'],
  ['pain on the outside of the knee', 'outer-knee-or-thigh-pain'],
  ['inflammation of the Achilles tendon', 'achilles-tendinitis'],
  ['knee pain', 'knee-pain'],
  ['muscle tightness', 'muscle-tightness'],
  ['muscle pain', 'muscle-pain'],
  ['tendon irritation', 'tendon-irritation'],
  // treatments
  ['acupuncture', 'acupuncture'],
  ['regular doctor', 'medical-care'],
  // benefits and mechanisms
  ['stimulated blood flow', 'increased-blood-flow'],
  ['decreased inflammation', 'reduced-inflammation'],
  ['natural healing', 'natural-healing'],
  ['accelerated recovery', 'accelerated-recovery'],
  ['recovery from workouts', 'accelerated-recovery'],
  ['keeping muscles loose', 'loosened-muscles'],
  ['rebalanced muscles', 'muscle-rebalancing'],
  ['identifying imbalances', 'imbalance-identification'],
  ['strengthened immune system', 'immune-support'],
  ['reduced chronic stress', 'chronic-stress-reduction'],
  ['preventing injuries', 'injury-prevention'],
  ['managing pain', 'pain-relief'],
  ['endurance', 'endurance-and-performance'],
  ['performance', 'endurance-and-performance'],
  // a session
  ['assessment', 'assessment'],
  ['needle insertion', 'needle-insertion'],
  ['tingling', 'tingling'],
  ['warmth', 'warmth'],
  // safety
  ['practitioner matters', 'trained-practitioner'],
  ['clean needles', 'clean-needles'],
  ['not a total fix', 'not-a-replacement-for-a-doctor'],
  ['consult before starting', 'consult-before-starting'],
  ['See your doctor for serious injuries or pain', 'serious-injuries-need-a-doctor'],
];

describe('the graph covers the source article', () => {
  let db: Database;
  beforeAll(async () => {
    db = testDatabase();
    await clearDatabase(db);
    await seedDatabase(db);
  });
  afterAll(() => db.close());

  it.each(ARTICLE_MENTIONS)('"%s" is in the graph as %s, named so, and linked', async (words, id) => {
    const [row] = await db.read<{ names: string[]; degree: number }>(
      'MATCH (n:Entity {id: $id}) RETURN [n.name] + n.aliases AS names, COUNT { (n)--(:Entity) } AS degree',
      { id },
    );
    expect(row).toBeDefined();
    expect(row!.names.map((n) => n.toLowerCase())).toContain(words.toLowerCase());
    expect(row!.degree).toBeGreaterThan(0);
  });

  it('the needles stay in for 20-30 minutes, as the article says', async () => {
    const [row] = await db.read(
      'MATCH (s:SessionStep {id: "needle-insertion"}) RETURN s.durationMin AS min, s.durationMax AS max, s.order AS order',
    );
    expect(row).toEqual({ min: 20, max: 30, order: 2 });
  });

  it('every claim cites the lay article that makes it, and one that nothing else supports grades VERY_LOW', async () => {
    const rows = await db.read<{ strength: string; sources: string[]; supported: boolean }>(
      `MATCH (c:Claim) RETURN c.strength AS strength, [(c)-[:SUPPORTED_BY]->(s) | s.kind] AS sources,
         EXISTS { (c)<-[:BEARS_ON {stance: 'SUPPORTS'}]-(:Finding) } AS supported`,
    );
    expect(rows.length).toBeGreaterThan(30);
    for (const row of rows) {
      expect(row.sources).toContain('LAY_ARTICLE');
      if (!row.supported) expect(row.strength).toBe('VERY_LOW');
    }
  });

  it("grades the performance claim no higher than any injury claim, and records the article's own hedge", async () => {
    const [row] = await db.read<{ performance: number; weakestInjury: number; reasons: string }>(
      `MATCH (:Treatment {id: 'acupuncture'})-[p:PRODUCES]->(:Benefit {id: 'endurance-and-performance'})
       MATCH (:Treatment {id: 'acupuncture'})-[t:TREATS]->(:Condition)
       MATCH (c:Claim {id: p.claimId})
       RETURN p.strengthRank AS performance, min(t.strengthRank) AS weakestInjury, c.gradeReasons AS reasons`,
    );
    expect(row!.performance).toBeLessThanOrEqual(row!.weakestInjury);
    expect((JSON.parse(row!.reasons) as { factor: string }[]).map((r) => r.factor)).toContain('HEDGED');
  });
});
