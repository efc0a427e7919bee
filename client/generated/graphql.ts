/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What a claim asserts between its subject and object. */
export type ClaimPredicate =
  /** A benefit contributes to another benefit. */
  | 'CONTRIBUTES_TO'
  /** A benefit helps with a condition. */
  | 'HELPS'
  /** A treatment is safe under the condition its object names (a safety note); qualifiers may add further conditions. */
  | 'IS_SAFE_WHEN'
  /** A treatment prevents a condition. */
  | 'PREVENTS'
  /** A treatment produces a benefit (an effect or mechanism). */
  | 'PRODUCES'
  /** A treatment treats a condition. */
  | 'TREATS';

/** What the intervention was compared with; what a finding can tell depends on it. */
export type ComparatorType =
  /** Another active treatment (eccentric exercise, shockwave therapy). */
  | 'ACTIVE_TREATMENT'
  /** A mix of controls, not separated in the figures seen (reviews). */
  | 'MIXED_CONTROLS'
  /** No comparison group (incidence surveys). */
  | 'NONE'
  /** No treatment (or a waiting list). */
  | 'NO_TREATMENT'
  /** Another form of needling (other points, another mode): tests which needling, not whether needling. */
  | 'OTHER_NEEDLING'
  /** A sham procedure (sham needles, sham laser, minimal superficial needling described as placebo). */
  | 'SHAM'
  /** The same usual care without the needling: an add-on design. */
  | 'USUAL_CARE_ALONE';

/** The kinds of entity in the graph. */
export type EntityKind =
  /** An effect or mechanism claimed for a treatment, such as increased blood flow. */
  | 'BENEFIT'
  /** A part of the body; regions form a hierarchy (heel → foot → lower limb). */
  | 'BODY_REGION'
  /** A running injury or condition, such as plantar fasciitis. */
  | 'CONDITION'
  /** A safety caveat that applies to a treatment. */
  | 'SAFETY_NOTE'
  /** A sensation a person may feel during a session, such as tingling. */
  | 'SENSATION'
  /** A step of an acupuncture session, in order. */
  | 'SESSION_STEP'
  /** Something a runner feels or notices, such as heel pain. */
  | 'SYMPTOM'
  /** A form of care, such as acupuncture or seeing a doctor. */
  | 'TREATMENT';

/** Where the findings on a claim point, taken together. */
export type EvidenceBalance =
  /** Findings on both sides: the studies disagree. */
  | 'CONFLICTING'
  /** Findings go against it and none supports it. */
  | 'CONTRADICTED'
  /** Findings bear on it but neither support nor contradict it. */
  | 'OPEN'
  /** Findings support it and none goes against it. */
  | 'SUPPORTED'
  /** No study bears on it: it rests on writing that reports none. */
  | 'UNTESTED';

/**
 * GRADE certainty of the evidence behind a claim, strongest first: HIGH > MODERATE > LOW > VERY_LOW.
 * The kind of source caps the grade (a lay article or expert opinion at LOW, a single trial at MODERATE,
 * a systematic review of trials can reach HIGH); hedging in the source lowers it within that cap.
 */
export type EvidenceStrength =
  /** Very confident the true effect is close to the claimed one. */
  | 'HIGH'
  /** Limited confidence in the claimed effect. */
  | 'LOW'
  /** Likely close to the claimed effect, but could differ substantially. */
  | 'MODERATE'
  /** Very little confidence in the claimed effect. */
  | 'VERY_LOW';

/** Which way a finding points for its outcome. */
export type FindingDirection =
  /** Better with the comparator (for adverse events: more with the intervention). */
  | 'FAVOURS_COMPARATOR'
  /** Better with the intervention than with the comparator (for adverse events: fewer with the intervention). */
  | 'FAVOURS_INTERVENTION'
  /** Mixed or too uncertain to say. */
  | 'INCONCLUSIVE'
  /** Rates without a comparison group (incidence surveys); no direction to give. */
  | 'NOT_COMPARED'
  /** No difference from the comparator. */
  | 'NO_DIFFERENCE';

/** How a finding bears on a claim. */
export type FindingStance =
  /** The finding goes against the claim. */
  | 'CONTRADICTS'
  /** The finding neither supports nor contradicts it (for example two needling modes that did equally well). */
  | 'LEAVES_OPEN'
  /** The finding supports the claim. */
  | 'SUPPORTS';

/** A GRADE domain (or a rule of this graph's rubric) that moved a claim's grade. */
export type GradeFactor =
  /** The source itself hedges ("is thought to", "in hopes of"). */
  | 'HEDGED'
  /** Too few participants or events, wide intervals, no effect sizes. */
  | 'IMPRECISION'
  /** Studies disagree. */
  | 'INCONSISTENCY'
  /** The studies answer a different question (dry needling is not acupuncture, untrained volunteers are not runners). */
  | 'INDIRECTNESS'
  /** The curators drew it by joining two statements the source makes separately. */
  | 'INFERRED'
  /** No study stands behind it: the only sources report none (a lay article). */
  | 'NO_STUDY'
  /** Small positive studies more likely to be published than null ones. */
  | 'PUBLICATION_BIAS'
  /** Flaws in how the studies were run or reported. */
  | 'RISK_OF_BIAS';

/** The needling a study tested. Acupuncture, electroacupuncture and dry needling are different interventions. */
export type InterventionType =
  /** Manual needle acupuncture at acupuncture points. */
  | 'ACUPUNCTURE'
  /** Trigger-point (dry) needling of muscle or tendon, outside the acupuncture-point tradition. */
  | 'DRY_NEEDLING'
  /** Acupuncture with electrical stimulation through the needles. */
  | 'ELECTROACUPUNCTURE'
  /** Low-level laser applied to acupuncture points, without needles. */
  | 'LASER_ACUPUNCTURE'
  /** Several forms pooled or not told apart (reviews). */
  | 'MIXED_NEEDLING'
  /** Percutaneous needle electrolysis (a galvanic current through a needle). */
  | 'NEEDLE_ELECTROLYSIS';

/** What a finding measured. */
export type OutcomeKind =
  /** Adverse events (harm). */
  | 'ADVERSE_EVENTS'
  /** A clinical outcome such as pain or function. */
  | 'EFFICACY'
  /** A physiological mechanism such as tendon blood volume. */
  | 'MECHANISM';

/** A condition a claim is made under: safety only with clean needles, use alongside other care, the population it is claimed for. */
export type QualifierKind =
  /** The treatment is used alongside other care, not instead of it. */
  | 'ALONGSIDE'
  /** The claim holds only when this is so. */
  | 'ONLY_WHEN'
  /** Who the claim is made for. */
  | 'POPULATION';

/** What a question asks about its entity, beyond naming it; the sheet puts those facts first. */
export type QuestionFocus =
  /** How long: the steps of a session, with their durations, first. */
  | 'DURATION'
  /** Is it safe, what are the risks: safety notes and safety claims first. */
  | 'SAFETY';

/** What kind of document a source is; it caps the strength of the claims it supports. */
export type SourceKind =
  /** A clinical report of treated patients, without confirmed random allocation. */
  | 'CLINICAL_REPORT'
  /** The curators' own editorial knowledge, used for descriptive links only. */
  | 'EDITORIAL'
  /** A laboratory or physiology experiment, for example in healthy volunteers, measuring a mechanism rather than a clinical outcome. */
  | 'EXPERIMENTAL_STUDY'
  /** A clinician's or expert's opinion. */
  | 'EXPERT_OPINION'
  /** Written for the general public; reports no study of its own. */
  | 'LAY_ARTICLE'
  /** An observational study, such as a prospective survey of adverse events; no allocation of treatment. */
  | 'OBSERVATIONAL_STUDY'
  /** A curated ontology or terminology. */
  | 'ONTOLOGY'
  /** A systematic review (with or without meta-analysis) of trials or of prospective studies. */
  | 'SYSTEMATIC_REVIEW'
  /** A clinical trial. */
  | 'TRIAL';

