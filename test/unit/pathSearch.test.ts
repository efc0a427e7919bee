import { searchPaths, type ExpandRow, type FoundPath, type PathReads, type PathSearchLimits } from '../../src/traversal/pathSearch';

/**
 * The bounded search's algorithm (pure: it reads only through the two functions it is given) against a brute-force
 * enumeration of every simple path, on random graphs held in memory. The integration tests (pathSearch.test.ts)
 * check the same search against the unbounded Cypher query on Neo4j; these check many more graphs and count what
 * each read sends back, which is what the bridges are for.
 */

type Rel = { eid: string; a: number; b: number; type: string; claimId: string | null };
type Graph = { ids: string[]; rels: Rel[]; around: Rel[][] };

function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** `n` entities with ids in an order unrelated to their element ids, `m` relationships, some parallel claims. */
function randomGraph(seed: number, n: number, m: number): Graph {
  const random = lcg(seed);
  const ids = Array.from({ length: n }, (_, i) => `n${String((i * 7919) % 1000).padStart(3, '0')}-${i}`);
  const rels: Rel[] = [];
  const used = new Set<string>();
  while (rels.length < m) {
    const a = Math.floor(random() * n);
    const b = Math.floor(random() * n);
    if (a === b) continue;
    const claim = random() < 0.3;
    const type = claim ? 'TREATS' : random() < 0.5 ? 'AFFECTS' : 'PRESENTS';
    const key = `${a}|${type}|${b}`;
    if (!claim && used.has(key)) continue;
    used.add(key);
    rels.push({ eid: `r${rels.length}`, a, b, type, claimId: claim ? `claim-${rels.length}` : null });
  }
  const around: Rel[][] = ids.map(() => []);
  for (const r of rels) {
    around[r.a]!.push(r);
    around[r.b]!.push(r);
  }
  return { ids, rels, around };
}

const eid = (i: number) => `e${i}`;
const index = (e: string) => Number(e.slice(1));

/** The two reads over the graph, counting the rows each sends back. */
function readsOf(g: Graph): { reads: PathReads; rows: () => number } {
  let rows = 0;
  const rowsOf = (frontier: string[], keep: (other: number) => boolean): ExpandRow[] => {
    const out: ExpandRow[] = [];
    for (const from of frontier) {
      const at = index(from);
      for (const r of g.around[at]!) {
        const other = r.a === at ? r.b : r.a;
        if (!keep(other)) continue;
        out.push({
          from,
          to: eid(other),
          toId: g.ids[other]!,
          toDegree: g.around[other]!.length,
          rel: r.eid,
          type: r.type,
          claimId: r.claimId,
          outgoing: r.a === at,
        });
      }
    }
    rows += out.length;
    return out;
  };
  return {
    reads: {
      expand: async (frontier) => rowsOf(frontier, () => true),
      bridge: async (frontier, targets) => {
        const wanted = new Set(targets.map(index));
        return rowsOf(frontier, (other) => wanted.has(other));
      },
    },
    rows: () => rows,
  };
}

/** The API id of a relationship, as the search and the Cypher reference make it. */
function relId(g: Graph, r: Rel): string {
  return r.claimId ?? `${g.ids[r.a]}|${r.type}|${g.ids[r.b]}`;
}

const compareLists = (x: string[], y: string[]) => {
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  return x.length - y.length;
};

/** Every simple path of at most `maxHops` steps, inner entities within the hub limit, in the API's order. */
function allPaths(g: Graph, s: number, t: number, maxHops: number, hubLimit: number): FoundPath[] {
  const found: { nodes: number[]; rels: Rel[] }[] = [];
  const walk = (at: number, nodes: number[], rels: Rel[]) => {
    if (at === t) {
      found.push({ nodes: [...nodes], rels: [...rels] });
      return;
    }
    if (rels.length === maxHops || (at !== s && g.around[at]!.length > hubLimit)) return;
    for (const r of g.around[at]!) {
      const next = r.a === at ? r.b : r.a;
      if (nodes.includes(next)) continue;
      walk(next, [...nodes, next], [...rels, r]);
    }
  };
  walk(s, [s], []);
  found.sort(
    (x, y) =>
      x.rels.length - y.rels.length ||
      compareLists(
        x.nodes.map((i) => g.ids[i]!),
        y.nodes.map((i) => g.ids[i]!),
      ) ||
      compareLists(
        x.rels.map((r) => relId(g, r)),
        y.rels.map((r) => relId(g, r)),
      ),
  );
  return found.map((p) => ({ nodes: p.nodes.map(eid), rels: p.rels.map((r) => r.eid) }));
}

