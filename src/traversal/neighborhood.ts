/**
 * Neighbourhoods bounded by design: a breadth-first walk out from the centre, level by level, that takes from
 * each entity at most a fixed number of neighbours, strongest link first. Pure: the database is reached only
 * through `expand` (src/traversal/repository.ts runs it in one read transaction).
 *
 * - **Fan-out cap.** The centre gives up to `limit - 1` neighbours; every other entity up to `fanout` new ones.
 *   Neighbours are ranked by the strongest link to them: descriptive links first (what the entity is: its
 *   symptoms, regions, kinds, steps), then claims by grade (HIGH to VERY_LOW), then by id.
 * - **Hub rule.** An entity other than the centre with more than `hubLimit` relationships is listed but not
 *   expanded: its neighbours would be most of the graph, and sorting them to pick the strongest costs its degree.
 * - **Work budget.** Expanding an entity reads its relationships (its degree, known beforehand from the degree
 *   store). Entities are expanded strongest first until the next would pass `workBudget` in all; the centre
 *   always is.
 *
 * The answer keeps the order clients know: the centre, then by distance, then by id. `truncated` is true when any
 * entity within `depth` was left out: by `limit`, by a fan-out cap, by the hub rule or by the budget.
 */

/** One neighbour of `from` (an element id), with the rank of the strongest link between them (5 descriptive, 4 HIGH .. 1 VERY_LOW). */
export type NeighbourRow = { from: string; to: string; toId: string; toDegree: number; strength: number };

/**
 * Up to `take` neighbours of each entity in `frontier` (element ids) that are not in `seen`, strongest first,
 * then by id; one more than `take` tells that some were left out.
 */
export type ExpandNeighbours = (frontier: string[], seen: string[], take: number) => Promise<NeighbourRow[]>;

export type NeighborhoodLimits = { fanout: number; hubLimit: number; workBudget: number };

/** What the limits are in the API (documented on Query.neighborhood): see docs/neighborhood.md. */
export const NEIGHBORHOOD_LIMITS: NeighborhoodLimits = { fanout: 50, hubLimit: 1000, workBudget: 20000 };

export type Centre = { eid: string; degree: number };

export type NeighborhoodResult = {
  /** Element ids: the centre, then by distance, then by id. */
  nodes: string[];
  /** Degrees of the nodes, by element id (the relationship query reads hubs last). */
  degrees: Map<string, number>;
  truncated: boolean;
};

type Candidate = { eid: string; id: string; degree: number; strength: number };

const byStrengthThenId = (x: Candidate, y: Candidate) => y.strength - x.strength || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
const byId = (x: Candidate, y: Candidate) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);

export async function walkNeighborhood(
  centre: Centre,
  depth: number,
  limit: number,
  expand: ExpandNeighbours,
  limits: NeighborhoodLimits,
): Promise<NeighborhoodResult> {
  const seen = new Set<string>([centre.eid]);
  const order: string[] = [centre.eid];
  const degrees = new Map<string, number>([[centre.eid, centre.degree]]);
  let truncated = false;
  let work = 0;
  // The entities to expand next, strongest first.
  let frontier: Candidate[] = [{ eid: centre.eid, id: '', degree: centre.degree, strength: 5 }];

  for (let level = 1; level <= depth && frontier.length > 0; level += 1) {
    const room = limit - order.length;
    const expanded: string[] = [];
    for (const node of frontier) {
      const isCentre = node.eid === centre.eid;
      if (!isCentre && node.degree > limits.hubLimit) {
        truncated = true;
        continue;
      }
      if (!isCentre && work + node.degree > limits.workBudget) {
        truncated = true;
        continue;
      }
      work += node.degree;
      expanded.push(node.eid);
    }
    if (expanded.length === 0) break;
    if (room <= 0) {
      // Full before this level: something within depth is left out if an entity to expand has one more neighbour
      // (known already when the level before was cut).
      if (!truncated && (await expand(expanded, [...seen], 0)).length > 0) truncated = true;
      break;
    }
    const take = level === 1 ? room : limits.fanout;
    const rows = await expand(expanded, [...seen], take);
    const perParent = new Map<string, number>();
    const found = new Map<string, Candidate>();
    for (const row of rows) {
      const count = (perParent.get(row.from) ?? 0) + 1;
      perParent.set(row.from, count);
      // The row past `take` only says the parent had more.
      if (count > take) {
        truncated = true;
        continue;
      }
      const known = found.get(row.to);
      if (!known || known.strength < row.strength)
        found.set(row.to, { eid: row.to, id: row.toId, degree: row.toDegree, strength: row.strength });
    }
    const candidates = [...found.values()].sort(byStrengthThenId);
    if (candidates.length > room) truncated = true;
    const kept = candidates.slice(0, room);
    for (const node of kept) {
      seen.add(node.eid);
      degrees.set(node.eid, node.degree);
    }
    order.push(...[...kept].sort(byId).map((n) => n.eid));
    frontier = kept;
  }
  return { nodes: order, degrees, truncated };
}
