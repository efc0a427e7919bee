/**
 * Export: the graph as KGX TSV, KGX JSON Lines, GraphML or CSV, streamed from Neo4j to any writable
 * stream (a file, an HTTP response) with backpressure, ordered by id so that the same graph always gives
 * the same bytes. Every file of one export is read in one read transaction; Neo4j's read-committed
 * isolation makes that no snapshot (docs/interchange.md, "Limits"), so files agree only while no one writes.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { ManagedTransaction, Record as Neo4jRecord } from 'neo4j-driver';
import type { Database } from '../graph/database';
import {
  AGENT_TYPE,
  FINDING_CATEGORY,
  ID_PREFIX,
  IDENTIFIER_KEYS,
  INFORES,
  KNOWLEDGE_LEVEL,
  RELATION_PREDICATES,
  SOURCE_CATEGORY,
  categoryOfKind,
  xrefOf,
  type GraphRelation,
} from './biolink';
import { CLAIM_EXTRA_COLUMNS, FINDING_COLUMNS, SOURCE_EXTRA_COLUMNS, writeColumns } from './columns';
import * as Q from './cypher';
import { CSV_COLUMNS } from './formats';
import type { ClaimData, EntityData, FindingData, LinkData, SourceData } from './model';
import { claimFromRow, entityFromRow, findingFromRow, linkFromRow, sourceFromRow } from './records';
import { csvField, escapeTsv, joinList } from './text';

export const EXPORT_FORMATS = ['kgx', 'jsonl', 'graphml', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_FILES: Record<ExportFormat, readonly string[]> = {
  kgx: ['nodes.tsv', 'edges.tsv'],
  jsonl: ['nodes.jsonl', 'edges.jsonl'],
  graphml: ['graph.graphml'],
  csv: ['sources.csv', 'entities.csv', 'findings.csv', 'links.csv', 'claims.csv'],
};

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  kgx: 'text/tab-separated-values; charset=utf-8',
  jsonl: 'application/x-ndjson; charset=utf-8',
  graphml: 'application/graphml+xml; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

export type ExportOptions = {
  /** Retracted claims are exported, marked with their retraction, unless this is false. */
  includeRetracted?: boolean;
  onProgress?: (relationships: number) => void;
};

export type ExportCounts = { nodes: number; relationships: number; bytes: number };

/** Buffers small writes into large chunks and waits when the stream asks to. */
class Out {
  private chunk = '';
  bytes = 0;
  constructor(private readonly stream: Writable) {}
  /** Adds text; true once the chunk is large enough to flush (no promise per line: an export writes millions). */
  add(text: string): boolean {
    this.chunk += text;
    return this.chunk.length >= 1 << 16;
  }
  async flush(): Promise<void> {
    if (!this.chunk) return;
    const data = this.chunk;
    this.chunk = '';
    this.bytes += Buffer.byteLength(data);
    if (!this.stream.write(data)) await once(this.stream, 'drain');
  }
}

type Rows = {
  sources: () => AsyncGenerator<SourceData>;
  entities: () => AsyncGenerator<EntityData>;
  findings: () => AsyncGenerator<FindingData>;
  links: () => AsyncGenerator<LinkData>;
  claims: () => AsyncGenerator<ClaimData>;
  /** The PMID and DOI CURIEs of every source that has one, by source id. */
  publications: () => Promise<Map<string, string[]>>;
};

/** A record's columns under their field names, as records.ts reads a row. */
function rowOf(keys: readonly string[], record: Neo4jRecord): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (let i = 0; i < keys.length; i++) row[keys[i]!] = record.get(i);
  return row;
}

/** Links of one entity in export order: by type, then by the entity they point to. */
export function sortLinks(links: [type: string, to: string, sources: string[] | null][]): typeof links {
  return links.sort(([ta, a], [tb, b]) => (ta < tb ? -1 : ta > tb ? 1 : a < b ? -1 : a > b ? 1 : 0));
}

function claimOf(record: Neo4jRecord): ClaimData {
  const row = rowOf(Q.EXPORT_CLAIM_KEYS, record);
  const k = Q.EXPORT_CLAIM_KEYS.length;
  row.subject = record.get(k);
  row.object = record.get(k + 1);
  row.sources = record.get(k + 2);
  row.findings = (record.get(k + 3) as unknown[][]).map(([finding, stance, note, order]) => ({ finding, stance, note, order }));
  return claimFromRow(row);
}

