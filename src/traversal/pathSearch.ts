/**
 * Bounded path search: breadth-first from both ends at once, then an ordered walk of the corridor the
 * two searches found. Pure: the database is reached only through `expand`, so the algorithm is the same
 * whatever runs the Cypher (src/traversal/repository.ts runs it in one read transaction).
 *
 * What it answers is what the unbounded query answered (PATHS in ./cypher.ts, kept as the reference):
 * the `first` simple paths (no entity twice) of at most `maxHops` steps between two entities, by length,
 * then node ids, then relationship ids. Two bounds keep it from exploding around hubs:
 *
 * - **Hub rule.** An entity with more than `hubLimit` relationships is never passed through
 *   (it may still be either end). Like the related-conditions hub rule: a path through acupuncture, which
 *   treats thousands of conditions, says little, and following it fans out to most of the graph.
 * - **Work budget.** Each breadth-first level reads the relationships of one side's frontier; their number
 *   is known before reading them (degrees come from Neo4j's degree store), so the search always grows the
 *   cheaper side and stops, marked truncated, when the next read would pass `workBudget` relationships
 *   in all (counted by degree, an upper bound of what is read). The ordered walk counts its steps against `stepBudget` the same way.
 *
 * **Bridges.** The last level a length needs is read as a bridge first: only the relationships from one
 * frontier to the other (Neo4j still walks the cheaper frontier's relationships, but sends back only those
 * few). Paths of length ℓ = fa + fb + 1 need nothing else (below), and most requests find their `first`
 * paths at the first length that has any, so the level's thousands of other rows are never sent, decoded
 * or linked. Only when a longer length is needed is the level read in full; a bridge's read counts against
 * the budget like a level's.
 *
 * Truncated answers are honest prefixes: every path listed is one the complete search lists at the same
 * place; only paths longer than the last length fully explored may be missing.
 *
 * Why the corridor walk is exact: after the two searches have run `fa` and `fb` levels with fa + fb ≥ ℓ,
 * every relationship of every simple path of length ℓ has been read from one of its ends (a step i < fa
 * starts at an entity the first search expanded; any later step ends at one within fb - 1 of the other end,
 * which the second search expanded). Distances from either end give lower bounds that prune the walk to
 * entities that can still reach the end in the steps left, so it visits few dead ends before the `first` paths.
 * With fa + fb = ℓ - 1 the same argument covers every step but step fa, from an entity at distance fa from the
 * start to one at distance fb from the end unless either was expanded: a relationship between the two
 * frontiers, which is what the bridge reads.
 */

import { relationshipId } from './relationshipId';

/** An entity the search has seen: its element id, its API id (the order paths are listed in) and its degree. */
export type SeenNode = { eid: string; id: string; degree: number };
// `degree` counts relationships of every kind (Neo4j's degree store answers that in one read, where a count of the
// traversable types costs one read per type): an upper bound on what expanding the entity reads, since a claim's
// :Claim node adds a SUBJECT or OBJECT relationship beside the direct one. The hub rule and the budget use it.

/**
 * One relationship read while expanding `from` (an element id): the entity at its other end (element id, id and
 * degree), the relationship's element id, its type and claim id, and whether it starts at `from`.
 */
export type ExpandRow = {
  from: string;
  to: string;
  toId: string;
  toDegree: number;
  rel: string;
  type: string;
  claimId: string | null;
  outgoing: boolean;
};

/** The API's id of the relationship an expansion row crossed from `fromId` (./relationshipId.ts). */
function rowRelationshipId(row: ExpandRow, fromId: string): string {
  return row.outgoing ? relationshipId(row.type, fromId, row.toId, row.claimId) : relationshipId(row.type, row.toId, fromId, row.claimId);
}

/** A path as element ids: nodes from `from` to `to`, and the relationships between them. */
export type FoundPath = { nodes: string[]; rels: string[] };

export type PathSearchLimits = {
  /** Entities with more relationships than this are not passed through (either end may be one). */
  hubLimit: number;
  /** Relationships the breadth-first levels may read in all. */
  workBudget: number;
  /** Steps the ordered walk may take in all. */
  stepBudget: number;
};

