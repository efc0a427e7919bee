/**
 * The pieces MCP tool schemas are made of. Inputs are bounded (lengths, counts, no unknown keys) and say in
 * their messages what a model should send instead; outputs are what `structuredContent` carries, and the SDK
 * publishes both as JSON Schema in tools/list.
 */
import { z } from 'zod';
import type { ClaimFindingRecord, ClaimRecord, EntityRecord, SourceRecord } from '../domain/records';
import {
  CLAIM_PREDICATE_NAMES,
  ENTITY_KINDS,
  EVIDENCE_BALANCES,
  EVIDENCE_STRENGTHS,
  FINDING_DIRECTIONS,
  FINDING_STANCES,
  GRADE_FACTORS,
  SOURCE_KINDS,
  STUDY_DESIGNS,
} from '../domain/vocabulary';

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
  journal: z.string().nullable(),
  doi: z.string().nullable(),
  pmid: z.string().nullable(),
  url: z.string().nullable(),
  study: z
    .object({
      design: z.enum(STUDY_DESIGNS),
      randomised: z.boolean(),
      population: z.string(),
      sampleSize: z.number().int().nullable(),
      sampleUnit: z.string().nullable(),
      intervention: z.string(),
      comparator: z.string().nullable(),
    })
    .nullable()
    .describe('What the study did, for a published study; null for other sources'),
});
export type SourceOut = z.infer<typeof sourceSchema>;

export const gradeReasonSchema = z.object({
  factor: z.enum(GRADE_FACTORS),
  levelsDown: z.number().int(),
  explanation: z.string(),
});

export const claimSchema = z.object({
  id: z.string().describe('Claim id: pass it to get_evidence for the findings of each study'),
  predicate: z.enum(CLAIM_PREDICATE_NAMES),
  subject: entityRefSchema,
  object: entityRefSchema,
  grade: gradeSchema,
  gradeStart: gradeSchema.describe('Where the grade started: HIGH with randomised evidence, otherwise LOW'),
  gradeReasons: z.array(gradeReasonSchema).describe('Each reason the grade moved down from its start'),
  balance: z
    .enum(EVIDENCE_BALANCES)
    .describe('Where the findings point: SUPPORTED, CONTRADICTED, CONFLICTING, OPEN, or UNTESTED (no study)'),
  onlyLaySupport: z.boolean().describe('True when nothing but lay writing supports it'),
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
  const study = s.study;
  return {
    id: s.id,
    title: s.title,
    kind: s.kind,
    year: s.year,
    publisher: s.publisher,
    journal: s.journal ?? null,
    doi: s.doi ?? null,
    pmid: s.pmid ?? null,
    url: s.url,
    study: study
      ? {
          design: study.design,
          randomised: study.randomised,
          population: study.population,
          sampleSize: study.sampleSize ?? null,
          sampleUnit: study.sampleUnit ?? null,
          intervention: study.intervention,
          comparator: study.comparator ?? null,
        }
      : null,
  };
}

export const findingSchema = z.object({
  id: z.string(),
  stance: z.enum(FINDING_STANCES).describe('How the finding bears on the claim'),
  source: sourceSchema.describe('The study that reported it'),
  outcome: z.string(),
  direction: z.enum(FINDING_DIRECTIONS),
  summary: z.string(),
  n: z.number().int().nullable(),
  figures: z.array(
    z.object({
      measure: z.string(),
      arm: z.string().nullable(),
      value: z.number().nullable(),
      unit: z.string().nullable(),
      ciLower: z.number().nullable(),
      ciUpper: z.number().nullable(),
      p: z.string().nullable(),
    }),
  ),
  caveat: z.string().nullable(),
});
export type FindingOut = z.infer<typeof findingSchema>;

/** A finding as it bears on a claim, with its study (looked up in `sources`; the finding names its source). */
export function findingOut(link: ClaimFindingRecord, sources: Map<string, SourceRecord>): FindingOut | null {
  const f = link.finding;
  const source = sources.get(f.sourceId);
  if (!source) return null;
  return {
    id: f.id,
    stance: link.stance,
    source: sourceOut(source),
    outcome: f.outcome,
    direction: f.direction,
    summary: f.summary,
    n: f.n ?? null,
    // Stored figures leave out what a study did not print; the output says null for it.
    figures: f.figures.map((x) => ({
      measure: x.measure,
      arm: x.arm ?? null,
      value: x.value ?? null,
      unit: x.unit ?? null,
      ciLower: x.ciLower ?? null,
      ciUpper: x.ciUpper ?? null,
      p: x.p ?? null,
    })),
    caveat: f.caveat ?? null,
  };
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
    gradeStart: c.gradeStart,
    gradeReasons: c.gradeReasons.map((r) => ({ factor: r.factor, levelsDown: r.levelsDown, explanation: r.explanation })),
    balance: c.balance,
    onlyLaySupport: c.onlyLaySupport,
    statement: c.statement,
    sources: c.sourceIds.flatMap((id) => {
      const s = sources.get(id);
      return s ? [sourceOut(s)] : [];
    }),
  };
}