function graphRows(tx: ManagedTransaction, includeRetracted: boolean): Rows {
  async function* stream<T>(cypher: string, params: Record<string, unknown>, map: (record: Neo4jRecord) => T): AsyncGenerator<T> {
    for await (const record of tx.run(cypher, params)) yield map(record);
  }
  async function* links(): AsyncGenerator<LinkData> {
    for await (const record of tx.run(Q.EXPORT_LINKS)) {
      const from = record.get(0) as string;
      for (const [type, to, sources] of sortLinks(record.get(1) as Parameters<typeof sortLinks>[0]))
        yield linkFromRow({ type, from, to, sources });
    }
  }
  return {
    sources: () => stream(Q.EXPORT_SOURCES, {}, (r) => sourceFromRow(rowOf(Q.EXPORT_SOURCE_KEYS, r))),
    entities: () => stream(Q.EXPORT_ENTITIES, {}, (r) => entityFromRow(rowOf(Q.EXPORT_ENTITY_KEYS, r))),
    findings: () => stream(Q.EXPORT_FINDINGS, {}, (r) => findingFromRow(rowOf(Q.EXPORT_FINDING_KEYS, r))),
    links,
    claims: () => stream(Q.EXPORT_CLAIMS, { includeRetracted }, claimOf),
    publications: async () => {
      const found = new Map<string, string[]>();
      for await (const r of tx.run(Q.EXPORT_PUBLICATIONS)) {
        const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
        found.set(r.get(0) as string, publicationsOf({ pmid: text(r.get(1)), doi: text(r.get(2)) }));
      }
      return found;
    },
  };
}

const curie = (id: string) => `${ID_PREFIX}${id}`;
const claimRelationships = (c: ClaimData) => 2 + c.sources.length + c.findings.length + (c.retractedAt ? 0 : 1);
const unique = (columns: readonly string[]) => [...new Set(columns)];

/** The PMID and DOI CURIEs a source (a published study) is cited by. */
export function publicationsOf(source: Pick<SourceData, 'pmid' | 'doi'> | undefined): string[] {
  return [...(source?.pmid ? [`PMID:${source.pmid}`] : []), ...(source?.doi ? [`doi:${source.doi}`] : [])];
}

// ------------------------------------------------------------------ KGX (TSV and JSON Lines)

export const KGX_NODE_COLUMNS = unique([
  'id',
  'category',
  'name',
  'description',
  'synonym',
  'xref',
  'provided_by',
  'iri',
  'source_kind',
  'publisher',
  'year',
  'note',
  'doi',
  'pmid',
  'identifier_note',
  'order',
  'duration_min',
  'duration_max',
  ...SOURCE_EXTRA_COLUMNS.map((c) => c.column),
  'reported_in',
  ...FINDING_COLUMNS.map((c) => c.column),
]);
export const KGX_EDGE_COLUMNS = unique([
  'id',
  'subject',
  'predicate',
  'object',
  'primary_knowledge_source',
  'knowledge_level',
  'agent_type',
  'publications',
  'sources',
  'grade',
  'statement',
  'retracted_at',
  'retracted_by',
  'retraction_reason',
  ...CLAIM_EXTRA_COLUMNS.map((c) => c.column),
]);

/** A cell: text, a number, a list (joined by `|` in TSV), or, in JSON Lines only, any JSON value. */
type KgxValue = unknown;

function sourceNode(s: SourceData, jsonValues: boolean): Record<string, KgxValue> {
  const node: Record<string, KgxValue> = {
    id: curie(s.id),
    category: [SOURCE_CATEGORY],
    name: s.title,
    provided_by: [INFORES],
    iri: s.url,
    source_kind: s.kind,
    publisher: s.publisher,
    year: s.year,
    note: s.note,
    doi: s.doi,
    pmid: s.pmid,
  };
  writeColumns(s, SOURCE_EXTRA_COLUMNS, node, jsonValues);
  return node;
}

function findingNode(f: FindingData, jsonValues: boolean): Record<string, KgxValue> {
  const node: Record<string, KgxValue> = {
    id: curie(f.id),
    category: [FINDING_CATEGORY],
    name: f.outcome,
    description: f.summary,
    provided_by: [INFORES],
    reported_in: curie(f.source),
  };
  writeColumns(f, FINDING_COLUMNS, node, jsonValues);
  return node;
}

function entityNode(e: EntityData): Record<string, KgxValue> {
  const xref: string[] = [];
  for (const key of IDENTIFIER_KEYS) {
    const value = e.identifiers?.[key];
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) xref.push(xrefOf(key, v));
  }
  return {
    id: curie(e.id),
    category: [categoryOfKind(e.kind)],
    name: e.name,
    description: e.description,
    synonym: e.aliases.length ? e.aliases : undefined,
    xref: xref.length ? xref : undefined,
    provided_by: [INFORES],
    identifier_note: e.identifiers?.note,
    order: e.order,
    duration_min: e.durationMinutes?.min,
    duration_max: e.durationMinutes?.max,
  };
}

const EDGE_COMMON = { primary_knowledge_source: INFORES, knowledge_level: KNOWLEDGE_LEVEL, agent_type: AGENT_TYPE };

