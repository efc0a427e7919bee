import type { Database } from '../../src/graph/database';
import type { RunningService } from '../../src/server/app';
import { refreshRankings } from '../../src/related/repository';
import { postGraphQL, startSeededService, stopService } from '../support/testService';

type Related = {
  condition: { id: string; kind: string };
  score: number;
  shared: { id: string; kind: string }[];
  relation: 'NARROWER' | 'CATEGORY' | 'PEER';
};

/** Conditions in the curated seed (the N of the rarity weight). */
const SEEDED_CONDITIONS = 11;

const RELATED = `
query Related($id: ID!, $first: Int) {
  relatedConditions(id: $id, first: $first) {
    condition { id kind }
    score
    shared { id kind }
    relation
  }
}`;

describe('relatedConditions over HTTP against the seeded graph', () => {
  let db: Database;
  let service: RunningService;

  const related = async (id: string, first?: number) => {
    const response = await postGraphQL<{ relatedConditions: Related[] }>(service, RELATED, { id, first });
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.relatedConditions;
  };

  const conditionIds = async () => (await db.read<{ id: string }>('MATCH (c:Condition) RETURN c.id AS id ORDER BY id')).map((r) => r.id);
  const ancestors = async (id: string) =>
    (await db.read<{ id: string }>('MATCH (:Condition {id: $id})-[:SUBTYPE_OF]->+(up) RETURN DISTINCT up.id AS id', { id })).map(
      (r) => r.id,
    );

  beforeAll(async () => {
    ({ db, service } = await startSeededService());
  });
  afterAll(() => stopService(service, db));

  /** The documented rarity weight: BM25's idf over the N conditions of the graph (docs/related-conditions.md). */
  const idf = (df: number, n = SEEDED_CONDITIONS) => Math.log(1 + (n - df + 0.5) / (df + 0.5));
  /**
   * What acupuncture adds to a pair: 1 x the weaker of its two claims x idf. It is claimed for every condition
   * (df capped at N = 11), so it says almost nothing: at most 0.5 x 0.043.
   */
  const acupuncture = async (a: string, b: string) => {
    const [row] = await db.read<{ weaker: number }>(
      `UNWIND [$a, $b] AS id
       MATCH (:Treatment {id: 'acupuncture'})-[r:TREATS|PREVENTS]->(:Condition {id: id})
       WITH id, max(r.strengthRank) AS best
       RETURN min(best) / 4.0 AS weaker`,
      { a, b },
    );
    return row!.weaker * idf(11);
  };

  it('ranks what Achilles tendinitis shares by how rare it is, and leaves out its broader categories', async () => {
    const results = await related('achilles-tendinitis');
    expect(results.map((r) => r.condition.id)).toEqual(['patellar-tendinitis', 'plantar-fasciitis', 'shin-splints']);
    // Tendon irritation: presented by three conditions, of which tendinitis is Achilles' own broader category.
    expect(results[0]).toMatchObject({
      relation: 'PEER',
      shared: [
        { id: 'tendon-irritation', kind: 'SYMPTOM' },
        { id: 'acupuncture', kind: 'TREATMENT' },
      ],
    });
    expect(results[0]!.score).toBeCloseTo(2 * idf(3) + (await acupuncture('achilles-tendinitis', 'patellar-tendinitis')), 3);
    // Plantar fasciitis affects the heel, of which the posterior heel (where the Achilles tendon attaches) is part;
    // shin splints the shin, part of the lower leg like the Achilles tendon. Each region one hop up reaches two conditions.
    expect(results[1]!.shared.map((s) => s.id)).toEqual(['heel', 'acupuncture']);
    expect(results[2]!.shared.map((s) => s.id)).toEqual(['lower-leg', 'acupuncture']);
    for (const r of results.slice(1)) expect(r.score).toBeCloseTo(idf(2) + (await acupuncture('achilles-tendinitis', r.condition.id)), 3);
    // Running injuries and tendinitis are what Achilles tendinitis is a kind of, not its peers.
    expect(results.map((r) => r.condition.id)).not.toContain('tendinitis');
    expect(results.map((r) => r.condition.id)).not.toContain('running-injuries');
  });

  it('counts a region both affect once, at its rarity, and not again through its parent region', async () => {
    const results = await related('runners-knee');
    // The knee (3) and knee pain (2), each shared by three conditions; the leg, the knee's parent, adds nothing.
    expect(results[0]).toMatchObject({ condition: { id: 'patellar-tendinitis' }, relation: 'PEER' });
    expect(results[0]!.shared.map((s) => s.id)).toEqual(['knee', 'knee-pain', 'acupuncture']);
    expect(results[0]!.score).toBeCloseTo(5 * idf(3) + (await acupuncture('runners-knee', 'patellar-tendinitis')), 3);
    // The joint, which only joint pain and patellofemoral pain affect, is rarer than the knee.
    expect(results[1]).toMatchObject({ condition: { id: 'joint-pain' }, shared: [{ id: 'joint' }, { id: 'acupuncture' }] });
    expect(results[1]!.score).toBeCloseTo(3 * idf(2) + (await acupuncture('runners-knee', 'joint-pain')), 3);
    // IT band syndrome affects the outer knee, part of the knee, which four conditions reach: 1 x idf(4).
    expect(results[2]).toMatchObject({ condition: { id: 'it-band-syndrome' }, shared: [{ id: 'knee' }, { id: 'acupuncture' }] });
    expect(results[2]!.score).toBeCloseTo(idf(4) + (await acupuncture('runners-knee', 'it-band-syndrome')), 3);
    expect(results.map((r) => r.condition.id)).not.toContain('knee-injuries');
  });

  it('marks the kinds of an umbrella condition NARROWER and another umbrella CATEGORY, never as plain peers', async () => {
    const tendinitis = await related('tendinitis');
    expect(tendinitis.map((r) => [r.condition.id, r.relation])).toEqual([
      ['achilles-tendinitis', 'NARROWER'],
      ['patellar-tendinitis', 'NARROWER'],
    ]);
    const itb = await related('it-band-syndrome');
    expect(itb.find((r) => r.condition.id === 'knee-injuries')?.relation).toBe('CATEGORY');
    expect(itb.filter((r) => r.condition.id !== 'knee-injuries').every((r) => r.relation === 'PEER')).toBe(true);
    // No condition lists a broader category of its own.
    for (const id of await conditionIds()) {
      const broader = await ancestors(id);
      expect((await related(id, 50)).map((r) => r.condition.id).filter((other) => broader.includes(other))).toEqual([]);
    }
  });

  it('leaves out a condition that shares only what most conditions share, so no top three ties on a treatment alone', async () => {
    for (const id of await conditionIds()) {
      const results = await related(id, 50);
      for (const r of results) expect(r.shared.every((s) => s.kind === 'TREATMENT')).toBe(false);
      const top = results.slice(0, 3);
      const tiesOnTreatmentAlone = top.filter(
        (r) =>
          results.some((other) => other !== r && other.score === r.score) && r.shared.filter((s) => s.kind !== 'TREATMENT').length === 0,
      );
      expect({ id, tiesOnTreatmentAlone }).toEqual({ id, tiesOnTreatmentAlone: [] });
    }
    // Muscle soreness shares nothing but acupuncture with any condition other than its own umbrella.
    expect(await related('muscle-soreness')).toEqual([]);
  });

  it('orders by score then id, explains every result, and gives the same order every time', async () => {
    for (const id of ['achilles-tendinitis', 'runners-knee', 'running-injuries', 'muscle-soreness']) {
      const results = await related(id, 50);
      expect(results.map((r) => r.condition.id)).not.toContain(id);
      for (const [i, r] of results.entries()) {
        expect(r.condition.kind).toBe('CONDITION');
        expect(r.score).toBeGreaterThan(0);
        expect(r.shared.length).toBeGreaterThan(0);
        expect(new Set(r.shared.map((s) => s.id)).size).toBe(r.shared.length);
        const previous = results[i - 1];
        if (previous) {
          expect(r.score).toBeLessThanOrEqual(previous.score);
          if (r.score === previous.score) expect(r.condition.id > previous.condition.id).toBe(true);
        }
      }
      expect(await related(id, 50)).toEqual(results);
    }
  });

  it('returns [] for an unknown id and for an entity that is not a condition', async () => {
    expect(await related('no-such-condition')).toEqual([]);
    expect(await related('heel-pain')).toEqual([]);
    expect(await related('acupuncture')).toEqual([]);
  });

  it('returns at most `first` and rejects `first` outside 1..50 with BAD_USER_INPUT', async () => {
    expect(await related('achilles-tendinitis', 1)).toHaveLength(1);
    expect(await related('achilles-tendinitis', 2)).toHaveLength(2);
    expect((await related('achilles-tendinitis')).length).toBeLessThanOrEqual(10);
    for (const first of [0, 51, -1]) {
      const response = await postGraphQL(service, RELATED, { id: 'achilles-tendinitis', first });
      expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.body.data?.relatedConditions ?? null).toBeNull();
    }
  });

  // Runs last: it adds claims and retracts one, as the write path would store them.
  it('weights shared benefits and treatments by the weaker claim, and forgets retracted claims', async () => {
    await db.write(`
      CREATE (b:Entity:Benefit {id: 'test-benefit', kind: 'BENEFIT', name: 'Test benefit', aliases: []})
      CREATE (t:Entity:Treatment {id: 'test-treatment', kind: 'TREATMENT', name: 'Test treatment', aliases: []})
      WITH b, t
      MATCH (achilles:Condition {id: 'achilles-tendinitis'}), (plantar:Condition {id: 'plantar-fasciitis'})
      CREATE (b)-[:HELPS {claimId: 'test-helps-achilles', strength: 'HIGH', strengthRank: 4}]->(achilles)
      CREATE (b)-[:HELPS {claimId: 'test-helps-plantar', strength: 'MODERATE', strengthRank: 3}]->(plantar)
      CREATE (t)-[:TREATS {claimId: 'test-treats-achilles', strength: 'HIGH', strengthRank: 4}]->(achilles)
      CREATE (t)-[:TREATS {claimId: 'test-treats-plantar', strength: 'VERY_LOW', strengthRank: 1}]->(plantar)`);
    // Written past the service's write paths, which recompute stored rankings (src/related): recompute them here.
    await refreshRankings(db, { all: true });
    // Benefit 2 x MODERATE (0.75), heel one hop up 1, test treatment 1 x VERY_LOW (0.25): each shared by two of the
    // eleven conditions, so each x idf(2); acupuncture 1 x its weaker claim x idf(11).
    let plantar = (await related('achilles-tendinitis', 50)).find((r) => r.condition.id === 'plantar-fasciitis');
    expect(plantar?.shared).toEqual([
      { id: 'test-benefit', kind: 'BENEFIT' },
      { id: 'heel', kind: 'BODY_REGION' },
      { id: 'test-treatment', kind: 'TREATMENT' },
      { id: 'acupuncture', kind: 'TREATMENT' },
    ]);
    expect(plantar?.score).toBeCloseTo((1.5 + 1 + 0.25) * idf(2) + (await acupuncture('achilles-tendinitis', 'plantar-fasciitis')), 3);

    // Retraction deletes the direct relationship; the claim node stays but no longer links the two.
    await db.write(`
      MATCH (:Benefit {id: 'test-benefit'})-[r:HELPS {claimId: 'test-helps-plantar'}]->() DELETE r`);
    await refreshRankings(db, { all: true });
    plantar = (await related('achilles-tendinitis', 50)).find((r) => r.condition.id === 'plantar-fasciitis');
    expect(plantar?.score).toBeCloseTo((1 + 0.25) * idf(2) + (await acupuncture('achilles-tendinitis', 'plantar-fasciitis')), 3);
    expect(plantar?.shared.map((s) => s.id)).toEqual(['heel', 'test-treatment', 'acupuncture']);
  });

  it('lists at most 20 shared entities, the heaviest first, and counts them all', async () => {
    // Two new conditions sharing 25 symptoms (2 each) and one region (3): a region outweighs any symptom.
    await db.write(`
      CREATE (a:Entity:Condition {id: 'test-twin-a', kind: 'CONDITION', name: 'Test twin A', aliases: []})
      CREATE (b:Entity:Condition {id: 'test-twin-b', kind: 'CONDITION', name: 'Test twin B', aliases: []})
      CREATE (r:Entity:BodyRegion {id: 'test-twin-region', kind: 'BODY_REGION', name: 'Test twin region', aliases: []})
      CREATE (a)-[:AFFECTS]->(r), (b)-[:AFFECTS]->(r)
      WITH a, b
      UNWIND range(1, 25) AS i
      CREATE (s:Entity:Symptom {id: 'test-twin-symptom-' + right('0' + toString(i), 2), kind: 'SYMPTOM', name: 'Twin symptom ' + i, aliases: []})
      CREATE (a)-[:PRESENTS]->(s), (b)-[:PRESENTS]->(s)`);
    const { body } = await postGraphQL<{ relatedConditions: (Related & { sharedCount: number })[] }>(
      service,
      `{ relatedConditions(id: "test-twin-a") { condition { id } score sharedCount shared { id } } }`,
    );
    const [twin] = body.data!.relatedConditions;
    expect(twin?.condition.id).toBe('test-twin-b');
    // Thirteen conditions now; the region and every symptom are shared by the twins alone.
    expect(twin?.score).toBeCloseTo((3 + 25 * 2) * idf(2, SEEDED_CONDITIONS + 2), 3);
    expect(twin?.sharedCount).toBe(26);
    expect(twin?.shared.map((s) => s.id)).toEqual([
      'test-twin-region',
      ...Array.from({ length: 19 }, (_, i) => `test-twin-symptom-${String(i + 1).padStart(2, '0')}`),
    ]);
  });
});
