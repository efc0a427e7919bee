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

/** A shared entity as one family of links sees it: how many conditions it counts (df) and who has it. */
export type Feature = {
  /** The shared entity's id. */
  id: string;
  kind: 'symptom' | 'region' | 'near' | 'benefit' | 'treatment';
  /** The df the scoring uses: a degree for most, the distinct conditions reaching a region for `near`. */
  df: number;
  /**
   * Conditions with the link, each once: `times` how many such relationships it has (a repeated link counts
   * once per relationship in the live query), `rank` the strongest claim's strengthRank (benefit, treatment),
   * `via` the regions (the region itself or its direct parts) through which it reaches a `near` region.
   */
  members: Map<string, { times: number; rank: number; via: string[] }>;
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

/**
 * Candidates of one condition that can reach its top `keep` once scores are rounded to 4 decimals: every
 * listed one (sharing something specific) whose raw score is within 0.0001 of the keep-th best raw score
 * (rounding moves a score by at most 0.00005), so that rounding and the tie-break by id happen on the
 * right set. Shared entities are filled in only for these.
 */
export function candidatesOf(c: ConditionLinks, idfs: IdfTable, keep: number): Candidate[] {
  const raw = new Map<string, number>();
  const specific = new Set<string>();
  for (const f of c.features) {
    const mine = f.members.get(c.id);
    if (!mine) continue;
    const { idf, specific: isSpecific } = idfs.get(f.df)!;
    for (const [other, theirs] of f.members) {
      if (other === c.id || c.broader.has(other)) continue;
      if (f.kind === 'near' && !nearCounts(mine, theirs)) continue;
      raw.set(other, (raw.get(other) ?? 0) + weightOf(f, idf, mine, theirs));
      if (isSpecific) specific.add(other);
    }
  }
  const listed = [...specific].map((other) => ({ other, raw: raw.get(other)! }));
  listed.sort((a, b) => b.raw - a.raw || (a.other < b.other ? -1 : a.other > b.other ? 1 : 0));
  if (listed.length === 0) return [];
  const floor = listed[Math.min(keep, listed.length) - 1]!.raw - 0.0001;
  const chosen = new Map(listed.filter((x) => x.raw >= floor).map((x) => [x.other, { ...x, shared: [] as Candidate['shared'] }]));
  for (const f of c.features) {
    const mine = f.members.get(c.id);
    if (!mine) continue;
    const { idf } = idfs.get(f.df)!;
    for (const [other, theirs] of f.members) {
      const candidate = chosen.get(other);
      if (!candidate || (f.kind === 'near' && !nearCounts(mine, theirs))) continue;
      candidate.shared.push({ id: f.id, weight: weightOf(f, idf, mine, theirs) });
    }
  }
  return [...chosen.values()];
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
