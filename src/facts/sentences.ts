/**
 * Facts as plain-English sentences, generated from the graph (names, link types, grades, source
 * titles), never copied from stored text. Pure: the database rows come in, FactRecords go out, so
 * every template and the ordering rules have unit tests (test/unit/searchFacts.test.ts).
 *
 * A sentence is written from the point of view of the entity asked about ("Heel pain is a symptom
 * of plantar fasciitis." for heel pain), but the fact's subject, predicate and object always read
 * along the relationship (plantar fasciitis PRESENTS heel pain), like Relationship.from and .to.
 */
import type { ClaimPredicate, EntityKind, EvidenceStrength } from '../generated/graphql';
import type { EntityRecord, FactRecord } from '../domain/records';
import type { Focus } from './question';
import { CLAIM_PREDICATES, CLAIM_PREDICATE_NAMES, LINK_TYPES, STRENGTH_RANK, STRENGTH_WORDS, type LinkType } from '../domain/vocabulary';

export type Direction = 'OUT' | 'IN';

/** A descriptive link as seen from the entity asked about: OUT when it starts there. */
export type LinkRow = { type: LinkType; direction: Direction; other: EntityRecord; sourceIds: string[] };

export type SourceRef = { id: string; title: string };

/** A live claim touching the entity, with its two ends and its sources. */
export type ClaimRow = {
  id: string;
  predicate: ClaimPredicate;
  strength: EvidenceStrength;
  subject: EntityRecord;
  object: EntityRecord;
  sources: SourceRef[];
};

/** Always shown with the facts. */
export const DISCLAIMER =
  'Acupuncture complements, and does not replace, advice from your doctor; see a doctor for serious injuries or pain.';

/**
 * Order of descriptive facts: what a condition presents and where, what kind of thing it is, where
 * a region sits, then how a treatment session goes and its caveats. Keys are `TYPE:DIRECTION`;
 * the facts query sorts by the same list so that `first` keeps the same facts this order puts first.
 */
export const DESCRIPTIVE_ORDER: readonly string[] = [
  'PRESENTS:OUT',
  'PRESENTS:IN',
  'LOCATED_IN:OUT',
  'AFFECTS:OUT',
  'SUBTYPE_OF:OUT',
  'SUBTYPE_OF:IN',
  'PART_OF:OUT',
  'PART_OF:IN',
  'AFFECTS:IN',
  'LOCATED_IN:IN',
  'HAS_STEP:OUT',
  'HAS_STEP:IN',
  'HAS_SENSATION:OUT',
  'HAS_SENSATION:IN',
  'HAS_SAFETY_NOTE:OUT',
  'HAS_SAFETY_NOTE:IN',
  'COMPLEMENTS:OUT',
  'COMPLEMENTS:IN',
];

/** Among claims of equal strength, this order of predicates, then claim id. */
export const CLAIM_ORDER: readonly ClaimPredicate[] = CLAIM_PREDICATE_NAMES;

/**
 * How a sheet orders its facts: descriptive facts by `descriptive` (keys `TYPE:DIRECTION`), claims with
 * one of `firstPredicates` before the others, then strongest first. A question's focus reorders a sheet
 * so that what it asks comes first and survives `first`: safety notes and safety claims for "is
 * acupuncture safe", the steps of a session for "how long do the needles stay in".
 */
export type SheetOrder = { descriptive: readonly string[]; firstPredicates: readonly ClaimPredicate[] };

export const DEFAULT_ORDER: SheetOrder = { descriptive: DESCRIPTIVE_ORDER, firstPredicates: [] };

const moveFirst = (keys: readonly string[]) => [...keys, ...DESCRIPTIVE_ORDER.filter((k) => !keys.includes(k))];

