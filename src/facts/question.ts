/**
 * Reads a question the way people type it ("my heel hurts when I run", "is acupuncture safe") into
 * what facts() needs: the words worth searching for, everyday words mapped to the graph's names, and
 * what the question is after (safety, how long). Then, given the entities a search found, picks the
 * one the question names, or none. Pure: no database, so every rule has a unit test
 * (test/unit/question.test.ts).
 *
 * The rules, in order:
 * 1. Everyday phrases and words become the words the graph names things by: "sore legs" → muscle
 *    soreness, "hurts" → pain, "faster" → performance. "Safe", "risks" and "how long" are not names:
 *    they set the question's focus and are dropped.
 * 2. Question words and small words ("does", "can", "my", "the") are dropped. Words about running
 *    itself ("run", "marathon") stay, since names use them (runner's knee), but need no explaining:
 *    every question here is about running.
 * 3. An entity is named by the question only when every word of one of its names is among the
 *    question's words (a plural or a typo counts), so "back pain" names nothing, not knee pain.
 * 4. Of the entities named, the one whose name covers most words wins: "heel pain" over "heel".
 *    On a tie the question is about what is acted on, not the treatment acting ("does acupuncture
 *    help shin splints" is about shin splints), unless it asks about safety, which is the treatment's.
 * 5. Every remaining word must be explained by some named entity (or be a generic word such as
 *    "pain" when the answer is a condition or symptom); otherwise the answer is null, never a guess.
 */
import type { EntityKind, QuestionFocus } from '../generated/graphql';
import type { EntityRecord } from '../domain/records';
import { normalizeText } from '../domain/normalize';
import { FUNCTION_WORDS, bigrams } from '../search/query';

/** What a question asks about an entity, beyond the entity: its sheet puts those facts first. */
export type Focus = QuestionFocus;

export type Question = {
  /** The question's words after mapping, without question and small words: what a search looks for. */
  words: string[];
  focus: Focus | null;
};

/** Everyday phrases, longest first, and the words of the graph's names they stand for. */
const PHRASES: readonly [string, string][] = [
  ['sore legs', 'muscle soreness'],
  ['sore leg', 'muscle soreness'],
  ['legs are sore', 'muscle soreness'],
  ['legs sore', 'muscle soreness'],
  ['aching legs', 'muscle soreness'],
  ['achy legs', 'muscle soreness'],
  ['heavy legs', 'muscle soreness'],
  ['leg soreness', 'muscle soreness'],
  ['sore muscles', 'muscle soreness'],
  ['muscles are sore', 'muscle soreness'],
  ['run faster', 'performance'],
  ['running faster', 'performance'],
];

/** Everyday words and the word of a name they stand for. */
const WORDS: Readonly<Record<string, string>> = {
  hurt: 'pain',
  hurts: 'pain',
  hurting: 'pain',
  ache: 'pain',
  aches: 'pain',
  aching: 'pain',
  achy: 'pain',
  painful: 'pain',
  sore: 'pain',
  faster: 'performance',
  quicker: 'performance',
  speed: 'performance',
};

/** Phrases and words that say what the question is after, not what it is about. */
const FOCUS_PHRASES: readonly [string, Focus][] = [
  ['side effects', 'SAFETY'],
  ['how long', 'DURATION'],
  ['how many minutes', 'DURATION'],
  ['stay in', 'DURATION'],
];
const FOCUS_WORDS: Readonly<Record<string, Focus>> = {
  safe: 'SAFETY',
  safely: 'SAFETY',
  safety: 'SAFETY',
  unsafe: 'SAFETY',
  dangerous: 'SAFETY',
  danger: 'SAFETY',
  risk: 'SAFETY',
  risks: 'SAFETY',
  risky: 'SAFETY',
  harmful: 'SAFETY',
  minutes: 'DURATION',
  duration: 'DURATION',
};

/** Words that ask rather than name (the small words of names are FUNCTION_WORDS, dropped too). */
const QUESTION_WORDS = new Set(
  (
    'what whats how why when where who which whom does do did is are was were be been can could will would should may might ' +
    'i im ive me mine you it its we our they them this that these those there any some much many very really just also ' +
    'help helps helping helpful work works working good bad better make makes get gets got have has had feel feels ' +
    'after before during about if so but not no yes please tell know want go while'
  ).split(' '),
);

/** Running is the topic of every question: these words may name something, but need not. */
const CONTEXT_WORDS = new Set(
  'run runs ran running runner runners jog jogging jogger marathon marathons race races racing training'.split(' '),
);

/** Words a condition or symptom answer explains by being one ("plantar fasciitis pain"). */
const GENERIC_WORDS = new Set('pain problem problems issue issues injury injuries condition'.split(' '));

const replacePhrase = (text: string, phrase: string, by: string) => ` ${text} `.split(` ${phrase} `).join(` ${by} `).trim();

