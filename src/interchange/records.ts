/**
 * One canonical form per record, used three ways: what export writes, what a dry run compares the
 * graph against, and what an import (or the seeder) writes, as node and relationship properties.
 * Nested values the graph keeps as JSON text (grade reasons, qualifiers, figures) travel as lists of
 * objects in the seed's own shape (`findings`, `entities`), and are stored in the API's shape
 * (`findingIds`, `entityIds`).
 */
import { FINDING_STANCES, KIND_LABEL, STRENGTH_RANK } from '../domain/vocabulary';
import { normalizedNames, searchNamesProperty } from '../domain/entityProps';
import { IDENTIFIER_KEYS } from './biolink';
import type { ClaimData, EntityData, FindingData, LinkData, SourceData } from './model';

type Row = Record<string, unknown>;
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);
const bool = (v: unknown): boolean | undefined => (typeof v === 'boolean' ? v : undefined);
const strings = (v: unknown): string[] => (Array.isArray(v) ? (v as unknown[]).filter((x): x is string => typeof x === 'string') : []);
const jsonList = (v: unknown): Row[] => {
  if (typeof v !== 'string') return [];
  const parsed: unknown = JSON.parse(v);
  return Array.isArray(parsed) ? (parsed as Row[]) : [];
};

/** Drops undefined fields so that two equal records serialise the same (a loop: an export cleans every record). */
function clean<T extends object>(record: T): T {
  const out: Record<string, unknown> = {};
  for (const key in record) {
    const value = record[key];
    if (value !== undefined) out[key] = value;
  }
  return out as T;
}

// ------------------------------------------------------------------ canonical forms

