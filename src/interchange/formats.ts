/**
 * The import formats, each read into format-neutral raw records (model.ts) with their file, line and column:
 * - kgx: KGX TSV, `*nodes.tsv` and `*edges.tsv`, Biolink categories and predicates (biolink.ts);
 * - jsonl: KGX JSON Lines, `*nodes.jsonl` and `*edges.jsonl`, the same fields with lists as arrays;
 * - csv: `sources.csv`, `entities.csv`, `links.csv`, `claims.csv` (a prefix such as `mygraph_` is allowed),
 *   the graph's own field names, lists joined by `|`;
 * - seed: the curated seed folder (`sources.json`, `entities.json`, `links.json`, `claims.json`).
 * Node files are read before edge files, so every edge can be checked against the nodes of the import.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { EntityKind } from '../generated/graphql';
import {
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
import type { Location, Problem, RawRecord } from './model';
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
  resolve: (fromKind: EntityKind, toKind: EntityKind) => RawRecord | Problem;
};

export type Item = RawRecord | PendingEdge | Problem;

export type InputSet = { format: Format; files: InputFile[] };

// ------------------------------------------------------------------ finding the files

const PATTERNS: Record<Format, { nodes: RegExp; edges: RegExp }> = {
  kgx: { nodes: /nodes\.tsv$/i, edges: /edges\.tsv$/i },
  jsonl: { nodes: /nodes\.jsonl$/i, edges: /edges\.jsonl$/i },
  csv: { nodes: /(^|[_-])(sources|entities)\.csv$/i, edges: /(^|[_-])(links|claims)\.csv$/i },
  seed: { nodes: /^(sources|entities)\.json$/i, edges: /^(links|claims)\.json$/i },
};

/** Order within a role: sources before entities, links before claims (a claim's ends may be linked). */
const RANK = (name: string) => (/sources/i.test(name) ? 0 : /entities/i.test(name) ? 1 : /links/i.test(name) ? 2 : 3);

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
    if (file.role === 'nodes') yield kgxNode(cells, at, (field) => column(KGX_NODE_COLUMNS[field] ?? field));
    else yield kgxEdge(cells, at, (field) => column(KGX_EDGE_COLUMNS[field] ?? field));
  }
}

function kgxNode(cells: KgxCells, at: Location, columnOf: (field: string) => number | undefined): Item {
  const id = cells.get('id');
  const categories = cells.list('category');
  if (id === undefined) return { at: { ...at, column: columnOf('id') }, message: 'a node needs an id, such as AKG:plantar-fasciitis' };
  if (categories.includes(SOURCE_CATEGORY)) {
    return {
      type: 'source',
      at,
      columnOf,
      fields: {
        id: graphId(id),
        title: cells.get('name'),
        kind: cells.get('source_kind'),
        url: cells.get('iri'),
        publisher: cells.get('publisher'),
        year: cells.number('year'),
        note: cells.get('note'),
        doi: cells.get('doi'),
        pmid: cells.get('pmid'),
      },
    };
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
  return {
    type: 'edge',
    from,
    to,
    sources,
    at,
    columnOf,
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
        },
      };
    },
  };
}

// ------------------------------------------------------------------ CSV

/** CSV columns per file, in the order export writes them. Lists are joined by `|`. */
export const CSV_COLUMNS = {
  sources: ['id', 'kind', 'title', 'publisher', 'year', 'url', 'doi', 'pmid', 'note'],
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
  links: ['type', 'from', 'to', 'sources'],
  claims: ['id', 'subject', 'predicate', 'object', 'strength', 'statement', 'sources', 'retracted_at', 'retracted_by', 'retraction_reason'],
} as const;

