/**
 * The graph's vocabulary in one place: entity kinds and their Neo4j labels, the descriptive
 * link types and claim predicates with the kinds they may join, and the evidence scale.
 * The seed validator and the write mutations both check against these tables.
 */
import type {
  ClaimPredicate,
  ComparatorType,
  EntityKind,
  EvidenceBalance,
  EvidenceStrength,
  FindingDirection,
  FindingStance,
  GradeFactor,
  InterventionType,
  OutcomeKind,
  QualifierKind,
  SourceKind,
  StudyDesign,
} from '../generated/graphql';

export const ENTITY_KINDS = [
  'CONDITION',
  'SYMPTOM',
  'BODY_REGION',
  'TREATMENT',
  'BENEFIT',
  'SESSION_STEP',
  'SENSATION',
  'SAFETY_NOTE',
] as const satisfies readonly EntityKind[];

/** Neo4j label per kind; every entity also carries :Entity. */
export const KIND_LABEL: Record<EntityKind, string> = {
  CONDITION: 'Condition',
  SYMPTOM: 'Symptom',
  BODY_REGION: 'BodyRegion',
  TREATMENT: 'Treatment',
  BENEFIT: 'Benefit',
  SESSION_STEP: 'SessionStep',
  SENSATION: 'Sensation',
  SAFETY_NOTE: 'SafetyNote',
};

/** GraphQL object type per kind: the same names as the labels. */
export const GRAPHQL_TYPE: Record<EntityKind, string> = KIND_LABEL;

type Endpoints = { from: EntityKind; to: EntityKind; verb: string };

/** Descriptive links: facts with sources, no grade. `verb` reads "<from> <verb> <to>". */
export const LINK_TYPES = {
  PRESENTS: { from: 'CONDITION', to: 'SYMPTOM', verb: 'presents' },
  AFFECTS: { from: 'CONDITION', to: 'BODY_REGION', verb: 'affects' },
  LOCATED_IN: { from: 'SYMPTOM', to: 'BODY_REGION', verb: 'is felt in' },
  PART_OF: { from: 'BODY_REGION', to: 'BODY_REGION', verb: 'is part of' },
  SUBTYPE_OF: { from: 'CONDITION', to: 'CONDITION', verb: 'is a kind of' },
  HAS_STEP: { from: 'TREATMENT', to: 'SESSION_STEP', verb: 'includes the step' },
  HAS_SENSATION: { from: 'SESSION_STEP', to: 'SENSATION', verb: 'may bring' },
  HAS_SAFETY_NOTE: { from: 'TREATMENT', to: 'SAFETY_NOTE', verb: 'comes with the caveat' },
  COMPLEMENTS: { from: 'TREATMENT', to: 'TREATMENT', verb: 'complements' },
} as const satisfies Record<string, Endpoints>;
export type LinkType = keyof typeof LINK_TYPES;
export const LINK_TYPE_NAMES = Object.keys(LINK_TYPES) as LinkType[];

/** Efficacy claims: graded, sourced, and stored both as a :Claim node and as a direct relationship. */
export const CLAIM_PREDICATES = {
  TREATS: { from: 'TREATMENT', to: 'CONDITION', verb: 'treats' },
  PREVENTS: { from: 'TREATMENT', to: 'CONDITION', verb: 'prevents' },
  PRODUCES: { from: 'TREATMENT', to: 'BENEFIT', verb: 'produces' },
  HELPS: { from: 'BENEFIT', to: 'CONDITION', verb: 'helps with' },
  CONTRIBUTES_TO: { from: 'BENEFIT', to: 'BENEFIT', verb: 'contributes to' },
  IS_SAFE_WHEN: { from: 'TREATMENT', to: 'SAFETY_NOTE', verb: 'is safe with this precaution:' },
} as const satisfies Record<ClaimPredicate, Endpoints>;
export const CLAIM_PREDICATE_NAMES = Object.keys(CLAIM_PREDICATES) as ClaimPredicate[];

export const EVIDENCE_STRENGTHS = ['HIGH', 'MODERATE', 'LOW', 'VERY_LOW'] as const satisfies readonly EvidenceStrength[];

/** Higher is stronger; stored on claims so Cypher can filter and sort by it. */
export const STRENGTH_RANK: Record<EvidenceStrength, number> = { HIGH: 4, MODERATE: 3, LOW: 2, VERY_LOW: 1 };

