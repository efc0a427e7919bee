import type { Database, Reader } from '../graph/database';
import type { EntityKind } from '../generated/graphql';
import type { EntityRecord, SearchHitRecord } from '../domain/records';
import { cypherInt } from '../domain/args';
import { ENTITY_KINDS } from '../domain/vocabulary';
import { badUserInput } from '../core/errors';
import { toEntityRecord } from '../entities/records';
import { normalizeText } from '../domain/normalize';
import { MAX_TEXT_LENGTH, prepareSearch, textLength } from './query';
import { LIST_SEPARATOR, SEARCH, SEARCH_CANDIDATES, SEARCH_HITS } from './cypher';
import { rankCandidates } from './rank';

/**
 * How many index hits the query considers: the re-ranking looks at each, so not too many; with a
 * kinds filter more, because the filter (cheap) runs before the re-ranking and must still fill a page.
 */
export const CANDIDATES = { anyKind: 200, someKinds: 1000 } as const;

/**
 * How similar (bigram Dice, see ./cypher.ts) a typed word must be to a word of a name to count as
 * that word, mistyped: "fascitis" is fasciitis (0.89), "back" is not knee (0). A near-miss such as
 * "patellae" for patellar (0.81) passes, which is why a hit must match every other word too.
 * Facts use the same bar to refuse a guess.
 */
export const MIN_TOKEN_SIMILARITY = 0.5;

/** A hit with what the re-ranking found out about it; the API shows only the SearchHitRecord part. */
export type RankedHit = SearchHitRecord & {
  /** The matched name, normalised. */
  matchedNorm: string;
  /** 3 exact name or alias, 2 a name starts with the text, 1 every token starts a word, 0 otherwise. */
  tier: number;
  /** Similarity of the worst-matched token to the matched name (1 = every token starts a word of it). */
  weakest: number;
};

export type SearchRequest = {
  text: string;
  kinds: readonly EntityKind[] | null;
  first: number;
  /** The argument the text came in, named in the error when it is too long. */
  field: string;
  /**
   * Also return hits that match only some of the words (facts reads a question this way and picks
   * the entity the question names itself). Search proper leaves it off: every word must match.
   */
  partial?: boolean;
};

type Row = { entity: Record<string, unknown>; score: number; matchedNorm: string; tier: number; weakest: number };

/** The display form of a normalised name: the entity's own spelling of it. */
export function displayName(entity: EntityRecord, norm: string): string {
  return [entity.name, ...entity.aliases].find((text) => normalizeText(text) === norm) ?? entity.name;
}

/** Whether the normalised name also names another entity (the loader records which names are shared). */
export function isAmbiguous(entity: EntityRecord, norm: string): boolean {
  return entity.ambiguousAliases.some((text) => normalizeText(text) === norm);
}

/** The request checked and prepared; null when it can find nothing (no searchable text, or `kinds: []`). */
function prepare(request: SearchRequest) {
  if (textLength(request.text) > MAX_TEXT_LENGTH) {
    throw badUserInput(`${request.field} must be at most ${MAX_TEXT_LENGTH} characters (got ${textLength(request.text)}).`, request.field);
  }
  const prepared = prepareSearch(request.text);
  if (!prepared) return null;
  if (request.kinds !== null && request.kinds.length === 0) return null;
  return {
    prepared,
    kinds: (request.kinds ?? ENTITY_KINDS).join(LIST_SEPARATOR.inner),
    candidates: cypherInt(request.kinds === null ? CANDIDATES.anyKind : CANDIDATES.someKinds),
  };
}

function toHit(entity: EntityRecord, row: { score: number; matchedNorm: string; tier: number; weakest: number }): RankedHit {
  return {
    entity,
    score: Math.round(row.score * 10000) / 10000,
    matched: displayName(entity, row.matchedNorm),
    ambiguous: isAmbiguous(entity, row.matchedNorm),
    matchedNorm: row.matchedNorm,
    tier: row.tier,
    weakest: row.weakest,
  };
}

/**
 * Full-text search over names and aliases in one read transaction: the index gives the candidates of the requested
 * kinds (SEARCH_CANDIDATES: ids and names only), ./rank.ts re-ranks them by how well one of their names matches the
 * typed text, and SEARCH_HITS reads the properties of the few that are kept: a second round trip of a few index
 * seeks, instead of every candidate's property map in the first.
 * Text longer than MAX_TEXT_LENGTH is the client's mistake; text with nothing searchable finds nothing.
 */
export async function searchEntities(db: Reader, request: SearchRequest): Promise<RankedHit[]> {
  const ready = prepare(request);
  if (!ready) return [];
  return db.readTx(async (tx) => {
    const rows = (
      await tx.run<{ id: string; normNames: unknown; lucene: number; degree: number }>(SEARCH_CANDIDATES, {
        lucene: ready.prepared.lucene,
        kinds: ready.kinds,
        candidates: ready.candidates,
      })
    ).records.map((r) => r.toObject());
    const top = rows.reduce((best, row) => (row.lucene > best ? row.lucene : best), Number.NEGATIVE_INFINITY);
    const candidates = rows.map((row) => ({
      entity: row.id,
      id: row.id,
      normNames: Array.isArray(row.normNames) ? (row.normNames as string[]) : [],
      text: row.lucene / top,
      degree: row.degree,
    }));
    const ranked = rankCandidates(candidates, ready.prepared, {
      minSimilarity: MIN_TOKEN_SIMILARITY,
      partial: request.partial ?? false,
      first: request.first,
    });
    if (ranked.length === 0) return [];
    const found = (await tx.run<{ entity: Record<string, unknown> }>(SEARCH_HITS, { ids: ranked.map((hit) => hit.entity) })).records.map(
      (r) => toEntityRecord(r.get('entity')),
    );
    const byId = new Map(found.map((entity) => [entity.id, entity]));
    // An entity deleted and committed between the two reads (read committed) is left out rather than half shown.
    return ranked.flatMap((hit) => {
      const entity = byId.get(hit.entity);
      return entity ? [toHit(entity, hit)] : [];
    });
  });
}

/**
 * The query and parameters search sent before the re-ranking moved to TypeScript (SEARCH, re-ranked in Cypher):
 * the reference for test/integration/searchRanking.test.ts and the statement the benchmark gives @neo4j/graphql.
 * Null when the request finds nothing without a query.
 */
export function referenceSearchCall(request: SearchRequest): { cypher: string; params: Record<string, unknown> } | null {
  const ready = prepare(request);
  if (!ready) return null;
  const { prepared } = ready;
  return {
    cypher: SEARCH,
    params: {
      lucene: prepared.lucene,
      norm: prepared.norm,
      // Strings, not lists: one parameter shape, one cached plan (see ./cypher.ts).
      tokens: prepared.tokens.join(LIST_SEPARATOR.items),
      grams: prepared.grams.map((g) => g.join(LIST_SEPARATOR.inner)).join(LIST_SEPARATOR.items),
      required: prepared.required.map((r) => (r ? '1' : '0')).join(LIST_SEPARATOR.items),
      minSimilarity: MIN_TOKEN_SIMILARITY,
      partial: request.partial ?? false,
      kinds: ready.kinds,
      candidates: ready.candidates,
      first: cypherInt(request.first),
    },
  };
}

/** The reference search run as it was (see referenceSearchCall): for tests that compare the two. */
export async function searchEntitiesReference(db: Database, request: SearchRequest): Promise<RankedHit[]> {
  const call = referenceSearchCall(request);
  if (!call) return [];
  const rows = await db.read<Row>(call.cypher, call.params);
  return rows.map((row) => toHit(toEntityRecord(row.entity), row));
}