async function* readCsvFile(file: InputFile): AsyncGenerator<Item> {
  const which = (['sources', 'entities', 'links', 'claims'] as const).find((w) => new RegExp(`${w}\\.csv$`, 'i').test(file.name))!;
  for await (const row of readCsv(file.path)) {
    const at = { file: file.name, line: row.line };
    const c = row.cells;
    const num = (v: string | undefined) => (v === undefined ? undefined : /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v);
    const columnOf = (field: string) =>
      row.columns.get(
        {
          durationMinutes: 'duration_min',
          retractedAt: 'retracted_at',
          retractedBy: 'retracted_by',
          retractionReason: 'retraction_reason',
        }[field] ?? field.split('.')[0]!,
      );
    if (row.width > row.headerWidth) {
      yield {
        at: { ...at, column: row.headerWidth + 1 },
        message: `${row.width} fields but the header names ${row.headerWidth}; quote fields that contain commas`,
      };
      continue;
    }
    if (which === 'sources') {
      yield {
        type: 'source',
        at,
        columnOf,
        fields: {
          id: c.id,
          kind: c.kind,
          title: c.title,
          publisher: c.publisher,
          year: num(c.year),
          url: c.url,
          doi: c.doi,
          pmid: c.pmid,
          note: c.note,
        },
      };
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
    } else if (which === 'links') {
      yield { type: 'link', at, columnOf, fields: { type: c.type, from: c.from, to: c.to, sources: splitList(c.sources) } };
    } else {
      yield {
        type: 'claim',
        at,
        columnOf,
        fields: {
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
        },
      };
    }
  }
}

// ------------------------------------------------------------------ seed

const SEED_TYPES = { 'sources.json': 'source', 'entities.json': 'entity', 'links.json': 'link', 'claims.json': 'claim' } as const;

/**
 * The seed keeps a study's bibliographic fields in references.json and its results in findings.json.
 * Both are read first (they are small, curated files): a source takes its title, address, year, DOI and
 * PubMed id from its reference, and a claim rests on the sources it names plus the studies whose findings
 * support it, as the seeder writes it. The study description, the findings themselves, qualifiers and
 * grade reasons are not carried by bulk import yet (docs/interchange.md).
 */
type SeedContext = { references: Map<string, Record<string, unknown>>; findingSource: Map<string, string> };

async function seedContext(file: InputFile): Promise<SeedContext> {
  const dir = dirname(file.path);
  const context: SeedContext = { references: new Map(), findingSource: new Map() };
  const read = async (name: string, use: (value: Record<string, unknown>) => void) => {
    if (!existsSync(join(dir, name))) return;
    for await (const element of readJsonArray(join(dir, name))) {
      if (element.value && typeof element.value === 'object') use(element.value as Record<string, unknown>);
    }
  };
  await read('references.json', (r) => context.references.set(String(r.id), r));
  await read('findings.json', (f) => context.findingSource.set(String(f.id), String(f.source)));
  return context;
}

const SEED_FIELDS = {
  source: ['id', 'kind', 'title', 'url', 'publisher', 'year', 'note'],
  entity: null,
  link: null,
  claim: ['id', 'subject', 'predicate', 'object', 'strength', 'statement', 'sources'],
} as const;

async function* readSeedFile(file: InputFile): AsyncGenerator<Item> {
  const type = SEED_TYPES[file.name.toLowerCase() as keyof typeof SEED_TYPES];
  const context = type === 'source' || type === 'claim' ? await seedContext(file) : null;
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
    const keep = SEED_FIELDS[type];
    const fields: Record<string, unknown> = keep ? Object.fromEntries(keep.filter((k) => k in value).map((k) => [k, value[k]])) : value;
    if (type === 'source' && context) {
      const ref = context.references.get(String(value.id));
      for (const key of ['title', 'url', 'publisher', 'year', 'doi', 'pmid'] as const) if (ref?.[key] !== undefined) fields[key] = ref[key];
    }
    if (type === 'claim' && context && Array.isArray(value.sources)) {
      const supporting = (Array.isArray(value.findings) ? value.findings : [])
        .filter((f: { stance?: unknown }) => f.stance === 'SUPPORTS')
        .map((f: { finding?: unknown }) => context.findingSource.get(String(f.finding)))
        .filter((id): id is string => id !== undefined);
      fields.sources = [...new Set([...(value.sources as unknown[]), ...supporting])];
    }
    yield { type, at, fields };
  }
}