/** How a study was designed. With `randomised`, it sets where a claim's grade starts (randomised evidence starts HIGH, the rest LOW). */
export type StudyDesign =
  /** Physiology experiment in volunteers, measuring a mechanism. */
  | 'EXPERIMENT'
  /** Trial or clinical report whose allocation was not randomised, or not confirmed to be. */
  | 'NON_RANDOMISED_COMPARISON'
  /** Prospective survey or audit, without a comparison group. */
  | 'PROSPECTIVE_SURVEY'
  /** Randomised controlled trial, including randomised feasibility studies. */
  | 'RANDOMISED_TRIAL'
  /** Systematic review of prospective observational studies (for example of adverse events). */
  | 'SYSTEMATIC_REVIEW_OF_OBSERVATIONAL_STUDIES'
  /** Systematic review (with or without meta-analysis) of controlled trials; `randomised` says whether they were all randomised. */
  | 'SYSTEMATIC_REVIEW_OF_TRIALS';

export type AutocompleteQueryVariables = Exact<{
  text: string;
  kinds?: Array<EntityKind> | EntityKind | null | undefined;
  first?: number | null | undefined;
}>;

export type AutocompleteQuery = {
  __typename: 'Query';
  search: Array<{
    __typename: 'SearchHit';
    score: number;
    matched: string;
    ambiguous: boolean;
    entity:
      | { __typename: 'Benefit'; id: string; kind: EntityKind; name: string }
      | { __typename: 'BodyRegion'; id: string; kind: EntityKind; name: string }
      | { __typename: 'Condition'; id: string; kind: EntityKind; name: string }
      | { __typename: 'SafetyNote'; id: string; kind: EntityKind; name: string }
      | { __typename: 'Sensation'; id: string; kind: EntityKind; name: string }
      | { __typename: 'SessionStep'; id: string; kind: EntityKind; name: string }
      | { __typename: 'Symptom'; id: string; kind: EntityKind; name: string }
      | { __typename: 'Treatment'; id: string; kind: EntityKind; name: string };
  }>;
};

export type ChatbotFactSheetQueryVariables = Exact<{
  about: string;
  minStrength?: EvidenceStrength | null | undefined;
}>;

export type ChatbotFactSheetQuery = {
  __typename: 'Query';
  facts: {
    __typename: 'FactSheet';
    disclaimer: string;
    focus: QuestionFocus | null;
    entity:
      | { __typename: 'Benefit'; id: string; kind: EntityKind; name: string }
      | { __typename: 'BodyRegion'; id: string; kind: EntityKind; name: string }
      | { __typename: 'Condition'; id: string; kind: EntityKind; name: string }
      | { __typename: 'SafetyNote'; id: string; kind: EntityKind; name: string }
      | { __typename: 'Sensation'; id: string; kind: EntityKind; name: string }
      | { __typename: 'SessionStep'; id: string; kind: EntityKind; name: string }
      | { __typename: 'Symptom'; id: string; kind: EntityKind; name: string }
      | { __typename: 'Treatment'; id: string; kind: EntityKind; name: string };
    alternatives: Array<
      | { __typename: 'Benefit'; id: string; name: string }
      | { __typename: 'BodyRegion'; id: string; name: string }
      | { __typename: 'Condition'; id: string; name: string }
      | { __typename: 'SafetyNote'; id: string; name: string }
      | { __typename: 'Sensation'; id: string; name: string }
      | { __typename: 'SessionStep'; id: string; name: string }
      | { __typename: 'Symptom'; id: string; name: string }
      | { __typename: 'Treatment'; id: string; name: string }
    >;
    facts: Array<{
      __typename: 'Fact';
      text: string;
      predicate: string;
      strength: EvidenceStrength | null;
      sources: Array<{ __typename: 'Source'; title: string; kind: SourceKind }>;
    }>;
  } | null;
};

export type ConditionEvidenceQueryVariables = Exact<{
  condition: string;
}>;

export type ConditionEvidenceQuery = {
  __typename: 'Query';
  conditionEvidence: {
    __typename: 'ConditionEvidence';
    condition: { __typename: 'Condition'; id: string; name: string };
    strongest: Array<{ __typename: 'Claim'; id: string; grade: EvidenceStrength }>;
    weakest: Array<{ __typename: 'Claim'; id: string; grade: EvidenceStrength }>;
    claims: Array<{
      __typename: 'Claim';
      id: string;
      statement: string;
      grade: EvidenceStrength;
      gradeStart: EvidenceStrength;
      balance: EvidenceBalance;
      gradeReasons: Array<{ __typename: 'GradeReason'; factor: GradeFactor; levelsDown: number; explanation: string }>;
      findings: Array<{
        __typename: 'ClaimFinding';
        stance: FindingStance;
        note: string | null;
        finding: {
          __typename: 'Finding';
          id: string;
          outcome: string;
          direction: FindingDirection;
          comparatorType: ComparatorType;
          interventionTypes: Array<InterventionType>;
          n: number | null;
          caveat: string | null;
          figures: Array<{
            __typename: 'Figure';
            measure: string;
            arm: string | null;
            value: number | null;
            unit: string | null;
            ciLower: number | null;
            ciUpper: number | null;
            p: string | null;
          }>;
          source: { __typename: 'Source'; id: string };
        };
      }>;
    }>;
    studies: Array<{
      __typename: 'Source';
      id: string;
      title: string;
      authors: Array<string>;
      journal: string | null;
      year: number | null;
      doi: string | null;
      pmid: string | null;
      study: {
        __typename: 'StudyDescription';
        design: StudyDesign;
        population: string;
        sampleSize: number | null;
        sampleUnit: string | null;
        comparator: string | null;
      } | null;
    }>;
  } | null;
  acupuncture:
    | { __typename: 'Benefit' }
    | { __typename: 'BodyRegion' }
    | { __typename: 'Condition' }
    | { __typename: 'SafetyNote' }
    | { __typename: 'Sensation' }
    | { __typename: 'SessionStep' }
    | { __typename: 'Symptom' }
    | {
        __typename: 'Treatment';
        safety: {
          __typename: 'TreatmentSafety';
          claims: Array<{
            __typename: 'Claim';
            id: string;
            grade: EvidenceStrength;
            qualifiers: Array<{ __typename: 'ClaimQualifier'; kind: QualifierKind; text: string }>;
          }>;
          adverseEvents: Array<{
            __typename: 'Finding';
            outcome: string;
            figures: Array<{
              __typename: 'Figure';
              measure: string;
              value: number | null;
              unit: string | null;
              ciLower: number | null;
              ciUpper: number | null;
            }>;
            source: { __typename: 'Source'; id: string; doi: string | null };
          }>;
        };
      }
    | null;
};

export type ConditionPageQueryVariables = Exact<{
  id: string;
}>;

