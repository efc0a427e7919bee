import { z } from 'zod';
import {
  CLAIM_PREDICATE_NAMES,
  COMPARATOR_TYPES,
  ENTITY_KINDS,
  EVIDENCE_STRENGTHS,
  FINDING_DIRECTIONS,
  FINDING_STANCES,
  GRADE_FACTORS,
  INTERVENTION_TYPES,
  LINK_TYPE_NAMES,
  OUTCOME_KINDS,
  QUALIFIER_KINDS,
  SOURCE_KINDS,
  STUDY_DESIGNS,
} from './vocabulary';

/** The shape of each seed file; cross-record checks (unknown ids, kinds) live in validate.ts. */
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase slug such as plantar-fasciitis');
const text = z.string().trim().min(1, 'must not be empty');

const year = z.number().int().min(1800).max(2100);

/** What a study did, in the curators' own words (the published wording is not copied). */
export const studySchema = z.strictObject({
  design: z.enum(STUDY_DESIGNS),
  randomised: z.boolean(),
  designNote: text,
  population: text,
  sampleSize: z.number().int().positive().optional(),
  sampleUnit: text.optional(),
  intervention: text,
  interventionTypes: z.array(z.enum(INTERVENTION_TYPES)).min(1),
  comparator: text.optional(),
  comparatorTypes: z.array(z.enum(COMPARATOR_TYPES)).default([]),
  outcomes: z.array(text).min(1),
});

/**
 * A source as curated. A published study names no bibliographic field here: title, authors, journal,
 * identifiers and the rest come from its entry in references.json (same id), which says where each was seen.
 */
export const sourceSchema = z.strictObject({
  id: slug,
  title: text.optional(),
  kind: z.enum(SOURCE_KINDS),
  url: z.url().optional(),
  publisher: text.optional(),
  year: year.optional(),
  note: text.optional(),
  study: studySchema.optional(),
});

/** The bibliographic fields a reference may record; the tests hold every source to these. */
export const REFERENCE_FIELDS = [
  'title',
  'authors',
  'authorsComplete',
  'journal',
  'publisher',
  'year',
  'volume',
  'issue',
  'pages',
  'doi',
  'pmid',
  'pmcid',
  'registration',
  'url',
] as const;
export type ReferenceField = (typeof REFERENCE_FIELDS)[number];

/**
 * The project's own list of references: for each published study, every bibliographic field that was seen,
 * the addresses where the record was read (`seenAt`), the addresses of fields read elsewhere (`fieldSeenAt`),
 * and the fields that were looked for and not seen (`notSeen`), which stay unknown.
 */
export const referenceSchema = z.strictObject({
  id: slug,
  title: text,
  authors: z.array(text).min(1).optional(),
  authorsComplete: z.boolean().optional(),
  journal: text.optional(),
  publisher: text.optional(),
  year: year.optional(),
  volume: text.optional(),
  issue: text.optional(),
  pages: text.optional(),
  doi: z
    .string()
    .regex(/^10\.\d{4,9}\/\S+$/, 'must be a DOI such as 10.2522/ptj.20130255')
    .optional(),
  pmid: z
    .string()
    .regex(/^\d{1,9}$/, 'must be a PubMed id (digits)')
    .optional(),
  pmcid: z
    .string()
    .regex(/^PMC\d+$/, 'must be a PubMed Central id such as PMC48133')
    .optional(),
  registration: text.optional(),
  url: z.url().optional(),
  seenAt: z.array(z.url()).min(1, 'a reference records where it was seen'),
  fieldSeenAt: z.partialRecord(z.enum(REFERENCE_FIELDS), z.array(z.url()).min(1)).optional(),
  notSeen: z.array(z.enum(REFERENCE_FIELDS)).default([]),
  note: text.optional(),
});

