/**
 * What a search sends to the full-text index, built from what the user typed. Pure: no database,
 * no GraphQL, so every rule here has a unit test (test/unit/searchQuery.test.ts).
 *
 * The text is normalised first (normalizeText: case, accents, apostrophes and punctuation fold
 * away), then cut into tokens. Each token becomes an exact term, a prefix and, for longer tokens,
 * a fuzzy term, all on the `searchNames` field (the normalised name and aliases), so descriptions
 * never decide a hit. Every token is escaped for Lucene on top of normalisation, so no input can
 * reach the query parser as syntax.
 */
import { normalizeText } from '../domain/normalize';

/** The index field that holds the normalised name and aliases (see src/graph/schemaSetup.ts and seed/write.ts). */
export const SEARCH_FIELD = 'searchNames';

/** Longest text a search accepts, in characters (code points), as the SDL documents. */
export const MAX_TEXT_LENGTH = 200;

/** Tokens beyond this are ignored: names are short, and each token adds clauses to the Lucene query. */
export const MAX_TOKENS = 8;

/** Tokens longer than this are cut: no name has words this long, and fuzzy matching long terms costs. */
export const MAX_TOKEN_LENGTH = 40;

/** Weights of the three ways a token may match a word: exactly, as a prefix, with typos. */
export const BOOST = { exact: 3, prefix: 2 } as const;

/**
 * Short words that join a name's words ("pain along the shin bone", "inflammation of the Achilles
 * tendon"). A hit must account for every other token of the text (see SEARCH in ./cypher.ts), but
 * these may go unmatched: "pain in the heel" still finds heel pain.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set('a an the of in on at to for and or with from by along my your'.split(' '));

/**
 * Which tokens a hit must match: all but the function words, or every token when the text is nothing
 * but function words (a search for "the" is for names with "the" in them).
 */
export function requiredTokens(tokens: readonly string[]): boolean[] {
  const flags = tokens.map((t) => !FUNCTION_WORDS.has(t));
  return flags.some(Boolean) ? flags : tokens.map(() => true);
}

/** A search ready to run: the normalised text, its tokens with their bigrams, and the Lucene query. */
export type PreparedSearch = {
  /** The whole text, normalised: compared with each normalised name for exact and prefix matches. */
  norm: string;
  /** Distinct tokens, in the order typed, at most MAX_TOKENS. */
  tokens: string[];
  /** Distinct character bigrams of each token (same order), for the similarity the re-ranking computes. */
  grams: string[][];
  /** For each token (same order), whether a hit must match it (see requiredTokens). */
  required: boolean[];
  /** The Lucene query string for db.index.fulltext.queryNodes. */
  lucene: string;
};

// Every character the classic Lucene query parser gives a meaning to, plus whitespace.
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/\s]/g;
// Words the parser reads as operators when upper-case.
const LUCENE_OPERATORS = new Set(['AND', 'OR', 'NOT', 'TO']);

/** Escapes one term so the Lucene parser reads it as a literal word, never as syntax. */
export function escapeLuceneTerm(term: string): string {
  const escaped = term.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
  // Lower-case operator words are plain terms; this also matches how the index analyser stores them.
  return LUCENE_OPERATORS.has(escaped) ? escaped.toLowerCase() : escaped;
}

/** How many typos a token tolerates: none under 3 characters, one for 3 to 5, two from 6. */
export function fuzziness(token: string): 0 | 1 | 2 {
  const length = [...token].length;
  if (length >= 6) return 2;
  if (length >= 3) return 1;
  return 0;
}

/** One token's clause: exact term (boosted most), prefix, and fuzzy when long enough. */
export function tokenClause(token: string): string {
  const term = escapeLuceneTerm(token.toLowerCase());
  const parts = [`${term}^${BOOST.exact}`, `${term}*^${BOOST.prefix}`];
  const edits = fuzziness(token);
  if (edits > 0) parts.push(`${term}~${edits}`);
  return `${SEARCH_FIELD}:(${parts.join(' OR ')})`;
}

/** The Lucene query for a list of tokens: any token may match; better matches score higher. */
export function buildLuceneQuery(tokens: readonly string[]): string {
  return tokens.map(tokenClause).join(' OR ');
}

/** Distinct tokens of normalised text, in order, capped in number and length. */
export function tokenize(norm: string): string[] {
  const tokens = norm
    .split(' ')
    .filter((t) => t.length > 0)
    .map((t) => [...t].slice(0, MAX_TOKEN_LENGTH).join(''));
  return [...new Set(tokens)].slice(0, MAX_TOKENS);
}

/** Character bigrams ("heel" → he, ee, el); empty for one-character tokens. */
export function bigrams(token: string): string[] {
  const chars = [...token];
  const grams: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) grams.push(chars[i]! + chars[i + 1]!);
  return grams;
}

/**
 * The distinct bigrams a token is compared by; a one-character token stands for itself (it matches
 * no bigram, only as a prefix). Never empty, so the query parameter keeps one type and Neo4j reuses
 * its cached plan instead of planning again.
 */
export function tokenGrams(token: string): string[] {
  const grams = [...new Set(bigrams(token))];
  return grams.length > 0 ? grams : [token];
}

/** Characters in the text as a person counts them (code points, so an emoji is not two). */
export function textLength(text: string): number {
  return [...text].length;
}

/**
 * Turns typed text into a search, or null when nothing searchable is left after normalisation
 * (empty, blanks, only punctuation or emoji): such a search finds nothing rather than everything.
 */
export function prepareSearch(text: string): PreparedSearch | null {
  const norm = normalizeText(text);
  const tokens = tokenize(norm);
  if (tokens.length === 0) return null;
  return { norm, tokens, grams: tokens.map(tokenGrams), required: requiredTokens(tokens), lucene: buildLuceneQuery(tokens) };
}