export function strengthFromRank(rank: number): EvidenceStrength {
  const found = EVIDENCE_STRENGTHS.find((s) => STRENGTH_RANK[s] === rank);
  if (!found) throw new Error(`No evidence strength has rank ${rank}`);
  return found;
}

/** How people read a grade, for generated sentences. */
export const STRENGTH_WORDS: Record<EvidenceStrength, string> = {
  HIGH: 'high-certainty',
  MODERATE: 'moderate-certainty',
  LOW: 'low-certainty',
  VERY_LOW: 'very-low-certainty',
};

export const SOURCE_KINDS = [
  'LAY_ARTICLE',
  'EXPERT_OPINION',
  'TRIAL',
  'SYSTEMATIC_REVIEW',
  'OBSERVATIONAL_STUDY',
  'CLINICAL_REPORT',
  'EXPERIMENTAL_STUDY',
  'ONTOLOGY',
  'EDITORIAL',
] as const satisfies readonly SourceKind[];

/** The GRADE cap: no claim may be graded above what its strongest source kind supports. */
export const SOURCE_KIND_CAP: Record<SourceKind, EvidenceStrength | null> = {
  LAY_ARTICLE: 'LOW',
  EXPERT_OPINION: 'LOW',
  TRIAL: 'MODERATE',
  SYSTEMATIC_REVIEW: 'HIGH',
  OBSERVATIONAL_STUDY: 'LOW',
  CLINICAL_REPORT: 'LOW',
  EXPERIMENTAL_STUDY: 'LOW',
  ONTOLOGY: null,
  EDITORIAL: null,
};

/** The vocabulary of studies and findings (the SDL documents each value). */
export const STUDY_DESIGNS = [
  'SYSTEMATIC_REVIEW_OF_TRIALS',
  'SYSTEMATIC_REVIEW_OF_OBSERVATIONAL_STUDIES',
  'RANDOMISED_TRIAL',
  'NON_RANDOMISED_COMPARISON',
  'PROSPECTIVE_SURVEY',
  'EXPERIMENT',
] as const satisfies readonly StudyDesign[];

export const INTERVENTION_TYPES = [
  'ACUPUNCTURE',
  'ELECTROACUPUNCTURE',
  'DRY_NEEDLING',
  'LASER_ACUPUNCTURE',
  'NEEDLE_ELECTROLYSIS',
  'MIXED_NEEDLING',
] as const satisfies readonly InterventionType[];

export const COMPARATOR_TYPES = [
  'SHAM',
  'NO_TREATMENT',
  'ACTIVE_TREATMENT',
  'USUAL_CARE_ALONE',
  'OTHER_NEEDLING',
  'MIXED_CONTROLS',
  'NONE',
] as const satisfies readonly ComparatorType[];

export const FINDING_DIRECTIONS = [
  'FAVOURS_INTERVENTION',
  'NO_DIFFERENCE',
  'FAVOURS_COMPARATOR',
  'INCONCLUSIVE',
  'NOT_COMPARED',
] as const satisfies readonly FindingDirection[];

export const OUTCOME_KINDS = ['EFFICACY', 'ADVERSE_EVENTS', 'MECHANISM'] as const satisfies readonly OutcomeKind[];

/** In this order everywhere a claim's findings are listed: supporting, contradicting, open. */
export const FINDING_STANCES = ['SUPPORTS', 'CONTRADICTS', 'LEAVES_OPEN'] as const satisfies readonly FindingStance[];

export const GRADE_FACTORS = [
  'RISK_OF_BIAS',
  'INCONSISTENCY',
  'INDIRECTNESS',
  'IMPRECISION',
  'PUBLICATION_BIAS',
  'NO_STUDY',
  'HEDGED',
  'INFERRED',
] as const satisfies readonly GradeFactor[];

export const QUALIFIER_KINDS = ['ONLY_WHEN', 'ALONGSIDE', 'POPULATION'] as const satisfies readonly QualifierKind[];

export const EVIDENCE_BALANCES = [
  'SUPPORTED',
  'CONTRADICTED',
  'CONFLICTING',
  'OPEN',
  'UNTESTED',
] as const satisfies readonly EvidenceBalance[];
