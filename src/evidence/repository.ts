import type { Database } from '../graph/database';
import type { ClaimRecord, EntityClaim, EntityClaimFilter, SourceRecord } from '../domain/records';
import { cypherInt } from '../domain/args';
import {
  ALL_SOURCES,
  CLAIMS_BY_ENTITY,
  CLAIMS_BY_IDS,
  CLAIMS_BY_SOURCE,
  SOURCES_BY_IDS,
  TOP_CLAIMS_BY_ENTITY,
  claimPageQuery,
  type ClaimAnchor,
} from './cypher';
import { toClaimRecord, toSourceRecord } from './records';

type Row = Record<string, unknown>;

export async function findClaimsByIds(db: Database, ids: readonly string[]): Promise<Map<string, ClaimRecord>> {
  const rows = await db.read<{ claim: Row }>(CLAIMS_BY_IDS, { ids: [...new Set(ids)] });
  return new Map(rows.map((r) => [String(r.claim.id), toClaimRecord(r.claim)]));
}

export async function findClaimsByEntityIds(db: Database, ids: readonly string[]): Promise<Map<string, EntityClaim[]>> {
  const rows = await db.read<{ id: string; role: 'SUBJECT' | 'OBJECT'; claim: Row }>(CLAIMS_BY_ENTITY, { ids: [...new Set(ids)] });
  const byEntity = new Map<string, EntityClaim[]>();
  for (const row of rows) {
    if (!byEntity.has(row.id)) byEntity.set(row.id, []);
    byEntity.get(row.id)!.push({ role: row.role, claim: toClaimRecord(row.claim) });
  }
  return byEntity;
}

/** For each entity, its first `filter.first` claims that pass the filter, strongest first then by id. */
export async function findTopClaimsByEntityIds(
  db: Database,
  ids: readonly string[],
  filter: EntityClaimFilter,
): Promise<Map<string, EntityClaim[]>> {
  const rows = await db.read<{ id: string; claims: { role: 'SUBJECT' | 'OBJECT'; claim: Row }[] }>(TOP_CLAIMS_BY_ENTITY, {
    ids: [...new Set(ids)],
    role: filter.role,
    minRank: filter.minRank,
    includeRetracted: filter.includeRetracted,
    first: cypherInt(filter.first),
  });
  return new Map(rows.map((r) => [r.id, r.claims.map((c) => ({ role: c.role, claim: toClaimRecord(c.claim) }))]));
}

export async function findClaimsBySourceIds(db: Database, ids: readonly string[]): Promise<Map<string, ClaimRecord[]>> {
  const rows = await db.read<{ id: string; claim: Row }>(CLAIMS_BY_SOURCE, { ids: [...new Set(ids)] });
  const bySource = new Map<string, ClaimRecord[]>();
  for (const row of rows) {
    if (!bySource.has(row.id)) bySource.set(row.id, []);
    bySource.get(row.id)!.push(toClaimRecord(row.claim));
  }
  return bySource;
}

export async function findSourcesByIds(db: Database, ids: readonly string[]): Promise<Map<string, SourceRecord>> {
  const rows = await db.read<{ source: Row }>(SOURCES_BY_IDS, { ids: [...new Set(ids)] });
  return new Map(rows.map((r) => [String(r.source.id), toSourceRecord(r.source)]));
}

export async function findAllSources(db: Database): Promise<SourceRecord[]> {
  const rows = await db.read<{ source: Row }>(ALL_SOURCES);
  return rows.map((r) => toSourceRecord(r.source));
}

export type ClaimPageFilter = {
  subject: string | null;
  object: string | null;
  source: string | null;
  minRank: number;
  singleSourceOnly: boolean;
  after: { rank: number; id: string } | null;
  limit: number;
};

export async function findClaimPage(db: Database, f: ClaimPageFilter): Promise<{ total: number; claims: ClaimRecord[] }> {
  const anchor: ClaimAnchor = f.subject ? 'subject' : f.object ? 'object' : f.source ? 'source' : 'all';
  const [row] = await db.read<{ total: number; claims: Row[] }>(claimPageQuery(anchor), {
    subject: f.subject,
    object: f.object,
    source: f.source,
    minRank: f.minRank,
    singleSourceOnly: f.singleSourceOnly,
    afterRank: f.after?.rank ?? null,
    afterId: f.after?.id ?? null,
    limit: cypherInt(f.limit),
  });
  return { total: row?.total ?? 0, claims: (row?.claims ?? []).map(toClaimRecord) };
}
