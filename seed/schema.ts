import { z } from 'zod';
import { CLAIM_PREDICATE_NAMES, ENTITY_KINDS, EVIDENCE_STRENGTHS, LINK_TYPE_NAMES, SOURCE_KINDS } from '../src/domain/vocabulary';

/** The shape of each seed file; cross-record checks (unknown ids, kinds) live in validate.ts. */
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase slug such as plantar-fasciitis');
const text = z.string().trim().min(1, 'must not be empty');

export const sourceSchema = z.strictObject({
  id: slug,
  title: text,
  kind: z.enum(SOURCE_KINDS),
  url: z.url().optional(),
  publisher: text.optional(),
  year: z.number().int().min(1800).max(2100).optional(),
  note: text.optional(),
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
});

export type SeedSource = z.infer<typeof sourceSchema>;
export type SeedEntity = z.infer<typeof entitySchema>;
export type SeedLink = z.infer<typeof linkSchema>;
export type SeedClaim = z.infer<typeof claimSchema>;

export type Seed = {
  sources: SeedSource[];
  entities: SeedEntity[];
  links: SeedLink[];
  claims: SeedClaim[];
};

/** The seed files, in load order, with the schema of their records. */
export const SEED_FILES = {
  sources: { file: 'sources.json', schema: sourceSchema },
  entities: { file: 'entities.json', schema: entitySchema },
  links: { file: 'links.json', schema: linkSchema },
  claims: { file: 'claims.json', schema: claimSchema },
} as const;
