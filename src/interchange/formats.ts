/**
 * The import formats, each read into format-neutral raw records (model.ts) with their file, line and column:
 * - kgx: KGX TSV, `*nodes.tsv` and `*edges.tsv`, Biolink categories and predicates (biolink.ts);
 * - jsonl: KGX JSON Lines, `*nodes.jsonl` and `*edges.jsonl`, the same fields with lists as arrays;
 * - csv: `sources.csv`, `entities.csv`, `findings.csv`, `links.csv`, `claims.csv` (a prefix such as `mygraph_`
 *   is allowed), the graph's own field names, lists joined by `|`;
 * - seed: the curated seed folder (`sources.json`, `entities.json`, `findings.json`, `links.json`,
 *   `claims.json`, with `references.json`).
 * Node files are read before edge files, so every edge can be checked against the nodes of the import.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { EntityKind } from '../generated/graphql';
import {
  FINDING_CATEGORY,
  ID_PREFIX,
  IDENTIFIER_KEYS,
  KNOWN_CATEGORIES,
  SOURCE_CATEGORY,
  identifierOfXref,
  isClaimPredicate,
  kindOfCategory,
  predicateUses,
  relationOf,
  KNOWN_PREDICATES,
} from './biolink';
import { CLAIM_EXTRA_COLUMNS, FINDING_COLUMNS, SOURCE_EXTRA_COLUMNS, columnOfField, readColumns, type Cells } from './columns';
import type { Location, Problem, RawRecord } from './model';
import { seedClaimFields, seedFindingFields, seedSourceFields } from './seedRecords';
import { readCsv, readJsonArray, readLines, readTsv, splitList, unescapeTsv, type Row } from './text';

export const FORMATS = ['kgx', 'jsonl', 'csv', 'seed'] as const;
export type Format = (typeof FORMATS)[number];

export type InputFile = { name: string; path: string; role: 'nodes' | 'edges' };

/**
 * An edge whose link type depends on the kinds of its ends (KGX): resolved once both ends are known.
 * `from` and `to` are graph ids.
 */
export type PendingEdge = {
  type: 'edge';
  from: string;
  to: string;
  sources: string[];
  at: Location;
  columnOf: (field: string) => number | undefined;
  /** The claim fields read with it (qualifiers, findings...), should it turn out to be a claim. */
  claimFields: Record<string, unknown>;
  resolve: (fromKind: EntityKind, toKind: EntityKind) => RawRecord | Problem;
};

export type Item = RawRecord | PendingEdge | Problem;

export type InputSet = { format: Format; files: InputFile[] };

// ------------------------------------------------------------------ finding the files

const PATTERNS: Record<Format, { nodes: RegExp; edges: RegExp }> = {
  kgx: { nodes: /nodes\.tsv$/i, edges: /edges\.tsv$/i },
  jsonl: { nodes: /nodes\.jsonl$/i, edges: /edges\.jsonl$/i },
  csv: { nodes: /(^|[_-])(sources|entities|findings)\.csv$/i, edges: /(^|[_-])(links|claims)\.csv$/i },
  seed: { nodes: /^(sources|entities|findings)\.json$/i, edges: /^(links|claims)\.json$/i },
};

/** Order within a role: sources before entities and findings (which cite their study), links before claims. */
const RANK = (name: string) =>
  /sources/i.test(name) ? 0 : /entities/i.test(name) ? 1 : /findings/i.test(name) ? 2 : /links/i.test(name) ? 3 : 4;

/** The files of an import: one file or a folder; the format from the flag or from the file names. */
export function findInput(path: string, format?: Format): InputSet {
  const paths = statSync(path).isDirectory()
    ? readdirSync(path)
        .filter((f) => !f.startsWith('.'))
        .map((f) => join(path, f))
    : [path];
  const detect = (): Format => {
    for (const f of FORMATS) {
      if (paths.some((p) => PATTERNS[f].nodes.test(basename(p)) || PATTERNS[f].edges.test(basename(p)))) return f;
    }
    throw new InputError(
      `${path}: no importable file found; expected *_nodes.tsv/*_edges.tsv (kgx), *_nodes.jsonl/*_edges.jsonl (jsonl), entities.csv... (csv) or sources.json... (seed), or pass --format.`,
    );
  };
  const chosen = format ?? detect();
  const files: InputFile[] = [];
  for (const p of paths) {
    const name = basename(p);
    if (PATTERNS[chosen].nodes.test(name)) files.push({ name, path: p, role: 'nodes' });
    else if (PATTERNS[chosen].edges.test(name)) files.push({ name, path: p, role: 'edges' });
  }
  if (files.length === 0)
    throw new InputError(`${path}: no ${chosen} file found (${PATTERNS[chosen].nodes} or ${PATTERNS[chosen].edges}).`);
  files.sort((a, b) => (a.role === b.role ? RANK(a.name) - RANK(b.name) || a.name.localeCompare(b.name) : a.role === 'nodes' ? -1 : 1));
  return { format: chosen, files };
}

