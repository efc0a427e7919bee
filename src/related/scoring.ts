/**
 * The related-conditions scoring of docs/related-conditions.md, computed in memory for many conditions at
 * once from the links it reads (loaded by src/related/repository.ts). RELATED_CONDITIONS
 * (src/traversal/cypher.ts) is the reference and stays the one live query; this is the same arithmetic on
 * the same numbers, arranged so that the whole graph costs seconds instead of one query per condition:
 * test/integration/relatedRankings.test.ts compares the two, ranking for ranking, on generated graphs.
 *
 * Everything that could differ between Java and JavaScript is left to Neo4j: the idf values (its log()) come
 * from a Cypher table, and the 4-decimal rounding of scores is done by its round(). What remains here is
 * IEEE multiplication (identical) and addition of the same terms, whose order Cypher does not fix either.
 */

/** A condition having a feature: `at` is its place in the batch's Universe. */
export type Member = { id: string; at: number; times: number; rank: number; via: string[] };

/** A shared entity as one family of links sees it: how many conditions it counts (df) and who has it. */
export type Feature = {
  /** The shared entity's id. */
  id: string;
  kind: 'symptom' | 'region' | 'near' | 'benefit' | 'treatment';
  /** The df the scoring uses: a degree for most, the distinct conditions reaching a region for `near`. */
  df: number;
  /**
   * Conditions with the link, each once, in the order read: `times` how many such relationships it has (a
   * repeated link counts once per relationship in the live query), `rank` the strongest claim's strengthRank
   * (benefit, treatment), `via` the regions (the region itself or its direct parts) through which it reaches a
   * `near` region.
   */
  members: Member[];
  /** The same members by condition id. */
  byId: Map<string, Member>;
};

export type ConditionLinks = {
  id: string;
  /** Ids of the features it has, by kind (hub features already left out by the loader). */
  features: Feature[];
  /** Its SUBTYPE_OF ancestors up to RELATED_BROADER_DEPTH: never listed. */
  broader: Set<string>;
  /** Its SUBTYPE_OF descendants up to RELATED_BROADER_DEPTH: listed as NARROWER. */
  narrower: Set<string>;
};

/** One candidate before rounding: the raw sum, the shared entities with their weights. */
export type Candidate = { other: string; raw: number; shared: { id: string; weight: number }[] };

export type IdfTable = Map<number, { idf: number; specific: boolean }>;

/**
 * Every condition a batch's features name, each at a place of its own, with the scratch arrays that score one
 * condition at a time by place instead of by id: a hub-like condition meets most of the graph's conditions, and
 * a Map by id per condition was most of the batch's time (a profile of the refresher at hetionet, candidatesOf
 * 30% of Node's busy time). The sums are made in the same order as with the Map, so they are the same numbers.
 */
export class Universe {
  private readonly places = new Map<string, number>();
  private raw = new Float64Array(0);
  private specific = new Uint8Array(0);
  private slot = new Int32Array(0);

  /** The place of a condition id, given when first asked. */
  placeOf(id: string): number {
    let at = this.places.get(id);
    if (at === undefined) this.places.set(id, (at = this.places.size));
    return at;
  }

  /** Scratch arrays as large as the places handed out, all zero (slot -1). */
  scratch(): { raw: Float64Array; specific: Uint8Array; slot: Int32Array } {
    const n = this.places.size;
    if (this.raw.length < n) {
      this.raw = new Float64Array(n);
      this.specific = new Uint8Array(n);
      this.slot = new Int32Array(n).fill(-1);
    }
    return { raw: this.raw, specific: this.specific, slot: this.slot };
  }
}

function weightOf(f: Feature, idf: number, c: { times: number; rank: number }, o: { times: number; rank: number }): number {
  switch (f.kind) {
    case 'symptom':
    case 'region': {
      // One row per pair of relationships, each adding the same weight (sum() in the live query).
      const w = (f.kind === 'symptom' ? 2.0 : 3.0) * idf;
      let sum = 0;
      for (let k = 0; k < c.times * o.times; k++) sum += w;
      return sum;
    }
    case 'near':
      return 1.0 * idf;
    case 'benefit':
      return ((2.0 * (c.rank < o.rank ? c.rank : o.rank)) / 4.0) * idf;
    case 'treatment':
      return ((1.0 * (c.rank < o.rank ? c.rank : o.rank)) / 4.0) * idf;
  }
}

/** A near region counts for (c, o) unless they share the region itself or a direct part of it (counted as a region). */
function nearCounts(c: { via: string[] }, o: { via: string[] }): boolean {
  return !c.via.some((v) => o.via.includes(v));
}

