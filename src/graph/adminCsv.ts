/**
 * CSV input for `neo4j-admin database import full` (src/graph/adminImport.ts): one header file and one
 * data file per input group, with property columns and their types found from the rows themselves, so
 * that the offline import stores exactly what a Cypher import stores for the same rows. Used by the
 * offline `npm run import -- --offline` (src/interchange/offline.ts) and by the benchmark's loader of its
 * synthetic graph (bench/adminCsv.ts).
 *
 * What the Bolt driver does with a JavaScript value decides the column type, because that is what the
 * Cypher import ends up storing:
 * - a string is a STRING; a number is always sent as a 64-bit float, so it is a `double` (FLOAT),
 *   never an integer, even for 3 or 2024; a boolean is a `boolean`; a bigint is a `long` (what Cypher's
 *   own integers, such as `size(list)`, store);
 * - an array is a typed array (`string[]`, `double[]`...), its elements joined by ARRAY_DELIMITER;
 * - null and undefined store nothing (`SET n = row` drops null entries): an empty field.
 *
 * The importer cannot store an empty array: its CSV parser drops empty arrays on purpose (an empty
 * field, quoted or not, is no property), while the Cypher import stores `[]`. Each input group records
 * which of its array columns had empty arrays, and restoreEmptyLists (src/graph/adminImport.ts) sets the
 * missing ones to `[]` once Neo4j runs. That is only exact when the column is never null, which the
 * writer checks (it refuses a column with both null and empty arrays rather than guess).
 *
 * Every string is quoted, with inner quotes doubled (RFC 4180), so commas and quotes in texts are safe;
 * a quoted empty string is stored as ''. A text with a line break is written as it is and the group
 * says so (`lineBreaks`): the importer then needs its slower multi-line mode (`--multiline-fields`).
 * Array elements that contain the array delimiter (the unit separator, U+001F) or are empty would not
 * read back the same: the writer refuses them.
 */
import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Between array elements: the ASCII unit separator, which no text of the project's records holds (a `;`,
 * the importer's default, is common in outcomes and author lists). Passed to the tool as ARRAY_DELIMITER_OPTION
 * and checked against every element written.
 */
export const ARRAY_DELIMITER = '\u001f';
export const ARRAY_DELIMITER_OPTION = 'U+001F';

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
  if (inArray && text.length === 0) return 'an empty string in an array cannot be told from no element';
  if (inArray && text.indexOf(ARRAY_DELIMITER) >= 0) return 'an array element contains the array delimiter (U+001F)';
  return null;
}

const hasLineBreak = (text: string) => text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;

/** RFC 4180 quoting; most values have no quote to double, and skipping the replace matters at 2M rows. */
const quote = (text: string) => (text.indexOf('"') < 0 ? `"${text}"` : `"${text.replace(/"/g, '""')}"`);

/** A scalar as CSV text (strings unquoted: the caller quotes the whole field). */
const scalarText = (value: unknown) => (typeof value === 'string' ? value : String(value));

/**
 * A file written through one reused buffer: lines are encoded into it as they come, so they die young
 * (holding millions of line strings until a flush kept the garbage collector busy for seconds). 1 MB each:
 * an import writes nine files at once, and 8 MB buffers held 72 MB of its resident memory for no gain
 * (one write call per megabyte is already few).
 */
class BufferedFile {
  private readonly fd: number;
  private readonly buffer = Buffer.allocUnsafe(1 << 20);
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
  /** Whether some text had a line break (the importer then needs --multiline-fields). */
  lineBreaks = false;

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
          if (element === 'string' && hasLineBreak(itemText)) this.lineBreaks = true;
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
          if (hasLineBreak(value as string)) this.lineBreaks = true;
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
  finish(): { files: string; emptyKeys: string[]; lineBreaks: boolean } {
    this.file.close();
    for (const key of this.emptyKeys) {
      if (this.nullKeys.has(key)) this.fail(key, 'both null and empty arrays: they would be the same after the import');
    }
    // A column with no value in any row stores nothing; `string` is as good a type as any for it.
    const columns = this.keys.map((key) => `${key}:${this.types.get(key) ?? 'string'}`);
    const header = join(this.dir, `${this.name}.header.csv`);
    writeFileSync(header, `${[...this.fixed, ...columns].join(',')}\n`);
    return { files: `${header},${this.file.path}`, emptyKeys: [...this.emptyKeys], lineBreaks: this.lineBreaks };
  }
}

/** A relationship type or other plain string field: quoted, as strings are. */
export function field(text: string): string {
  if (hasLineBreak(text)) throw new Error(`${JSON.stringify(text)}: a line break in a fixed column`);
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

/** What the tool is given: the input groups' files and what the writer counted. */
export type AdminCsv = {
  dir: string;
  /** The importer's `--nodes=` and `--relationships=` values: `header,data` per input group. */
  nodes: string[];
  relationships: string[];
  nodeCount: number;
  relationshipCount: number;
  /** Whether some text has a line break (the importer's multi-line mode). */
  lineBreaks: boolean;
};

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