/** Input that cannot be imported at all (no files, unknown format): a usage error, not a validation problem. */
export class InputError extends Error {
  override name = 'InputError';
}

/** Reads the node files, then the edge files, of an input set. */
export async function* readInput(input: InputSet, role: 'nodes' | 'edges'): AsyncGenerator<Item> {
  for (const file of input.files) {
    if (file.role !== role) continue;
    if (input.format === 'kgx' || input.format === 'jsonl') yield* readKgx(file, input.format);
    else if (input.format === 'csv') yield* readCsvFile(file);
    else yield* readSeedFile(file);
  }
}

// ------------------------------------------------------------------ KGX (TSV and JSON Lines)

/** A graph id from a KGX id: `AKG:x` is ours; another CURIE becomes a slug (`MONDO:0005178` → `mondo-0005178`). */
export function graphId(curie: string): string {
  if (curie.startsWith(ID_PREFIX)) return curie.slice(ID_PREFIX.length);
  return curie
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

type KgxCells = {
  get: (name: string) => string | undefined;
  list: (name: string) => string[];
  number: (name: string) => number | string | undefined;
  present: (name: string) => boolean;
};

function tsvCells(row: Row): KgxCells {
  const get = (name: string) => (row.cells[name] === undefined ? undefined : unescapeTsv(row.cells[name]!));
  return {
    get,
    // Lists keep their escapes until they are split.
    list: (name) => splitList(get(name)),
    number: (name) => {
      const v = get(name);
      return v === undefined ? undefined : /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v;
    },
    present: (name) => row.cells[name] !== undefined,
  };
}

function jsonCells(object: Record<string, unknown>): KgxCells {
  const get = (name: string) => object[name];
  return {
    get: (name) => {
      const v = get(name);
      return v === undefined || v === null ? undefined : typeof v === 'string' ? v : JSON.stringify(v);
    },
    list: (name) => {
      const v = get(name);
      if (v === undefined || v === null) return [];
      return Array.isArray(v) ? v.map((x) => String(x)) : [String(v)];
    },
    number: (name) => {
      const v = get(name);
      return v === undefined || v === null ? undefined : typeof v === 'number' ? v : String(v);
    },
    present: (name) => get(name) !== undefined && get(name) !== null,
  };
}

/** Which KGX column holds each record field, for column numbers in problems. */
const KGX_NODE_COLUMNS: Record<string, string> = {
  id: 'id',
  kind: 'category',
  name: 'name',
  title: 'name',
  aliases: 'synonym',
  description: 'description',
  identifiers: 'xref',
  order: 'order',
  durationMinutes: 'duration_min',
  url: 'iri',
  publisher: 'publisher',
  year: 'year',
  note: 'note',
  doi: 'doi',
  pmid: 'pmid',
  source: 'reported_in',
  outcome: 'name',
  summary: 'description',
};
const KGX_EDGE_COLUMNS: Record<string, string> = {
  id: 'id',
  subject: 'subject',
  from: 'subject',
  predicate: 'predicate',
  type: 'predicate',
  object: 'object',
  to: 'object',
  strength: 'grade',
  statement: 'statement',
  sources: 'sources',
  retractedAt: 'retracted_at',
  retractedBy: 'retracted_by',
  retractionReason: 'retraction_reason',
};

async function* kgxObjects(
  file: InputFile,
  format: 'kgx' | 'jsonl',
): AsyncGenerator<{ cells: KgxCells; at: Location; column: (name: string) => number | undefined } | Problem> {
  if (format === 'kgx') {
    for await (const row of readTsv(file.path)) {
      const at = { file: file.name, line: row.line };
      if (row.width > row.headerWidth) {
        yield {
          at: { ...at, column: row.headerWidth + 1 },
          message: `${row.width} cells but the header names ${row.headerWidth} columns; remove the extra tabs`,
        };
        continue;
      }
      yield { cells: tsvCells(row), at, column: (name) => row.columns.get(name) };
    }
    return;
  }
  for await (const { number, text } of readLines(file.path)) {
    if (text.trim() === '') continue;
    const at = { file: file.name, line: number };
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      yield { at, message: `not a JSON object: ${(error as Error).message}; each line must hold one JSON object` };
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      yield { at, message: 'not a JSON object; each line must hold one JSON object' };
      continue;
    }
    yield { cells: jsonCells(value as Record<string, unknown>), at, column: () => undefined };
  }
}