const figureSchema = z.strictObject({
  measure: text,
  arm: text.optional(),
  value: z.number().optional(),
  unit: text.optional(),
  ciLower: z.number().optional(),
  ciUpper: z.number().optional(),
  ciLevel: z.number().int().min(50).max(99.9).optional(),
  p: text.optional(),
  events: z.number().int().nonnegative().optional(),
  total: z.number().int().positive().optional(),
  note: text.optional(),
});

/** One result of one study for one outcome; intervention and comparator default to the study's. */
export const findingSchema = z.strictObject({
  id: slug,
  source: slug,
  outcome: text,
  outcomeKind: z.enum(OUTCOME_KINDS),
  timepoint: text.optional(),
  direction: z.enum(FINDING_DIRECTIONS),
  intervention: text.optional(),
  interventionTypes: z.array(z.enum(INTERVENTION_TYPES)).min(1).optional(),
  comparator: text.optional(),
  comparatorType: z.enum(COMPARATOR_TYPES).optional(),
  n: z.number().int().positive().optional(),
  nUnit: text.optional(),
  summary: text,
  figures: z.array(figureSchema).default([]),
  caveat: text.optional(),
  curatorNote: text.optional(),
});

export const entitySchema = z.strictObject({
  id: slug,
  kind: z.enum(ENTITY_KINDS),
  name: text,
  aliases: z.array(text).default([]),
  description: text.optional(),
  identifiers: z
    .strictObject({
      mesh: text.optional(),
      icd10cm: z.array(text).optional(),
      doid: text.optional(),
      mondo: text.optional(),
      umls: text.optional(),
      snomed: text.optional(),
      uberon: text.optional(),
      note: text.optional(),
    })
    .optional(),
  order: z.number().int().positive().optional(),
  durationMinutes: z
    .strictObject({ min: z.number().int().positive(), max: z.number().int().positive() })
    .refine((d) => d.min <= d.max, 'min must not exceed max')
    .optional(),
});

export const linkSchema = z.strictObject({
  type: z.enum(LINK_TYPE_NAMES as [string, ...string[]]),
  from: slug,
  to: slug,
  sources: z.array(slug).min(1, 'a link needs at least one source'),
});

export const claimSchema = z.strictObject({
  id: slug,
  subject: slug,
  predicate: z.enum(CLAIM_PREDICATE_NAMES),
  object: slug,
  strength: z.enum(EVIDENCE_STRENGTHS),
  statement: text,
  sources: z.array(slug).min(1, 'a claim needs at least one source'),
  qualifiers: z.array(z.strictObject({ kind: z.enum(QUALIFIER_KINDS), text, entities: z.array(slug).default([]) })).default([]),
  findings: z.array(z.strictObject({ finding: slug, stance: z.enum(FINDING_STANCES), note: text.optional() })).default([]),
  gradeReasons: z
    .array(
      z.strictObject({
        factor: z.enum(GRADE_FACTORS),
        levelsDown: z.number().int().min(0).max(3),
        explanation: text,
        findings: z.array(slug).default([]),
      }),
    )
    .default([]),
});

export type SeedSource = z.infer<typeof sourceSchema>;
export type SeedEntity = z.infer<typeof entitySchema>;
export type SeedLink = z.infer<typeof linkSchema>;
export type SeedClaim = z.infer<typeof claimSchema>;
export type SeedReference = z.infer<typeof referenceSchema>;
export type SeedFinding = z.infer<typeof findingSchema>;

export type Seed = {
  references: SeedReference[];
  sources: SeedSource[];
  entities: SeedEntity[];
  links: SeedLink[];
  findings: SeedFinding[];
  claims: SeedClaim[];
};

/** The seed files, in load order, with the schema of their records. */
export const SEED_FILES = {
  references: { file: 'references.json', schema: referenceSchema },
  sources: { file: 'sources.json', schema: sourceSchema },
  entities: { file: 'entities.json', schema: entitySchema },
  links: { file: 'links.json', schema: linkSchema },
  findings: { file: 'findings.json', schema: findingSchema },
  claims: { file: 'claims.json', schema: claimSchema },
} as const;
