import type { ClaimRecord, EntityRecord, SourceRecord } from '../domain/records';
import { boundedInt, decodeCursor, encodeCursor } from '../domain/args';
import { STRENGTH_RANK } from '../domain/vocabulary';
import type { Resolvers } from '../generated/resolvers';
import { byStrengthThenId, isLive } from './claimFilters';
import { findAllSources, findClaimPage } from './repository';

const present = <T>(value: T | null | Error): value is T => value !== null && !(value instanceof Error);

/** An entity that a live claim points at must exist; if it was removed meanwhile, say so plainly. */
async function mustLoad(load: Promise<EntityRecord | null>, what: string): Promise<EntityRecord> {
  const entity = await load;
  if (!entity) throw new Error(`Claim ${what} is missing from the graph`);
  return entity;
}

export const evidenceResolvers: Resolvers = {
  Query: {
    claim: (_p, { id }, { loaders }) => loaders.claim.load(id),
    source: (_p, { id }, { loaders }) => loaders.source.load(id),
    sources: (_p, _args, { db }) => findAllSources(db),
    claims: async (_p, args, { db }) => {
      const limit = boundedInt(args.first, 20, 1, 100, 'first');
      const cursor = decodeCursor(args.after, ['number', 'string']);
      const page = await findClaimPage(db, {
        subject: args.subject ?? null,
        object: args.object ?? null,
        source: args.source ?? null,
        minRank: args.minStrength ? STRENGTH_RANK[args.minStrength] : 0,
        singleSourceOnly: args.singleSourceOnly ?? false,
        after: cursor ? { rank: cursor[0] as number, id: cursor[1] as string } : null,
        limit: limit + 1,
      });
      const nodes = page.claims.slice(0, limit);
      const edges = nodes.map((node) => ({ cursor: encodeCursor([STRENGTH_RANK[node.strength], node.id]), node }));
      return {
        edges,
        totalCount: page.total,
        pageInfo: { hasNextPage: page.claims.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
      };
    },
  },
  Claim: {
    subject: (c: ClaimRecord, _a, { loaders }) => mustLoad(loaders.entity.load(c.subjectId), `${c.id} subject`),
    object: (c: ClaimRecord, _a, { loaders }) => mustLoad(loaders.entity.load(c.objectId), `${c.id} object`),
    sources: async (c: ClaimRecord, _a, { loaders }) => (await loaders.source.loadMany(c.sourceIds)).filter(present<SourceRecord>),
    singleSource: (c: ClaimRecord) => c.sourceIds.length === 1,
    retraction: (c: ClaimRecord) =>
      c.retractedAt ? { at: c.retractedAt, by: c.retractedBy ?? 'unknown', reason: c.retractionReason ?? '' } : null,
  },
  Source: {
    claims: async (s: SourceRecord, { includeRetracted }, { loaders }) =>
      (await loaders.claimsOfSource.load(s.id)).filter((c) => includeRetracted || isLive(c)).sort(byStrengthThenId),
  },
};