export function canonicalStudy(s: NonNullable<SourceData['study']>): NonNullable<SourceData['study']> {
  return clean({
    design: s.design,
    randomised: s.randomised,
    designNote: s.designNote,
    population: s.population,
    sampleSize: s.sampleSize,
    sampleUnit: s.sampleUnit,
    intervention: s.intervention,
    interventionTypes: [...s.interventionTypes],
    comparator: s.comparator,
    comparatorTypes: [...s.comparatorTypes],
    outcomes: [...s.outcomes],
  });
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
    authors: [...(s.authors ?? [])],
    authorsComplete: s.authorsComplete,
    journal: s.journal,
    volume: s.volume,
    issue: s.issue,
    pages: s.pages,
    doi: s.doi,
    pmid: s.pmid,
    pmcid: s.pmcid,
    registration: s.registration,
    seenAt: [...(s.seenAt ?? [])],
    study: s.study ? canonicalStudy(s.study) : undefined,
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

type Figure = FindingData['figures'][number];
function canonicalFigure(f: Figure): Figure {
  return clean({
    measure: f.measure,
    arm: f.arm,
    value: f.value,
    unit: f.unit,
    ciLower: f.ciLower,
    ciUpper: f.ciUpper,
    ciLevel: f.ciLevel,
    p: f.p,
    events: f.events,
    total: f.total,
    note: f.note,
  });
}

export function canonicalFinding(f: FindingData): FindingData {
  return clean({
    id: f.id,
    source: f.source,
    order: f.order,
    outcome: f.outcome,
    outcomeKind: f.outcomeKind,
    timepoint: f.timepoint,
    direction: f.direction,
    intervention: f.intervention,
    interventionTypes: [...f.interventionTypes],
    comparator: f.comparator,
    comparatorType: f.comparatorType,
    n: f.n,
    nUnit: f.nUnit,
    summary: f.summary,
    figures: (f.figures ?? []).map(canonicalFigure),
    caveat: f.caveat,
    curatorNote: f.curatorNote,
  });
}

/** Claim sources have no order in the graph (one SUPPORTED_BY each): sorted. Findings and reasons keep theirs. */
export function canonicalClaim(c: ClaimData): ClaimData {
  return clean({
    id: c.id,
    subject: c.subject,
    predicate: c.predicate,
    object: c.object,
    strength: c.strength,
    statement: c.statement,
    sources: [...c.sources].sort(),
    qualifiers: (c.qualifiers ?? []).map((q) => ({ kind: q.kind, text: q.text, entities: [...(q.entities ?? [])] })),
    findings: (c.findings ?? []).map((f) => clean({ finding: f.finding, stance: f.stance, note: f.note })),
    gradeReasons: (c.gradeReasons ?? []).map((r) => ({
      factor: r.factor,
      levelsDown: r.levelsDown,
      explanation: r.explanation,
      findings: [...(r.findings ?? [])],
    })),
    gradeStart: c.gradeStart,
    gradeStartReason: c.gradeStartReason,
    balance: c.balance,
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
    authors: strings(r.authors),
    authorsComplete: bool(r.authorsComplete),
    journal: str(r.journal),
    volume: str(r.volume),
    issue: str(r.issue),
    pages: str(r.pages),
    doi: str(r.doi),
    pmid: str(r.pmid),
    pmcid: str(r.pmcid),
    registration: str(r.registration),
    seenAt: strings(r.seenAt),
    study:
      typeof r.design === 'string'
        ? {
            design: r.design as NonNullable<SourceData['study']>['design'],
            randomised: r.randomised === true,
            designNote: r.designNote as string,
            population: r.population as string,
            sampleSize: num(r.sampleSize),
            sampleUnit: str(r.sampleUnit),
            intervention: r.intervention as string,
            interventionTypes: strings(r.interventionTypes) as NonNullable<SourceData['study']>['interventionTypes'],
            comparator: str(r.comparator),
            comparatorTypes: strings(r.comparatorTypes) as NonNullable<SourceData['study']>['comparatorTypes'],
            outcomes: strings(r.outcomes),
          }
        : undefined,
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

export function findingFromRow(r: Row): FindingData {
  return canonicalFinding({
    id: r.id as string,
    source: r.sourceId as string,
    order: num(r.order),
    outcome: r.outcome as string,
    outcomeKind: r.outcomeKind as FindingData['outcomeKind'],
    timepoint: str(r.timepoint),
    direction: r.direction as FindingData['direction'],
    intervention: r.intervention as string,
    interventionTypes: strings(r.interventionTypes) as FindingData['interventionTypes'],
    comparator: str(r.comparator),
    comparatorType: r.comparatorType as FindingData['comparatorType'],
    n: num(r.n),
    nUnit: str(r.nUnit),
    summary: r.summary as string,
    figures: jsonList(r.figures).map((f) => clean(f) as unknown as Figure),
    caveat: str(r.caveat),
    curatorNote: str(r.curatorNote),
  });
}

/** A claim row: its own properties, the ids at its ends, its sources and its findings (BEARS_ON, in order). */
export function claimFromRow(r: Row): ClaimData {
  return canonicalClaim({
    id: r.id as string,
    subject: r.subject as string,
    predicate: r.predicate as ClaimData['predicate'],
    object: r.object as string,
    strength: r.strength as ClaimData['strength'],
    statement: r.statement as string,
    sources: (r.sources as string[] | null) ?? [],
    qualifiers: jsonList(r.qualifiers).map((q) => ({
      kind: q.kind as ClaimData['qualifiers'][number]['kind'],
      text: q.text as string,
      entities: strings(q.entityIds),
    })),
    findings: [...((r.findings as Row[] | null) ?? [])]
      .sort((x, y) => (x.order as number) - (y.order as number))
      .map((f) => ({
        finding: f.finding as string,
        stance: f.stance as ClaimData['findings'][number]['stance'],
        note: str(f.note),
      })),
    gradeReasons: jsonList(r.gradeReasons).map((g) => ({
      factor: g.factor as ClaimData['gradeReasons'][number]['factor'],
      levelsDown: g.levelsDown as number,
      explanation: g.explanation as string,
      findings: strings(g.findingIds),
    })),
    gradeStart: str(r.gradeStart) as ClaimData['gradeStart'],
    gradeStartReason: str(r.gradeStartReason),
    balance: str(r.balance) as ClaimData['balance'],
    retractedAt: str(r.retractedAt),
    retractedBy: str(r.retractedBy),
    retractionReason: str(r.retractionReason),
  });
}

// ------------------------------------------------------------------ to write rows

export function sourceWriteRow(s: SourceData) {
  const study = s.study;
  return {
    id: s.id,
    props: {
      title: s.title,
      kind: s.kind,
      url: s.url ?? null,
      publisher: s.publisher ?? null,
      year: s.year ?? null,
      note: s.note ?? null,
      authors: s.authors ?? [],
      authorsComplete: s.authorsComplete ?? null,
      journal: s.journal ?? null,
      volume: s.volume ?? null,
      issue: s.issue ?? null,
      pages: s.pages ?? null,
      doi: s.doi ?? null,
      pmid: s.pmid ?? null,
      pmcid: s.pmcid ?? null,
      registration: s.registration ?? null,
      seenAt: s.seenAt ?? [],
      design: study?.design ?? null,
      randomised: study?.randomised ?? null,
      designNote: study?.designNote ?? null,
      population: study?.population ?? null,
      sampleSize: study?.sampleSize ?? null,
      sampleUnit: study?.sampleUnit ?? null,
      intervention: study?.intervention ?? null,
      interventionTypes: study?.interventionTypes ?? [],
      comparator: study?.comparator ?? null,
      comparatorTypes: study?.comparatorTypes ?? [],
      outcomes: study?.outcomes ?? [],
    },
  };
}

/**
 * Entity properties as the graph stores them. Which names are shared is computed over the whole graph
 * once the import's entities are in (importer.ts): written as none here, so that afterwards only the
 * entities whose names are really shared are written a second time.
 */
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
      ambiguousAliases: [] as string[],
      ambiguousWith: [] as string[],
    },
  };
}

/** Finding properties as the graph stores them (figures as JSON text, its study's id in sourceId). */
export function findingWriteRow(f: FindingData) {
  return {
    id: f.id,
    props: {
      sourceId: f.source,
      order: f.order ?? null,
      outcome: f.outcome,
      outcomeKind: f.outcomeKind,
      timepoint: f.timepoint ?? null,
      direction: f.direction,
      intervention: f.intervention,
      interventionTypes: f.interventionTypes,
      comparator: f.comparator ?? null,
      comparatorType: f.comparatorType,
      n: f.n ?? null,
      nUnit: f.nUnit ?? null,
      summary: f.summary,
      figures: JSON.stringify((f.figures ?? []).map(canonicalFigure)),
      caveat: f.caveat ?? null,
      curatorNote: f.curatorNote ?? null,
    },
  };
}

/**
 * A claim's properties and wiring. A claim without a rubric record (no start, findings or reasons: added
 * by a writer who graded it) stores none, as the API's mutations do.
 */
export function claimWriteRow(c: ClaimData) {
  const graded = c.gradeStart !== undefined;
  return {
    id: c.id,
    subject: c.subject,
    predicate: c.predicate,
    object: c.object,
    strength: c.strength,
    strengthRank: STRENGTH_RANK[c.strength],
    statement: c.statement,
    sources: [...c.sources].sort(),
    gradeStart: c.gradeStart ?? null,
    gradeStartReason: c.gradeStartReason ?? null,
    gradeReasons: graded
      ? JSON.stringify(
          (c.gradeReasons ?? []).map((r) => ({
            factor: r.factor,
            levelsDown: r.levelsDown,
            explanation: r.explanation,
            findingIds: r.findings ?? [],
          })),
        )
      : null,
    balance: c.balance ?? null,
    qualifiers:
      graded || (c.qualifiers ?? []).length > 0
        ? JSON.stringify((c.qualifiers ?? []).map((q) => ({ kind: q.kind, text: q.text, entityIds: q.entities ?? [] })))
        : null,
    findings: (c.findings ?? []).map((f, order) => ({
      finding: f.finding,
      stance: f.stance,
      stanceRank: FINDING_STANCES.indexOf(f.stance),
      note: f.note ?? null,
      order,
    })),
    retractedAt: c.retractedAt ?? null,
    retractedBy: c.retractedBy ?? null,
    retractionReason: c.retractionReason ?? null,
  };
}
