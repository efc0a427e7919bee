import type { Database } from '../../src/graph/database';
import type { RunningService } from '../../src/server/app';
import type { PathRecord } from '../../src/domain/records';
import { PATH_LIMITS } from '../../src/traversal/pathSearch';
import { findPaths, findPathsUnbounded } from '../../src/traversal/repository';
import { writeLayeredGraph } from '../support/layeredGraph';
import { postGraphQL, startSeededService, stopService } from '../support/testService';

/**
 * The bounded path search (src/traversal/pathSearch.ts) against the unbounded query it replaced
 * (findPathsUnbounded, kept as the reference): the same paths on the curated graph, and on graphs built to
 * exceed its hub limit and its budgets, an answer marked truncated that is still a prefix of the complete one.
 */

const PATH_SEARCH = `
query PathSearch($from: ID!, $to: ID!, $maxHops: Int, $first: Int) {
  pathSearch(from: $from, to: $to, maxHops: $maxHops, first: $first) {
    paths { length nodes { id name kind } relationships { id type from to strength claimId } }
    truncated
    hubsAvoided
  }
}`;

type Found = { paths: unknown[]; truncated: boolean; hubsAvoided: number };

/** What the API shows of a path, from a repository record. */
const shown = (p: PathRecord) => ({
  length: p.length,
  nodes: p.nodes.map((n) => ({ id: n.id, name: n.name, kind: n.kind })),
  relationships: p.relationships,
});
const nodeIds = (paths: PathRecord[]) => paths.map((p) => p.nodes.map((n) => n.id));

/** The pairs the paths tests ask about, then pairs drawn evenly from every entity of the seed. */
const CURATED_PAIRS: [string, string][] = [
  ['acupuncture', 'heel-pain'],
  ['heel-pain', 'acupuncture'],
  ['plantar-fasciitis', 'knee-pain'],
  ['heel-pain', 'tingling'],
  ['muscle-pain', 'joint-pain-symptom'],
  ['acupuncture', 'shin-splints'],
  ['acupuncture', 'running-injuries'],
  ['heel', 'achilles-tendon'],
];