export type ConditionPageQuery = {
  __typename: 'Query';
  entity:
    | {
        __typename: 'Benefit';
        id: string;
        name: string;
        aliases: Array<string>;
        ambiguousAliases: Array<string>;
        description: string | null;
        identifiers: { __typename: 'ExternalIdentifiers'; mesh: string | null; icd10cm: Array<string>; doid: string | null };
      }
    | {
        __typename: 'BodyRegion';
        id: string;
        name: string;
        aliases: Array<string>;
        ambiguousAliases: Array<string>;
        description: string | null;
        identifiers: { __typename: 'ExternalIdentifiers'; mesh: string | null; icd10cm: Array<string>; doid: string | null };
      }
    | {
        __typename: 'Condition';
        id: string;
        name: string;
        aliases: Array<string>;
        ambiguousAliases: Array<string>;
        description: string | null;
        symptoms: Array<{ __typename: 'Symptom'; id: string; name: string }>;
        regions: Array<{
          __typename: 'BodyRegion';
          id: string;
          name: string;
          parent: { __typename: 'BodyRegion'; id: string; name: string } | null;
        }>;
        treatments: Array<{
          __typename: 'TreatmentEvidence';
          strongest: EvidenceStrength;
          treatment: {
            __typename: 'Treatment';
            id: string;
            name: string;
            safetyNotes: Array<{ __typename: 'SafetyNote'; name: string; description: string | null }>;
          };
          claims: Array<{
            __typename: 'Claim';
            id: string;
            predicate: ClaimPredicate;
            strength: EvidenceStrength;
            statement: string;
            sources: Array<{ __typename: 'Source'; id: string; title: string; kind: SourceKind }>;
          }>;
        }>;
        identifiers: { __typename: 'ExternalIdentifiers'; mesh: string | null; icd10cm: Array<string>; doid: string | null };
      }
    | {
        __typename: 'SafetyNote';
        id: string;
        name: string;
        aliases: Array<string>;
        ambiguousAliases: Array<string>;
        description: string | null;
        identifiers: { __typename: 'ExternalIdentifiers'; mesh: string | null; icd10cm: Array<string>; doid: string | null };
      }
    | {
        __typename: 'Sensation';
        id: string;
        name: string;
        aliases: Array<string>;
        ambiguousAliases: Array<string>;
        description: string | null;
        identifiers: { __typename: 'ExternalIdentifiers'; mesh: string | null; icd10cm: Array<string>; doid: string | null };
      }
    | {
        __typename: 'SessionStep';
        id: string;
        name: string;
        aliases: Array<string>;
        ambiguousAliases: Array<string>;
        description: string | null;
        identifiers: { __typename: 'ExternalIdentifiers'; mesh: string | null; icd10cm: Array<string>; doid: string | null };
      }
    | {
        __typename: 'Symptom';
        id: string;
        name: string;
        aliases: Array<string>;
        ambiguousAliases: Array<string>;
        description: string | null;
        identifiers: { __typename: 'ExternalIdentifiers'; mesh: string | null; icd10cm: Array<string>; doid: string | null };
      }
    | {
        __typename: 'Treatment';
        id: string;
        name: string;
        aliases: Array<string>;
        ambiguousAliases: Array<string>;
        description: string | null;
        identifiers: { __typename: 'ExternalIdentifiers'; mesh: string | null; icd10cm: Array<string>; doid: string | null };
      }
    | null;
  relatedConditions: Array<{
    __typename: 'RelatedCondition';
    score: number;
    condition: { __typename: 'Condition'; id: string; name: string };
    shared: Array<
      | { __typename: 'Benefit'; id: string; kind: EntityKind; name: string }
      | { __typename: 'BodyRegion'; id: string; kind: EntityKind; name: string }
      | { __typename: 'Condition'; id: string; kind: EntityKind; name: string }
      | { __typename: 'SafetyNote'; id: string; kind: EntityKind; name: string }
      | { __typename: 'Sensation'; id: string; kind: EntityKind; name: string }
      | { __typename: 'SessionStep'; id: string; kind: EntityKind; name: string }
      | { __typename: 'Symptom'; id: string; kind: EntityKind; name: string }
      | { __typename: 'Treatment'; id: string; kind: EntityKind; name: string }
    >;
  }>;
};

export type EvidenceWalkQueryVariables = Exact<{
  from: string;
  to: string;
  subject?: string | null | undefined;
  minStrength?: EvidenceStrength | null | undefined;
  after?: string | null | undefined;
}>;

export type EvidenceWalkQuery = {
  __typename: 'Query';
  paths: Array<{
    __typename: 'Path';
    length: number;
    nodes: Array<
      | { __typename: 'Benefit'; id: string; kind: EntityKind; name: string }
      | { __typename: 'BodyRegion'; id: string; kind: EntityKind; name: string }
      | { __typename: 'Condition'; id: string; kind: EntityKind; name: string }
      | { __typename: 'SafetyNote'; id: string; kind: EntityKind; name: string }
      | { __typename: 'Sensation'; id: string; kind: EntityKind; name: string }
      | { __typename: 'SessionStep'; id: string; kind: EntityKind; name: string }
      | { __typename: 'Symptom'; id: string; kind: EntityKind; name: string }
      | { __typename: 'Treatment'; id: string; kind: EntityKind; name: string }
    >;
    relationships: Array<{
      __typename: 'Relationship';
      type: string;
      from: string;
      to: string;
      strength: EvidenceStrength | null;
      claimId: string | null;
    }>;
  }>;
  claims: {
    __typename: 'ClaimConnection';
    totalCount: number;
    pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      __typename: 'ClaimEdge';
      cursor: string;
      node: {
        __typename: 'Claim';
        id: string;
        predicate: ClaimPredicate;
        strength: EvidenceStrength;
        statement: string;
        singleSource: boolean;
        subject:
          | { __typename: 'Benefit'; id: string; name: string }
          | { __typename: 'BodyRegion'; id: string; name: string }
          | { __typename: 'Condition'; id: string; name: string }
          | { __typename: 'SafetyNote'; id: string; name: string }
          | { __typename: 'Sensation'; id: string; name: string }
          | { __typename: 'SessionStep'; id: string; name: string }
          | { __typename: 'Symptom'; id: string; name: string }
          | { __typename: 'Treatment'; id: string; name: string };
        object:
          | { __typename: 'Benefit'; id: string; name: string }
          | { __typename: 'BodyRegion'; id: string; name: string }
          | { __typename: 'Condition'; id: string; name: string }
          | { __typename: 'SafetyNote'; id: string; name: string }
          | { __typename: 'Sensation'; id: string; name: string }
          | { __typename: 'SessionStep'; id: string; name: string }
          | { __typename: 'Symptom'; id: string; name: string }
          | { __typename: 'Treatment'; id: string; name: string };
        sources: Array<{
          __typename: 'Source';
          id: string;
          title: string;
          kind: SourceKind;
          claims: Array<{ __typename: 'Claim'; id: string }>;
        }>;
      };
    }>;
  };
};

export type GraphViewQueryVariables = Exact<{
  id: string;
  depth?: number | null | undefined;
  limit?: number | null | undefined;
}>;

export type GraphViewQuery = {
  __typename: 'Query';
  neighborhood: {
    __typename: 'Subgraph';
    truncated: boolean;
    elements: {
      __typename: 'CytoscapeElements';
      nodes: Array<{ __typename: 'CytoscapeNode'; data: { __typename: 'CytoscapeNodeData'; id: string; label: string; kind: EntityKind } }>;
      edges: Array<{
        __typename: 'CytoscapeEdge';
        data: {
          __typename: 'CytoscapeEdgeData';
          id: string;
          source: string;
          target: string;
          type: string;
          strength: EvidenceStrength | null;
        };
      }>;
    };
  };
};

export type EntityEvidenceQueryVariables = Exact<{
  id: string;
}>;