function linkEdge(l: LinkData): Record<string, KgxValue> {
  return {
    id: `${ID_PREFIX}${l.from}.${l.type}.${l.to}`,
    subject: curie(l.from),
    predicate: RELATION_PREDICATES[l.type as GraphRelation],
    object: curie(l.to),
    ...EDGE_COMMON,
    sources: l.sources.map(curie),
  };
}

function claimEdge(c: ClaimData, publications: string[], jsonValues: boolean): Record<string, KgxValue> {
  const edge: Record<string, KgxValue> = {
    id: curie(c.id),
    subject: curie(c.subject),
    predicate: RELATION_PREDICATES[c.predicate],
    object: curie(c.object),
    ...EDGE_COMMON,
    publications: publications.length ? publications : undefined,
    sources: c.sources.map(curie),
    grade: c.strength,
    statement: c.statement,
    retracted_at: c.retractedAt,
    retracted_by: c.retractedBy,
    retraction_reason: c.retractionReason,
  };
  writeColumns(c, CLAIM_EXTRA_COLUMNS, edge, jsonValues);
  return edge;
}

function tsvLine(columns: readonly string[], record: Record<string, KgxValue>): string {
  let line = '';
  for (let i = 0; i < columns.length; i++) {
    const v = record[columns[i]!];
    if (i > 0) line += '\t';
    if (v !== undefined) line += escapeTsv(Array.isArray(v) ? joinList(v) : String(v));
  }
  return `${line}\n`;
}

function jsonLine(columns: readonly string[], record: Record<string, KgxValue>): string {
  const ordered: Record<string, KgxValue> = {};
  for (const c of columns) if (record[c] !== undefined) ordered[c] = record[c];
  return `${JSON.stringify(ordered)}\n`;
}

// ------------------------------------------------------------------ GraphML

const xml = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

const GRAPHML_KEYS = [
  ['label', 'node', 'string'],
  ['name', 'node', 'string'],
  ['kind', 'node', 'string'],
  ['category', 'node', 'string'],
  ['ids', 'node', 'string'],
  ['type', 'edge', 'string'],
  ['predicate', 'edge', 'string'],
  ['grade', 'edge', 'string'],
  ['claim', 'edge', 'string'],
  ['retracted', 'edge', 'boolean'],
  ['sources', 'edge', 'string'],
] as const;

function graphmlData(values: Record<string, string | boolean | undefined>): string {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `<data key="${k}">${xml(String(v))}</data>`)
    .join('');
}

// ------------------------------------------------------------------ the files

