import type {
  ClaimPredicate,
  ComparatorType,
  ConditionRelation,
  EntityKind,
  EvidenceBalance,
  EvidenceStrength,
  FindingDirection,
  FindingStance,
  GradeFactor,
  InterventionType,
  QuestionFocus,
  OutcomeKind,
  QualifierKind,
  SourceKind,
  StudyDesign,
} from '../generated/graphql';

/** An entity as the data access layer returns it (codegen maps every Entity type onto this). */
export type EntityRecord = {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  ambiguousAliases: string[];
  /** Ids of the entities that share one of this entity's names. */
  ambiguousWith: string[];
  /** Name and aliases, normalised for matching. */
  normNames: string[];
  description: string | null;
  mesh: string | null;
  icd10cm: string[];
  doid: string | null;
  mondo: string | null;
  umls: string | null;
  snomed: string | null;
  uberon: string | null;
  /** A caveat about the identifiers (a code shared with another condition, a parent code replaced by its leaves). */
  identifierNote: string | null;
  order: number | null;
  durationMin: number | null;
  durationMax: number | null;
};

/**
 * How much of each entity's stored record a read brings back: `brief` is id, kind and name (what a client
 * drawing a graph or listing names asks for), the rest left empty; `full` is every stored property. A traversal
 * or a page returns up to hundreds of entities, and decoding their whole property maps was most of the server's
 * work per request when the query asked for three fields of each. src/entities/selection.ts picks the shape.
 */
export type EntityShape = 'brief' | 'full';

export type ClaimRecord = {
  id: string;
  predicate: ClaimPredicate;
  strength: EvidenceStrength;
  statement: string;
  subjectId: string;
  objectId: string;
  sourceIds: string[];
  createdAt: string | null;
  createdBy: string;
  retractedAt: string | null;
  retractedBy: string | null;
  retractionReason: string | null;
  /** Where the rubric started and each reason it moved down (seed claims; API-added claims start at their strength). */
  gradeStart: EvidenceStrength;
  gradeStartReason: string;
  gradeReasons: GradeReasonRecord[];
  balance: EvidenceBalance;
  /** Nothing but lay writing supports it: no supporting finding, every source a lay article. */
  onlyLaySupport: boolean;
  qualifiers: QualifierRecord[];
};

export type GradeReasonRecord = { factor: GradeFactor; levelsDown: number; explanation: string; findingIds: string[] };

export type QualifierRecord = { kind: QualifierKind; text: string; entityIds: string[] };

export type StudyRecord = {
  design: StudyDesign;
  randomised: boolean;
  designNote: string;
  population: string;
  sampleSize: number | null;
  sampleUnit: string | null;
  intervention: string;
  interventionTypes: InterventionType[];
  comparator: string | null;
  comparatorTypes: ComparatorType[];
  outcomes: string[];
};

export type SourceRecord = {
  id: string;
  title: string;
  kind: SourceKind;
  url: string | null;
  publisher: string | null;
  year: number | null;
  note: string | null;
  authors: string[];
  authorsComplete: boolean | null;
  journal: string | null;
  volume: string | null;
  issue: string | null;
  pages: string | null;
  doi: string | null;
  pmid: string | null;
  pmcid: string | null;
  registration: string | null;
  seenAt: string[];
  study: StudyRecord | null;
};

/** One number as a study prints it. */
export type FigureRecord = {
  measure: string;
  arm: string | null;
  value: number | null;
  unit: string | null;
  ciLower: number | null;
  ciUpper: number | null;
  ciLevel: number | null;
  p: string | null;
  events: number | null;
  total: number | null;
  note: string | null;
};

export type FindingRecord = {
  id: string;
  sourceId: string;
  outcome: string;
  outcomeKind: OutcomeKind;
  timepoint: string | null;
  direction: FindingDirection;
  intervention: string;
  interventionTypes: InterventionType[];
  comparator: string | null;
  comparatorType: ComparatorType;
  n: number | null;
  nUnit: string | null;
  summary: string;
  figures: FigureRecord[];
  caveat: string | null;
  curatorNote: string | null;
};

/** A finding as it bears on a claim; both ends travel with it. */
export type ClaimFindingRecord = { stance: FindingStance; note: string | null; claim: ClaimRecord; finding: FindingRecord };

export type ConditionEvidenceRecord = { condition: EntityRecord; claims: ClaimRecord[] };

export type AliasRecord = { text: string; ambiguous: boolean; owner: EntityRecord };

export type TreatmentEvidenceRecord = { treatment: EntityRecord; claims: ClaimRecord[] };

export type SearchHitRecord = { entity: EntityRecord; score: number; matched: string; ambiguous: boolean };

export type RelatedConditionRecord = {
  condition: EntityRecord;
  score: number;
  shared: EntityRecord[];
  sharedCount: number;
  relation: ConditionRelation;
};

/** A relationship as traversals return it: descriptive links have no strength and no claim. */
export type RelationshipRecord = {
  id: string;
  type: string;
  from: string;
  to: string;
  strength: EvidenceStrength | null;
  claimId: string | null;
};

export type PathRecord = { length: number; nodes: EntityRecord[]; relationships: RelationshipRecord[] };

/** What `pathSearch` answers: the paths, and whether the work budget cut the search (src/traversal/pathSearch.ts). */
export type PathSearchRecord = { paths: PathRecord[]; truncated: boolean; hubsAvoided: number };

export type SubgraphRecord = { nodes: EntityRecord[]; relationships: RelationshipRecord[]; truncated: boolean };

export type FactRecord = {
  text: string;
  subject: EntityRecord;
  predicate: string;
  object: EntityRecord;
  strength: EvidenceStrength | null;
  sourceIds: string[];
};

export type FactSheetRecord = {
  entity: EntityRecord;
  /** What the question was after beyond the entity, when `about` said (SAFETY for "is acupuncture safe"). */
  focus: QuestionFocus | null;
  facts: FactRecord[];
  disclaimer: string;
  alternatives: EntityRecord[];
  /** The sources the facts cite, fetched with them (the resolver hands them to the source loader). */
  sources: SourceRecord[];
};

/** Which way a link is followed from an entity: its own outgoing links, or the ones pointing at it. */
export type Direction = 'OUT' | 'IN';

/** A claim found from an entity, with the side of the claim the entity is on. */
export type EntityClaim = { role: 'SUBJECT' | 'OBJECT'; claim: ClaimRecord };

/** Which claims of an entity to list: the options of `Entity.claims`. */
export type EntityClaimFilter = {
  role: 'SUBJECT' | 'OBJECT' | null;
  /** Leave out claims below this strengthRank (0 keeps all). */
  minRank: number;
  includeRetracted: boolean;
  first: number;
};

/** A bulk import as recorded on its `:Import` node (src/interchange/provenance.ts). */
export type ImportRecord = {
  id: string;
  by: string;
  at: string;
  format: string;
  files: { name: string; sha256: string; bytes: number }[];
  relationships: number;
  counts: Record<'sources' | 'entities' | 'findings' | 'links' | 'claims', { added: number; updated: number; unchanged: number }>;
};

/** Which claims of a source to list: the options of `Source.claims`. */
export type SourceClaimFilter = { includeRetracted: boolean; first: number };