export type EntityEvidenceQuery = {
  __typename: 'Query';
  entity:
    | {
        __typename: 'Benefit';
        id: string;
        claims: Array<{
          __typename: 'Claim';
          id: string;
          findings: Array<{
            __typename: 'ClaimFinding';
            stance: FindingStance;
            note: string | null;
            finding: {
              __typename: 'Finding';
              id: string;
              outcome: string;
              outcomeKind: OutcomeKind;
              timepoint: string | null;
              direction: FindingDirection;
              n: number | null;
              nUnit: string | null;
              summary: string;
              comparator: string | null;
              caveat: string | null;
              curatorNote: string | null;
              figures: Array<{
                __typename: 'Figure';
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
              }>;
              source: {
                __typename: 'Source';
                id: string;
                title: string;
                kind: SourceKind;
                year: number | null;
                journal: string | null;
                url: string | null;
                doi: string | null;
                pmid: string | null;
                study: {
                  __typename: 'StudyDescription';
                  design: StudyDesign;
                  randomised: boolean;
                  sampleSize: number | null;
                  sampleUnit: string | null;
                } | null;
              };
            };
          }>;
        }>;
      }
    | {
        __typename: 'BodyRegion';
        id: string;
        claims: Array<{
          __typename: 'Claim';
          id: string;
          findings: Array<{
            __typename: 'ClaimFinding';
            stance: FindingStance;
            note: string | null;
            finding: {
              __typename: 'Finding';
              id: string;
              outcome: string;
              outcomeKind: OutcomeKind;
              timepoint: string | null;
              direction: FindingDirection;
              n: number | null;
              nUnit: string | null;
              summary: string;
              comparator: string | null;
              caveat: string | null;
              curatorNote: string | null;
              figures: Array<{
                __typename: 'Figure';
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
              }>;
              source: {
                __typename: 'Source';
                id: string;
                title: string;
                kind: SourceKind;
                year: number | null;
                journal: string | null;
                url: string | null;
                doi: string | null;
                pmid: string | null;
                study: {
                  __typename: 'StudyDescription';
                  design: StudyDesign;
                  randomised: boolean;
                  sampleSize: number | null;
                  sampleUnit: string | null;
                } | null;
              };
            };
          }>;
        }>;
      }
    | {
        __typename: 'Condition';
        id: string;
        treatments: Array<{
          __typename: 'TreatmentEvidence';
          treatment: {
            __typename: 'Treatment';
            id: string;
            safety: {
              __typename: 'TreatmentSafety';
              adverseEvents: Array<{
                __typename: 'Finding';
                id: string;
                outcome: string;
                outcomeKind: OutcomeKind;
                timepoint: string | null;
                direction: FindingDirection;
                n: number | null;
                nUnit: string | null;
                summary: string;
                comparator: string | null;
                caveat: string | null;
                curatorNote: string | null;
                figures: Array<{
                  __typename: 'Figure';
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
                }>;
                source: {
                  __typename: 'Source';
                  id: string;
                  title: string;
                  kind: SourceKind;
                  year: number | null;
                  journal: string | null;
                  url: string | null;
                  doi: string | null;
                  pmid: string | null;
                  study: {
                    __typename: 'StudyDescription';
                    design: StudyDesign;
                    randomised: boolean;
                    sampleSize: number | null;
                    sampleUnit: string | null;
                  } | null;
                };
              }>;
            };
          };
        }>;
        claims: Array<{
          __typename: 'Claim';
          id: string;
          findings: Array<{
            __typename: 'ClaimFinding';
            stance: FindingStance;
            note: string | null;
            finding: {
              __typename: 'Finding';
              id: string;
              outcome: string;
              outcomeKind: OutcomeKind;
              timepoint: string | null;
              direction: FindingDirection;
              n: number | null;
              nUnit: string | null;
              summary: string;
              comparator: string | null;
              caveat: string | null;
              curatorNote: string | null;
              figures: Array<{
                __typename: 'Figure';
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
              }>;
              source: {
                __typename: 'Source';
                id: string;
                title: string;
                kind: SourceKind;
                year: number | null;
                journal: string | null;
                url: string | null;
                doi: string | null;
                pmid: string | null;
                study: {
                  __typename: 'StudyDescription';
                  design: StudyDesign;
                  randomised: boolean;
                  sampleSize: number | null;
                  sampleUnit: string | null;
                } | null;
              };
            };
          }>;
        }>;
      }
    | {
        __typename: 'SafetyNote';
        id: string;
        claims: Array<{
          __typename: 'Claim';
          id: string;
          findings: Array<{
            __typename: 'ClaimFinding';
            stance: FindingStance;
            note: string | null;
            finding: {
              __typename: 'Finding';
              id: string;
              outcome: string;
              outcomeKind: OutcomeKind;
              timepoint: string | null;
              direction: FindingDirection;
              n: number | null;
              nUnit: string | null;
              summary: string;
              comparator: string | null;
              caveat: string | null;
              curatorNote: string | null;
              figures: Array<{
                __typename: 'Figure';
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
              }>;
              source: {
                __typename: 'Source';
                id: string;
                title: string;
                kind: SourceKind;
                year: number | null;
                journal: string | null;
                url: string | null;
                doi: string | null;
                pmid: string | null;
                study: {
                  __typename: 'StudyDescription';
                  design: StudyDesign;
                  randomised: boolean;
                  sampleSize: number | null;
                  sampleUnit: string | null;
                } | null;
              };
            };
          }>;
        }>;
      }
    | {
        __typename: 'Sensation';
        id: string;
        claims: Array<{
          __typename: 'Claim';
          id: string;
          findings: Array<{
            __typename: 'ClaimFinding';
            stance: FindingStance;
            note: string | null;
            finding: {
              __typename: 'Finding';
              id: string;
              outcome: string;
              outcomeKind: OutcomeKind;
              timepoint: string | null;
              direction: FindingDirection;
              n: number | null;
              nUnit: string | null;
              summary: string;
              comparator: string | null;
              caveat: string | null;
              curatorNote: string | null;
              figures: Array<{
                __typename: 'Figure';
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
              }>;
              source: {
                __typename: 'Source';
                id: string;
                title: string;
                kind: SourceKind;
                year: number | null;
                journal: string | null;
                url: string | null;
                doi: string | null;
                pmid: string | null;
                study: {
                  __typename: 'StudyDescription';
                  design: StudyDesign;
                  randomised: boolean;
                  sampleSize: number | null;
                  sampleUnit: string | null;
                } | null;
              };
            };
          }>;
        }>;
      }
    | {
        __typename: 'SessionStep';
        id: string;
        claims: Array<{
          __typename: 'Claim';
          id: string;
          findings: Array<{
            __typename: 'ClaimFinding';
            stance: FindingStance;
            note: string | null;
            finding: {
              __typename: 'Finding';
              id: string;
              outcome: string;
              outcomeKind: OutcomeKind;
              timepoint: string | null;
              direction: FindingDirection;
              n: number | null;
              nUnit: string | null;
              summary: string;
              comparator: string | null;
              caveat: string | null;
              curatorNote: string | null;
              figures: Array<{
                __typename: 'Figure';
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
              }>;
              source: {
                __typename: 'Source';
                id: string;
                title: string;
                kind: SourceKind;
                year: number | null;
                journal: string | null;
                url: string | null;
                doi: string | null;
                pmid: string | null;
                study: {
                  __typename: 'StudyDescription';
                  design: StudyDesign;
                  randomised: boolean;
                  sampleSize: number | null;
                  sampleUnit: string | null;
                } | null;
              };
            };
          }>;
        }>;
      }
    | {
        __typename: 'Symptom';
        id: string;
        claims: Array<{
          __typename: 'Claim';
          id: string;
          findings: Array<{
            __typename: 'ClaimFinding';
            stance: FindingStance;
            note: string | null;
            finding: {
              __typename: 'Finding';
              id: string;
              outcome: string;
              outcomeKind: OutcomeKind;
              timepoint: string | null;
              direction: FindingDirection;
              n: number | null;
              nUnit: string | null;
              summary: string;
              comparator: string | null;
              caveat: string | null;
              curatorNote: string | null;
              figures: Array<{
                __typename: 'Figure';
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
              }>;
              source: {
                __typename: 'Source';
                id: string;
                title: string;
                kind: SourceKind;
                year: number | null;
                journal: string | null;
                url: string | null;
                doi: string | null;
                pmid: string | null;
                study: {
                  __typename: 'StudyDescription';
                  design: StudyDesign;
                  randomised: boolean;
                  sampleSize: number | null;
                  sampleUnit: string | null;
                } | null;
              };
            };
          }>;
        }>;
      }
    | {
        __typename: 'Treatment';
        id: string;
        safety: {
          __typename: 'TreatmentSafety';
          adverseEvents: Array<{
            __typename: 'Finding';
            id: string;
            outcome: string;
            outcomeKind: OutcomeKind;
            timepoint: string | null;
            direction: FindingDirection;
            n: number | null;
            nUnit: string | null;
            summary: string;
            comparator: string | null;
            caveat: string | null;
            curatorNote: string | null;
            figures: Array<{
              __typename: 'Figure';
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
            }>;
            source: {
              __typename: 'Source';
              id: string;
              title: string;
              kind: SourceKind;
              year: number | null;
              journal: string | null;
              url: string | null;
              doi: string | null;
              pmid: string | null;
              study: {
                __typename: 'StudyDescription';
                design: StudyDesign;
                randomised: boolean;
                sampleSize: number | null;
                sampleUnit: string | null;
              } | null;
            };
          }>;
        };
        claims: Array<{
          __typename: 'Claim';
          id: string;
          findings: Array<{
            __typename: 'ClaimFinding';
            stance: FindingStance;
            note: string | null;
            finding: {
              __typename: 'Finding';
              id: string;
              outcome: string;
              outcomeKind: OutcomeKind;
              timepoint: string | null;
              direction: FindingDirection;
              n: number | null;
              nUnit: string | null;
              summary: string;
              comparator: string | null;
              caveat: string | null;
              curatorNote: string | null;
              figures: Array<{
                __typename: 'Figure';
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
              }>;
              source: {
                __typename: 'Source';
                id: string;
                title: string;
                kind: SourceKind;
                year: number | null;
                journal: string | null;
                url: string | null;
                doi: string | null;
                pmid: string | null;
                study: {
                  __typename: 'StudyDescription';
                  design: StudyDesign;
                  randomised: boolean;
                  sampleSize: number | null;
                  sampleUnit: string | null;
                } | null;
              };
            };
          }>;
        }>;
      }
    | null;
};