export const FOCUS_ORDER: Record<Focus, SheetOrder> = {
  SAFETY: {
    descriptive: moveFirst(['HAS_SAFETY_NOTE:OUT', 'HAS_SAFETY_NOTE:IN', 'COMPLEMENTS:OUT', 'COMPLEMENTS:IN']),
    firstPredicates: ['IS_SAFE_WHEN'],
  },
  DURATION: {
    descriptive: moveFirst(['HAS_STEP:IN', 'HAS_STEP:OUT', 'HAS_SENSATION:OUT', 'HAS_SENSATION:IN']),
    firstPredicates: [],
  },
};

// ---------------------------------------------------------------------------------------------
// Wording helpers

/** First words that keep their capital inside a sentence although nothing else marks them as names. */
const PROPER_WORDS = new Set(['Achilles']);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether a name's first word is a proper noun or an acronym, so it keeps its capital mid-sentence. */
export function keepsCapital(entity: Pick<EntityRecord, 'name' | 'aliases' | 'description'>): boolean {
  const first = entity.name.split(/\s+/)[0] ?? '';
  if (first === '' || first[0] === first[0]!.toLowerCase()) return true; // nothing to lower
  if (/\p{Lu}/u.test(first.slice(1))) return true; // IT, MTSS, McMurray
  if (PROPER_WORDS.has(first)) return true;
  // The curators' own writing: the word capitalised where no sentence starts.
  const midSentence = new RegExp(`(?<![.!?:]\\s*|^\\s*)\\b${escapeRegExp(first)}\\b`, 'u');
  return [entity.description ?? '', ...entity.aliases.map((a) => a.replace(/^\S+/, ''))].some((text) => midSentence.test(text));
}

/** The name as it reads inside a sentence: "heel pain", "Achilles tendinitis", "IT band syndrome". */
export function inSentence(entity: EntityRecord): string {
  return keepsCapital(entity) ? entity.name : entity.name[0]!.toLowerCase() + entity.name.slice(1);
}

const KIND_NOUN: Record<EntityKind, string> = {
  CONDITION: 'condition',
  SYMPTOM: 'symptom',
  BODY_REGION: 'body region',
  TREATMENT: 'treatment',
  BENEFIT: 'benefit',
  SESSION_STEP: 'session step',
  SENSATION: 'sensation',
  SAFETY_NOTE: 'safety note',
};

/**
 * How a sentence mentions an entity: body regions take "the" ("the heel"), and a name that also
 * names another entity says which one it is ("joint pain (the symptom)"), so the sentence stands alone.
 */
export function mention(entity: EntityRecord, one = false): string {
  const name = one && isPlural(entity) ? singular(inSentence(entity)) : inSentence(entity);
  const withArticle = entity.kind === 'BODY_REGION' && !/^the\s/i.test(name) ? `the ${name}` : name;
  return entity.ambiguousAliases.includes(entity.name) ? `${withArticle} (the ${KIND_NOUN[entity.kind]})` : withArticle;
}

const capitalise = (s: string) => (s.length === 0 ? s : s[0]!.toUpperCase() + s.slice(1));

/** How a sentence starts with an entity: "The heel", "Heel pain", "Acupuncture". */
export function opening(entity: EntityRecord): string {
  return capitalise(mention(entity));
}

/**
 * Whether a name reads as plural ("Shin splints", "Running injuries", "Looser muscles").
 * Words in -ss, -us, -is are singular (fasciitis, soreness); a name that starts with a gerund is an
 * activity and singular ("Identifying imbalances"), except for conditions, symptoms and regions,
 * where an -ing word describes ("Running injuries").
 */
