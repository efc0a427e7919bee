/**
 * The re-ranking of search candidates, in TypeScript: the rules of SEARCH in ./cypher.ts (tiers, closeness,
 * weakest, complete, score), computed on the candidates SEARCH_CANDIDATES returns instead of in Cypher.
 *
 * Why here: on the `medium` graph the full-text query itself took about half of a search and the re-ranking
 * in Cypher the other half (bigram lists and list comprehensions evaluated per candidate, name, word and
 * token by Cypher's interpreter); the same arithmetic in JavaScript takes well under a millisecond for
 * the 200 candidates (see docs/search.md). The formulas are SEARCH's, operation for operation, so the order
 * and the scores are the same (test/integration/searchRanking.test.ts compares the two).
 */
import type { PreparedSearch } from './query';

export type Candidate<E> = {
  entity: E;
  id: string;
  normNames: string[];
  /** The full-text score divided by the best one among the candidates of the requested kinds. */
  text: number;
  /** Relationships of every type (the connectedness prior). */
  degree: number;
};

export type Ranked<E> = {
  entity: E;
  id: string;
  score: number;
  matchedNorm: string;
  tier: number;
  closeness: number;
  weakest: number;
};

type NameMatch = { i: number; name: string; tier: number; closeness: number; weakest: number; complete: boolean };

/** Bigrams of a word as SEARCH lists them: every position, repeats kept ("substring(w, j, 2)"). */
function wordGrams(word: string): string[] {
  const grams: string[] = [];
  for (let j = 0; j + 1 < word.length; j++) grams.push(word.substring(j, j + 2));
  return grams;
}

/** SEARCH's similarity of one typed token to one word of a name: 1 for a word the token starts, else the bigram Dice coefficient capped below 1. */
function tokenSimilarity(token: string, tokenGrams: readonly string[], word: string): number {
  if (word.startsWith(token)) return 1.0;
  const grams = wordGrams(word);
  if (grams.length === 0) return 0.0;
  let shared = 0;
  for (const g of tokenGrams) if (grams.includes(g)) shared += 1;
  return (0.95 * 2.0 * shared) / (tokenGrams.length + grams.length);
}

/**
 * Each word's similarity to every token, computed once per search and kept by word: the candidates' names share
 * most of their words ("pain", "syndrome", "knee"), so scoring each occurrence again built the same bigram lists
 * hundreds of times per request (the re-ranking was a tenth of the server's CPU for search and facts, and its
 * garbage part of the collector's share, in a profile at `medium`).
 */
type WordSimilarities = Map<string, number[]>;

function similaritiesOf(word: string, search: PreparedSearch, known: WordSimilarities): number[] {
  let sims = known.get(word);
  if (!sims) {
    sims = search.tokens.map((token, k) => tokenSimilarity(token, search.grams[k]!, word));
    known.set(word, sims);
  }
  return sims;
}

function matchName(i: number, name: string, search: PreparedSearch, minSimilarity: number, known: WordSimilarities): NameMatch {
  const words = name.split(' ').filter((w) => w !== '');
  const sims = search.tokens.map(() => 0.0);
  for (const word of words) {
    const own = similaritiesOf(word, search, known);
    for (let k = 0; k < sims.length; k++) if (own[k]! > sims[k]!) sims[k] = own[k]!;
  }
  const tier = name === search.norm ? 3 : name.startsWith(search.norm) ? 2 : sims.every((s) => s === 1.0) ? 1 : 0;
  const total = sims.reduce((sum, s) => sum + s, 0.0);
  const coverage = sims.length >= words.length ? 1.0 : sims.length / words.length;
  const closeness = (0.8 * total) / sims.length + 0.2 * coverage;
  const weakest = sims.reduce((low, s) => (s < low ? s : low), 1.0);
  const complete = sims.every((s, k) => !search.required[k] || s >= minSimilarity);
  return { i, name, tier, closeness, weakest, complete };
}

/** The best name: complete first, then tier, then closeness, then the earlier name. */
function better(x: NameMatch, y: NameMatch): boolean {
  if (x.complete !== y.complete) return x.complete;
  if (x.tier !== y.tier) return x.tier > y.tier;
  if (x.closeness !== y.closeness) return x.closeness > y.closeness;
  return x.i < y.i;
}

/** Scores every candidate by its best name, keeps the complete ones (all of them when `partial`), best `first` first. */
export function rankCandidates<E>(
  candidates: Candidate<E>[],
  search: PreparedSearch,
  options: { minSimilarity: number; partial: boolean; first: number },
): Ranked<E>[] {
  const ranked: Ranked<E>[] = [];
  const known: WordSimilarities = new Map();
  for (const candidate of candidates) {
    let best: NameMatch | undefined;
    candidate.normNames.forEach((name, i) => {
      const match = matchName(i, name, search, options.minSimilarity, known);
      if (!best || better(match, best)) best = match;
    });
    // A candidate without names yields no row in SEARCH either.
    if (!best || !(best.complete || options.partial)) continue;
    const prior = 0.15 * (1.0 - 1.0 / (1.0 + candidate.degree / 5.0));
    ranked.push({
      entity: candidate.entity,
      id: candidate.id,
      score: best.tier + 0.5 * best.closeness + 0.3 * candidate.text + prior,
      matchedNorm: best.name,
      tier: best.tier,
      closeness: best.closeness,
      weakest: best.weakest,
    });
  }
  ranked.sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return ranked.slice(0, options.first);
}