export type EntityPageQueryVariables = Exact<{
  id: string;
}>;

export type EntityPageQuery = {
  __typename: 'Query';
  entity:
    | {
        __typename: 'Benefit';
        id: string;
        kind: EntityKind;
        name: string;
        aliases: Array<string>;
        description: string | null;
        claims: Array<{
          __typename: 'Claim';
          id: string;
          predicate: ClaimPredicate;
          strength: EvidenceStrength;
          statement: string;
          singleSource: boolean;
          gradeStart: EvidenceStrength;
          gradeStartReason: string;
          balance: EvidenceBalance;
          onlyLaySupport: boolean;
          gradeReasons: Array<{ __typename: 'GradeReason'; factor: GradeFactor; levelsDown: number; explanation: string }>;
          qualifiers: Array<{ __typename: 'ClaimQualifier'; kind: QualifierKind; text: string }>;
          subject:
            | { __typename: 'Benefit'; id: string; kind: EntityKind; name: string }
            | { __typename: 'BodyRegion'; id: string; kind: EntityKind; name: string }
            | { __typename: 'Condition'; id: string; kind: EntityKind; name: string }
            | { __typename: 'SafetyNote'; id: string; kind: EntityKind; name: string }
            | { __typename: 'Sensation'; id: string; kind: EntityKind; name: string }
            | { __typename: 'SessionStep'; id: string; kind: EntityKind; name: string }
            | { __typename: 'Symptom'; id: string; kind: EntityKind; name: string }
            | { __typename: 'Treatment'; id: string; kind: EntityKind; name: string };
          object:
            | { __typename: 'Benefit'; id: string; kind: EntityKind; name: string }
            | { __typename: 'BodyRegion'; id: string; kind: EntityKind; name: string }
            | { __typename: 'Condition'; id: string; kind: EntityKind; name: string }
            | { __typename: 'SafetyNote'; id: string; kind: EntityKind; name: string }
            | { __typename: 'Sensation'; id: string; kind: EntityKind; name: string }
            | { __typename: 'SessionStep'; id: string; kind: EntityKind; name: string }
            | { __typename: 'Symptom'; id: string; kind: EntityKind; name: string }
            | { __typename: 'Treatment'; id: string; kind: EntityKind; name: string };
          sources: Array<{
            __typename: 'Source';
            id: string;
            title: string;
            kind: SourceKind;
            url: string | null;
            publisher: string | null;
            year: number | null;
            note: string | null;
          }>;
        }>;
        identifiers: {
          __typename: 'ExternalIdentifiers';
          mesh: string | null;
          icd10cm: Array<string>;
          doid: string | null;
          mondo: string | null;
          umls: string | null;
          snomed: string | null;
          uberon: string | null;
        };
      }
    | {
        __typename: 'BodyRegion';
        id: string;
        kind: EntityKind;
        name: string;
        aliases: Array<string>;
        description: string | null;
        parent: { __typename: 'BodyRegion'; id: string; kind: EntityKind; name: string } | null;
        children: Array<{ __typename: 'BodyRegion'; id: string; kind: EntityKind; name: string }>;
        conditions: Array<{ __typename: 'Condition'; id: string; kind: EntityKind; name: string }>;
        symptoms: Array<{ __typename: 'Symptom'; id: string; kind: EntityKind; name: string }>;
        identifiers: {
          __typename: 'ExternalIdentifiers';
          mesh: string | null;
          icd10cm: Array<string>;
          doid: string | null;
          mondo: string | null;
          umls: string | null;
          snomed: string | null;
          uberon: string | null;
        };
      }
    | {
        __typename: 'Condition';
        id: string;
        kind: EntityKind;
        name: string;
        aliases: Array<string>;
        description: string | null;
        symptoms: Array<{ __typename: 'Symptom'; id: string; kind: EntityKind; name: string }>;
        regions: Array<{ __typename: 'BodyRegion'; id: string; kind: EntityKind; name: string }>;
        broader: Array<{ __typename: 'Condition'; id: string; kind: EntityKind; name: string }>;
        narrower: Array<{ __typename: 'Condition'; id: string; kind: EntityKind; name: string }>;
        treatments: Array<{
          __typename: 'TreatmentEvidence';
          strongest: EvidenceStrength;
          treatment: {
            __typename: 'Treatment';
            id: string;
            kind: EntityKind;
            name: string;
            safety: {
              __typename: 'TreatmentSafety';
              notes: Array<{ __typename: 'SafetyNote'; id: string; name: string; description: string | null }>;
            };
          };
          claims: Array<{
            __typename: 'Claim';
            id: string;
            predicate: ClaimPredicate;
            strength: EvidenceStrength;
            statement: string;
            singleSource: boolean;
            gradeStart: EvidenceStrength;
            gradeStartReason: string;
            balance: EvidenceBalance;
            onlyLaySupport: boolean;
            gradeReasons: Array<{ __typename: 'GradeReason'; factor: GradeFactor; levelsDown: number; explanation: string }>;
            qualifiers: Array<{ __typename: 'ClaimQualifier'; kind: QualifierKind; text: string }>;
            subject:
              | { __typename: 'Benefit'; id: string; kind: EntityKind; name: string }
              | { __typename: 'BodyRegion'; id: string; kind: EntityKind; name: string }
              | { __typename: 'Condition'; id: string; kind: EntityKind; name: string }
              | { __typename: 'SafetyNote'; id: string; kind: EntityKind; name: string }
              | { __typename: 'Sensation'; id: string; kind: EntityKind; name: string }
              | { __typename: 'SessionStep'; id: string; kind: EntityKind; name: string }
              | { __typename: 'Symptom'; id: string; kind: EntityKind; name: string }
              | { __typename: 'Treatment'; id: string; kind: EntityKind; name: string };
            object:
              | { __typename: 'Benefit'; id: string; kind: EntityKind; name: string }
              | { __typename: 'BodyRegion'; id: string; kind: EntityKind; name: string }
              | { __typename: 'Condition'; id: string; kind: EntityKind; name: string }
              | { __typename: 'SafetyNote'; id: string; kind: EntityKind; name: string }
              | { __typename: 'Sensation'; id: string; kind: EntityKind; name: string }
              | { __typename: 'SessionStep'; id: string; kind: EntityKind; name: string }
              | { __typename: 'Symptom'; id: string; kind: EntityKind; name: string }
              | { __typename: 'Treatment'; id: string; kind: EntityKind; name: string };
            sources: Array<{
              __typename: 'Source';
              id: string;
              title: string;
              kind: SourceKind;
              url: string | null;
              publisher: string | null;
              year: number | null;
              note: string | null;
            }>;
          }>;
        }>;
        identifiers: {
          __typename: 'ExternalIdentifiers';
          mesh: string | null;
          icd10cm: Array<string>;
          doid: string | null;
          mondo: string | null;
          umls: string | null;
          snomed: string | null;
          uberon: string | null;
        };
      }
    | {
        __typename: 'SafetyNote';
        id: string;
        kind: EntityKind;
        name: string;
        aliases: Array<string>;
        description: string | null;
        appliesTo: Array<{ __typename: 'Treatment'; id: string; kind: EntityKind; name: string }>;
        identifiers: {
          __typename: 'ExternalIdentifiers';
          mesh: string | null;
          icd10cm: Array<string>;
          doid: string | null;
          mondo: string | null;
          umls: string | null;
          snomed: string | null;
          uberon: string | null;
        };
      }
    | {
        __typename: 'Sensation';
        id: string;
        kind: EntityKind;
        name: string;
        aliases: Array<string>;
        description: string | null;
        identifiers: {
          __typename: 'ExternalIdentifiers';
          mesh: string | null;
          icd10cm: Array<string>;
          doid: string | null;
          mondo: string | null;
          umls: string | null;
          snomed: string | null;
          uberon: string | null;
        };
      }
    | {
        __typename: 'SessionStep';
        id: string;
        kind: EntityKind;
        name: string;
        aliases: Array<string>;
        description: string | null;
        identifiers: {
          __typename: 'ExternalIdentifiers';
          mesh: string | null;
          icd10cm: Array<string>;
          doid: string | null;
          mondo: string | null;
          umls: string | null;
          snomed: string | null;
          uberon: string | null;
        };
      }
    | {
        __typename: 'Symptom';
        id: string;
        kind: EntityKind;
        name: string;
        aliases: Array<string>;
        description: string | null;
        conditions: Array<{ __typename: 'Condition'; id: string; kind: EntityKind; name: string }>;
        regions: Array<{ __typename: 'BodyRegion'; id: string; kind: EntityKind; name: string }>;
        identifiers: {
          __typename: 'ExternalIdentifiers';
          mesh: string | null;
          icd10cm: Array<string>;
          doid: string | null;
          mondo: string | null;
          umls: string | null;
          snomed: string | null;
          uberon: string | null;
        };
      }
    | {
        __typename: 'Treatment';
        id: string;
        kind: EntityKind;
        name: string;
        aliases: Array<string>;
        description: string | null;
        safety: {
          __typename: 'TreatmentSafety';
          notes: Array<{ __typename: 'SafetyNote'; id: string; name: string; description: string | null }>;
          claims: Array<{
            __typename: 'Claim';
            id: string;
            predicate: ClaimPredicate;
            strength: EvidenceStrength;
            statement: string;
            singleSource: boolean;
            gradeStart: EvidenceStrength;
            gradeStartReason: string;
            balance: EvidenceBalance;
            onlyLaySupport: boolean;
            gradeReasons: Array<{ __typename: 'GradeReason'; factor: GradeFactor; levelsDown: number; explanation: string }>;
            qualifiers: Array<{ __typename: 'ClaimQualifier'; kind: QualifierKind; text: string }>;
            subject:
              | { __typename: 'Benefit'; id: string; kind: EntityKind; name: string }
              | { __typename: 'BodyRegion'; id: string; kind: EntityKind; name: string }
              | { __typename: 'Condition'; id: string; kind: EntityKind; name: string }
              | { __typename: 'SafetyNote'; id: string; kind: EntityKind; name: string }
              | { __typename: 'Sensation'; id: string; kind: EntityKind; name: string }
              | { __typename: 'SessionStep'; id: string; kind: EntityKind; name: string }
              | { __typename: 'Symptom'; id: string; kind: EntityKind; name: string }
              | { __typename: 'Treatment'; id: string; kind: EntityKind; name: string };
            object:
              | { __typename: 'Benefit'; id: string; kind: EntityKind; name: string }
              | { __typename: 'BodyRegion'; id: string; kind: EntityKind; name: string }
              | { __typename: 'Condition'; id: string; kind: EntityKind; name: string }
              | { __typename: 'SafetyNote'; id: string; kind: EntityKind; name: string }
              | { __typename: 'Sensation'; id: string; kind: EntityKind; name: string }
              | { __typename: 'SessionStep'; id: string; kind: EntityKind; name: string }
              | { __typename: 'Symptom'; id: string; kind: EntityKind; name: string }
              | { __typename: 'Treatment'; id: string; kind: EntityKind; name: string };
            sources: Array<{
              __typename: 'Source';
              id: string;
              title: string;
              kind: SourceKind;
              url: string | null;
              publisher: string | null;
              year: number | null;
              note: string | null;
            }>;
          }>;
        };
        complements: Array<{ __typename: 'Treatment'; id: string; kind: EntityKind; name: string }>;
        steps: Array<{ __typename: 'SessionStep'; id: string; kind: EntityKind; name: string; order: number }>;
        claims: Array<{
          __typename: 'Claim';
          id: string;
          predicate: ClaimPredicate;
          strength: EvidenceStrength;
          statement: string;
          singleSource: boolean;
          gradeStart: EvidenceStrength;
          gradeStartReason: string;
          balance: EvidenceBalance;
          onlyLaySupport: boolean;
          gradeReasons: Array<{ __typename: 'GradeReason'; factor: GradeFactor; levelsDown: number; explanation: string }>;
          qualifiers: Array<{ __typename: 'ClaimQualifier'; kind: QualifierKind; text: string }>;
          subject:
            | { __typename: 'Benefit'; id: string; kind: EntityKind; name: string }
            | { __typename: 'BodyRegion'; id: string; kind: EntityKind; name: string }
            | { __typename: 'Condition'; id: string; kind: EntityKind; name: string }
            | { __typename: 'SafetyNote'; id: string; kind: EntityKind; name: string }
            | { __typename: 'Sensation'; id: string; kind: EntityKind; name: string }
            | { __typename: 'SessionStep'; id: string; kind: EntityKind; name: string }
            | { __typename: 'Symptom'; id: string; kind: EntityKind; name: string }
            | { __typename: 'Treatment'; id: string; kind: EntityKind; name: string };
          object:
            | { __typename: 'Benefit'; id: string; kind: EntityKind; name: string }
            | { __typename: 'BodyRegion'; id: string; kind: EntityKind; name: string }
            | { __typename: 'Condition'; id: string; kind: EntityKind; name: string }
            | { __typename: 'SafetyNote'; id: string; kind: EntityKind; name: string }
            | { __typename: 'Sensation'; id: string; kind: EntityKind; name: string }
            | { __typename: 'SessionStep'; id: string; kind: EntityKind; name: string }
            | { __typename: 'Symptom'; id: string; kind: EntityKind; name: string }
            | { __typename: 'Treatment'; id: string; kind: EntityKind; name: string };
          sources: Array<{
            __typename: 'Source';
            id: string;
            title: string;
            kind: SourceKind;
            url: string | null;
            publisher: string | null;
            year: number | null;
            note: string | null;
          }>;
        }>;
        identifiers: {
          __typename: 'ExternalIdentifiers';
          mesh: string | null;
          icd10cm: Array<string>;
          doid: string | null;
          mondo: string | null;
          umls: string | null;
          snomed: string | null;
          uberon: string | null;
        };
      }
    | null;
  relatedConditions: Array<{
    __typename: 'RelatedCondition';
    score: number;
    sharedCount: number;
    condition: { __typename: 'Condition'; id: string; kind: EntityKind; name: string };
    shared: Array<
      | { __typename: 'Benefit'; id: string; kind: EntityKind; name: string }
      | { __typename: 'BodyRegion'; id: string; kind: EntityKind; name: string }
      | { __typename: 'Condition'; id: string; kind: EntityKind; name: string }
      | { __typename: 'SafetyNote'; id: string; kind: EntityKind; name: string }
      | { __typename: 'Sensation'; id: string; kind: EntityKind; name: string }
      | { __typename: 'SessionStep'; id: string; kind: EntityKind; name: string }
      | { __typename: 'Symptom'; id: string; kind: EntityKind; name: string }
      | { __typename: 'Treatment'; id: string; kind: EntityKind; name: string }
    >;
  }>;
};

