/**
 * CSV input for `neo4j-admin database import full`: one header file and one data file per input
 * group, with property columns and their types found from the rows themselves, so that the offline
 * import stores exactly what the Cypher import (bench/import.ts) stores for the same rows.
 *
 * What the Bolt driver does with a JavaScript value decides the column type, because that is what the
 * Cypher import ends up storing:
 * - a string is a STRING; a number is always sent as a 64-bit float, so it is a `double` (FLOAT),
 *   never an integer, even for 3 or 2024; a boolean is a `boolean`; a bigint is a `long`;
 * - an array is a typed array (`string[]`, `double[]`...), its elements joined by ARRAY_DELIMITER;
 * - null and undefined store nothing (`SET n = row` drops null entries): an empty field.
 *
 * The importer cannot store an empty array: its CSV parser drops empty arrays on purpose (an empty
 * field, quoted or not, is no property), while the Cypher import stores `[]`. Each input group records
 * which of its array columns had empty arrays, and restoreEmptyLists (bench/adminImport.ts) sets the
 * missing ones to `[]` once Neo4j runs. That is only exact when the column is never null, which the
 * writer checks (it refuses a column with both null and empty arrays rather than guess).
 *
 * Every string is quoted, with inner quotes doubled (RFC 4180), so commas and quotes in names are safe.
 * Line breaks would need the importer's slow multi-line mode, and array elements that contain the
 * array delimiter or are empty would not read back the same: the writer refuses them too.
 */
import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { SyntheticGraph } from './generate';

/** Between array elements (the importer's default; checked against every element written). */
export const ARRAY_DELIMITER = ';';

type Scalar = 'string' | 'double' | 'boolean' | 'long';
export type ColumnType = Scalar | `${Scalar}[]`;

/** Property keys, labels and types that may be written into Cypher as identifiers (see restoreEmptyLists). */
export const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The column type of a scalar as the driver would send it, or null when Neo4j cannot store it. */
function scalarType(value: unknown): Scalar | null {
  switch (typeof value) {
    case 'string':
      return 'string';
    case 'number':
      return Number.isFinite(value) ? 'double' : null;
    case 'boolean':
      return 'boolean';
    case 'bigint':
      return 'long';
    default:
      return null;
  }
}

/** Why a string cannot go into the CSV unchanged, or null when it can. */
function stringProblem(text: string, inArray: boolean): string | null {
  if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) return "line breaks would need the importer's slow multi-line mode";
  if (inArray && text.length === 0) return 'an empty string in an array cannot be told from no element';
  if (inArray && text.indexOf(ARRAY_DELIMITER) >= 0) return `an array element contains the array delimiter "${ARRAY_DELIMITER}"`;
  return null;
}

/** RFC 4180 quoting; most values have no quote to double, and skipping the replace matters at 2M rows. */
const quote = (text: string) => (text.indexOf('"') < 0 ? `"${text}"` : `"${text.replace(/"/g, '""')}"`);

/** A scalar as CSV text (strings unquoted: the caller quotes the whole field). */
const scalarText = (value: unknown) => (typeof value === 'string' ? value : String(value));

/**
 * A file written through one reused buffer: lines are encoded into it as they come, so they die young
 * (holding millions of line strings until a flush kept the garbage collector busy for seconds).
 */
class BufferedFile {
  private readonly fd: number;
  private readonly buffer = Buffer.allocUnsafe(1 << 23);
  private used = 0;
  bytes = 0;

  constructor(readonly path: string) {
    this.fd = openSync(path, 'w');
  }

  line(text: string): void {
    // A UTF-16 unit takes at most 3 bytes in UTF-8.
    if (this.used + text.length * 3 + 1 > this.buffer.length) this.flush();
    if (text.length * 3 + 1 > this.buffer.length) {
      this.bytes += writeSync(this.fd, `${text}\n`);
      return;
    }
    this.used += this.buffer.write(text, this.used);
    this.buffer[this.used++] = 10;
  }