/** Writes one file of a format from an open read transaction. */
async function writeFile(
  rows: Rows,
  format: ExportFormat,
  file: string,
  out: Out,
  counts: ExportCounts,
  onProgress?: (n: number) => void,
): Promise<void> {
  const rel = (n: number) => {
    counts.relationships += n;
    if (onProgress && counts.relationships % 10000 < n) onProgress(counts.relationships);
  };
  if (format === 'kgx' || format === 'jsonl') {
    const isNodes = file.startsWith('nodes');
    const columns = isNodes ? KGX_NODE_COLUMNS : KGX_EDGE_COLUMNS;
    const line =
      format === 'kgx' ? (r: Record<string, KgxValue>) => tsvLine(columns, r) : (r: Record<string, KgxValue>) => jsonLine(columns, r);
    const jsonValues = format === 'jsonl';
    if (format === 'kgx') out.add(`${columns.join('\t')}\n`);
    if (isNodes) {
      for await (const s of rows.sources()) {
        counts.nodes++;
        if (out.add(line(sourceNode(s, jsonValues)))) await out.flush();
      }
      for await (const e of rows.entities()) {
        counts.nodes++;
        if (out.add(line(entityNode(e)))) await out.flush();
      }
      for await (const f of rows.findings()) {
        counts.nodes++;
        rel(1);
        if (out.add(line(findingNode(f, jsonValues)))) await out.flush();
      }
    } else {
      for await (const l of rows.links()) {
        rel(1);
        if (out.add(line(linkEdge(l)))) await out.flush();
      }
      const publications = await rows.publications();
      for await (const c of rows.claims()) {
        rel(claimRelationships(c));
        if (out.add(line(claimEdge(c, [...new Set(c.sources.flatMap((id) => publications.get(id) ?? []))], jsonValues)))) await out.flush();
      }
    }
    return;
  }
  if (format === 'csv') {
    const which = file.replace(/\.csv$/, '') as keyof typeof CSV_COLUMNS;
    const columns = CSV_COLUMNS[which];
    out.add(`${columns.join(',')}\n`);
    const line = (values: Record<string, unknown>) =>
      `${columns
        .map((c) => {
          const v = values[c];
          return v === undefined ? '' : csvField(Array.isArray(v) ? joinList(v) : String(v));
        })
        .join(',')}\n`;
    if (which === 'sources') {
      for await (const s of rows.sources()) {
        counts.nodes++;
        const values: Record<string, unknown> = { ...s };
        writeColumns(s, SOURCE_EXTRA_COLUMNS, values, false);
        if (out.add(line(values))) await out.flush();
      }
    } else if (which === 'findings') {
      for await (const f of rows.findings()) {
        counts.nodes++;
        rel(1);
        const values: Record<string, unknown> = { id: f.id, source: f.source, outcome: f.outcome, summary: f.summary };
        writeColumns(f, FINDING_COLUMNS, values, false);
        if (out.add(line(values))) await out.flush();
      }
    } else if (which === 'entities') {
      for await (const e of rows.entities()) {
        counts.nodes++;
        if (
          out.add(
            line({
              ...e,
              ...e.identifiers,
              note: undefined,
              identifier_note: e.identifiers?.note,
              durationMinutes: undefined,
              identifiers: undefined,
              duration_min: e.durationMinutes?.min,
              duration_max: e.durationMinutes?.max,
            } as never),
          )
        )
          await out.flush();
      }
    } else if (which === 'links') {
      for await (const l of rows.links()) {
        rel(1);
        if (out.add(line({ ...l }))) await out.flush();
      }
    } else {
      for await (const c of rows.claims()) {
        rel(claimRelationships(c));
        const values: Record<string, unknown> = {
          ...c,
          retracted_at: c.retractedAt,
          retracted_by: c.retractedBy,
          retraction_reason: c.retractionReason,
        };
        writeColumns(c, CLAIM_EXTRA_COLUMNS, values, false);
        if (out.add(line(values))) await out.flush();
      }
    }
    return;
  }
  // GraphML: entities as nodes; links and claims as edges (a claim's grade on its edge).
  if (
    out.add(
      `<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n` +
        GRAPHML_KEYS.map(([name, target, type]) => `<key id="${name}" for="${target}" attr.name="${name}" attr.type="${type}"/>\n`).join(
          '',
        ) +
        `<graph id="acupuncture-running-kg" edgedefault="directed">\n`,
    )
  )
    await out.flush();
  for await (const e of rows.entities()) {
    counts.nodes++;
    const ids = IDENTIFIER_KEYS.flatMap((k) => {
      const v = e.identifiers?.[k];
      return v === undefined ? [] : (Array.isArray(v) ? v : [v]).map((x) => xrefOf(k, x));
    });
    if (
      out.add(
        `<node id="${xml(e.id)}">${graphmlData({ label: e.name, name: e.name, kind: e.kind, category: categoryOfKind(e.kind), ids: ids.join(' ') })}</node>\n`,
      )
    )
      await out.flush();
  }
  for await (const l of rows.links()) {
    rel(1);
    if (
      out.add(
        `<edge id="${xml(`${l.from}.${l.type}.${l.to}`)}" source="${xml(l.from)}" target="${xml(l.to)}">${graphmlData({
          type: l.type,
          predicate: RELATION_PREDICATES[l.type as GraphRelation],
          sources: l.sources.join(' '),
        })}</edge>\n`,
      )
    )
      await out.flush();
  }
  for await (const c of rows.claims()) {
    rel(claimRelationships(c));
    if (
      out.add(
        `<edge id="${xml(c.id)}" source="${xml(c.subject)}" target="${xml(c.object)}">${graphmlData({
          type: c.predicate,
          predicate: RELATION_PREDICATES[c.predicate],
          grade: c.strength,
          claim: c.id,
          retracted: c.retractedAt !== undefined,
          sources: c.sources.join(' '),
        })}</edge>\n`,
      )
    )
      await out.flush();
  }
  if (out.add('</graph>\n</graphml>\n')) await out.flush();
}

/**
 * Writes the files of a format, each to the stream `open` gives for its name (the caller ends it),
 * all from one read transaction.
 */
export async function exportGraph(
  db: Database,
  format: ExportFormat,
  open: (file: string) => Writable | Promise<Writable>,
  options: ExportOptions = {},
  files: readonly string[] = EXPORT_FILES[format],
): Promise<ExportCounts> {
  return db.readTx(
    async (tx) => {
      const counts: ExportCounts = { nodes: 0, relationships: 0, bytes: 0 };
      const rows = graphRows(tx, options.includeRetracted ?? true);
      for (const file of files) {
        const stream = await open(file);
        const out = new Out(stream);
        await writeFile(rows, format, file, out, counts, options.onProgress);
        await out.flush();
        counts.bytes += out.bytes;
        await new Promise<void>((resolve, reject) => {
          stream.once('error', reject);
          stream.end(() => resolve());
        });
      }
      return counts;
    },
    3600000,
    EXPORT_FETCH_SIZE,
  );
}

/** Records per batch from the server while exporting (the driver's default is 1,000). */
const EXPORT_FETCH_SIZE = 10000;