type EntityRef_Benefit_Fragment = { __typename: 'Benefit'; id: string; kind: EntityKind; name: string };

type EntityRef_BodyRegion_Fragment = { __typename: 'BodyRegion'; id: string; kind: EntityKind; name: string };

type EntityRef_Condition_Fragment = { __typename: 'Condition'; id: string; kind: EntityKind; name: string };

type EntityRef_SafetyNote_Fragment = { __typename: 'SafetyNote'; id: string; kind: EntityKind; name: string };

type EntityRef_Sensation_Fragment = { __typename: 'Sensation'; id: string; kind: EntityKind; name: string };

type EntityRef_SessionStep_Fragment = { __typename: 'SessionStep'; id: string; kind: EntityKind; name: string };

type EntityRef_Symptom_Fragment = { __typename: 'Symptom'; id: string; kind: EntityKind; name: string };

type EntityRef_Treatment_Fragment = { __typename: 'Treatment'; id: string; kind: EntityKind; name: string };

export type EntityRefFragment =
  | EntityRef_Benefit_Fragment
  | EntityRef_BodyRegion_Fragment
  | EntityRef_Condition_Fragment
  | EntityRef_SafetyNote_Fragment
  | EntityRef_Sensation_Fragment
  | EntityRef_SessionStep_Fragment
  | EntityRef_Symptom_Fragment
  | EntityRef_Treatment_Fragment;

