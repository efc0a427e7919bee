import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../graph/database';
import type { EntityShape, RelatedConditionRecord } from '../domain/records';
import type { ClaimPredicate, ConditionRelation } from '../generated/graphql';
import { cypherInt } from '../domain/args';
import { toEntityRecord } from '../entities/records';
import { RELATED_HUB_LIMIT, RELATED_SHARED_LIMIT } from '../traversal/cypher';
import { findRelatedConditions as scoreRelatedConditionsLive } from '../traversal/repository';
import {
  ALL_CONDITION_IDS,
  CONDITION_COUNT,
  CONDITION_LINKS,
  FEATURE_MEMBERS,
  IDF_TABLE,
  UMBRELLAS,
  ROUND_SCORES,
  STALE_CONDITION_IDS,
  STALE_SUMMARY,
  STORED_RANKING,
  STORE_RANKINGS,
  LOCK_RANKINGS,
  LOCK_SUBJECTS,
  MARK_DIRTY,
  RANKING_VERSIONS,
  REGION_PARENTS,
} from './cypher';
import { Universe, candidatesOf, rankingOf, type ConditionLinks, type Feature, type IdfTable, type StoredRanking } from './scoring';

/**
 * Stored related-conditions rankings (docs/related-conditions.md, "Stored rankings"): what the live scoring
 * answers, kept per condition and served by a lookup while it is known to be what the live scoring would say.
 */

/** Results kept per condition: the most relatedConditions' `first` accepts, so every `first` is a prefix. */
export const STORED_RELATED = 50;

type Props = Record<string, unknown>;
/** A result as STORED_RANKING returns it: its shared entities as indexes into the ranking's features. */
type StoredRow = { condition: Props; score: number; shared: number[]; sharedCount: number; relation: ConditionRelation };
type FeatureKind = Feature['kind'];
const FEATURE_KINDS: FeatureKind[] = ['symptom', 'region', 'near', 'benefit', 'treatment'];
/** A member as FEATURE_MEMBERS returns it: [id, times, rank] and, for a near region, the regions it goes through. */
type MemberRow = [id: string, times: number, rank: number, via?: string[]];

/**
 * The rows of a query, streamed (subscribe) rather than awaited: a driver transaction keeps every Result it
 * ran until it ends, and an awaited Result keeps its records, so every ranking recomputed in one transaction
 * (refreshAllRankings after a bulk load) held every row it read until the commit; streamed, a Result keeps
 * no rows. (It still keeps its parameters: a transaction that stores many rankings holds them all until it
 * ends, which is why the offline import computes its rankings in the refresher's batches.)
 */
function records<T>(tx: ManagedTransaction, cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  return new Promise<T[]>((resolve, reject) => {
    const rows: T[] = [];
    tx.run(cypher, params).subscribe({
      onNext: (record) => rows.push(record.toObject() as T),
      onCompleted: () => resolve(rows),
      onError: reject,
    });
  });
}

async function conditionCount(tx: ManagedTransaction): Promise<number> {
  const [row] = await records<{ conditions: number }>(tx, CONDITION_COUNT);
  return row?.conditions ?? 0;
}

/** Splits a list into chunks, so that no parameter list or result grows without bound. */
function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The links of `ids` and the members of every non-hub feature they have (each condition at its place in `universe`): what their rankings read. */
async function loadLinks(tx: ManagedTransaction, ids: readonly string[], universe: Universe): Promise<ConditionLinks[]> {
  type LinkRow = Record<FeatureKind, string[]> & { id: string; broader: string[]; narrower: string[] };
  const rows: LinkRow[] = [];
  for (const part of chunks(ids, 2000)) rows.push(...(await records<LinkRow>(tx, CONDITION_LINKS, { ids: part })));
  const features = new Map<string, Feature>();
  for (const kind of FEATURE_KINDS) {
    const wanted = [...new Set(rows.flatMap((r) => r[kind]))];
    for (const part of chunks(wanted, 2000)) {
      const found = await records<{ id: string; df: number; members: MemberRow[] }>(tx, FEATURE_MEMBERS[kind], {
        ids: part,
        hubLimit: RELATED_HUB_LIMIT,
      });
      for (const f of found) {
        const members = f.members.map(([id, times, rank, via]) => ({ id, at: universe.placeOf(id), times, rank, via: via ?? [] }));
        features.set(`${kind}|${f.id}`, { id: f.id, kind, df: f.df, members, byId: new Map(members.map((m) => [m.id, m])) });
      }
    }
  }
  return rows.map((r) => ({
    id: r.id,
    broader: new Set(r.broader),
    narrower: new Set(r.narrower),
    features: FEATURE_KINDS.flatMap((kind) => r[kind].flatMap((fid) => features.get(`${kind}|${fid}`) ?? [])),
  }));
}