describe('bounded path search', () => {
  let db: Database;
  let service: RunningService;

  const pathSearch = async (variables: { from: string; to: string; maxHops?: number; first?: number }) => {
    const response = await postGraphQL<{ pathSearch: Found }>(service, PATH_SEARCH, variables);
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.pathSearch;
  };

  beforeAll(async () => {
    ({ db, service } = await startSeededService());
  });
  afterAll(() => stopService(service, db));

  describe('on the curated graph', () => {
    let pairs: [string, string][];

    beforeAll(async () => {
      const ids = (await db.read<{ id: string }>('MATCH (n:Entity) RETURN n.id AS id ORDER BY id')).map((r) => r.id);
      // 24 more pairs spread over the sorted ids (kinds and regions of the graph mixed), each end a different stride.
      const sampled = Array.from({ length: 24 }, (_, i): [string, string] => [
        ids[(i * 7) % ids.length]!,
        ids[((i * 13 + ids.length / 2) % ids.length) | 0]!,
      ]);
      pairs = [...CURATED_PAIRS, ...sampled.filter(([a, b]) => a !== b)];
    });

    it('has no entity past the hub limit, so no path of it is left out by the hub rule', async () => {
      const [row] = await db.read<{ degree: number }>('MATCH (n:Entity) RETURN max(COUNT { (n)--() }) AS degree');
      expect(row!.degree).toBeGreaterThan(20);
      expect(row!.degree).toBeLessThanOrEqual(PATH_LIMITS.hubLimit);
    });

    it('finds exactly the paths of the unbounded query, in its order, for every pair', async () => {
      let nonEmpty = 0;
      for (const [from, to] of pairs) {
        for (const [maxHops, first] of [
          [3, 3],
          [4, 3],
          [6, 10],
        ] as const) {
          const reference = await findPathsUnbounded(db, from, to, maxHops, first);
          const found = await pathSearch({ from, to, maxHops, first });
          expect({ from, to, maxHops, paths: found.paths }).toEqual({ from, to, maxHops, paths: reference.map(shown) });
          expect(found.truncated).toBe(false);
          expect(found.hubsAvoided).toBe(0);
          if (reference.length > 0) nonEmpty += 1;
        }
      }
      // The comparison means something only if most pairs are joined.
      expect(nonEmpty).toBeGreaterThan(pairs.length * 2);
    });

    it('answers paths with the same list as pathSearch', async () => {
      const response = await postGraphQL<{ paths: unknown[] }>(
        service,
        '{ paths(from: "acupuncture", to: "heel-pain", maxHops: 6, first: 10) { length nodes { id name kind } relationships { id type from to strength claimId } } }',
      );
      expect(response.body.data!.paths).toEqual((await pathSearch({ from: 'acupuncture', to: 'heel-pain', maxHops: 6, first: 10 })).paths);
    });

    it('checks its arguments like paths', async () => {
      const code = async (variables: Record<string, unknown>) =>
        (await postGraphQL(service, PATH_SEARCH, variables)).body.errors?.[0]?.extensions?.code;
      expect(await code({ from: 'acupuncture', to: 'heel-pain', maxHops: 7 })).toBe('BAD_USER_INPUT');
      expect(await code({ from: 'acupuncture', to: 'heel-pain', first: 11 })).toBe('BAD_USER_INPUT');
      expect(await pathSearch({ from: 'no-such-entity', to: 'heel-pain' })).toEqual({ paths: [], truncated: false, hubsAvoided: 0 });
      expect((await pathSearch({ from: 'heel-pain', to: 'heel-pain' })).paths).toHaveLength(1);
    });
  });

  describe('on a layered graph (5 layers of 7 entities past the ends, each joined to all of the next)', () => {
    // 7^5 = 16,807 shortest paths of 6 hops from lay-0-0 to lay-6-0; every inner entity has 14 relationships.
    const FROM = 'lay-0-0';
    const TO = 'lay-6-0';
    let complete: PathRecord[];

    beforeAll(async () => {
      await writeLayeredGraph(db, 'lay', 7, 7);
      complete = (await findPaths(db, FROM, TO, 6, 10)).paths;
    });
    afterAll(() => db.write('MATCH (n:Entity) WHERE n.id STARTS WITH "lay-" DETACH DELETE n'));

    it('lists the first 10 of 16,807 shortest paths, as the unbounded query does, without truncating', async () => {
      const found = await pathSearch({ from: FROM, to: TO, maxHops: 6, first: 10 });
      expect(found.truncated).toBe(false);
      expect(found.paths).toHaveLength(10);
      expect(found.paths).toEqual(complete.map(shown));
      expect(nodeIds(complete)[0]).toEqual(['lay-0-0', 'lay-1-0', 'lay-2-0', 'lay-3-0', 'lay-4-0', 'lay-5-0', 'lay-6-0']);
      expect(complete).toEqual(await findPathsUnbounded(db, FROM, TO, 6, 10));
    });

    it('stops at the work budget and says so, listing nothing it would not list complete', async () => {
      // Each end's own 7 relationships fit; the next level of either side (7 entities of 14) does not.
      const cut = await findPaths(db, FROM, TO, 6, 10, { ...PATH_LIMITS, workBudget: 60 });
      expect(cut).toEqual({ paths: [], truncated: true, hubsAvoided: 0 });

      // Enough for four levels (252 relationships) but not the fifth: still truncated, and no path of 6 hops is guessed at.
      const partial = await findPaths(db, FROM, TO, 6, 10, { ...PATH_LIMITS, workBudget: 300 });
      expect(partial.truncated).toBe(true);
      expect(partial.paths).toEqual([]);

      // With room for every level, the answer is complete.
      expect(await findPaths(db, FROM, TO, 6, 10, { ...PATH_LIMITS, workBudget: 5000 })).toEqual({
        paths: complete,
        truncated: false,
        hubsAvoided: 0,
      });
    });

    it('stops the ordered walk at its step budget with the paths found so far, the first ones in order', async () => {
      const withSteps = (stepBudget: number) => findPaths(db, FROM, TO, 6, 10, { ...PATH_LIMITS, stepBudget });
      expect(await withSteps(1)).toEqual({ paths: [], truncated: true, hubsAvoided: 0 });
      expect((await withSteps(PATH_LIMITS.stepBudget)).truncated).toBe(false);
      // The smallest budget that lets the walk reach its first path (bisection between the two above).
      let [low, high] = [1, PATH_LIMITS.stepBudget];
      while (high - low > 1) {
        const middle = Math.floor((low + high) / 2);
        if ((await withSteps(middle)).paths.length > 0) high = middle;
        else low = middle;
      }
      const cut = await withSteps(high);
      expect(cut.truncated).toBe(true);
      expect(cut.paths).toEqual(complete.slice(0, 1));
      const more = await withSteps(high + 5);
      expect(more.truncated).toBe(true);
      expect(more.paths).toEqual(complete.slice(0, more.paths.length));
      expect(more.paths.length).toBeGreaterThan(1);
    });

    it('finds shorter paths before the budget runs out and keeps them', async () => {
      // lay-0-0 to lay-2-0 has 7 paths of 2 hops, then 4-hop ones; a budget for two levels lists the 7 and stops.
      const full = await findPaths(db, FROM, 'lay-2-0', 4, 10);
      expect(full.paths.slice(0, 7).every((p) => p.length === 2)).toBe(true);
      expect(full.paths).toHaveLength(10);
      const cut = await findPaths(db, FROM, 'lay-2-0', 4, 10, { ...PATH_LIMITS, workBudget: 7 + 7 * 14 });
      expect(cut.truncated).toBe(true);
      expect(cut.paths).toEqual(full.paths.slice(0, 7));
    });

    it('does not pass through hubs, but starts and ends at them', async () => {
      // With a hub limit of 10, every inner entity (14 relationships) is a hub: no path, and the hubs are counted.
      const avoided = await findPaths(db, FROM, TO, 6, 10, { ...PATH_LIMITS, hubLimit: 10 });
      expect(avoided.paths).toEqual([]);
      expect(avoided.truncated).toBe(false);
      expect(avoided.hubsAvoided).toBeGreaterThan(0);
      // Between two of them, one hop apart, the path is found: an end is never pruned.
      const between = await findPaths(db, 'lay-1-0', 'lay-2-0', 2, 10, { ...PATH_LIMITS, hubLimit: 10 });
      expect(nodeIds(between.paths)).toEqual([['lay-1-0', 'lay-2-0']]);
    });
  });
});