async function* readKgx(file: InputFile, format: 'kgx' | 'jsonl'): AsyncGenerator<Item> {
  for await (const item of kgxObjects(file, format)) {
    if ('message' in item) {
      yield item;
      continue;
    }
    const { cells, at, column } = item;
    if (file.role === 'nodes')
      yield kgxNode(cells, at, (field) =>
        column(KGX_NODE_COLUMNS[field] ?? columnOfField(SOURCE_EXTRA_COLUMNS, field) ?? columnOfField(FINDING_COLUMNS, field) ?? field),
      );
    else yield kgxEdge(cells, at, (field) => column(KGX_EDGE_COLUMNS[field] ?? columnOfField(CLAIM_EXTRA_COLUMNS, field) ?? field));
  }
}

function kgxNode(cells: KgxCells, at: Location, columnOf: (field: string) => number | undefined): Item {
  const id = cells.get('id');
  const categories = cells.list('category');
  if (id === undefined) return { at: { ...at, column: columnOf('id') }, message: 'a node needs an id, such as AKG:plantar-fasciitis' };
  if (categories.includes(SOURCE_CATEGORY)) {
    const fields: Record<string, unknown> = {
      id: graphId(id),
      title: cells.get('name'),
      kind: cells.get('source_kind'),
      url: cells.get('iri'),
      publisher: cells.get('publisher'),
      year: cells.number('year'),
      note: cells.get('note'),
      doi: cells.get('doi'),
      pmid: cells.get('pmid'),
    };
    readColumns(cells, SOURCE_EXTRA_COLUMNS, fields);
    return { type: 'source', at, columnOf, fields };
  }
  if (categories.includes(FINDING_CATEGORY)) {
    const reportedIn = cells.get('reported_in');
    const fields: Record<string, unknown> = {
      id: graphId(id),
      source: reportedIn === undefined ? undefined : graphId(reportedIn),
      outcome: cells.get('name'),
      summary: cells.get('description'),
    };
    readColumns(cells, FINDING_COLUMNS, fields);
    return { type: 'finding', at, columnOf, fields };
  }
  const kinds = [...new Set(categories.map(kindOfCategory).filter((k): k is EntityKind => k !== undefined))];
  if (kinds.length !== 1) {
    const message =
      kinds.length === 0
        ? `unknown category ${categories.length ? categories.map((c) => `"${c}"`).join(', ') : '(none)'}; use one of ${KNOWN_CATEGORIES.join(', ')}`
        : `categories ${categories.join(', ')} name ${kinds.length} different kinds (${kinds.join(', ')}); keep one`;
    return { at: { ...at, column: columnOf('kind') }, message };
  }
  const identifiers: Record<string, unknown> = {};
  for (const xref of cells.list('xref')) {
    const found = identifierOfXref(xref);
    if (!found) continue;
    if (found.key === 'icd10cm') identifiers.icd10cm = [...((identifiers.icd10cm as string[] | undefined) ?? []), found.value];
    else identifiers[found.key] = found.value;
  }
  if (cells.present('identifier_note')) identifiers.note = cells.get('identifier_note');
  const min = cells.number('duration_min');
  const max = cells.number('duration_max');
  return {
    type: 'entity',
    at,
    columnOf,
    fields: {
      id: graphId(id),
      kind: kinds[0],
      name: cells.get('name'),
      aliases: cells.list('synonym'),
      description: cells.get('description'),
      identifiers: Object.keys(identifiers).length ? identifiers : undefined,
      order: cells.number('order'),
      durationMinutes: min === undefined && max === undefined ? undefined : { min, max },
    },
  };
}