/** Step 1 and 2: the words worth searching for and the question's focus. */
export function readQuestion(about: string): Question {
  let text = normalizeText(about);
  let focus: Focus | null = null;
  for (const [phrase, f] of FOCUS_PHRASES) {
    const replaced = replacePhrase(text, phrase, '');
    if (replaced !== text) focus ??= f;
    text = replaced;
  }
  for (const [phrase, by] of PHRASES) text = replacePhrase(text, phrase, by);
  const words: string[] = [];
  for (const raw of text.split(' ').filter((w) => w.length > 0)) {
    const f = FOCUS_WORDS[raw];
    if (f) {
      focus ??= f;
      continue;
    }
    const word = WORDS[raw] ?? raw;
    if (QUESTION_WORDS.has(word) || FUNCTION_WORDS.has(word)) continue;
    if (!words.includes(word)) words.push(word);
  }
  return { words, focus };
}

/** Bigram Dice similarity of two words, as search ranks them (src/search/cypher.ts). */
function similarity(a: string, b: string): number {
  const ga = [...new Set(bigrams(a))];
  const gb = new Set(bigrams(b));
  if (ga.length === 0 || gb.size === 0) return 0;
  return (2 * ga.filter((g) => gb.has(g)).length) / (ga.length + gb.size);
}

/** Bigram similarity above which a word of five letters or more is a typo of a name's word ("tendonitus" 0.78). */
export const TYPO_SIMILARITY = 0.75;

/** Whether a typed word is this word of a name: the same, its plural or singular, or a typo of it. */
export function sameWord(typed: string, nameWord: string): boolean {
  if (typed === nameWord) return true;
  const [short, long] = typed.length <= nameWord.length ? [typed, nameWord] : [nameWord, typed];
  if (short.length >= 4 && long.startsWith(short) && long.length - short.length <= 2) return true;
  return short.length >= 5 && similarity(typed, nameWord) >= TYPO_SIMILARITY;
}

/** An entity the question names: by which of its names, and which of the question's words that name uses. */
export type Named = { entity: EntityRecord; name: string; covers: string[] };

/** Step 3: the name of `entity` whose every word is among `words`, covering the most of them; null when none. */
export function namedBy(entity: EntityRecord, words: readonly string[]): Named | null {
  let best: Named | null = null;
  for (const name of entity.normNames.length > 0 ? entity.normNames : [normalizeText(entity.name)]) {
    const nameWords = name.split(' ').filter((w) => w.length > 0 && !FUNCTION_WORDS.has(w));
    if (nameWords.length === 0) continue;
    const covers: string[] = [];
    const complete = nameWords.every((nw) => {
      const typed = words.find((w) => sameWord(w, nw));
      if (typed && !covers.includes(typed)) covers.push(typed);
      return typed !== undefined;
    });
    if (complete && (!best || covers.length > best.covers.length)) best = { entity, name, covers };
  }
  return best;
}

const ACTED_ON: ReadonlySet<EntityKind> = new Set([
  'CONDITION',
  'SYMPTOM',
  'BENEFIT',
  'BODY_REGION',
  'SESSION_STEP',
  'SENSATION',
  'SAFETY_NOTE',
]);

/** How well a named entity fits the question's focus: higher is better (0 when the focus says nothing of it). */
function focusFit(kind: EntityKind, focus: Focus | null): number {
  if (focus === 'SAFETY') return kind === 'TREATMENT' ? 2 : kind === 'SAFETY_NOTE' ? 1 : 0;
  if (focus === 'DURATION') return kind === 'SESSION_STEP' ? 2 : kind === 'TREATMENT' ? 1 : 0;
  return ACTED_ON.has(kind) ? 1 : 0;
}

/**
 * Steps 3 to 5: of `candidates` (search hits, best first), the entity the question is about, with the
 * name that named it; null when the words do not name anything with confidence.
 */
export function pickSubject(question: Question, candidates: readonly EntityRecord[]): Named | null {
  const named = candidates.map((e) => namedBy(e, question.words)).filter((n): n is Named => n !== null);
  if (named.length === 0) return null;
  // Stable sort: equal entities keep the search's order.
  const ranked = [...named].sort(
    (a, b) => b.covers.length - a.covers.length || focusFit(b.entity.kind, question.focus) - focusFit(a.entity.kind, question.focus),
  );
  const chosen = ranked[0]!;
  if (question.focus === 'SAFETY' && focusFit(chosen.entity.kind, 'SAFETY') === 0) return null;
  const explained = new Set(named.flatMap((n) => n.covers));
  const describesItself = chosen.entity.kind === 'CONDITION' || chosen.entity.kind === 'SYMPTOM';
  const unexplained = question.words.filter(
    (w) => !explained.has(w) && !CONTEXT_WORDS.has(w) && !(describesItself && GENERIC_WORDS.has(w)),
  );
  return unexplained.length === 0 ? chosen : null;
}