/** The `keep`-th largest of `values` (the smallest when there are fewer), through a min-heap of `keep`. */
function keepthLargest(values: Float64Array, count: number, keep: number): number {
  const k = Math.min(keep, count);
  const heap = new Float64Array(k);
  let size = 0;
  const down = (from: number) => {
    let i = from;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < size && heap[l]! < heap[m]!) m = l;
      if (r < size && heap[r]! < heap[m]!) m = r;
      if (m === i) return;
      const t = heap[i]!;
      heap[i] = heap[m]!;
      heap[m] = t;
      i = m;
    }
  };
  for (let j = 0; j < count; j++) {
    const v = values[j]!;
    if (size < k) {
      // Sift up.
      let i = size++;
      heap[i] = v;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (heap[parent]! <= heap[i]!) break;
        const t = heap[i]!;
        heap[i] = heap[parent]!;
        heap[parent] = t;
        i = parent;
      }
    } else if (v > heap[0]!) {
      heap[0] = v;
      down(0);
    }
  }
  return heap[0]!;
}

/**
 * Candidates of one condition that can reach its top `keep` once scores are rounded to 4 decimals: every
 * listed one (sharing something specific) whose raw score is within 0.0001 of the keep-th best raw score
 * (rounding moves a score by at most 0.00005), so that rounding and the tie-break by id happen on the
 * right set. Shared entities are filled in only for these. In no particular order (rankingOf sorts).
 */
export function candidatesOf(c: ConditionLinks, idfs: IdfTable, keep: number, universe: Universe): Candidate[] {
  const { raw, specific, slot } = universe.scratch();
  const touched: Member[] = [];
  for (const f of c.features) {
    const mine = f.byId.get(c.id);
    if (!mine) continue;
    const { idf, specific: isSpecific } = idfs.get(f.df)!;
    for (const theirs of f.members) {
      if (theirs === mine || c.broader.has(theirs.id)) continue;
      if (f.kind === 'near' && !nearCounts(mine, theirs)) continue;
      const at = theirs.at;
      if (slot[at] === -1) {
        slot[at] = -2; // touched: scratch to reset
        touched.push(theirs);
      }
      raw[at] = raw[at]! + weightOf(f, idf, mine, theirs);
      if (isSpecific) specific[at] = 1;
    }
  }
  const listed: Member[] = [];
  for (const m of touched) if (specific[m.at] === 1) listed.push(m);
  const chosen: Candidate[] = [];
  if (listed.length > 0) {
    const raws = new Float64Array(listed.length);
    for (let i = 0; i < listed.length; i++) raws[i] = raw[listed[i]!.at]!;
    const floor = keepthLargest(raws, listed.length, keep) - 0.0001;
    for (const m of listed) {
      if (raw[m.at]! < floor) continue;
      slot[m.at] = chosen.length;
      chosen.push({ other: m.id, raw: raw[m.at]!, shared: [] });
    }
    for (const f of c.features) {
      const mine = f.byId.get(c.id);
      if (!mine) continue;
      const { idf } = idfs.get(f.df)!;
      for (const theirs of f.members) {
        const s = slot[theirs.at]!;
        if (s < 0 || (f.kind === 'near' && !nearCounts(mine, theirs))) continue;
        chosen[s]!.shared.push({ id: f.id, weight: weightOf(f, idf, mine, theirs) });
      }
    }
  }
  for (const m of touched) {
    raw[m.at] = 0;
    specific[m.at] = 0;
    slot[m.at] = -1;
  }
  return chosen;
}

/** The stored form of a ranking: results in order, shared entities heaviest first as indexes into `featureIds`. */
export type StoredRanking = {
  id: string;
  ids: string[];
  scores: number[];
  sharedCounts: number[];
  relations: string[];
  featureIds: string[];
  sharedIdx: number[];
  sharedStarts: number[];
};

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The top `keep` by rounded score (Neo4j's round(raw, 4), given as `rounded`), then id; each with at most
 * `sharedLimit` shared entities by weight, then id. `relationOf` names NARROWER, CATEGORY or PEER.
 */
export function rankingOf(
  id: string,
  candidates: Candidate[],
  rounded: (raw: number) => number,
  keep: number,
  sharedLimit: number,
  relationOf: (other: string) => string,
): StoredRanking {
  const top = candidates
    .map((c) => ({ ...c, score: rounded(c.raw) }))
    .sort((a, b) => b.score - a.score || byId(a.other, b.other))
    .slice(0, keep);
  const stored: StoredRanking = {
    id,
    ids: [],
    scores: [],
    sharedCounts: [],
    relations: [],
    featureIds: [],
    sharedIdx: [],
    sharedStarts: [0],
  };
  const index = new Map<string, number>();
  for (const t of top) {
    stored.ids.push(t.other);
    stored.scores.push(t.score);
    stored.sharedCounts.push(t.shared.length);
    stored.relations.push(relationOf(t.other));
    const shared = [...t.shared].sort((a, b) => b.weight - a.weight || byId(a.id, b.id)).slice(0, sharedLimit);
    for (const s of shared) {
      if (!index.has(s.id)) {
        index.set(s.id, stored.featureIds.length);
        stored.featureIds.push(s.id);
      }
      stored.sharedIdx.push(index.get(s.id)!);
    }
    stored.sharedStarts.push(stored.sharedIdx.length);
  }
  return stored;
}
