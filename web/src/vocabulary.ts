import type {
  EntityKind,
  EvidenceBalance,
  EvidenceStrength,
  FindingDirection,
  FindingStance,
  GradeFactor,
  QualifierKind,
  SourceKind,
  StudyDesign,
} from '../../client/generated/graphql';

/** Kind → label and colour; the graph, its legend and the kind tags share these, so they always agree. */
export const KIND: Record<EntityKind, { label: string; colour: string }> = {
  CONDITION: { label: 'Condition', colour: '#b3261e' },
  SYMPTOM: { label: 'Symptom', colour: '#8a4b00' },
  BODY_REGION: { label: 'Body region', colour: '#6b4fa0' },
  TREATMENT: { label: 'Treatment', colour: '#00687a' },
  BENEFIT: { label: 'Benefit', colour: '#2e6b30' },
  SESSION_STEP: { label: 'Session step', colour: '#4a5a6a' },
  SENSATION: { label: 'Sensation', colour: '#8c3a74' },
  SAFETY_NOTE: { label: 'Safety note', colour: '#8f1d1d' },
};

/** GRADE certainty in words a reader takes in at a glance, and the edge style the graph draws for it. */
export const GRADE: Record<EvidenceStrength, { label: string; meaning: string; line: 'solid' | 'dashed' | 'dotted'; width: number }> = {
  HIGH: { label: 'High', meaning: 'very confident the effect is close to the claimed one', line: 'solid', width: 5 },
  MODERATE: { label: 'Moderate', meaning: 'likely close to the claimed effect, but could differ', line: 'solid', width: 3 },
  LOW: { label: 'Low', meaning: 'limited confidence in the claimed effect', line: 'dashed', width: 2.5 },
  VERY_LOW: { label: 'Very low', meaning: 'very little confidence in the claimed effect', line: 'dotted', width: 2 },
};

export const SOURCE_KIND: Record<SourceKind, string> = {
  LAY_ARTICLE: 'Lay article (reports no study)',
  EXPERT_OPINION: 'Expert opinion',
  TRIAL: 'Clinical trial',
  SYSTEMATIC_REVIEW: 'Systematic review',
  OBSERVATIONAL_STUDY: 'Observational study',
  CLINICAL_REPORT: 'Clinical report',
  EXPERIMENTAL_STUDY: 'Laboratory experiment',
  ONTOLOGY: 'Ontology',
  EDITORIAL: 'Editorial (curators)',
};

export const STUDY_DESIGN: Record<StudyDesign, string> = {
  SYSTEMATIC_REVIEW_OF_TRIALS: 'Systematic review of trials',
  SYSTEMATIC_REVIEW_OF_OBSERVATIONAL_STUDIES: 'Systematic review of observational studies',
  RANDOMISED_TRIAL: 'Randomised trial',
  NON_RANDOMISED_COMPARISON: 'Non-randomised comparison',
  PROSPECTIVE_SURVEY: 'Prospective survey',
  EXPERIMENT: 'Physiology experiment',
};

export const DIRECTION: Record<FindingDirection, string> = {
  FAVOURS_INTERVENTION: 'favours the intervention',
  NO_DIFFERENCE: 'no difference',
  FAVOURS_COMPARATOR: 'favours the comparator',
  INCONCLUSIVE: 'inconclusive',
  NOT_COMPARED: 'rates only, no comparison',
};

export const STANCE: Record<FindingStance, string> = { SUPPORTS: 'Supports', CONTRADICTS: 'Contradicts', LEAVES_OPEN: 'Leaves open' };

export const BALANCE: Record<EvidenceBalance, string> = {
  SUPPORTED: 'studies support it',
  CONTRADICTED: 'studies go against it',
  CONFLICTING: 'studies disagree',
  OPEN: 'studies leave it open',
  UNTESTED: 'no study has tested it',
};

export const GRADE_FACTOR: Record<GradeFactor, string> = {
  RISK_OF_BIAS: 'Risk of bias',
  INCONSISTENCY: 'Inconsistency',
  INDIRECTNESS: 'Indirectness',
  IMPRECISION: 'Imprecision',
  PUBLICATION_BIAS: 'Publication bias',
  NO_STUDY: 'No study',
  HEDGED: 'Hedged source',
  INFERRED: 'Inferred by curators',
};

export const QUALIFIER: Record<QualifierKind, string> = { ONLY_WHEN: 'Only when', ALONGSIDE: 'Alongside', POPULATION: 'For' };

export const PREDICATE: Record<string, string> = {
  TREATS: 'treats',
  PREVENTS: 'prevents',
  PRODUCES: 'produces',
  HELPS: 'helps with',
  CONTRIBUTES_TO: 'contributes to',
  IS_SAFE_WHEN: 'is safe when',
};

const obo = (curie: string) => `https://purl.obolibrary.org/obo/${curie.replace(':', '_')}`;

/** Each identifier scheme with the registry page that explains a code. */
export const REGISTRY: { key: 'mesh' | 'doid' | 'mondo' | 'umls' | 'snomed' | 'uberon'; label: string; url: (id: string) => string }[] = [
  { key: 'mesh', label: 'MeSH', url: (id) => `https://meshb.nlm.nih.gov/record/ui?ui=${encodeURIComponent(id)}` },
  { key: 'doid', label: 'Disease Ontology', url: obo },
  { key: 'mondo', label: 'MONDO', url: obo },
  { key: 'uberon', label: 'UBERON', url: obo },
  { key: 'umls', label: 'UMLS', url: (id) => `https://uts.nlm.nih.gov/uts/umls/concept/${encodeURIComponent(id)}` },
  {
    key: 'snomed',
    label: 'SNOMED CT',
    url: (id) => `https://browser.ihtsdotools.org/?perspective=full&conceptId1=${encodeURIComponent(id)}`,
  },
];

export const icd10cmUrl = (code: string) => `https://icd10cmtool.cdc.gov/?fy=FY2026&query=${encodeURIComponent(code)}`;
