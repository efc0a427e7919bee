import type { FactSheetRecord, SourceRecord } from '../domain/records';
import { boundedInt } from '../domain/args';
import { STRENGTH_RANK } from '../domain/vocabulary';
import type { EvidenceStrength } from '../generated/graphql';
import type { Resolvers } from '../generated/resolvers';
import type { Database } from '../graph/database';
import { badUserInput } from '../core/errors';
import { MAX_TEXT_LENGTH, textLength } from '../search/query';
import { MIN_TOKEN_SIMILARITY, searchEntities, type RankedHit } from '../search/repository';
import { DISCLAIMER, buildFacts } from './sentences';
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

function sheet(rows: FactRows, first: number): FactSheetRecord {
  return {
    entity: rows.entity,
    facts: buildFacts(rows.entity, rows.links, rows.claims, first),
    disclaimer: DISCLAIMER,
    alternatives: rows.alternatives,
    sources: rows.sources,
  };
}

/**
 * Resolves `about` (an id first, then the best name or alias by search) and builds its fact sheet.
 * Null when nothing matches well enough. When the words name several entities, the best hit is
 * answered and the others are listed as alternatives.
 */
export async function factSheet(db: Database, args: FactArgs): Promise<FactSheetRecord | null> {
  if (textLength(args.about) > MAX_TEXT_LENGTH) {
    throw badUserInput(`about must be at most ${MAX_TEXT_LENGTH} characters (got ${textLength(args.about)}).`, 'about');
  }
  const wanted = args.about.trim();
  if (wanted === '') return null;
  const query = { minRank: args.minStrength ? STRENGTH_RANK[args.minStrength] : 0, first: args.first };
  // Ids are slugs without blanks, so words with blanks skip straight to the search.
  if (!/\s/.test(wanted)) {
    const byId = await findFactRows(db, { ...query, id: wanted, sharedName: null });
    if (byId) return sheet(byId, args.first);
  }
  const [best] = await searchEntities(db, { text: wanted, kinds: null, first: 1, field: 'about' });
  if (!best || !confident(best)) return null;
  const rows = await findFactRows(db, { ...query, id: best.entity.id, sharedName: best.ambiguous ? best.matchedNorm : null });
  return rows ? sheet(rows, args.first) : null;
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
