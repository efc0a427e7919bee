import neo4j, { type Integer } from 'neo4j-driver';
import { badUserInput } from '../core/errors';
import { STRENGTH_RANK } from './vocabulary';

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

/**
 * What a part of a cursor may be: `id`, a non-empty string; `rank`, one of the strength ranks.
 * Anything else (1e400 parses as Infinity, -1e308, "") was never given out, so it is refused.
 */
export type CursorPart = 'id' | 'rank';
const RANKS = new Set(Object.values(STRENGTH_RANK));
const CURSOR_PARTS: Record<CursorPart, (part: unknown) => boolean> = {
  id: (part) => typeof part === 'string' && part.length > 0 && part.length <= 200,
  rank: (part) => typeof part === 'number' && RANKS.has(part),
};

export function decodeCursor(cursor: string | null | undefined, shape: CursorPart[], field = 'after'): unknown[] | null {
  if (cursor === null || cursor === undefined) return null;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === shape.length && key.every((part, i) => CURSOR_PARTS[shape[i]!](part))) return key;
  } catch {
    // fall through to the client error below
  }
  throw badUserInput(`${field} is not a cursor this API gave out; pass the endCursor of a previous page.`, field);
}
