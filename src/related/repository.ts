import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../graph/database';
import type { RelatedConditionRecord } from '../domain/records';
import type { ClaimPredicate, ConditionRelation } from '../generated/graphql';
import { cypherInt } from '../domain/args';
import { toEntityRecord } from '../entities/records';
import { RELATED_HUB_LIMIT, RELATED_SHARED_LIMIT } from '../traversal/cypher';
import { findRelatedConditions as scoreRelatedConditionsLive } from '../traversal/repository';
import {
  ALL_CONDITION_IDS,
  CLAIM_FAMILY,
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
  LOCK_SUBJECT,
  MARK_DIRTY,
  RANKING_VERSIONS,
} from './cypher';
import { candidatesOf, rankingOf, type ConditionLinks, type Feature, type IdfTable, type StoredRanking } from './scoring';

/**
 * Stored related-conditions rankings (docs/related-conditions.md, "Stored rankings"): what the live scoring
 * answers, kept per condition and served by a lookup while it is known to be what the live scoring would say.
 */

/** Results kept per condition: the most relatedConditions' `first` accepts, so every `first` is a prefix. */
export const STORED_RELATED = 50;

type Props = Record<string, unknown>;
type LiveRow = { condition: Props; score: number; shared: Props[]; sharedCount: number; relation: ConditionRelation };
type FeatureKind = Feature['kind'];
const FEATURE_KINDS: FeatureKind[] = ['symptom', 'region', 'near', 'benefit', 'treatment'];
type MemberRow = { id: string; times: number; rank: number; via?: string[] };

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

/** The links of `ids` and the members of every non-hub feature they have: what their rankings read. */
async function loadLinks(tx: ManagedTransaction, ids: readonly string[]): Promise<ConditionLinks[]> {
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
        const members = new Map(f.members.map((m) => [m.id, { times: m.times, rank: m.rank, via: m.via ?? [] }]));
        features.set(`${kind}|${f.id}`, { id: f.id, kind, df: f.df, members });
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
  const links = await loadLinks(tx, ids);
  const idfs = await idfTable(tx, links);
  const candidates = links.map((l) => ({ id: l.id, list: candidatesOf(l, idfs, STORED_RELATED) }));
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

/** The family of links a claim predicate belongs to in the scoring, or null when the scoring never reads it. */
function familyOf(predicate: ClaimPredicate): keyof typeof CLAIM_FAMILY | null {
  if (predicate === 'TREATS' || predicate === 'PREVENTS') return 'TREATS';
  if (predicate === 'HELPS') return 'HELPS';
  return null;
}

/**
 * Which rankings a claim's direct relationship (subject -[predicate]-> object), just added or just removed in
 * `tx`, can change, marked dirty in `tx` (docs/related-conditions.md, "What a write changes"): from its commit
 * on they are not served (the live scoring answers, with the write) until the refresher has recomputed them.
 *
 * The scoring reads a treatment's TREATS|PREVENTS links (a benefit's HELPS links) only for pairs of
 * conditions that both have one, with its df from the degree store and the hub limit on that df:
 * - the score of a pair (a, b) changes only when both a and b are linked to the subject: its df changed,
 *   and for the object also the link itself; so only the rankings of the object and of the conditions linked
 *   to the subject can change, all others read nothing that changed;
 * - when the subject is a hub both before and after (df over the limit), the scoring skips it either way and
 *   nothing changes;
 * - N (the number of conditions) does not change.
 * df before is taken as df after ± 1, so a retraction that removed nothing marks more, never less.
 */
export async function rankingsAfterClaimChange(
  tx: ManagedTransaction,
  claim: { subject: string; predicate: ClaimPredicate; object: string },
  change: 'added' | 'removed',
): Promise<void> {
  const family = familyOf(claim.predicate);
  if (!family) return;
  // The subject's lock before reading who is linked to it: a concurrent claim on the same subject that
  // committed while this one waited is then seen, and the rankings it can change with this one are marked too.
  await tx.run(LOCK_SUBJECT, { subject: claim.subject });
  const linkedNow = async () => (await records<{ df: number; linked: string[] }>(tx, CLAIM_FAMILY[family], { subject: claim.subject }))[0];
  const found = await linkedNow();
  if (!found) return;
  const dfBefore = change === 'added' ? found.df - 1 : found.df + 1;
  if (Math.min(dfBefore, found.df) > RELATED_HUB_LIMIT) return;
  // At most the hub limit + 1 conditions (the subject is not a hub on one side of the write).
  let marking = [...new Set([claim.object, ...found.linked])];
  const marked = new Set<string>();
  // Until no more: a write that links other conditions to the subject without its lock (a bulk import) and
  // committed before these marks is seen by the next read; one that commits after recomputes every ranking
  // after waiting for these marks' locks.
  while (marking.length > 0) {
    for (const part of chunks(marking.sort(), 4000)) await tx.run(MARK_DIRTY, { ids: part });
    for (const id of marking) marked.add(id);
    marking = (await linkedNow())!.linked.filter((id) => !marked.has(id));
  }
}

/**
 * The stored ranking of `id` (its first `first` results) when it is current, in one lookup; null when there
 * is none or it was computed for another number of conditions.
 */
export async function readStoredRanking(db: Database, id: string, first: number): Promise<RelatedConditionRecord[] | null> {
  const [stored] = await db.read<{ fresh: boolean; rows: LiveRow[] }>(STORED_RANKING, { id, first: cypherInt(first) });
  if (!stored?.fresh) return null;
  return stored.rows.map((r) => ({
    condition: toEntityRecord(r.condition),
    score: r.score,
    shared: r.shared.map(toEntityRecord),
    sharedCount: r.sharedCount,
    relation: r.relation,
  }));
}

/**
 * Conditions ranked by what they share with `id`, best first: the stored ranking when it is current, else the
 * live scoring. The same answer either way; [] when `id` is not a condition.
 */
export async function findRelatedConditions(db: Database, id: string, first: number): Promise<RelatedConditionRecord[]> {
  return (await readStoredRanking(db, id, first)) ?? scoreRelatedConditionsLive(db, id, first);
}
