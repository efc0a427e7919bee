import neo4j, { type Integer } from 'neo4j-driver';
import { badUserInput } from '../core/errors';

/** Checks a numeric argument against its documented bounds; outside them is the client's mistake. */
export function boundedInt(value: number | null | undefined, fallback: number, min: number, max: number, field: string): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < min || v > max) {
    throw badUserInput(`${field} must be a whole number from ${min} to ${max} (got ${v}).`, field);
  }
  return v;
}

/** LIMIT and SKIP want Cypher integers, not the floats a JavaScript number becomes. */
export function cypherInt(value: number): Integer {
  return neo4j.int(value);
}

/** Cursors are opaque to clients: base64url JSON of the sort key of the last edge. */
export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined, shape: ('string' | 'number')[], field = 'after'): unknown[] | null {
  if (cursor === null || cursor === undefined) return null;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === shape.length && key.every((part, i) => typeof part === shape[i])) return key;
  } catch {
    // fall through to the client error below
  }
  throw badUserInput(`${field} is not a cursor this API gave out; pass the endCursor of a previous page.`, field);
}