export function isPlural(entity: Pick<EntityRecord, 'name' | 'kind'>): boolean {
  const words = entity.name
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .split(/[^\p{L}\p{N}'’]+/u)
    .filter((w) => w.length > 0);
  const last = words.at(-1) ?? '';
  if (!/s$/.test(last) || /(ss|us|is|ys|'s|’s)$/.test(last) || last.length < 3) return false;
  const descriptive = entity.kind === 'CONDITION' || entity.kind === 'SYMPTOM' || entity.kind === 'BODY_REGION';
  if (!descriptive && words.length > 1 && /ing$/.test(words[0]!)) return false;
  return true;
}

/** The verb phrase agreeing with its subject: "treats" → "treat", "is felt in" → "are felt in". */
export function agree(verb: string, plural: boolean): string {
  if (!plural) return verb;
  const [head = '', ...rest] = verb.split(' ');
  const irregular: Record<string, string> = { is: 'are', has: 'have', does: 'do' };
  const inflected =
    irregular[head] ??
    (/[^aeiou]ies$/.test(head)
      ? head.replace(/ies$/, 'y')
      : /(ss|x|z|ch|sh)es$/.test(head)
        ? head.replace(/es$/, '')
        : head.replace(/s$/, ''));
  return [inflected, ...rest].join(' ');
}

/** A plural name made singular for "a kind of …": "running injuries" → "running injury". */
export function singular(phrase: string): string {
  return phrase.replace(/(\p{L}+)$/u, (word) =>
    /[^aeiou]ies$/.test(word)
      ? word.replace(/ies$/, 'y')
      : /(ss|x|z|ch|sh)es$/.test(word)
        ? word.replace(/es$/, '')
        : word.replace(/s$/, ''),
  );
}

/** "20–30 minutes", "about 20 minutes", or null when the step has no duration. */
export function durationText(step: Pick<EntityRecord, 'durationMin' | 'durationMax'>): string | null {
  const { durationMin: min, durationMax: max } = step;
  if (min === null && max === null) return null;
  if (min === null || max === null || min === max) return `about ${min ?? max} minute${(min ?? max) === 1 ? '' : 's'}`;
  return `${min}–${max} minutes`;
}

const verb = (type: LinkType, subject: EntityRecord) => agree(LINK_TYPES[type].verb, isPlural(subject));
const be = (subject: EntityRecord) => (isPlural(subject) ? 'are' : 'is');

// ---------------------------------------------------------------------------------------------
// Sentences

/** A session step as the object of a sentence, with its place and duration when known. */
function stepSentence(treatment: EntityRecord, step: EntityRecord, focusIsStep: boolean): string {
  const duration = durationText(step);
  const tail = duration ? `; it usually lasts ${duration}` : '';
  if (step.order === null) return `A session of ${mention(treatment)} includes ${mention(step)}${tail}.`;
  return focusIsStep
    ? `${opening(step)} is step ${step.order} of a session of ${mention(treatment)}${tail}.`
    : `Step ${step.order} of a session of ${mention(treatment)} is ${mention(step)}${tail}.`;
}

/** The sentence for a descriptive link, written from the focus entity's side. */
export function linkSentence(focus: EntityRecord, link: Pick<LinkRow, 'type' | 'direction' | 'other'>): string {
  const { type, direction, other } = link;
  const out = direction === 'OUT';
  const start = out ? focus : other;
  const end = out ? other : focus;
  switch (type) {
    case 'PRESENTS':
      return out
        ? `${opening(focus)} ${verb(type, focus)} ${mention(other)}.`
        : `${opening(focus)} ${isPlural(focus) ? 'are symptoms' : 'is a symptom'} of ${mention(other)}.`;
    case 'AFFECTS':
      return out
        ? `${opening(focus)} ${verb(type, focus)} ${mention(other)}.`
        : `${opening(focus)} ${be(focus)} affected by ${mention(other)}.`;
    case 'PART_OF':
      return out
        ? `${opening(focus)} ${verb(type, focus)} ${mention(other)}.`
        : `${opening(focus)} ${agree('includes', isPlural(focus))} ${mention(other)}.`;
    case 'SUBTYPE_OF':
      return out
        ? `${opening(focus)} ${be(focus)} a kind of ${mention(other, true)}.`
        : `${opening(focus)} ${agree('includes', isPlural(focus))} ${mention(other)}.`;
    case 'HAS_STEP':
      return stepSentence(start, end, !out);
    case 'HAS_SENSATION':
      return `${opening(end)} may be felt during the ${inSentence(start)} step of a session.`;
    case 'HAS_SAFETY_NOTE':
      return `A safety note for ${mention(start)}: ${inSentence(end)}.`;
    case 'LOCATED_IN':
    case 'COMPLEMENTS':
      return `${opening(start)} ${verb(type, start)} ${mention(end)}.`;
  }
}

/** Titles named in a claim sentence; the fact's `sources` list carries all of them. */
const TITLES_IN_SENTENCE = 2;

/**
 * "Acupuncture treats plantar fasciitis (low-certainty evidence; source: <title>)." A claim backed by many
 * studies names its first two sources and counts the rest, so the sentence stays short.
 */
export function claimSentence(claim: Pick<ClaimRow, 'predicate' | 'strength' | 'subject' | 'object' | 'sources'>): string {
  const verbPhrase = agree(CLAIM_PREDICATES[claim.predicate].verb, isPlural(claim.subject));
  const titles = claim.sources.map((s) => s.title);
  const named = titles.slice(0, TITLES_IN_SENTENCE).join('; ');
  const more = titles.length > TITLES_IN_SENTENCE ? ` and ${titles.length - TITLES_IN_SENTENCE} more` : '';
  const where = titles.length === 0 ? '' : `; ${titles.length === 1 ? 'source' : 'sources'}: ${named}${more}`;
  return `${opening(claim.subject)} ${verbPhrase} ${mention(claim.object)} (${STRENGTH_WORDS[claim.strength]} evidence${where}).`;
}

// ---------------------------------------------------------------------------------------------
// Ordering and assembly

const codeUnitOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Descriptive order: the sheet's order of link kinds, then step order, then name, then id (as the query sorts). */
export function compareLinks(a: LinkRow, b: LinkRow, order: SheetOrder = DEFAULT_ORDER): number {
  const rank = (l: LinkRow) => order.descriptive.indexOf(`${l.type}:${l.direction}`);
  return (
    rank(a) - rank(b) ||
    (a.other.order ?? 0) - (b.other.order ?? 0) ||
    codeUnitOrder(a.other.name, b.other.name) ||
    codeUnitOrder(a.other.id, b.other.id)
  );
}

/** The sheet's first predicates first, then strongest first, then CLAIM_ORDER, then id (as the query sorts). */
export function compareClaims(a: ClaimRow, b: ClaimRow, order: SheetOrder = DEFAULT_ORDER): number {
  const late = (c: ClaimRow) => (order.firstPredicates.includes(c.predicate) ? 0 : 1);
  return (
    late(a) - late(b) ||
    STRENGTH_RANK[b.strength] - STRENGTH_RANK[a.strength] ||
    CLAIM_ORDER.indexOf(a.predicate) - CLAIM_ORDER.indexOf(b.predicate) ||
    codeUnitOrder(a.id, b.id)
  );
}

/**
 * The facts about `focus`: descriptive facts first, then claims strongest first (in the sheet's order), at most `first`.
 * Facts without any source are left out: every fact says where it comes from.
 */
export function buildFacts(
  focus: EntityRecord,
  links: readonly LinkRow[],
  claims: readonly ClaimRow[],
  first: number,
  order: SheetOrder = DEFAULT_ORDER,
): FactRecord[] {
  const descriptive = links
    .filter((l) => l.sourceIds.length > 0)
    .slice()
    .sort((a, b) => compareLinks(a, b, order))
    .map((l): FactRecord => ({
      text: linkSentence(focus, l),
      subject: l.direction === 'OUT' ? focus : l.other,
      predicate: l.type,
      object: l.direction === 'OUT' ? l.other : focus,
      strength: null,
      sourceIds: [...new Set(l.sourceIds)],
    }));
  const graded = claims
    .filter((c) => c.sources.length > 0)
    .slice()
    .sort((a, b) => compareClaims(a, b, order))
    .map((c): FactRecord => ({
      text: claimSentence(c),
      subject: c.subject,
      predicate: c.predicate,
      object: c.object,
      strength: c.strength,
      sourceIds: [...new Set(c.sources.map((s) => s.id))],
    }));
  return [...descriptive, ...graded].slice(0, first);
}
