/**
 * What every import format reads into and every export writes from: the graph's five kinds of record
 * (sources with their study, entities, descriptive links, findings, claims with their evidence), a claim's
 * retraction on top, and where in which file each record came from. The shapes reuse the seed's
 * (src/domain/recordShapes.ts, the one definition of what a source, entity, link, finding or claim must hold),
 * in the form the graph stores them: a source carries its bibliographic fields itself (the seed keeps them in
 * references.json), a finding spells out its intervention and comparator (the seed lets them default to the
 * study's).
 */
import { z } from 'zod';
import { COMPARATOR_TYPES, EVIDENCE_BALANCES, EVIDENCE_STRENGTHS, INTERVENTION_TYPES } from '../domain/vocabulary';
import {
  claimSchema,
  entitySchema,
  findingSchema,
  linkSchema,
  referenceSchema,
  sourceSchema,
  studySchema,
  type SeedEntity,
  type SeedLink,
} from '../domain/recordShapes';

const text = z.string().trim().min(1, 'must not be empty');

/** A source as exported and imported: the graph's own fields, its bibliographic record and, for a study, what it did. */
export const importSourceSchema = sourceSchema.extend({
  title: text,
  authors: z.array(text).default([]),
  authorsComplete: z.boolean().optional(),
  journal: referenceSchema.shape.journal,
  volume: referenceSchema.shape.volume,
  issue: referenceSchema.shape.issue,
  pages: referenceSchema.shape.pages,
  doi: referenceSchema.shape.doi,
  pmid: referenceSchema.shape.pmid,
  pmcid: referenceSchema.shape.pmcid,
  registration: referenceSchema.shape.registration,
  seenAt: z.array(z.url()).default([]),
  study: studySchema.optional(),
});

/** A finding as exported and imported: its study is `source`; `order` places it among the graph's findings. */
export const importFindingSchema = findingSchema.extend({
  intervention: text,
  interventionTypes: z.array(z.enum(INTERVENTION_TYPES)).min(1),
  comparatorType: z.enum(COMPARATOR_TYPES),
  order: z.number().int().nonnegative().optional(),
});

/**
 * A claim as exported and imported: subject, predicate, object, grade, statement, sources, its qualifiers,
 * the findings that bear on it (in order, with their stance), the grade's reasons, and its retraction.
 * `gradeStart`, `gradeStartReason` and `balance` are what the rubric (src/domain/grading.ts) derives: an
 * import recomputes them and refuses values that disagree.
 */
export const importClaimSchema = claimSchema.extend({
  gradeStart: z.enum(EVIDENCE_STRENGTHS).optional(),
  gradeStartReason: text.optional(),
  balance: z.enum(EVIDENCE_BALANCES).optional(),
  retractedAt: z.iso.datetime({ offset: true }).optional(),
  retractedBy: z.string().trim().min(1).optional(),
  retractionReason: z.string().trim().min(1).optional(),
});

export type SourceData = z.infer<typeof importSourceSchema>;
export type EntityData = SeedEntity;
export type LinkData = SeedLink;
export type FindingData = z.infer<typeof importFindingSchema>;
export type ClaimData = z.infer<typeof importClaimSchema>;

/** Where a record or a problem is: 1-based line, and the column (or field) when known. */
export type Location = { file: string; line: number; column?: number };

export type ParsedRecord =
  | { type: 'source'; data: SourceData }
  | { type: 'entity'; data: EntityData }
  | { type: 'finding'; data: FindingData }
  | { type: 'link'; data: LinkData }
  | { type: 'claim'; data: ClaimData };

/** A record before its shape is checked: the fields a format reader found, with the column of each. */
export type RawRecord = {
  type: ParsedRecord['type'];
  fields: Record<string, unknown>;
  at: Location;
  /** Column of a field, for problems about that field; falls back to the record's own location. */
  columnOf?: (field: string) => number | undefined;
  /** A claim of the curated seed: graded by the rubric even when it lists no finding or reason. */
  curated?: boolean;
};

export type Problem = { at: Location; message: string };

export function formatLocation(at: Location): string {
  return `${at.file}:${at.line}${at.column !== undefined ? `:${at.column}` : ''}`;
}

export function formatProblem(problem: Problem): string {
  return `${formatLocation(problem.at)}: ${problem.message}`;
}

/** The kinds of record in the order they must be read and written: what others cite comes first. */
export const RECORD_TYPES = ['source', 'entity', 'finding', 'link', 'claim'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

export const SHAPES = {
  source: importSourceSchema,
  entity: entitySchema,
  finding: importFindingSchema,
  link: linkSchema,
  claim: importClaimSchema,
} as const;