const UNBOUNDED: PathSearchLimits = { hubLimit: 1_000_000, workBudget: 1_000_000_000, stepBudget: 1_000_000_000 };

function search(g: Graph, s: number, t: number, maxHops: number, first: number, limits: PathSearchLimits) {
  const { reads, rows } = readsOf(g);
  const start = { eid: eid(s), id: g.ids[s]!, degree: g.around[s]!.length };
  const end = { eid: eid(t), id: g.ids[t]!, degree: g.around[t]!.length };
  return searchPaths(start, end, maxHops, first, reads, limits).then((result) => ({ ...result, rows: rows() }));
}

describe('bounded path search (the algorithm, on graphs in memory)', () => {
  it('lists exactly the first paths of a brute-force enumeration, on 60 random graphs and 10 pairs each', async () => {
    const wrong: string[] = [];
    let compared = 0;
    let withPaths = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const g = randomGraph(seed, 30 + (seed % 5) * 10, 60 + (seed % 7) * 25);
      const random = lcg(seed * 31);
      for (let k = 0; k < 10; k++) {
        const s = Math.floor(random() * g.ids.length);
        const t = Math.floor(random() * g.ids.length);
        if (s === t) continue;
        const maxHops = 1 + (k % 4);
        const first = [1, 3, 10][k % 3]!;
        const hubLimit = k % 2 === 0 ? 1_000_000 : 6;
        const expected = allPaths(g, s, t, maxHops, hubLimit).slice(0, first);
        const got = await search(g, s, t, maxHops, first, { ...UNBOUNDED, hubLimit });
        compared += 1;
        if (expected.length > 0) withPaths += 1;
        if (got.truncated || JSON.stringify(got.paths) !== JSON.stringify(expected))
          wrong.push(`seed ${seed} pair ${s}-${t} hops ${maxHops}`);
      }
    }
    expect(compared).toBeGreaterThan(500);
    // Enough pairs with paths (a third) that the comparison is not mostly of empty answers.
    expect(withPaths).toBeGreaterThan(compared / 3);
    expect(wrong).toEqual([]);
  });

  it('reads the last level as a bridge: far fewer rows sent back when the first length with paths has enough', async () => {
    // Two entities joined through 20 middle entities, each of which has 30 other relationships: the middle level
    // is 620 rows read in full, but the bridge between the ends' frontiers is 20.
    const n = 2 + 20 + 20 * 30;
    const ids = Array.from({ length: n }, (_, i) => `x${String(i).padStart(4, '0')}`);
    const rels: Rel[] = [];
    const add = (a: number, b: number) => rels.push({ eid: `r${rels.length}`, a, b, type: 'AFFECTS', claimId: null });
    for (let m = 0; m < 20; m++) {
      add(0, 2 + m);
      add(2 + m, 1);
      for (let j = 0; j < 30; j++) add(2 + m, 22 + m * 30 + j);
    }
    const around: Rel[][] = ids.map(() => []);
    for (const r of rels) {
      around[r.a]!.push(r);
      around[r.b]!.push(r);
    }
    const g = { ids, rels, around };
    const got = await search(g, 0, 1, 3, 5, UNBOUNDED);
    expect(got.paths).toEqual(allPaths(g, 0, 1, 3, 1_000_000).slice(0, 5));
    expect(got.paths.map((p) => p.nodes.length)).toEqual([3, 3, 3, 3, 3]);
    // The start's 20 relationships, then the bridge of the 20 between the frontiers; never the middle's 600 others.
    expect(got.rows).toBe(40);
  });
});
