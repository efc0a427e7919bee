/**
 * One canonical form per record, used three ways: what export writes, what a dry run compares the
 * graph against, and what an import writes (as node and relationship properties).
 */
import { KIND_LABEL, STRENGTH_RANK } from '../domain/vocabulary';
import { normalizedNames, searchNamesProperty } from '../domain/entityProps';
import { IDENTIFIER_KEYS } from './biolink';
import type { ClaimData, EntityData, LinkData, SourceData } from './model';

type Row = Record<string, unknown>;
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);

/** Drops undefined fields so that two equal records serialise the same. */
function clean<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}

export function canonicalSource(s: SourceData): SourceData {
  return clean({
    id: s.id,
    title: s.title,
    kind: s.kind,
    url: s.url,
    publisher: s.publisher,
    year: s.year,
    note: s.note,
    doi: s.doi,
    pmid: s.pmid,
  });
}

export function canonicalEntity(e: EntityData): EntityData {
  const ids: Record<string, unknown> = {};
  for (const key of [...IDENTIFIER_KEYS, 'note'] as const) {
    const value = e.identifiers?.[key];
    if (value !== undefined && !(Array.isArray(value) && value.length === 0)) ids[key] = value;
  }
  return clean({
    id: e.id,
    kind: e.kind,
    name: e.name,
    aliases: e.aliases ?? [],
    description: e.description,
    identifiers: Object.keys(ids).length ? (ids as EntityData['identifiers']) : undefined,
    order: e.order,
    durationMinutes: e.durationMinutes ? { min: e.durationMinutes.min, max: e.durationMinutes.max } : undefined,
  });
}

export function canonicalLink(l: LinkData): LinkData {
  return { type: l.type, from: l.from, to: l.to, sources: [...l.sources] };
}

/** Claim sources have no order in the graph (one SUPPORTED_BY each): sorted. */
export function canonicalClaim(c: ClaimData): ClaimData {
  return clean({
    id: c.id,
    subject: c.subject,
    predicate: c.predicate,
    object: c.object,
    strength: c.strength,
    statement: c.statement,
    sources: [...c.sources].sort(),
    retractedAt: c.retractedAt,
    retractedBy: c.retractedBy,
    retractionReason: c.retractionReason,
  });
}

// ------------------------------------------------------------------ from graph rows

export function sourceFromRow(r: Row): SourceData {
  return canonicalSource({
    id: r.id as string,
    title: r.title as string,
    kind: r.kind as SourceData['kind'],
    url: str(r.url),
    publisher: str(r.publisher),
    year: num(r.year),
    note: str(r.note),
    doi: str(r.doi),
    pmid: str(r.pmid),
  });
}

export function entityFromRow(r: Row): EntityData {
  const identifiers: Record<string, unknown> = {};
  for (const key of IDENTIFIER_KEYS) if (r[key] !== null && r[key] !== undefined) identifiers[key] = r[key];
  if (typeof r.identifierNote === 'string') identifiers.note = r.identifierNote;
  const min = num(r.durationMin);
  const max = num(r.durationMax);
  return canonicalEntity({
    id: r.id as string,
    kind: r.kind as EntityData['kind'],
    name: r.name as string,
    aliases: (r.aliases as string[] | null) ?? [],
    description: str(r.description),
    identifiers: identifiers as EntityData['identifiers'],
    order: num(r.order),
    durationMinutes: min !== undefined && max !== undefined ? { min, max } : undefined,
  });
}

export function linkFromRow(r: Row): LinkData {
  return canonicalLink({
    type: r.type as string,
    from: r.from as string,
    to: r.to as string,
    sources: (r.sources as string[] | null) ?? [],
  });
}

export function claimFromRow(r: Row): ClaimData {
  return canonicalClaim({
    id: r.id as string,
    subject: r.subject as string,
    predicate: r.predicate as ClaimData['predicate'],
    object: r.object as string,
    strength: r.strength as ClaimData['strength'],
    statement: r.statement as string,
    sources: (r.sources as string[] | null) ?? [],
    retractedAt: str(r.retractedAt),
    retractedBy: str(r.retractedBy),
    retractionReason: str(r.retractionReason),
  });
}

// ------------------------------------------------------------------ to write rows

export function sourceWriteRow(s: SourceData) {
  return {
    id: s.id,
    props: {
      title: s.title,
      kind: s.kind,
      url: s.url ?? null,
      publisher: s.publisher ?? null,
      year: s.year ?? null,
      note: s.note ?? null,
      doi: s.doi ?? null,
      pmid: s.pmid ?? null,
    },
  };
}

/** Entity properties as the graph stores them; ambiguity is computed over the whole graph afterwards. */
export function entityWriteRow(e: EntityData) {
  const normNames = normalizedNames(e.name, e.aliases);
  const ids = e.identifiers ?? {};
  return {
    id: e.id,
    label: KIND_LABEL[e.kind],
    props: {
      kind: e.kind,
      name: e.name,
      aliases: e.aliases,
      description: e.description ?? null,
      normNames,
      searchNames: searchNamesProperty(normNames),
      mesh: ids.mesh ?? null,
      icd10cm: ids.icd10cm ?? [],
      doid: ids.doid ?? null,
      mondo: ids.mondo ?? null,
      umls: ids.umls ?? null,
      snomed: ids.snomed ?? null,
      uberon: ids.uberon ?? null,
      identifierNote: ids.note ?? null,
      order: e.order ?? null,
      durationMin: e.durationMinutes?.min ?? null,
      durationMax: e.durationMinutes?.max ?? null,
    },
  };
}

export function claimWriteRow(c: ClaimData) {
  return {
    id: c.id,
    subject: c.subject,
    predicate: c.predicate,
    object: c.object,
    strength: c.strength,
    strengthRank: STRENGTH_RANK[c.strength],
    statement: c.statement,
    sources: [...c.sources].sort(),
    retractedAt: c.retractedAt ?? null,
    retractedBy: c.retractedBy ?? null,
    retractionReason: c.retractionReason ?? null,
  };
}