export type PathSearchResult = {
  paths: FoundPath[];
  /** True when a budget stopped the search before it could list `first` paths or rule more out. */
  truncated: boolean;
  /** Hubs reached and not passed through (see the hub rule). */
  hubsAvoided: number;
};

/** The two reads the search makes (element ids in, rows as ExpandRow). */
export type PathReads = {
  /** Every traversable relationship of the given entities. */
  expand: (frontier: string[]) => Promise<ExpandRow[]>;
  /** The traversable relationships of the given entities whose other end is one of `targets`. */
  bridge: (frontier: string[], targets: string[]) => Promise<ExpandRow[]>;
};

class Side {
  readonly dist = new Map<string, number>();
  frontier: string[];
  levels = 0;
  exhausted = false;

  constructor(start: SeenNode) {
    this.dist.set(start.eid, 0);
    this.frontier = [start.eid];
  }

  /** A lower bound of the distance to this side's end over passable entities. */
  lowerBound(eid: string): number {
    const known = this.dist.get(eid);
    if (known !== undefined) return known;
    return this.exhausted ? Number.POSITIVE_INFINITY : this.levels + 1;
  }
}

class BudgetSpent extends Error {}

export async function searchPaths(
  start: SeenNode,
  end: SeenNode,
  maxHops: number,
  first: number,
  reads: PathReads,
  limits: PathSearchLimits,
): Promise<PathSearchResult> {
  const nodes = new Map<string, SeenNode>([
    [start.eid, start],
    [end.eid, end],
  ]);
  // Undirected adjacency of everything read: entity → neighbour → relationship element id → relationship API id.
  const adjacency = new Map<string, Map<string, Map<string, string>>>();
  const hubs = new Set<string>();
  const fromStart = new Side(start);
  const fromEnd = new Side(end);
  const isEnd = (eid: string) => eid === start.eid || eid === end.eid;
  const passable = (eid: string) => isEnd(eid) || nodes.get(eid)!.degree <= limits.hubLimit;
  let work = 0;

  const link = (x: string, y: string, rel: string, relId: string) => {
    let around = adjacency.get(x);
    if (!around) adjacency.set(x, (around = new Map()));
    let rels = around.get(y);
    if (!rels) around.set(y, (rels = new Map()));
    rels.set(rel, relId);
  };

  const cost = (side: Side) => side.frontier.reduce((sum, eid) => sum + nodes.get(eid)!.degree, 0);

  const record = (row: ExpandRow) => {
    if (!nodes.has(row.to)) nodes.set(row.to, { eid: row.to, id: row.toId, degree: row.toDegree });
    const relId = rowRelationshipId(row, nodes.get(row.from)!.id);
    link(row.from, row.to, row.rel, relId);
    link(row.to, row.from, row.rel, relId);
  };

  const grow = async (side: Side, otherEnd: string) => {
    work += cost(side);
    const rows = await reads.expand(side.frontier);
    const next: string[] = [];
    for (const row of rows) {
      record(row);
      if (side.dist.has(row.to)) continue;
      side.dist.set(row.to, side.levels + 1);
      // The other end is never passed through, and neither is a hub: neither is expanded.
      if (row.to === otherEnd) continue;
      if (!passable(row.to)) {
        hubs.add(row.to);
        continue;
      }
      next.push(row.to);
    }
    sortedNeighbours.clear();
    side.levels += 1;
    side.frontier = next;
    side.exhausted = next.length === 0;
  };

  const cheaper = () => (cost(fromStart) <= cost(fromEnd) ? fromStart : fromEnd);
  const exhausted = () => fromStart.exhausted || fromEnd.exhausted;

  /** Grows the cheaper side until the two together have run `levels` levels; false when the budget forbids it. */
  const reach = async (levels: number): Promise<boolean> => {
    while (fromStart.levels + fromEnd.levels < levels && !exhausted()) {
      const side = cheaper();
      if (work + cost(side) > limits.workBudget) return false;
      await grow(side, side === fromStart ? end.eid : start.eid);
    }
    return true;
  };

  /**
   * Makes every path of `length` steps walkable when the searches have run one level less: reads the relationships
   * between the two frontiers from the cheaper one. Neither side's levels change (a later length reads the level in
   * full); false when the budget forbids the read.
   */
  const bridge = async (length: number): Promise<boolean> => {
    if (fromStart.levels + fromEnd.levels !== length - 1 || exhausted()) return true;
    const side = cheaper();
    if (work + cost(side) > limits.workBudget) return false;
    work += cost(side);
    const other = side === fromStart ? fromEnd : fromStart;
    for (const row of await reads.bridge(side.frontier, other.frontier)) record(row);
    sortedNeighbours.clear();
    return true;
  };

  // Sorted once per entity between two levels (a level adds neighbours, so it clears them).
  const sortedNeighbours = new Map<string, string[]>();
  const neighboursOf = (eid: string): string[] => {
    let sorted = sortedNeighbours.get(eid);
    if (!sorted) {
      sorted = [...(adjacency.get(eid)?.keys() ?? [])].sort((x, y) => compareIds(nodes.get(x)!.id, nodes.get(y)!.id));
      sortedNeighbours.set(eid, sorted);
    }
    return sorted;
  };

  const found: FoundPath[] = [];
  let steps = 0;

  /** Every way to join a node sequence with relationships (parallel claims), by relationship ids. */
  const emit = (sequence: string[]) => {
    const choices = sequence
      .slice(1)
      .map((to, i) => [...adjacency.get(sequence[i]!)!.get(to)!.entries()].sort((x, y) => compareIds(x[1], y[1])).map(([rel]) => rel));
    const rels: string[] = [];
    const product = (i: number) => {
      if (found.length >= first) return;
      if (i === choices.length) {
        found.push({ nodes: [...sequence], rels: [...rels] });
        return;
      }
      for (const rel of choices[i]!) {
        rels.push(rel);
        product(i + 1);
        rels.pop();
        if (found.length >= first) return;
      }
    };
    product(0);
  };

  /** Simple paths of exactly `length` steps in node-id order, until `first` are found. */
  const walk = (length: number) => {
    const sequence = [start.eid];
    const onPath = new Set(sequence);
    const step = (at: string, i: number) => {
      steps += 1;
      if (steps > limits.stepBudget) throw new BudgetSpent();
      const left = length - i;
      for (const next of neighboursOf(at)) {
        if (found.length >= first) return;
        if (onPath.has(next)) continue;
        if (next === end.eid) {
          if (left === 1) emit([...sequence, next]);
          continue;
        }
        if (left === 1 || !passable(next)) continue;
        if (fromEnd.lowerBound(next) > left - 1 || fromStart.lowerBound(next) > i + 1) continue;
        sequence.push(next);
        onPath.add(next);
        step(next, i + 1);
        sequence.pop();
        onPath.delete(next);
      }
    };
    step(start.eid, 0);
  };

  let truncated = false;
  try {
    for (let length = 1; length <= maxHops && found.length < first; length += 1) {
      if (!((await reach(length - 1)) && (await bridge(length)))) {
        truncated = true;
        break;
      }
      // One end's whole reach is read and the other end is not in it: no path at all.
      if ((fromStart.exhausted && !fromStart.dist.has(end.eid)) || (fromEnd.exhausted && !fromEnd.dist.has(start.eid))) break;
      walk(length);
    }
  } catch (error) {
    if (!(error instanceof BudgetSpent)) throw error;
    truncated = true;
  }
  return { paths: found, truncated, hubsAvoided: hubs.size };
}

/** Ids compared as Cypher compares strings in ORDER BY (UTF-16 code units, as JavaScript's < does). */
function compareIds(x: string, y: string): number {
  if (x === y) return 0;
  return x < y ? -1 : 1;
}

/**
 * The limits `paths` runs with. The hub limit sits above every entity of the curated graph (so its paths are
 * exactly the unbounded ones) and keeps the benchmark's Zipf hubs (thousands of links) out of the middle of
 * paths. The work budget bounds a request to about as many relationships as a fast page read: measured in
 * docs/paths.md.
 */
export const PATH_LIMITS: PathSearchLimits = { hubLimit: 1000, workBudget: 20000, stepBudget: 50000 };
