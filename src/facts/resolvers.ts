import type { FactSheetRecord, SourceRecord } from '../domain/records';
import { boundedInt } from '../domain/args';
import { STRENGTH_RANK } from '../domain/vocabulary';
import type { EvidenceStrength } from '../generated/graphql';
import type { Resolvers } from '../generated/resolvers';
import type { Database, Reader } from '../graph/database';
import { badUserInput } from '../core/errors';
import { MAX_TEXT_LENGTH, textLength } from '../search/query';
import { MIN_TOKEN_SIMILARITY, isAmbiguous, searchEntities, type RankedHit } from '../search/repository';
import { DEFAULT_ORDER, DISCLAIMER, FOCUS_ORDER, buildFacts } from './sentences';
import { pickSubject, readQuestion, type Focus } from './question';
import { findFactRows, type FactRows } from './repository';

/**
 * A search hit is good enough to answer for when every token starts a word of the matched name,
 * or the worst-matched token is still MIN_TOKEN_SIMILARITY similar to a word of it (a typo, not
 * another word): "plantar fascitis" resolves, "back pain" does not become knee pain.
 */
export function confident(hit: Pick<RankedHit, 'tier' | 'weakest'>): boolean {
  return hit.tier >= 1 || hit.weakest >= MIN_TOKEN_SIMILARITY;
}

type FactArgs = { about: string; minStrength: EvidenceStrength | null; first: number };

/** Search hits a question's subject is chosen from: the one it names is rarely far down. */
export const QUESTION_CANDIDATES = 20;

function sheet(rows: FactRows, first: number, focus: Focus | null): FactSheetRecord {
  return {
    entity: rows.entity,
    focus,
    facts: buildFacts(rows.entity, rows.links, rows.claims, first, focus ? FOCUS_ORDER[focus] : DEFAULT_ORDER),
    disclaimer: DISCLAIMER,
    alternatives: rows.alternatives,
    sources: rows.sources,
  };
}

/**
 * Resolves `about` and builds its fact sheet: an id first; else `about` is read as a question
 * (./question.ts: question words out, everyday words mapped, the focus noted), the words are searched
 * for, and the entity the question names is answered (pickSubject), or else the best hit when it
 * matches every word closely (a name with a typo). Null when nothing matches well enough, never a
 * guess. When the words name several entities, the one chosen is answered and the others are listed
 * as alternatives. One round trip by id, two otherwise.
 */
export async function factSheet(db: Database, args: FactArgs): Promise<FactSheetRecord | null> {
  if (textLength(args.about) > MAX_TEXT_LENGTH) {
    throw badUserInput(`about must be at most ${MAX_TEXT_LENGTH} characters (got ${textLength(args.about)}).`, 'about');
  }
  const wanted = args.about.trim();
  if (wanted === '') return null;
  // The id lookup, the search and the facts read in one transaction: one BEGIN and one COMMIT instead of three.
  return db.readTogether((reader) => readSheet(reader, wanted, args));
}

/** The sheet about `wanted` (an id, else a question), read through `db`; null when nothing fits. */
async function readSheet(db: Reader, wanted: string, args: FactArgs): Promise<FactSheetRecord | null> {
  const query = { minRank: args.minStrength ? STRENGTH_RANK[args.minStrength] : 0, first: args.first };
  // Ids are slugs without blanks, so words with blanks skip straight to the search.
  if (!/\s/.test(wanted)) {
    const byId = await findFactRows(db, { ...query, id: wanted, sharedName: null });
    if (byId) return sheet(byId, args.first, null);
  }
  const question = readQuestion(wanted);
  if (question.words.length === 0) return null;
  const hits = await searchEntities(db, {
    text: question.words.join(' '),
    kinds: null,
    first: QUESTION_CANDIDATES,
    field: 'about',
    partial: true,
  });
  const subject = pickSubject(
    question,
    hits.map((h) => h.entity),
  );
  const best = hits[0];
  const chosen = subject
    ? { id: subject.entity.id, sharedName: isAmbiguous(subject.entity, subject.name) ? subject.name : null }
    : best && confident(best)
      ? { id: best.entity.id, sharedName: best.ambiguous ? best.matchedNorm : null }
      : null;
  if (!chosen) return null;
  const order = question.focus ? FOCUS_ORDER[question.focus] : DEFAULT_ORDER;
  const rows = await findFactRows(db, { ...query, ...chosen, order });
  return rows ? sheet(rows, args.first, question.focus) : null;
}

const present = <T>(value: T | null | Error): value is T => value !== null && !(value instanceof Error);

export const factResolvers: Resolvers = {
  Query: {
    facts: async (_p, { about, minStrength, first }, { db, loaders }) => {
      const found = await factSheet(db, { about, minStrength: minStrength ?? null, first: boundedInt(first, 20, 1, 50, 'first') });
      // The sheet came with its sources: Fact.sources finds them in the loader instead of asking Neo4j again.
      for (const source of found?.sources ?? []) loaders.source.prime(source.id, source);
      return found;
    },
  },
  Fact: {
    sources: async (fact, _args, { loaders }) => (await loaders.source.loadMany(fact.sourceIds)).filter(present<SourceRecord>),
  },
};