export type SafetyNotePartsFragment = { __typename: 'SafetyNote'; id: string; name: string; description: string | null };

export type FindingPartsFragment = {
  __typename: 'Finding';
  id: string;
  outcome: string;
  outcomeKind: OutcomeKind;
  timepoint: string | null;
  direction: FindingDirection;
  n: number | null;
  nUnit: string | null;
  summary: string;
  comparator: string | null;
  caveat: string | null;
  curatorNote: string | null;
  figures: Array<{
    __typename: 'Figure';
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
  }>;
  source: {
    __typename: 'Source';
    id: string;
    title: string;
    kind: SourceKind;
    year: number | null;
    journal: string | null;
    url: string | null;
    doi: string | null;
    pmid: string | null;
    study: {
      __typename: 'StudyDescription';
      design: StudyDesign;
      randomised: boolean;
      sampleSize: number | null;
      sampleUnit: string | null;
    } | null;
  };
};

export type ClaimPartsFragment = {
  __typename: 'Claim';
  id: string;
  predicate: ClaimPredicate;
  strength: EvidenceStrength;
  statement: string;
  singleSource: boolean;
  gradeStart: EvidenceStrength;
  gradeStartReason: string;
  balance: EvidenceBalance;
  onlyLaySupport: boolean;
  gradeReasons: Array<{ __typename: 'GradeReason'; factor: GradeFactor; levelsDown: number; explanation: string }>;
  qualifiers: Array<{ __typename: 'ClaimQualifier'; kind: QualifierKind; text: string }>;
  subject:
    | { __typename: 'Benefit'; id: string; kind: EntityKind; name: string }
    | { __typename: 'BodyRegion'; id: string; kind: EntityKind; name: string }
    | { __typename: 'Condition'; id: string; kind: EntityKind; name: string }
    | { __typename: 'SafetyNote'; id: string; kind: EntityKind; name: string }
    | { __typename: 'Sensation'; id: string; kind: EntityKind; name: string }
    | { __typename: 'SessionStep'; id: string; kind: EntityKind; name: string }
    | { __typename: 'Symptom'; id: string; kind: EntityKind; name: string }
    | { __typename: 'Treatment'; id: string; kind: EntityKind; name: string };
  object:
    | { __typename: 'Benefit'; id: string; kind: EntityKind; name: string }
    | { __typename: 'BodyRegion'; id: string; kind: EntityKind; name: string }
    | { __typename: 'Condition'; id: string; kind: EntityKind; name: string }
    | { __typename: 'SafetyNote'; id: string; kind: EntityKind; name: string }
    | { __typename: 'Sensation'; id: string; kind: EntityKind; name: string }
    | { __typename: 'SessionStep'; id: string; kind: EntityKind; name: string }
    | { __typename: 'Symptom'; id: string; kind: EntityKind; name: string }
    | { __typename: 'Treatment'; id: string; kind: EntityKind; name: string };
  sources: Array<{
    __typename: 'Source';
    id: string;
    title: string;
    kind: SourceKind;
    url: string | null;
    publisher: string | null;
    year: number | null;
    note: string | null;
  }>;
};

export type FindPathsQueryVariables = Exact<{
  from: string;
  to: string;
  maxHops?: number | null | undefined;
}>;

export type FindPathsQuery = {
  __typename: 'Query';
  paths: Array<{
    __typename: 'Path';
    length: number;
    nodes: Array<
      | { __typename: 'Benefit'; id: string; kind: EntityKind; name: string }
      | { __typename: 'BodyRegion'; id: string; kind: EntityKind; name: string }
      | { __typename: 'Condition'; id: string; kind: EntityKind; name: string }
      | { __typename: 'SafetyNote'; id: string; kind: EntityKind; name: string }
      | { __typename: 'Sensation'; id: string; kind: EntityKind; name: string }
      | { __typename: 'SessionStep'; id: string; kind: EntityKind; name: string }
      | { __typename: 'Symptom'; id: string; kind: EntityKind; name: string }
      | { __typename: 'Treatment'; id: string; kind: EntityKind; name: string }
    >;
    relationships: Array<{
      __typename: 'Relationship';
      id: string;
      type: string;
      from: string;
      to: string;
      strength: EvidenceStrength | null;
      claim: {
        __typename: 'Claim';
        id: string;
        statement: string;
        strength: EvidenceStrength;
        sources: Array<{ __typename: 'Source'; id: string; title: string; kind: SourceKind }>;
      } | null;
    }>;
  }>;
};

