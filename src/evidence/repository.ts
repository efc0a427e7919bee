import type { Database } from '../graph/database';
import type {
  ClaimFindingRecord,
  ClaimRecord,
  EntityClaim,
  EntityClaimFilter,
  FindingRecord,
  SourceClaimFilter,
  SourceRecord,
} from '../domain/records';
import type { EvidenceBalance, FindingStance } from '../generated/graphql';
import { cypherInt } from '../domain/args';
import { CLAIMS_PER_TREATMENT_CAP, TREATMENTS_PER_CONDITION_CAP } from '../domain/listBounds';
import {
  ADVERSE_EVENTS_BY_TREATMENT,
  ALL_STUDIES,
  CLAIM_FINDINGS_BY_CLAIM,
  CLAIM_FINDINGS_BY_FINDING,
  FINDINGS_BY_IDS,
  FINDINGS_BY_SOURCE,
  CLAIMS_BY_ENTITY,
  CLAIMS_BY_IDS,
  FIRST_SOURCES,
  SOURCES_BY_IDS,
  TOP_CLAIMS_BY_ENTITY,
  TOP_CLAIMS_BY_SOURCE,
  TREATMENT_CLAIMS_BY_CONDITION,
  claimPageQuery,
  type ClaimAnchor,
} from './cypher';
import { toClaimRecord, toFindingRecord, toSourceRecord } from './records';

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

/**
 * For each condition, the claims Condition.treatments shows (at least `minRank`): the strongest claims of its
 * TREATMENTS_PER_CONDITION_CAP strongest treatments, CLAIMS_PER_TREATMENT_CAP each, as the condition's OBJECT
 * claims (group them with treatmentClaims).
 */
export async function findTreatmentClaimsByConditionIds(
  db: Database,
  ids: readonly string[],
  minRank: number,
): Promise<Map<string, EntityClaim[]>> {
  const rows = await db.read<{ id: string; claims: Row[] }>(TREATMENT_CLAIMS_BY_CONDITION, {
    ids: [...new Set(ids)],
    minRank,
    treatments: cypherInt(TREATMENTS_PER_CONDITION_CAP),
    claimsPerTreatment: cypherInt(CLAIMS_PER_TREATMENT_CAP),
  });
  return new Map(rows.map((r) => [r.id, r.claims.map((c) => ({ role: 'OBJECT' as const, claim: toClaimRecord(c) }))]));
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

/** For each source, its first `filter.first` claims, strongest first then by id. */
export async function findTopClaimsBySourceIds(
  db: Database,
  ids: readonly string[],
  filter: SourceClaimFilter,
): Promise<Map<string, ClaimRecord[]>> {
  const rows = await db.read<{ id: string; claims: Row[] }>(TOP_CLAIMS_BY_SOURCE, {
    ids: [...new Set(ids)],
    includeRetracted: filter.includeRetracted,
    first: cypherInt(filter.first),
  });
  return new Map(rows.map((r) => [r.id, r.claims.map(toClaimRecord)]));
}

export async function findSourcesByIds(db: Database, ids: readonly string[]): Promise<Map<string, SourceRecord>> {
  const rows = await db.read<{ source: Row }>(SOURCES_BY_IDS, { ids: [...new Set(ids)] });
  return new Map(rows.map((r) => [String(r.source.id), toSourceRecord(r.source)]));
}

export async function findFirstSources(db: Database, first: number): Promise<SourceRecord[]> {
  const rows = await db.read<{ source: Row }>(FIRST_SOURCES, { first: cypherInt(first) });
  return rows.map((r) => toSourceRecord(r.source));
}

export async function findAllStudies(db: Database): Promise<SourceRecord[]> {
  const rows = await db.read<{ source: Row }>(ALL_STUDIES);
  return rows.map((r) => toSourceRecord(r.source));
}

export async function findFindingsByIds(db: Database, ids: readonly string[]): Promise<Map<string, FindingRecord>> {
  const rows = await db.read<{ finding: Row }>(FINDINGS_BY_IDS, { ids: [...new Set(ids)] });
  return new Map(rows.map((r) => [String(r.finding.id), toFindingRecord(r.finding)]));
}

type FindingListRow = { id: string; findings: Row[] };
const findingLists = (rows: FindingListRow[]) => new Map(rows.map((r) => [r.id, r.findings.map(toFindingRecord)]));

/** Every finding of each study, in curated order. */
export async function findFindingsBySourceIds(db: Database, ids: readonly string[]): Promise<Map<string, FindingRecord[]>> {
  return findingLists(await db.read<FindingListRow>(FINDINGS_BY_SOURCE, { ids: [...new Set(ids)] }));
}

/** Adverse-event findings bearing on the live claims made for each treatment. */
export async function findAdverseEventsByTreatmentIds(db: Database, ids: readonly string[]): Promise<Map<string, FindingRecord[]>> {
  return findingLists(await db.read<FindingListRow>(ADVERSE_EVENTS_BY_TREATMENT, { ids: [...new Set(ids)] }));
}

type LinkRow = { id: string; links: { stance: FindingStance; note: string | null; claim: Row; finding: Row }[] };
const linkLists = (rows: LinkRow[]) =>
  new Map<string, ClaimFindingRecord[]>(
    rows.map((r) => [
      r.id,
      r.links.map((l) => ({ stance: l.stance, note: l.note ?? null, claim: toClaimRecord(l.claim), finding: toFindingRecord(l.finding) })),
    ]),
  );

/** Each claim's findings with their stance: supporting, then contradicting, then open. */
export async function findClaimFindingsByClaimIds(db: Database, ids: readonly string[]): Promise<Map<string, ClaimFindingRecord[]>> {
  return linkLists(await db.read<LinkRow>(CLAIM_FINDINGS_BY_CLAIM, { ids: [...new Set(ids)] }));
}

/** The live claims each finding bears on, strongest first. */
export async function findClaimFindingsByFindingIds(db: Database, ids: readonly string[]): Promise<Map<string, ClaimFindingRecord[]>> {
  return linkLists(await db.read<LinkRow>(CLAIM_FINDINGS_BY_FINDING, { ids: [...new Set(ids)] }));
}

export type ClaimPageFilter = {
  subject: string | null;
  object: string | null;
  source: string | null;
  balance: EvidenceBalance | null;
  onlyLaySupport: boolean;
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
    balance: f.balance,
    onlyLaySupport: f.onlyLaySupport,
    afterRank: f.after?.rank ?? null,
    afterId: f.after?.id ?? null,
    limit: cypherInt(f.limit),
  });
  return { total: row?.total ?? 0, claims: (row?.claims ?? []).map(toClaimRecord) };
}