async function idfTable(tx: ManagedTransaction, links: readonly ConditionLinks[]): Promise<IdfTable> {
  const dfs = [...new Set(links.flatMap((l) => l.features.map((f) => f.df)))];
  const rows = await records<{ df: number; idf: number; specific: boolean }>(tx, IDF_TABLE, { dfs: dfs.map(cypherInt) });
  return new Map(rows.map((r) => [r.df, { idf: r.idf, specific: r.specific }]));
}

/** The rankings of `ids` as the live scoring would answer them now, ready to store. */
async function computeRankings(tx: ManagedTransaction, ids: readonly string[]): Promise<StoredRanking[]> {
  const universe = new Universe();
  const links = await loadLinks(tx, ids, universe);
  const idfs = await idfTable(tx, links);
  const candidates = links.map((l) => ({ id: l.id, list: candidatesOf(l, idfs, STORED_RELATED, universe) }));
  const rounded = new Map<number, number>();
  const raws = [...new Set(candidates.flatMap((c) => c.list.map((x) => x.raw)))];
  for (const part of chunks(raws, 20000)) {
    for (const r of await records<{ raw: number; score: number }>(tx, ROUND_SCORES, { raws: part })) rounded.set(r.raw, r.score);
  }
  const umbrellas = new Set<string>();
  const others = [...new Set(candidates.flatMap((c) => c.list.map((x) => x.other)))];
  for (const part of chunks(others, 20000)) {
    for (const r of await records<{ id: string }>(tx, UMBRELLAS, { ids: part })) umbrellas.add(r.id);
  }
  const rankings = links.map((l, i) =>
    rankingOf(
      l.id,
      candidates[i]!.list,
      (raw) => rounded.get(raw)!,
      STORED_RELATED,
      RELATED_SHARED_LIMIT,
      (other) => (l.narrower.has(other) ? 'NARROWER' : umbrellas.has(other) ? 'CATEGORY' : 'PEER'),
    ),
  );
  return rankings;
}

/** Locks the rankings of `ids` (docs/related-conditions.md, "Concurrency"), in one order: sorted. */
async function lockRankings(tx: ManagedTransaction, ids: readonly string[]): Promise<void> {
  const sorted = [...new Set(ids)].sort();
  for (const part of chunks(sorted, 4000)) await tx.run(LOCK_RANKINGS, { ids: part });
}

/** Stores rankings computed for `conditions` conditions; rows with a version are stored only if still at it. */
async function storeRows(
  tx: ManagedTransaction,
  conditions: number,
  rankings: readonly (StoredRanking & { version: number | null })[],
): Promise<number> {
  let stored = 0;
  for (const rows of chunks(rankings, 500)) {
    const [row] = await records<{ stored: number }>(tx, STORE_RANKINGS, { conditions, rows });
    stored += row?.stored ?? 0;
  }
  return stored;
}

/** Computes and stores the rankings of `ids` inside `tx`; the caller holds their locks. */
async function storeRankings(tx: ManagedTransaction, ids: readonly string[]): Promise<void> {
  const conditions = await conditionCount(tx);
  for (const part of chunks(ids, 4000)) {
    const rankings = await computeRankings(tx, part);
    await storeRows(
      tx,
      conditions,
      rankings.map((r) => ({ ...r, version: null })),
    );
  }
}

/**
 * Recomputes and stores the rankings of `ids` inside `tx`, after locking them: two transactions that recompute
 * one ranking run one after the other, so the later one reads what the earlier committed (Neo4j reads committed
 * data) and no ranking is overwritten by one computed without a write that committed before. Transactions
 * that recompute other rankings do not wait for each other.
 */
export async function recomputeRankings(tx: ManagedTransaction, ids: readonly string[]): Promise<void> {
  await lockRankings(tx, ids);
  await storeRankings(tx, ids);
}

