import type { EntityKind, EvidenceStrength, SourceKind } from '../../client/generated/graphql';

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
  ONTOLOGY: 'Ontology',
  EDITORIAL: 'Editorial (curators)',
};

export const PREDICATE: Record<string, string> = {
  TREATS: 'treats',
  PREVENTS: 'prevents',
  PRODUCES: 'produces',
  HELPS: 'helps with',
  CONTRIBUTES_TO: 'contributes to',
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