export const SafetyNotePartsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SafetyNoteParts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SafetyNote' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SafetyNotePartsFragment, unknown>;
export const FindingPartsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FindingParts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Finding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcomeKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timepoint' } },
          { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'n' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nUnit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'comparator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caveat' } },
          { kind: 'Field', name: { kind: 'Name', value: 'curatorNote' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'figures' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'measure' } },
                { kind: 'Field', name: { kind: 'Name', value: 'arm' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ciLower' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ciUpper' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ciLevel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'p' } },
                { kind: 'Field', name: { kind: 'Name', value: 'events' } },
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'source' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'journal' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'doi' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pmid' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'study' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'design' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'randomised' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sampleSize' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sampleUnit' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FindingPartsFragment, unknown>;
export const EntityRefFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EntityRef' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Entity' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EntityRefFragment, unknown>;
export const ClaimPartsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ClaimParts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Claim' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'predicate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'strength' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statement' } },
          { kind: 'Field', name: { kind: 'Name', value: 'singleSource' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gradeStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gradeStartReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'gradeReasons' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'factor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'levelsDown' } },
                { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'balance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onlyLaySupport' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'qualifiers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'subject' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EntityRef' } }] },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'object' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EntityRef' } }] },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sources' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publisher' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EntityRef' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Entity' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ClaimPartsFragment, unknown>;
export const AutocompleteDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Autocomplete' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'kinds' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'EntityKind' } } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          defaultValue: { kind: 'IntValue', value: '8' },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'search' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'text' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'kinds' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'kinds' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'matched' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ambiguous' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'entity' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AutocompleteQuery, AutocompleteQueryVariables>;
export const ChatbotFactSheetDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ChatbotFactSheet' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'about' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'minStrength' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'EvidenceStrength' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'facts' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'about' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'about' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'minStrength' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'minStrength' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '12' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'entity' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'alternatives' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'disclaimer' } },
                { kind: 'Field', name: { kind: 'Name', value: 'focus' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'facts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'predicate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'strength' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'sources' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChatbotFactSheetQuery, ChatbotFactSheetQueryVariables>;
export const ConditionEvidenceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ConditionEvidence' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'condition' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'conditionEvidence' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'condition' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'condition' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'condition' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'strongest' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'weakest' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'claims' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'statement' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'gradeStart' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'balance' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'gradeReasons' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'factor' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'levelsDown' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'findings' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'stance' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'finding' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'comparatorType' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'interventionTypes' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'n' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'caveat' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'figures' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'measure' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'arm' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'ciLower' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'ciUpper' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'p' } },
                                      ],
                                    },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'source' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'studies' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'authors' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'journal' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'doi' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pmid' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'study' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'design' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'population' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'sampleSize' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'sampleUnit' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'comparator' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'acupuncture' },
            name: { kind: 'Name', value: 'entity' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'StringValue', value: 'acupuncture', block: false } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Treatment' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'safety' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'claims' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'qualifiers' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'adverseEvents' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'figures' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'measure' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'ciLower' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'ciUpper' } },
                                      ],
                                    },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'source' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'doi' } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConditionEvidenceQuery, ConditionEvidenceQueryVariables>;
export const ConditionPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ConditionPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'entity' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'aliases' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ambiguousAliases' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'identifiers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'mesh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'icd10cm' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'doid' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Condition' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'symptoms' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'regions' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'parent' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'treatments' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'strongest' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'treatment' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'safetyNotes' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'claims' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'predicate' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'strength' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'statement' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'sources' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'relatedConditions' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '5' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'condition' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'shared' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConditionPageQuery, ConditionPageQueryVariables>;
export const EvidenceWalkDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EvidenceWalk' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'subject' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'minStrength' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'EvidenceStrength' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'paths' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'from' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'to' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'maxHops' }, value: { kind: 'IntValue', value: '4' } },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '3' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'length' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'relationships' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'strength' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'claimId' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'claims' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'subject' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'subject' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'minStrength' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'minStrength' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '10' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'predicate' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'strength' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'statement' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'singleSource' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'subject' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'object' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'sources' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'claims' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EvidenceWalkQuery, EvidenceWalkQueryVariables>;
export const GraphViewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GraphView' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'depth' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          defaultValue: { kind: 'IntValue', value: '2' },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          defaultValue: { kind: 'IntValue', value: '150' },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'neighborhood' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'depth' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'depth' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'limit' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'truncated' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'elements' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'data' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'edges' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'data' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'strength' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GraphViewQuery, GraphViewQueryVariables>;
export const EntityEvidenceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EntityEvidence' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'entity' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'claims' },
                  arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '50' } }],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'findings' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'stance' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'finding' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FindingParts' } }],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Condition' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'treatments' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'treatment' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'safety' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'adverseEvents' },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FindingParts' } }],
                                          },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Treatment' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'safety' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'adverseEvents' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FindingParts' } }],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FindingParts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Finding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcomeKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timepoint' } },
          { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'n' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nUnit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'comparator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caveat' } },
          { kind: 'Field', name: { kind: 'Name', value: 'curatorNote' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'figures' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'measure' } },
                { kind: 'Field', name: { kind: 'Name', value: 'arm' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ciLower' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ciUpper' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ciLevel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'p' } },
                { kind: 'Field', name: { kind: 'Name', value: 'events' } },
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'source' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'journal' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'doi' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pmid' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'study' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'design' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'randomised' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sampleSize' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sampleUnit' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EntityEvidenceQuery, EntityEvidenceQueryVariables>;
export const EntityPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EntityPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'entity' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'aliases' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'identifiers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'mesh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'icd10cm' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'doid' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'mondo' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'umls' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'snomed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'uberon' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Condition' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'symptoms' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EntityRef' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'regions' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EntityRef' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'broader' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EntityRef' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'narrower' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EntityRef' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'treatments' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'strongest' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'treatment' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'safety' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'notes' },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SafetyNoteParts' } }],
                                          },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'claims' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ClaimParts' } }],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Symptom' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'conditions' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EntityRef' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'regions' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EntityRef' } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BodyRegion' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'parent' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EntityRef' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'children' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EntityRef' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'conditions' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EntityRef' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'symptoms' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EntityRef' } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Treatment' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'safety' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'notes' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SafetyNoteParts' } }],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'claims' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ClaimParts' } }],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'complements' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EntityRef' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'steps' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'order' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'claims' },
                        arguments: [
                          { kind: 'Argument', name: { kind: 'Name', value: 'role' }, value: { kind: 'EnumValue', value: 'SUBJECT' } },
                          { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '30' } },
                        ],
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ClaimParts' } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SafetyNote' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'appliesTo' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EntityRef' } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Benefit' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'claims' },
                        arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '30' } }],
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ClaimParts' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'relatedConditions' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '6' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sharedCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'condition' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EntityRef' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'shared' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EntityRef' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EntityRef' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Entity' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SafetyNoteParts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SafetyNote' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ClaimParts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Claim' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'predicate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'strength' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statement' } },
          { kind: 'Field', name: { kind: 'Name', value: 'singleSource' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gradeStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gradeStartReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'gradeReasons' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'factor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'levelsDown' } },
                { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'balance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onlyLaySupport' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'qualifiers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'subject' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EntityRef' } }] },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'object' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EntityRef' } }] },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sources' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publisher' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EntityPageQuery, EntityPageQueryVariables>;
export const FindPathsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FindPaths' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'maxHops' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          defaultValue: { kind: 'IntValue', value: '4' },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'paths' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'from' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'to' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'maxHops' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'maxHops' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '3' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'length' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EntityRef' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'relationships' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'strength' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'claim' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'statement' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'strength' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'sources' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EntityRef' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Entity' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FindPathsQuery, FindPathsQueryVariables>;