/** Every condition's ranking, inside `tx` (a bulk import: its rankings commit with it). */
export async function recomputeAllRankings(tx: ManagedTransaction): Promise<number> {
  const ids = (await records<{ id: string }>(tx, ALL_CONDITION_IDS)).map((r) => r.id);
  await recomputeRankings(tx, ids);
  return ids.length;
}

/**
 * One batch of the refresher: up to `batch` missing, outdated or dirty rankings, computed in a read transaction
 * that holds no lock, then stored in a short write transaction, each only if no write touched it since its
 * version was read (that write marked it dirty, or stored it, and it is left for the next batch). So claim
 * writes never wait for a refresh to compute. Returns how many were stale and how many were stored.
 */
async function refreshBatch(db: Database, batch: number): Promise<{ stale: number; stored: number }> {
  const computed = await db.readTx(async (tx) => {
    const conditions = await conditionCount(tx);
    const stale = (await records<{ id: string }>(tx, STALE_CONDITION_IDS, { conditions, limit: cypherInt(batch) })).map((r) => r.id);
    if (stale.length === 0) return { conditions, rows: [] };
    // Versions before the data: a write that commits in between is then either read with the data or caught.
    const versions = new Map(
      (await records<{ id: string; version: number }>(tx, RANKING_VERSIONS, { ids: stale })).map((r) => [r.id, r.version]),
    );
    const rankings = await computeRankings(tx, stale);
    return { conditions, rows: rankings.map((r) => ({ ...r, version: versions.get(r.id) ?? 0 })) };
  }, 3600000);
  if (computed.rows.length === 0) return { stale: 0, stored: 0 };
  const stored = await db.writeTx(async (tx) => {
    await lockRankings(
      tx,
      computed.rows.map((r) => r.id),
    );
    return storeRows(tx, computed.conditions, computed.rows);
  });
  return { stale: computed.rows.length, stored };
}

/**
 * Recomputes every missing, outdated or dirty ranking (after the seed, the benchmark's load, a new condition or a
 * claim), `batch` conditions at a time; `all` first recomputes every ranking, in one transaction holding every
 * ranking's lock. Returns how many it stored.
 */
export async function refreshRankings(
  db: Database,
  options: { all?: boolean; batch?: number; shouldStop?: () => boolean; betweenBatches?: (batchMs: number) => Promise<void> } = {},
): Promise<number> {
  const batch = options.batch ?? 2000;
  let done = options.all ? await db.writeTx((tx) => recomputeAllRankings(tx), 3600000) : 0;
  while (!options.shouldStop?.()) {
    const started = Date.now();
    const { stale, stored } = await refreshBatch(db, batch);
    done += stored;
    // A short batch was the last; one where writes overtook every ranking is left to the next call.
    if (stale < batch || stored === 0) break;
    await options.betweenBatches?.(Date.now() - started);
  }
  return done;
}

