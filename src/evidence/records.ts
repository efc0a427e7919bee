import type {
  ClaimPredicate,
  ComparatorType,
  EvidenceBalance,
  EvidenceStrength,
  FindingDirection,
  InterventionType,
  OutcomeKind,
  SourceKind,
  StudyDesign,
} from '../generated/graphql';
import type {
  ClaimRecord,
  FigureRecord,
  FindingRecord,
  GradeReasonRecord,
  QualifierRecord,
  SourceRecord,
  StudyRecord,
} from '../domain/records';

type Props = Record<string, unknown>;
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
const strings = (v: unknown): string[] => (Array.isArray(v) ? (v as unknown[]).filter((x): x is string => typeof x === 'string') : []);

/** Nested values (grade reasons, qualifiers, figures) are stored as JSON text: Neo4j properties hold no maps. */
function parsed<T>(v: unknown): T[] {
  if (typeof v !== 'string') return [];
  const value: unknown = JSON.parse(v);
  return Array.isArray(value) ? (value as T[]) : [];
}

export function toClaimRecord(p: Props): ClaimRecord {
  const strength = p.strength as EvidenceStrength;
  return {
    id: String(p.id),
    predicate: p.predicate as ClaimPredicate,
    strength,
    statement: String(p.statement),
    subjectId: String(p.subjectId),
    objectId: String(p.objectId),
    sourceIds: Array.isArray(p.sourceIds) ? (p.sourceIds as string[]).slice().sort() : [],
    createdAt: str(p.createdAt),
    createdBy: str(p.createdBy) ?? 'seed',
    retractedAt: str(p.retractedAt),
    retractedBy: str(p.retractedBy),
    retractionReason: str(p.retractionReason),
    // Claims added through the API carry no rubric record: they start, and stay, at the grade their writer gave.
    gradeStart: (str(p.gradeStart) as EvidenceStrength | null) ?? strength,
    gradeStartReason: str(p.gradeStartReason) ?? 'Graded by the writer who added it; no findings are recorded for it.',
    gradeReasons: parsed<GradeReasonRecord>(p.gradeReasons),
    balance: (str(p.balance) as EvidenceBalance | null) ?? 'UNTESTED',
    onlyLaySupport: p.onlyLaySupport === true,
    qualifiers: parsed<QualifierRecord>(p.qualifiers),
  };
}

function toStudyRecord(p: Props): StudyRecord | null {
  if (typeof p.design !== 'string') return null;
  return {
    design: p.design as StudyDesign,
    randomised: p.randomised === true,
    designNote: String(p.designNote),
    population: String(p.population),
    sampleSize: num(p.sampleSize),
    sampleUnit: str(p.sampleUnit),
    intervention: String(p.intervention),
    interventionTypes: strings(p.interventionTypes) as InterventionType[],
    comparator: str(p.comparator),
    comparatorTypes: strings(p.comparatorTypes) as ComparatorType[],
    outcomes: strings(p.outcomes),
  };
}

export function toSourceRecord(p: Props): SourceRecord {
  return {
    id: String(p.id),
    title: String(p.title),
    kind: p.kind as SourceKind,
    url: str(p.url),
    publisher: str(p.publisher),
    year: num(p.year),
    note: str(p.note),
    authors: strings(p.authors),
    authorsComplete: typeof p.authorsComplete === 'boolean' ? p.authorsComplete : null,
    journal: str(p.journal),
    volume: str(p.volume),
    issue: str(p.issue),
    pages: str(p.pages),
    doi: str(p.doi),
    pmid: str(p.pmid),
    pmcid: str(p.pmcid),
    registration: str(p.registration),
    seenAt: strings(p.seenAt),
    study: toStudyRecord(p),
  };
}

export function toFindingRecord(p: Props): FindingRecord {
  return {
    id: String(p.id),
    sourceId: String(p.sourceId),
    outcome: String(p.outcome),
    outcomeKind: p.outcomeKind as OutcomeKind,
    timepoint: str(p.timepoint),
    direction: p.direction as FindingDirection,
    intervention: String(p.intervention),
    interventionTypes: strings(p.interventionTypes) as InterventionType[],
    comparator: str(p.comparator),
    comparatorType: p.comparatorType as ComparatorType,
    n: num(p.n),
    nUnit: str(p.nUnit),
    summary: String(p.summary),
    figures: parsed<FigureRecord>(p.figures),
    caveat: str(p.caveat),
    curatorNote: str(p.curatorNote),
  };
}
