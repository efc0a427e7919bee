import type { ClaimPredicate, EvidenceStrength, SourceKind } from '../generated/graphql';
import type { ClaimRecord, SourceRecord } from '../domain/records';

type Props = Record<string, unknown>;
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

export function toClaimRecord(p: Props): ClaimRecord {
  return {
    id: String(p.id),
    predicate: p.predicate as ClaimPredicate,
    strength: p.strength as EvidenceStrength,
    statement: String(p.statement),
    subjectId: String(p.subjectId),
    objectId: String(p.objectId),
    sourceIds: Array.isArray(p.sourceIds) ? (p.sourceIds as string[]).slice().sort() : [],
    createdAt: str(p.createdAt),
    createdBy: str(p.createdBy) ?? 'seed',
    retractedAt: str(p.retractedAt),
    retractedBy: str(p.retractedBy),
    retractionReason: str(p.retractionReason),
  };
}

export function toSourceRecord(p: Props): SourceRecord {
  return {
    id: String(p.id),
    title: String(p.title),
    kind: p.kind as SourceKind,
    url: str(p.url),
    publisher: str(p.publisher),
    year: typeof p.year === 'number' ? p.year : null,
    note: str(p.note),
  };
}
