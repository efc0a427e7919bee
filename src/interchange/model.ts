/**
 * What every import format reads into and every export writes from: the seed's four record shapes
 * (seed/schema.ts, the one definition of what a source, entity, link or claim must hold), a claim's
 * retraction on top, and where in which file each record came from.
 */
import { z } from 'zod';
import {
  claimSchema,
  entitySchema,
  linkSchema,
  referenceSchema,
  sourceSchema,
  type SeedEntity,
  type SeedLink,
} from '../domain/recordShapes';

/**
 * A source as exported and imported: the graph's own fields, with the DOI and PubMed id that evidence edges
 * cite as publications. A study's description (design, population...) and its findings are not carried yet.
 */
export const importSourceSchema = sourceSchema.omit({ study: true }).extend({
  title: z.string().trim().min(1, 'must not be empty'),
  doi: referenceSchema.shape.doi,
  pmid: referenceSchema.shape.pmid,
});

/** A claim as exported and imported: subject, predicate, object, grade, statement, sources, and its retraction. */
export const importClaimSchema = claimSchema.omit({ qualifiers: true, findings: true, gradeReasons: true }).extend({
  retractedAt: z.iso.datetime({ offset: true }).optional(),
  retractedBy: z.string().trim().min(1).optional(),
  retractionReason: z.string().trim().min(1).optional(),
});

export type SourceData = z.infer<typeof importSourceSchema>;
export type EntityData = SeedEntity;
export type LinkData = SeedLink;
export type ClaimData = z.infer<typeof importClaimSchema>;

/** Where a record or a problem is: 1-based line, and the column (or field) when known. */
export type Location = { file: string; line: number; column?: number };

export type ParsedRecord =
  | { type: 'source'; data: SourceData }
  | { type: 'entity'; data: EntityData }
  | { type: 'link'; data: LinkData }
  | { type: 'claim'; data: ClaimData };

/** A record before its shape is checked: the fields a format reader found, with the column of each. */
export type RawRecord = {
  type: ParsedRecord['type'];
  fields: Record<string, unknown>;
  at: Location;
  /** Column of a field, for problems about that field; falls back to the record's own location. */
  columnOf?: (field: string) => number | undefined;
};

export type Problem = { at: Location; message: string };

export function formatLocation(at: Location): string {
  return `${at.file}:${at.line}${at.column !== undefined ? `:${at.column}` : ''}`;
}

export function formatProblem(problem: Problem): string {
  return `${formatLocation(problem.at)}: ${problem.message}`;
}

/** The four kinds of record in the order they must be read and written: what edges cite comes first. */
export const RECORD_TYPES = ['source', 'entity', 'link', 'claim'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

export const SHAPES = {
  source: importSourceSchema,
  entity: entitySchema,
  link: linkSchema,
  claim: importClaimSchema,
} as const;
