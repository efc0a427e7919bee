/**
 * Streaming text readers shared by the import formats: lines with their numbers, tab- and comma-separated
 * rows, and the elements of a top-level JSON array with the line each starts on. None of them holds more
 * than one record in memory.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export type Line = { number: number; text: string };

export async function* readLines(path: string): AsyncGenerator<Line> {
  const input = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
  const lines = createInterface({ input, crlfDelay: Infinity });
  let number = 0;
  try {
    for await (const text of lines) {
      number += 1;
      yield { number, text: number === 1 && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
    }
  } finally {
    lines.close();
    input.destroy();
  }
}

/** A row of named cells, the line it starts on and the 1-based column of each name. */
export type Row = { line: number; cells: Record<string, string>; columns: Map<string, number>; width: number; headerWidth: number };

// ------------------------------------------------------------------ TSV (KGX)

/**
 * KGX TSV has no quoting: a cell cannot hold a tab or a line break. Export escapes those (and the
 * backslash) as \t, \n, \r and \\, and import reads them back, so any text survives the round trip.
 */
export function escapeTsv(text: string): string {
  return /[\t\n\r\\]/.test(text)
    ? text.replace(/[\t\n\r\\]/g, (c) => (c === '\t' ? '\\t' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : '\\\\'))
    : text;
}

export function unescapeTsv(text: string): string {
  return text.indexOf('\\') < 0
    ? text
    : text.replace(/\\([tnr\\|])/g, (_, c: string) => (c === 't' ? '\t' : c === 'n' ? '\n' : c === 'r' ? '\r' : c === '|' ? '\\|' : '\\'));
}

export async function* readTsv(path: string): AsyncGenerator<Row> {
  let header: string[] | undefined;
  let columns = new Map<string, number>();
  for await (const { number, text } of readLines(path)) {
    if (header === undefined) {
      header = text.split('\t').map((h) => h.trim());
      columns = new Map(header.map((h, i) => [h, i + 1]));
      continue;
    }
    if (text.trim() === '') continue;
    const values = text.split('\t');
    const cells: Record<string, string> = {};
    header.forEach((name, i) => {
      const v = values[i];
      if (v !== undefined && v !== '') cells[name] = v;
    });
    yield { line: number, cells, columns, width: values.length, headerWidth: header.length };
  }
}

/** The header of a TSV or CSV file (first line), for telling nodes from edges and checking columns. */
export async function firstLine(path: string): Promise<string> {
  for await (const { text } of readLines(path)) return text;
  return '';
}

// ------------------------------------------------------------------ multi-valued cells

/** Lists in one cell are joined by `|`; a `|` or `\` inside an element is escaped with a backslash. */
export function joinList(items: readonly string[]): string {
  // Most lists have nothing to escape: joined as they are, without a new string per item.
  for (const item of items) {
    if (item.indexOf('\\') >= 0 || item.indexOf('|') >= 0) return items.map((i) => i.replace(/[\\|]/g, (c) => `\\${c}`)).join('|');
  }
  return items.join('|');
}

export function splitList(cell: string | undefined): string[] {
  if (cell === undefined || cell === '') return [];
  if (cell.indexOf('\\') < 0) return cell.split('|');
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i]!;
    if (c === '\\' && i + 1 < cell.length) current += cell[++i];
    else if (c === '|') {
      out.push(current);
      current = '';
    } else current += c;
  }
  out.push(current);
  return out;
}

// ------------------------------------------------------------------ CSV (RFC 4180)

/** Quotes a CSV field when it needs it: commas, quotes, line breaks, or leading/trailing space. */
export function csvField(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Parses CSV rows, quoted fields may span lines; the row's line is where it starts. */
export async function* readCsv(path: string): AsyncGenerator<Row> {
  let header: string[] | undefined;
  let columns = new Map<string, number>();
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let startLine = 0;
  let inRow = false;
  const emit = function* (): Generator<Row> {
    if (header === undefined) {
      header = fields.map((h) => h.trim());
      columns = new Map(header.map((h, i) => [h, i + 1]));
      return;
    }
    if (fields.length === 1 && fields[0] === '') return;
    const cells: Record<string, string> = {};
    header.forEach((name, i) => {
      const v = fields[i];
      if (v !== undefined && v !== '') cells[name] = v;
    });
    yield { line: startLine, cells, columns, width: fields.length, headerWidth: header.length };
  };
  for await (const { number, text } of readLines(path)) {
    if (!inRow) {
      startLine = number;
      inRow = true;
      fields = [];
      field = '';
    } else field += '\n';
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (quoted) {
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i++;
          } else quoted = false;
        } else field += c;
      } else if (c === '"' && field === '') quoted = true;
      else if (c === ',') {
        fields.push(field);
        field = '';
      } else field += c;
    }
    if (quoted) continue;
    fields.push(field);
    inRow = false;
    yield* emit();
  }
  if (inRow) {
    fields.push(field);
    yield* emit();
  }
}

// ------------------------------------------------------------------ JSON arrays (the seed format)

/**
 * The elements of a file holding one JSON array, each with the line it starts on, without parsing the
 * whole file at once. A file that is not an array yields one element with `error` set.
 */
export async function* readJsonArray(path: string): AsyncGenerator<{ line: number; value?: unknown; error?: string }> {
  let depth = 0;
  let inString = false;
  let escaped = false;
  let buffer = '';
  let startLine = 0;
  let opened = false;
  let closed = false;
  for await (const { number, text } of readLines(path)) {
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (inString) {
        buffer += c;
        if (escaped) escaped = false;
        else if (c === '\\') escaped = true;
        else if (c === '"') inString = false;
        continue;
      }
      if (depth === 0) {
        if (c === ' ' || c === '\t' || c === '\r') continue;
        if (c === '[' && !opened) {
          opened = true;
          depth = 1;
          continue;
        }
        yield { line: number, error: closed ? 'holds something after the end of the JSON array' : 'must be a JSON array of records' };
        return;
      }
      if (depth === 1) {
        if (buffer === '' && (c === ' ' || c === '\t' || c === '\r')) continue;
        if (c === ',' || c === ']') {
          if (buffer.trim() !== '') yield parseElement(buffer, startLine);
          else if (c === ',') yield { line: number, error: 'an empty element in the JSON array' };
          buffer = '';
          if (c === ']') {
            depth = 0;
            closed = true;
          }
          continue;
        }
        if (buffer === '') startLine = number;
      }
      if (c === '"') inString = true;
      else if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') depth--;
      buffer += c;
    }
    if (buffer !== '') buffer += '\n';
  }
  if (!opened) yield { line: 1, error: 'must be a JSON array of records' };
  else if (!closed) yield { line: startLine, error: 'the JSON array is not closed' };
}

function parseElement(text: string, line: number): { line: number; value?: unknown; error?: string } {
  try {
    return { line, value: JSON.parse(text) };
  } catch (error) {
    return { line, error: `cannot be read as JSON: ${(error as Error).message}` };
  }
}