function kgxEdge(cells: KgxCells, at: Location, columnOf: (field: string) => number | undefined): Item {
  const subject = cells.get('subject');
  const object = cells.get('object');
  const predicate = cells.get('predicate');
  if (subject === undefined) return { at: { ...at, column: columnOf('subject') }, message: 'an edge needs a subject id' };
  if (object === undefined) return { at: { ...at, column: columnOf('object') }, message: 'an edge needs an object id' };
  if (predicate === undefined || !KNOWN_PREDICATES.includes(predicate)) {
    return {
      at: { ...at, column: columnOf('predicate') },
      message: `unknown predicate ${predicate === undefined ? '(none)' : `"${predicate}"`}; use one of ${KNOWN_PREDICATES.join(', ')}`,
    };
  }
  const from = graphId(subject);
  const to = graphId(object);
  const sources = cells.list('sources').map(graphId);
  const id = cells.get('id');
  const claimFields: Record<string, unknown> = {};
  readColumns(cells, CLAIM_EXTRA_COLUMNS, claimFields);
  return {
    type: 'edge',
    from,
    to,
    sources,
    at,
    columnOf,
    claimFields,
    resolve: (fromKind, toKind) => {
      const relation = relationOf(predicate, fromKind, toKind);
      if (!relation) {
        return {
          at: { ...at, column: columnOf('predicate') },
          message: `${predicate} does not join a ${fromKind} (${subject}) to a ${toKind} (${object}); it joins ${predicateUses(predicate).join(' or ')}`,
        };
      }
      if (!isClaimPredicate(relation)) return { type: 'link', at, columnOf, fields: { type: relation, from, to, sources } };
      return {
        type: 'claim',
        at,
        columnOf,
        fields: {
          id: id === undefined ? undefined : graphId(id),
          subject: from,
          predicate: relation,
          object: to,
          strength: cells.get('grade'),
          statement: cells.get('statement'),
          sources,
          retractedAt: cells.get('retracted_at'),
          retractedBy: cells.get('retracted_by'),
          retractionReason: cells.get('retraction_reason'),
          ...claimFields,
        },
      };
    },
  };
}

// ------------------------------------------------------------------ CSV

/** CSV columns per file, in the order export writes them. Lists are joined by `|`, nested values are JSON text. */
export const CSV_COLUMNS = {
  sources: ['id', 'kind', 'title', 'publisher', 'year', 'url', 'doi', 'pmid', 'note', ...SOURCE_EXTRA_COLUMNS.map((c) => c.column)],
  entities: [
    'id',
    'kind',
    'name',
    'aliases',
    'description',
    ...IDENTIFIER_KEYS,
    'identifier_note',
    'order',
    'duration_min',
    'duration_max',
  ],
  findings: ['id', 'source', 'outcome', 'summary', ...FINDING_COLUMNS.map((c) => c.column)],
  links: ['type', 'from', 'to', 'sources'],
  claims: [
    'id',
    'subject',
    'predicate',
    'object',
    'strength',
    'statement',
    'sources',
    'retracted_at',
    'retracted_by',
    'retraction_reason',
    ...CLAIM_EXTRA_COLUMNS.map((c) => c.column),
  ],
} as const;

const CSV_FILES = ['sources', 'entities', 'findings', 'links', 'claims'] as const;