/** Every ranking, recomputed in one transaction (after a bulk load), with a line saying how long it took. */
export async function refreshAllRankings(db: Database, log: (line: string) => void): Promise<number> {
  const started = Date.now();
  const count = await refreshRankings(db, { all: true });
  log(`Stored related-conditions rankings of ${count.toLocaleString('en')} conditions in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return count;
}

/** Whether some condition's ranking is missing or outdated (cheap: count store and an index). */
export async function rankingsAreStale(db: Database): Promise<boolean> {
  const [row] = await db.read<{ conditions: number; rankings: number; outdated: boolean }>(STALE_SUMMARY);
  return !!row && (row.rankings < row.conditions || row.outdated);
}

/** A relationship the scoring may read, just created (`added`) or deleted (`removed`) by a write. */
export type WrittenLink = { type: string; from: string; to: string; change: 'added' | 'removed' };

/**
 * A feature (what two conditions can share, FEATURE_MEMBERS) whose links a write changed: the conditions at the
 * far end of those links, and how many links were added and removed (for the hub check before the write).
 */
type FeatureChange = { kind: FeatureKind; id: string; conditions: Set<string>; added: number; removed: number };

/** A count of added links that no hub check can rule out (a new PART_OF: every condition affecting the part). */
const UNBOUNDED = Number.MAX_SAFE_INTEGER;

/**
 * The features whose links `links` change, with the conditions at the far ends; null when one of them changes
 * something every ranking can read (a SUBTYPE_OF link: who is broader, narrower or an umbrella).
 */
async function featuresChanged(tx: ManagedTransaction, links: readonly WrittenLink[]): Promise<FeatureChange[] | null> {
  const features = new Map<string, FeatureChange>();
  const change = (kind: FeatureKind, id: string, condition: string | null, link: WrittenLink, count = 1) => {
    const key = `${kind}|${id}`;
    let f = features.get(key);
    if (!f) features.set(key, (f = { kind, id, conditions: new Set(), added: 0, removed: 0 }));
    if (condition !== null) f.conditions.add(condition);
    if (link.change === 'added') f.added = Math.min(UNBOUNDED, f.added + count);
    else f.removed += count;
  };
  const affects: WrittenLink[] = [];
  for (const link of links) {
    if (link.type === 'TREATS' || link.type === 'PREVENTS') change('treatment', link.from, link.to, link);
    else if (link.type === 'HELPS') change('benefit', link.from, link.to, link);
    else if (link.type === 'PRESENTS') change('symptom', link.to, link.from, link);
    else if (link.type === 'AFFECTS') {
      change('region', link.to, link.from, link);
      change('near', link.to, link.from, link);
      affects.push(link);
    } else if (link.type === 'PART_OF') change('near', link.to, null, link, UNBOUNDED);
    else if (link.type === 'SUBTYPE_OF') return null;
    // Any other type (LOCATED_IN, HAS_STEP, ..., PRODUCES, CONTRIBUTES_TO, IS_SAFE_WHEN): the scoring reads none.
  }
  // A region one hop up is reached through each region it is the parent of.
  const regions = [...new Set(affects.map((l) => l.to))];
  const parents = new Map<string, string[]>();
  for (const part of chunks(regions, 2000)) {
    for (const r of await records<{ id: string; parents: string[] }>(tx, REGION_PARENTS, { ids: part })) parents.set(r.id, r.parents);
  }
  for (const link of affects) for (const up of parents.get(link.to) ?? []) change('near', up, link.from, link);
  return [...features.values()];
}

/**
 * The conditions linked to each of `features` now (FEATURE_MEMBERS), those that are hubs both before and after
 * the write left out (df before taken as df now - added + removed). Hubs far over the limit are not read at all.
 */
async function linkedNow(tx: ManagedTransaction, features: readonly FeatureChange[]): Promise<Map<FeatureChange, string[]>> {
  const linked = new Map<FeatureChange, string[]>();
  for (const kind of FEATURE_KINDS) {
    const ofKind = features.filter((f) => f.kind === kind);
    for (const part of chunks(ofKind, 2000)) {
      const byId = new Map(part.map((f) => [f.id, f]));
      // A feature with df over the limit + its added links was a hub before the write too (and is one now).
      const hubLimit = Math.min(UNBOUNDED, RELATED_HUB_LIMIT + Math.max(...part.map((f) => f.added)));
      const found = await records<{ id: string; df: number; members: MemberRow[] }>(tx, FEATURE_MEMBERS[kind], {
        ids: part.map((f) => f.id),
        hubLimit: cypherInt(hubLimit),
      });
      for (const row of found) {
        const f = byId.get(row.id)!;
        if (Math.min(row.df - f.added + f.removed, row.df) > RELATED_HUB_LIMIT) continue;
        linked.set(
          f,
          row.members.map(([id]) => id),
        );
      }
    }
  }
  return linked;
}

/**
 * Which rankings written links (`links`, created or deleted in `tx`) can change, marked dirty in `tx`
 * (docs/related-conditions.md, "What a write changes"): from its commit on they are not served (the live
 * scoring answers, with the write) until the refresher has recomputed them.
 *
 * The scoring reads a feature's links (a treatment's TREATS|PREVENTS, a benefit's HELPS, a symptom's PRESENTS,
 * a region's AFFECTS, the AFFECTS reaching a region one hop up through itself or a direct part) only for pairs of
 * conditions that both have one, with its df and the hub limit on that df:
 * - the score of a pair (a, b) reads a feature only when both a and b are linked to it: a written link changes
 *   its df, and the link itself; so only the rankings of the conditions at the far ends of the links and of the
 *   conditions linked to the feature can change, all others read nothing that changed;
 * - when the feature is a hub both before and after (df over the limit), the scoring skips it either way and
 *   nothing changes (a new PART_OF makes an unknown number of conditions reach its parent: never skipped);
 * - N (the number of conditions) does not change (runImport: an import that adds conditions marks nothing);
 * - a SUBTYPE_OF link changes who is broader, narrower or an umbrella, which any ranking listing either
 *   condition can read: every ranking is marked.
 * df before is taken as df after - added + removed, so a removal that removed nothing marks more, never less.
 */
export async function rankingsAfterLinks(tx: ManagedTransaction, links: readonly WrittenLink[]): Promise<number> {
  if (links.length === 0) return 0;
  const features = await featuresChanged(tx, links);
  if (features === null) {
    const all = (await records<{ id: string }>(tx, ALL_CONDITION_IDS)).map((r) => r.id);
    for (const part of chunks(all, 4000)) await tx.run(MARK_DIRTY, { ids: part });
    return all.length;
  }
  // The subjects' locks before reading who is linked to them: a concurrent write about the same subject that
  // committed while this one waited is then seen, and the rankings it can change with this one are marked too.
  const subjects = [...new Set(features.map((f) => f.id))].sort();
  for (const part of chunks(subjects, 4000)) await tx.run(LOCK_SUBJECTS, { subjects: part });
  let linked = await linkedNow(tx, features);
  // At most the hub limit + 1 conditions per feature (it is not a hub on one side of the write).
  let marking = [...new Set([...linked].flatMap(([f, ids]) => [...f.conditions, ...ids]))];
  const marked = new Set<string>();
  // Until no more: a write that links other conditions to a subject without its lock and committed before these
  // marks is seen by the next read.
  while (marking.length > 0) {
    for (const part of chunks(marking.sort(), 4000)) await tx.run(MARK_DIRTY, { ids: part });
    for (const id of marking) marked.add(id);
    linked = await linkedNow(tx, [...linked.keys()]);
    marking = [...new Set([...linked.values()].flat())].filter((id) => !marked.has(id));
  }
  return marked.size;
}

/** The relationship a claim predicate stands for as a written link (ignored by the scoring unless it reads it). */
export async function rankingsAfterClaimChange(
  tx: ManagedTransaction,
  claim: { subject: string; predicate: ClaimPredicate; object: string },
  change: 'added' | 'removed',
): Promise<void> {
  await rankingsAfterLinks(tx, [{ type: claim.predicate, from: claim.subject, to: claim.object, change }]);
}

/**
 * After a bulk import's records are written in `tx`: an import that added conditions changed N, so every
 * ranking is outdated by it (its `conditions` no longer match) and nothing needs marking; otherwise the
 * rankings its written links can change are marked dirty (rankingsAfterLinks). Returns how many were marked.
 */
export async function rankingsAfterImport(
  tx: ManagedTransaction,
  written: { conditionsAdded: number; links: readonly WrittenLink[] },
): Promise<number> {
  if (written.conditionsAdded > 0) return 0;
  return rankingsAfterLinks(tx, written.links);
}

/**
 * The stored ranking of `id` (its first `first` results) when it is current, in one lookup; null when there
 * is none or it was computed for another number of conditions.
 */
export async function readStoredRanking(
  db: Database,
  id: string,
  first: number,
  shape: EntityShape = 'full',
): Promise<RelatedConditionRecord[] | null> {
  const [stored] = await db.read<{ fresh: boolean; rows: StoredRow[]; features: [index: number, entity: Props][] }>(STORED_RANKING[shape], {
    id,
    first: cypherInt(first),
  });
  if (!stored?.fresh) return null;
  const features = new Map(stored.features.map(([index, entity]) => [index, toEntityRecord(entity)]));
  return stored.rows.map((r) => ({
    condition: toEntityRecord(r.condition),
    score: r.score,
    // An entity deleted since the ranking was stored is left out, as a row whose condition is gone is.
    shared: r.shared.flatMap((index) => features.get(index) ?? []),
    sharedCount: r.sharedCount,
    relation: r.relation,
  }));
}

/**
 * Conditions ranked by what they share with `id`, best first: the stored ranking when it is current, else the
 * live scoring. The same answer either way; [] when `id` is not a condition.
 */
export async function findRelatedConditions(
  db: Database,
  id: string,
  first: number,
  shape: EntityShape = 'full',
): Promise<RelatedConditionRecord[]> {
  return (await readStoredRanking(db, id, first, shape)) ?? scoreRelatedConditionsLive(db, id, first, shape);
}
