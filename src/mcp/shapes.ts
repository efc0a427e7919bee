/**
 * The pieces MCP tool schemas are made of. Inputs are bounded (lengths, counts, no unknown keys) and say in
 * their messages what a model should send instead; outputs are what `structuredContent` carries, and the SDK
 * publishes both as JSON Schema in tools/list.
 */
import { z } from 'zod';
import type { ClaimRecord, EntityRecord, SourceRecord } from '../domain/records';
import { CLAIM_PREDICATE_NAMES, ENTITY_KINDS, EVIDENCE_STRENGTHS, SOURCE_KINDS } from '../domain/vocabulary';

/** Longest id a tool accepts: slugs are short; anything longer is not an id. */
export const MAX_ID_LENGTH = 200;

/** An entity or claim id as the graph stores it (a slug, no blanks). */
export const idInput = (what: string) =>
  z
    .string()
    .min(1, `${what} must not be empty`)
    .max(MAX_ID_LENGTH, `${what} must be at most ${MAX_ID_LENGTH} characters`)
    .regex(/^\S+$/, `${what} is an id such as plantar-fasciitis (no spaces); find ids with the search_entities tool`)
    .describe(`${what}: an id from search_entities, e.g. plantar-fasciitis`);

/** A whole-number option with its bounds and default, refused (not clamped) outside them. */
export const countInput = (what: string, min: number, max: number, fallback: number) =>
  z
    .number()
    .int(`${what} must be a whole number`)
    .min(min, `${what} must be at least ${min}`)
    .max(max, `${what} must be at most ${max}`)
    .default(fallback)
    .describe(`${what}, ${min} to ${max} (default ${fallback})`);

export const gradeSchema = z.enum(EVIDENCE_STRENGTHS).describe('GRADE certainty of the evidence: HIGH > MODERATE > LOW > VERY_LOW');

export const minGradeInput = gradeSchema.optional().describe('Leave out claims graded below this (HIGH > MODERATE > LOW > VERY_LOW)');

export const entityRefSchema = z.object({
  id: z.string(),
  kind: z.enum(ENTITY_KINDS),
  name: z.string(),
});
export type EntityRef = z.infer<typeof entityRefSchema>;

export const sourceSchema = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.enum(SOURCE_KINDS).describe('What kind of document it is; the kind caps the grade of what it supports'),
  year: z.number().int().nullable(),
  publisher: z.string().nullable(),
  url: z.string().nullable(),
});
export type SourceOut = z.infer<typeof sourceSchema>;

export const claimSchema = z.object({
  id: z.string().describe('Claim id: pass it to get_evidence for the studies and the reasons for its grade'),
  predicate: z.enum(CLAIM_PREDICATE_NAMES),
  subject: entityRefSchema,
  object: entityRefSchema,
  grade: gradeSchema,
  statement: z.string(),
  sources: z.array(sourceSchema),
});
export type ClaimOut = z.infer<typeof claimSchema>;

/** Every answer carries this, in the structured output and in the text. */
export const caveatSchema = z.string().describe('Show this with the answer: acupuncture does not replace a doctor');

export function entityRef(e: EntityRecord): EntityRef {
  return { id: e.id, kind: e.kind, name: e.name };
}

export function sourceOut(s: SourceRecord): SourceOut {
  return { id: s.id, title: s.title, kind: s.kind, year: s.year, publisher: s.publisher, url: s.url };
}

/** A claim for output, with its ends and sources looked up in maps the caller filled (one query each). */
export function claimOut(c: ClaimRecord, entities: Map<string, EntityRecord>, sources: Map<string, SourceRecord>): ClaimOut {
  const end = (id: string): EntityRef => {
    const e = entities.get(id);
    // A live claim's ends always exist (mutations keep it so); as in the GraphQL Claim resolvers, say so if not.
    if (!e) throw new Error(`Claim ${c.id} points at ${id}, which is missing from the graph`);
    return entityRef(e);
  };
  return {
    id: c.id,
    predicate: c.predicate,
    subject: end(c.subjectId),
    object: end(c.objectId),
    grade: c.strength,
    statement: c.statement,
    sources: c.sourceIds.flatMap((id) => {
      const s = sources.get(id);
      return s ? [sourceOut(s)] : [];
    }),
  };
}
