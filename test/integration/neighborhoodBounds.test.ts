import type { Database } from '../../src/graph/database';
import type { RunningService } from '../../src/server/app';
import { NEIGHBORHOOD, TRAVERSABLE_TYPES } from '../../src/traversal/cypher';
import { NEIGHBORHOOD_LIMITS } from '../../src/traversal/neighborhood';
import { cypherInt } from '../../src/domain/args';
import { findNeighborhood } from '../../src/traversal/repository';
import { writeLayeredGraph } from '../support/layeredGraph';
import { postGraphQL, startSeededService, stopService } from '../support/testService';

/**
 * The bounded neighbourhood walk (src/traversal/neighborhood.ts): on the curated graph, where no entity has more
 * neighbours than the fan-out cap, the same subgraph as the unbounded query it replaced (NEIGHBORHOOD, kept for the
 * benchmark); a cut by `limit` keeps the strongest links; and on a layered graph, the fan-out cap, the hub rule and
 * the work budget each cut, and say so.
 */

const HOOD = `
query Hood($id: ID!, $depth: Int, $limit: Int) {
  neighborhood(id: $id, depth: $depth, limit: $limit) { nodes { id } relationships { id type from to strength claimId } truncated }
}`;

type Hood = { nodes: { id: string }[]; relationships: { id: string }[]; truncated: boolean };

describe('bounded neighbourhoods', () => {
  let db: Database;
  let service: RunningService;

  const hood = async (variables: { id: string; depth?: number; limit?: number }) => {
    const response = await postGraphQL<{ neighborhood: Hood }>(service, HOOD, variables);
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.neighborhood;
  };

  beforeAll(async () => {
    ({ db, service } = await startSeededService());
  });
  afterAll(() => stopService(service, db));

  it('gives every curated entity the subgraph the unbounded query gave, at every depth', async () => {
    const [widest] = await db.read<{ neighbours: number }>(
      `MATCH (n:Entity) RETURN max(COUNT { MATCH (n)-[:${TRAVERSABLE_TYPES}]-(m) RETURN DISTINCT m }) AS neighbours`,
    );
    // Why they agree: no curated entity has more neighbours than the cap.
    expect(widest!.neighbours).toBeLessThanOrEqual(NEIGHBORHOOD_LIMITS.fanout);
    const ids = (await db.read<{ id: string }>('MATCH (n:Entity) RETURN n.id AS id ORDER BY id')).map((r) => r.id);
    for (const id of ids) {
      for (const depth of [1, 2, 3]) {
        const [reference] = await db.read<{ nodes: { id: string }[]; relationships: { id: string }[]; truncated: boolean }>(
          NEIGHBORHOOD[depth]!,
          { id, limit: cypherInt(500) },
        );
        const bounded = await findNeighborhood(db, id, depth, 500);
        expect({ id, depth, nodes: bounded.nodes.map((n) => n.id) }).toEqual({ id, depth, nodes: reference!.nodes.map((n) => n.id) });
        expect(bounded.relationships.map((r) => r.id)).toEqual(reference!.relationships.map((r) => r.id));
        expect(bounded.truncated).toBe(reference!.truncated);
      }
    }
  }, 120000);

  it('keeps the strongest links when `limit` cuts: descriptive links, then claims by grade, then ids', async () => {
    const rows = await db.read<{ id: string; rank: number }>(
      `MATCH (:Entity {id: 'acupuncture'})-[r:${TRAVERSABLE_TYPES}]-(m:Entity)
       RETURN m.id AS id, max(coalesce(r.strengthRank, 5)) AS rank`,
    );
    const ranked = rows.sort((x, y) => y.rank - x.rank || (x.id < y.id ? -1 : 1));
    // Enough of both kinds that a cut falls among the claims.
    expect(ranked.filter((r) => r.rank === 5).length).toBeGreaterThan(3);
    expect(ranked.filter((r) => r.rank < 5).length).toBeGreaterThan(3);
    for (const limit of [2, 5, ranked.filter((r) => r.rank === 5).length + 3]) {
      const cut = await hood({ id: 'acupuncture', limit });
      expect(cut.truncated).toBe(true);
      expect(cut.nodes[0]!.id).toBe('acupuncture');
      expect(cut.nodes.slice(1).map((n) => n.id)).toEqual(
        ranked
          .slice(0, limit - 1)
          .map((r) => r.id)
          .sort(),
      );
    }
  });

  describe('on a layered graph (layers of 7, each entity joined to all of the next layer)', () => {
    beforeAll(() => writeLayeredGraph(db, 'ring', 7, 5));
    afterAll(() => db.write('MATCH (n:Entity) WHERE n.id STARTS WITH "ring-" DETACH DELETE n'));

    it('is complete within the caps: the 7 next to ring-0-0 and the 13 two hops out', async () => {
      const full = await findNeighborhood(db, 'ring-0-0', 2, 500);
      expect(full.truncated).toBe(false);
      expect(full.nodes).toHaveLength(1 + 7 + 13);
      expect(full.relationships).toHaveLength(7 + 6 * 7 + 7 * 7);
    });

    it('takes at most `fanout` new neighbours from each entity past the centre, and says it cut', async () => {
      const capped = await findNeighborhood(db, 'ring-0-0', 2, 500, { ...NEIGHBORHOOD_LIMITS, fanout: 3 });
      expect(capped.truncated).toBe(true);
      // The centre gives all 7 (the cap is `limit` there); each of them the same 3 first by id among 13 equally strong.
      expect(capped.nodes.map((n) => n.id).slice(0, 8)).toEqual(['ring-0-0', ...Array.from({ length: 7 }, (_, i) => `ring-1-${i}`)]);
      expect(capped.nodes.slice(8).map((n) => n.id)).toEqual(['ring-0-1', 'ring-0-2', 'ring-0-3']);
    });

    it('lists hubs but does not expand them, and stops expanding at the work budget', async () => {
      // Every ring-1 entity has 14 relationships: past a hub limit of 10, none is expanded.
      const hubs = await findNeighborhood(db, 'ring-0-0', 2, 500, { ...NEIGHBORHOOD_LIMITS, hubLimit: 10 });
      expect(hubs.nodes).toHaveLength(1 + 7);
      expect(hubs.truncated).toBe(true);
      // The centre (7) and two ring-1 entities (14 each) fit in 40; the walk stops there and says so.
      const budget = await findNeighborhood(db, 'ring-0-0', 3, 500, { ...NEIGHBORHOOD_LIMITS, workBudget: 40 });
      expect(budget.truncated).toBe(true);
      expect(budget.nodes.map((n) => n.id)).not.toContain('ring-3-0');
      const unbudgeted = await findNeighborhood(db, 'ring-0-0', 3, 500);
      expect(unbudgeted.nodes.map((n) => n.id)).toContain('ring-3-0');
      expect(unbudgeted.truncated).toBe(false);
    });

    it('says it cut when `limit` is reached exactly at the end of a level with more beyond', async () => {
      const exact = await findNeighborhood(db, 'ring-0-0', 2, 8);
      expect(exact.nodes).toHaveLength(8);
      expect(exact.truncated).toBe(true);
      const whole = await findNeighborhood(db, 'ring-0-0', 1, 8);
      expect(whole.truncated).toBe(false);
    });
  });
});