async function* readCsvFile(file: InputFile): AsyncGenerator<Item> {
  const which = CSV_FILES.find((w) => new RegExp(`${w}\\.csv$`, 'i').test(file.name))!;
  for await (const row of readCsv(file.path)) {
    const at = { file: file.name, line: row.line };
    const c = row.cells;
    const cells: Cells = { get: (name) => c[name], list: (name) => splitList(c[name]) };
    const num = (v: string | undefined) => (v === undefined ? undefined : /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v);
    const columnOf = (field: string) =>
      row.columns.get(
        {
          durationMinutes: 'duration_min',
          retractedAt: 'retracted_at',
          retractedBy: 'retracted_by',
          retractionReason: 'retraction_reason',
        }[field] ??
          columnOfField([...SOURCE_EXTRA_COLUMNS, ...FINDING_COLUMNS, ...CLAIM_EXTRA_COLUMNS], field) ??
          field.split('.')[0]!,
      );
    if (row.width > row.headerWidth) {
      yield {
        at: { ...at, column: row.headerWidth + 1 },
        message: `${row.width} fields but the header names ${row.headerWidth}; quote fields that contain commas`,
      };
      continue;
    }
    if (which === 'sources') {
      const fields: Record<string, unknown> = {
        id: c.id,
        kind: c.kind,
        title: c.title,
        publisher: c.publisher,
        year: num(c.year),
        url: c.url,
        doi: c.doi,
        pmid: c.pmid,
        note: c.note,
      };
      readColumns(cells, SOURCE_EXTRA_COLUMNS, fields);
      yield { type: 'source', at, columnOf, fields };
    } else if (which === 'entities') {
      const identifiers: Record<string, unknown> = {};
      for (const key of IDENTIFIER_KEYS) if (c[key] !== undefined) identifiers[key] = key === 'icd10cm' ? splitList(c[key]) : c[key];
      if (c.identifier_note !== undefined) identifiers.note = c.identifier_note;
      yield {
        type: 'entity',
        at,
        columnOf,
        fields: {
          id: c.id,
          kind: c.kind,
          name: c.name,
          aliases: splitList(c.aliases),
          description: c.description,
          identifiers: Object.keys(identifiers).length ? identifiers : undefined,
          order: num(c.order),
          durationMinutes:
            c.duration_min === undefined && c.duration_max === undefined
              ? undefined
              : { min: num(c.duration_min), max: num(c.duration_max) },
        },
      };
    } else if (which === 'findings') {
      const fields: Record<string, unknown> = { id: c.id, source: c.source, outcome: c.outcome, summary: c.summary };
      readColumns(cells, FINDING_COLUMNS, fields);
      yield { type: 'finding', at, columnOf, fields };
    } else if (which === 'links') {
      yield { type: 'link', at, columnOf, fields: { type: c.type, from: c.from, to: c.to, sources: splitList(c.sources) } };
    } else {
      const fields: Record<string, unknown> = {
        id: c.id,
        subject: c.subject,
        predicate: c.predicate,
        object: c.object,
        strength: c.strength,
        statement: c.statement,
        sources: splitList(c.sources),
        retractedAt: c.retracted_at,
        retractedBy: c.retracted_by,
        retractionReason: c.retraction_reason,
      };
      readColumns(cells, CLAIM_EXTRA_COLUMNS, fields);
      yield { type: 'claim', at, columnOf, fields };
    }
  }
}

// ------------------------------------------------------------------ seed

const SEED_TYPES = {
  'sources.json': 'source',
  'entities.json': 'entity',
  'findings.json': 'finding',
  'links.json': 'link',
  'claims.json': 'claim',
} as const;

/**
 * The seed keeps a study's bibliographic fields in references.json, and lets findings default to their
 * study's intervention and comparator; a claim names only the sources that make it. The small curated
 * files that fill those in (references, studies, which study each finding comes from) are read first, and
 * seedRecords.ts turns each seed record into the record the graph stores, as the seeder does.
 */
type SeedContext = {
  references: Map<string, Record<string, unknown>>;
  studies: Map<string, Record<string, unknown>>;
  findingSource: Map<string, string>;
};

async function seedContext(file: InputFile): Promise<SeedContext> {
  const dir = dirname(file.path);
  const context: SeedContext = { references: new Map(), studies: new Map(), findingSource: new Map() };
  const read = async (name: string, use: (value: Record<string, unknown>) => void) => {
    if (!existsSync(join(dir, name))) return;
    for await (const element of readJsonArray(join(dir, name))) {
      if (element.value && typeof element.value === 'object') use(element.value as Record<string, unknown>);
    }
  };
  await read('references.json', (r) => context.references.set(String(r.id), r));
  await read('sources.json', (s) => {
    if (s.study && typeof s.study === 'object') context.studies.set(String(s.id), s.study as Record<string, unknown>);
  });
  await read('findings.json', (f) => context.findingSource.set(String(f.id), String(f.source)));
  return context;
}

async function* readSeedFile(file: InputFile): AsyncGenerator<Item> {
  const type = SEED_TYPES[file.name.toLowerCase() as keyof typeof SEED_TYPES];
  const context = type === 'source' || type === 'claim' || type === 'finding' ? await seedContext(file) : null;
  let index = 0;
  for await (const element of readJsonArray(file.path)) {
    const at = { file: file.name, line: element.line };
    if (element.error !== undefined) {
      yield { at, message: element.error };
      continue;
    }
    if (typeof element.value !== 'object' || element.value === null || Array.isArray(element.value)) {
      yield { at, message: 'each element must be a JSON object (a record)' };
      continue;
    }
    const value = element.value as Record<string, unknown>;
    let fields = value;
    if (type === 'source' && context) fields = seedSourceFields(value, context.references.get(String(value.id)));
    else if (type === 'finding' && context) fields = seedFindingFields(value, context.studies.get(String(value.source)), index);
    else if (type === 'claim' && context) fields = seedClaimFields(value, (id) => context.findingSource.get(id));
    index += 1;
    yield { type, at, fields, curated: type === 'claim' };
  }
}
