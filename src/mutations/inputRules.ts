import type { AddClaimInput, EntityInput, SourceInput } from '../generated/graphql';
import { badUserInput } from '../core/errors';
import { ICD10_CODES_CAP, SOURCES_PER_CLAIM_CAP } from '../domain/listBounds';

/**
 * Checks on a mutation's input that need no database: shapes, lengths, formats.
 * The first problem becomes a BAD_USER_INPUT naming the field, before anything is written.
 */
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function requireText(value: string, field: string, max: number): string {
  const trimmed = value.trim();
  if (trimmed.length === 0) throw badUserInput(`${field} must not be empty.`, field);
  if (trimmed.length > max) throw badUserInput(`${field} must be at most ${max} characters.`, field);
  return trimmed;
}

function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  return requireText(value, field, max);
}

function requireSlug(value: string, field: string): string {
  if (value.length < 2 || value.length > 100 || !SLUG.test(value)) {
    throw badUserInput(`${field} must be a lowercase slug of 2 to 100 characters, such as hamstring-strain.`, field);
  }
  return value;
}

export type CleanEntity = {
  id: string;
  kind: EntityInput['kind'];
  name: string;
  aliases: string[];
  description: string | null;
  identifiers: Record<'mesh' | 'doid' | 'mondo' | 'umls' | 'snomed' | 'uberon' | 'identifierNote', string | null> & { icd10cm: string[] };
};

export function checkEntityInput(input: EntityInput): CleanEntity {
  const aliases = input.aliases ?? [];
  if (aliases.length > 50) throw badUserInput('input.aliases may hold at most 50 aliases.', 'input.aliases');
  const ids = input.identifiers ?? {};
  const icd = ids.icd10cm ?? [];
  if (icd.length > ICD10_CODES_CAP) {
    throw badUserInput(`input.identifiers.icd10cm may hold at most ${ICD10_CODES_CAP} codes.`, 'input.identifiers.icd10cm');
  }
  return {
    id: requireSlug(input.id, 'input.id'),
    kind: input.kind,
    name: requireText(input.name, 'input.name', 200),
    aliases: [...new Set(aliases.map((a, i) => requireText(a, `input.aliases.${i}`, 200)))],
    description: optionalText(input.description, 'input.description', 2000),
    identifiers: {
      mesh: optionalText(ids.mesh, 'input.identifiers.mesh', 100),
      doid: optionalText(ids.doid, 'input.identifiers.doid', 100),
      mondo: optionalText(ids.mondo, 'input.identifiers.mondo', 100),
      umls: optionalText(ids.umls, 'input.identifiers.umls', 100),
      snomed: optionalText(ids.snomed, 'input.identifiers.snomed', 100),
      uberon: optionalText(ids.uberon, 'input.identifiers.uberon', 100),
      identifierNote: optionalText(ids.note, 'input.identifiers.note', 1000),
      icd10cm: icd.map((code, i) => requireText(code, `input.identifiers.icd10cm.${i}`, 20)),
    },
  };
}

export type CleanSource = {
  id: string;
  title: string;
  kind: SourceInput['kind'];
  url: string | null;
  publisher: string | null;
  year: number | null;
  note: string | null;
};

function checkSource(source: SourceInput, field: string): CleanSource {
  const url = optionalText(source.url, `${field}.url`, 2000);
  if (url !== null) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(url);
    } catch {
      parsed = undefined;
    }
    if (!parsed || !['http:', 'https:'].includes(parsed.protocol))
      throw badUserInput(`${field}.url must be an http or https URL.`, `${field}.url`);
  }
  if (source.year !== null && source.year !== undefined && (source.year < 1800 || source.year > 2100)) {
    throw badUserInput(`${field}.year must be between 1800 and 2100.`, `${field}.year`);
  }
  return {
    id: requireSlug(source.id, `${field}.id`),
    title: requireText(source.title, `${field}.title`, 500),
    kind: source.kind,
    url,
    publisher: optionalText(source.publisher, `${field}.publisher`, 200),
    year: source.year ?? null,
    note: optionalText(source.note, `${field}.note`, 2000),
  };
}

export type CleanClaim = {
  id: string | null;
  subject: string;
  predicate: AddClaimInput['predicate'];
  object: string;
  strength: AddClaimInput['strength'];
  statement: string;
  sourceIds: string[];
  newSources: CleanSource[];
};

export function checkClaimInput(input: AddClaimInput): CleanClaim {
  // Counted before anything is checked one by one: a list longer than a claim can show is refused at once.
  if ((input.sourceIds ?? []).length + (input.newSources ?? []).length > SOURCES_PER_CLAIM_CAP) {
    throw badUserInput(
      `A claim may rest on at most ${SOURCES_PER_CLAIM_CAP} sources (sourceIds and newSources together).`,
      'input.sourceIds',
    );
  }
  const sourceIds = [...new Set(input.sourceIds ?? [])];
  const newSources = (input.newSources ?? []).map((s, i) => checkSource(s, `input.newSources.${i}`));
  if (sourceIds.length + newSources.length === 0) {
    throw badUserInput('A claim needs at least one source: give sourceIds, newSources or both.', 'input.sourceIds');
  }
  const newIds = newSources.map((s) => s.id);
  const repeated = newIds.find((id, i) => newIds.indexOf(id) !== i || sourceIds.includes(id));
  if (repeated) throw badUserInput(`Source "${repeated}" is given twice.`, 'input.newSources');
  if (input.subject === input.object) throw badUserInput('A claim cannot have the same subject and object.', 'input.object');
  return {
    id: input.id ? requireSlug(input.id, 'input.id') : null,
    subject: input.subject,
    predicate: input.predicate,
    object: input.object,
    strength: input.strength,
    statement: requireText(input.statement, 'input.statement', 1000),
    sourceIds,
    newSources,
  };
}

export function checkRetraction(id: string, reason: string): { id: string; reason: string } {
  return { id, reason: requireText(reason, 'reason', 1000) };
}
