/**
 * The short text every tool answer carries next to its structured content. A model may quote it as it is,
 * so it says the grade, the source and the caveat in so many words, and never more than the graph holds.
 */
import type { EvidenceStrength } from '../generated/graphql';
import { STRENGTH_WORDS } from '../domain/vocabulary';
import { DISCLAIMER } from '../facts/sentences';
import type { SourceOut } from './shapes';

/** The caveat every answer ends with: the facts sheet's disclaimer, word for word. */
export const CAVEAT = DISCLAIMER;

const SOURCE_KIND_WORDS: Record<SourceOut['kind'], string> = {
  LAY_ARTICLE: 'lay article',
  EXPERT_OPINION: 'expert opinion',
  TRIAL: 'clinical trial',
  SYSTEMATIC_REVIEW: 'systematic review',
  OBSERVATIONAL_STUDY: 'observational study',
  CLINICAL_REPORT: 'clinical report',
  EXPERIMENTAL_STUDY: 'experimental study',
  ONTOLOGY: 'ontology',
  EDITORIAL: 'curators’ editorial knowledge',
};

export function sourceKindWords(kind: SourceOut['kind']): string {
  return SOURCE_KIND_WORDS[kind];
}

/** "grade LOW (low-certainty evidence)". */
export function gradeText(grade: EvidenceStrength): string {
  return `grade ${grade} (${STRENGTH_WORDS[grade]} evidence)`;
}

/** "“Title” (lay article, 2023)". */
export function citation(source: SourceOut): string {
  const details = [sourceKindWords(source.kind), source.year === null ? null : String(source.year)].filter((d) => d !== null);
  return `“${source.title}” (${details.join(', ')})`;
}

/** "source: “A” (lay article)" or "sources: “A” (...); “B” (...)"; says so when there is none. */
export function sourcesText(sources: readonly SourceOut[]): string {
  if (sources.length === 0) return 'no source recorded';
  return `${sources.length === 1 ? 'source' : 'sources'}: ${sources.map(citation).join('; ')}`;
}

/** A list of names for a sentence: "a, b and c"; "none recorded" when empty. */
export function nameList(names: readonly string[]): string {
  if (names.length === 0) return 'none recorded';
  if (names.length === 1) return names[0]!;
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Lines joined, ending with the caveat. */
export function withCaveat(lines: readonly string[]): string {
  return [...lines, `Caveat: ${CAVEAT}`].join('\n');
}

/** The text with its first letter capitalised, to start a sentence. */
export function capitalised(text: string): string {
  return text.length === 0 ? text : text[0]!.toUpperCase() + text.slice(1);
}

const BALANCE_WORDS: Record<string, string> = {
  SUPPORTED: 'the findings support it',
  CONTRADICTED: 'the findings go against it',
  CONFLICTING: 'the studies disagree',
  OPEN: 'the findings leave it open',
  UNTESTED: 'no study has tested it',
};

/** "the studies disagree", for a claim's evidence balance. */
export function balanceWords(balance: string): string {
  return BALANCE_WORDS[balance] ?? balance.toLowerCase();
}