  private flush(): void {
    let done = 0;
    while (done < this.used) done += writeSync(this.fd, this.buffer, done, this.used - done);
    this.bytes += this.used;
    this.used = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

/**
 * One input group: fixed columns (`:ID` and `:LABEL`, or `:START_ID`, `:END_ID` and `:TYPE`), then one
 * column per property key of the first row. The header is written last, so a column whose first
 * values are null gets its type from the first row that has a value.
 */
export class InputGroup {
  private readonly keys: string[] = [];
  private readonly types = new Map<string, ColumnType | null>();
  /** Columns that had an empty array, and columns that had null: see the file comment. */
  private readonly emptyKeys = new Set<string>();
  private readonly nullKeys = new Set<string>();
  private readonly file: BufferedFile;
  rows = 0;

  constructor(
    private readonly dir: string,
    readonly name: string,
    private readonly fixed: string[],
  ) {
    this.file = new BufferedFile(join(dir, `${name}.csv`));
  }

  get bytes(): number {
    return this.file.bytes;
  }

  /** `fixed` is the row's fixed columns, already encoded and joined; `props` is the map the Cypher import would SET. */
  write(fixed: string, props: Record<string, unknown>): void {
    if (this.rows === 0) for (const key of Object.keys(props)) this.addKey(key);
    else for (const key in props) if (!this.types.has(key)) this.fail(key, 'this property is not in the first row');
    let line = fixed;
    for (const key of this.keys) {
      const value = props[key];
      if (value === null || value === undefined) {
        this.nullKeys.add(key);
        line += ',';
      } else if (Array.isArray(value)) {
        if (value.length === 0) {
          this.emptyKeys.add(key);
          line += ',';
          continue;
        }
        const element = scalarType(value[0]);
        if (element === null) this.fail(key, `an array of ${typeof value[0]} cannot be stored`);
        this.settle(key, `${element}[]`);
        let text = '';
        for (let i = 0; i < value.length; i++) {
          const item: unknown = value[i];
          if (scalarType(item) !== element) this.fail(key, 'an array mixes types');
          const itemText = scalarText(item);
          const problem = element === 'string' ? stringProblem(itemText, true) : null;
          if (problem) this.fail(key, problem);
          text = i === 0 ? itemText : `${text}${ARRAY_DELIMITER}${itemText}`;
        }
        line += element === 'string' ? `,${quote(text)}` : `,${text}`;
      } else {
        const type = scalarType(value);
        if (type === null) this.fail(key, `a ${typeof value} cannot be stored as a property`);
        this.settle(key, type);
        if (type === 'string') {
          const problem = stringProblem(value as string, false);
          if (problem) this.fail(key, problem);
          line += `,${quote(value as string)}`;
        } else {
          // String() gives the shortest text that reads back as the same double.
          line += `,${String(value)}`;
        }
      }
    }
    this.file.line(line);
    this.rows++;
  }

  private fail(key: string, problem: string): never {
    throw new Error(`${this.name} row ${this.rows + 1}, ${key}: ${problem}`);
  }

  private addKey(key: string): void {
    if (!IDENTIFIER.test(key)) this.fail(key, 'unusable property name');
    this.keys.push(key);
    this.types.set(key, null);
  }

  /** The first non-null value of a column decides its type; a later value of another type is an error. */
  private settle(key: string, found: ColumnType): void {
    const known = this.types.get(key);
    if (known === found) return;
    if (known === null || known === undefined) this.types.set(key, found);
    else this.fail(key, `a ${found} in a column of ${known}`);
  }

  /**
   * Closes the data file and writes the header. Returns the importer's `header,data` file list and the
   * columns whose missing values are empty arrays.
   */
  finish(): { files: string; emptyKeys: string[] } {
    this.file.close();
    for (const key of this.emptyKeys) {
      if (this.nullKeys.has(key)) this.fail(key, 'both null and empty arrays: they would be the same after the import');
    }
    // A column with no value in any row stores nothing; `string` is as good a type as any for it.
    const columns = this.keys.map((key) => `${key}:${this.types.get(key) ?? 'string'}`);
    const header = join(this.dir, `${this.name}.header.csv`);
    writeFileSync(header, `${[...this.fixed, ...columns].join(',')}\n`);
    return { files: `${header},${this.file.path}`, emptyKeys: [...this.emptyKeys] };
  }
}

/** A relationship type or other plain string field: quoted, as strings are. */
export function field(text: string): string {
  const problem = stringProblem(text, false);
  if (problem) throw new Error(`${JSON.stringify(text)}: ${problem}`);
  return quote(text);
}

/** The labels of a node in its `:LABEL` column. */
export function labelsField(labels: string[]): string {
  for (const label of labels) {
    const problem = stringProblem(label, true);
    if (problem) throw new Error(`label ${JSON.stringify(label)}: ${problem}`);
  }
  return quote(labels.join(ARRAY_DELIMITER));
}

/**
 * Properties to set to `[]` where they are missing after the import: by a label every node of the
 * group has, and by relationship type.
 */
export type EmptyLists = { labels: Record<string, string[]>; types: Record<string, string[]> };

export type GraphCsv = {
  dir: string;
  /** The importer's `--nodes=` and `--relationships=` values: `header,data` per input group. */
  nodes: string[];
  relationships: string[];
  nodeCount: number;
  relationshipCount: number;
  /** Rows per input group. */
  rows: Record<string, number>;
  emptyLists: EmptyLists;
  bytes: number;
};

/**
 * The synthetic graph as the importer's CSV, row for row what bench/import.ts writes through Cypher:
 * - (:Source) with its props and id; (:Entity:<Label>) with its props (id among them);
 * - descriptive links with `sources`;
 * - per claim a (:Claim) with its props, SUBJECT and OBJECT to its ends, SUPPORTED_BY to each source
 *   and, unless retracted, the direct relationship typed by its predicate with claimId, strength and
 *   strengthRank.
 * Relationships refer to nodes by the node ids the importer will give them (`--id-type=actual`: 0, 1,
 * 2... in the order of the node files), so it maps no ids at all, which saved about a fifth of its CPU
 * against per-group numbers and more against the 20 to 90 character string ids. `id` is an ordinary
 * string property. Every end of a relationship is looked up among the nodes written, as the Cypher
 * import looks up element ids.
 */
export function writeGraphCsv(graph: SyntheticGraph, dir: string, onRelationships: (written: number) => void = () => {}): GraphCsv {
  const nodeColumns = [':ID', ':LABEL'];
  const relationshipColumns = [':START_ID', ':END_ID', ':TYPE'];
  const sources = new InputGroup(dir, 'sources', nodeColumns);
  const entities = new InputGroup(dir, 'entities', nodeColumns);
  const claims = new InputGroup(dir, 'claims', nodeColumns);
  const links = new InputGroup(dir, 'links', relationshipColumns);
  const direct = new InputGroup(dir, 'claim-direct', relationshipColumns);
  const ends = new InputGroup(dir, 'claim-ends', relationshipColumns);
  const supports = new InputGroup(dir, 'claim-sources', relationshipColumns);
  const sourceKeys = new Map<string, string>();
  const entityKeys = new Map<string, string>();
  const key = (keys: Map<string, string>, id: string) => {
    const found = keys.get(id);
    if (found === undefined) throw new Error(`No node was written for ${id}`);
    return found;
  };
  const checkId = (id: string, props: Record<string, unknown>) => {
    if (props.id !== id) throw new Error(`Row ${id} carries another id property: ${String(props.id)}`);
  };
  // Node ids 0, 1, 2... in the order the importer reads the node files (sources, entities, claims).
  let nodeId = 0;
  let relationships = 0;
  const linkTypes = new Set<string>();
  const predicates = new Set<string>();

  const sourceLabel = labelsField(['Source']);
  for (const row of graph.sourceRows) {
    if (sourceKeys.has(row.id)) throw new Error(`Two sources have the id ${row.id}`);
    const k = String(nodeId++);
    sourceKeys.set(row.id, k);
    // As bench/import.ts: SET s = row.props, s.id = row.id.
    sources.write(`${k},${sourceLabel}`, { ...row.props, id: row.id });
  }
  for (const { label, rows } of graph.entityBatches(5000)) {
    const labels = labelsField(['Entity', label]);
    for (const row of rows) {
      checkId(row.id, row.props);
      if (entityKeys.has(row.id)) throw new Error(`Two entities have the id ${row.id}`);
      const k = String(nodeId++);
      entityKeys.set(row.id, k);
      entities.write(`${k},${labels}`, row.props);
    }
  }
  for (const { type, rows } of graph.linkBatches(20000)) {
    linkTypes.add(type);
    const typeField = field(type);
    for (const row of rows) {
      links.write(`${key(entityKeys, row.from)},${key(entityKeys, row.to)},${typeField}`, { sources: row.sources });
    }
    relationships += rows.length;
    onRelationships(relationships);
  }
  const claimLabel = labelsField(['Claim']);
  const subjectType = field('SUBJECT');
  const objectType = field('OBJECT');
  const supportedBy = field('SUPPORTED_BY');
  const noProps = {};
  for (const { predicate, rows } of graph.claimBatches(5000)) {
    predicates.add(predicate);
    const predicateType = field(predicate);
    for (const row of rows) {
      checkId(row.id, row.props);
      // Claims are only referred to by their own relationships, written right here: no lookup needed.
      const k = String(nodeId++);
      const subject = key(entityKeys, row.subject);
      const object = key(entityKeys, row.object);
      claims.write(`${k},${claimLabel}`, row.props);
      ends.write(`${k},${subject},${subjectType}`, noProps);
      ends.write(`${k},${object},${objectType}`, noProps);
      for (const source of row.sources) supports.write(`${k},${key(sourceKeys, source)},${supportedBy}`, noProps);
      relationships += 2 + row.sources.length;
      if (row.live) {
        direct.write(`${subject},${object},${predicateType}`, {
          claimId: row.props.id,
          strength: row.props.strength,
          strengthRank: row.props.strengthRank,
        });
        relationships++;
      }
    }
    onRelationships(relationships);
  }

  const nodeGroups: [InputGroup, string][] = [
    [sources, 'Source'],
    [entities, 'Entity'],
    [claims, 'Claim'],
  ];
  const relationshipGroups: [InputGroup, string[]][] = [
    [links, [...linkTypes]],
    [direct, [...predicates]],
    [ends, ['SUBJECT', 'OBJECT']],
    [supports, ['SUPPORTED_BY']],
  ];
  const emptyLists: EmptyLists = { labels: {}, types: {} };
  const nodes = nodeGroups.map(([group, label]) => {
    const { files, emptyKeys } = group.finish();
    if (emptyKeys.length > 0) emptyLists.labels[label] = emptyKeys;
    return files;
  });
  const rels = relationshipGroups.map(([group, types]) => {
    const { files, emptyKeys } = group.finish();
    if (emptyKeys.length > 0) for (const type of types) emptyLists.types[type] = emptyKeys;
    return files;
  });
  const all = [...nodeGroups.map(([g]) => g), ...relationshipGroups.map(([g]) => g)];
  const relationshipCount = relationshipGroups.reduce((n, [g]) => n + g.rows, 0);
  if (relationshipCount !== relationships) throw new Error(`Counted ${relationships} relationships but wrote ${relationshipCount}`);
  return {
    dir,
    nodes,
    relationships: rels,
    nodeCount: nodeId,
    relationshipCount,
    rows: Object.fromEntries(all.map((g) => [g.name, g.rows])),
    emptyLists,
    bytes: all.reduce((n, g) => n + g.bytes, 0),
  };
}
