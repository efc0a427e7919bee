import type { ClaimFindingRecord, ClaimRecord, EntityRecord, FindingRecord, SourceRecord } from '../domain/records';
import { boundedInt, decodeCursor, encodeCursor } from '../domain/args';
import { STRENGTH_RANK } from '../domain/vocabulary';
import type { Resolvers } from '../generated/resolvers';
import type { GraphQLResolveInfo } from 'graphql';
import type { GraphQLContext, Loaders } from '../core/context';
import { entityShapeOf } from '../entities/selection';
import { byStrengthThenId, isLive } from './claimFilters';
import { SOURCES_PER_CLAIM_CAP } from '../domain/listBounds';
import { findAllStudies, findClaimPage, findFirstSources } from './repository';

/** The loader for an entity field: brief records when the field asks no more of them (src/entities/selection.ts). */
const entityLoader = (loaders: Loaders, info: GraphQLResolveInfo) =>
  entityShapeOf(info) === 'brief' ? loaders.briefEntity : loaders.entity;

const present = <T>(value: T | null | Error): value is T => value !== null && !(value instanceof Error);

/** The findings of these claims, grouped supporting, contradicting, open (each claim's own order kept). */
async function findingsOfClaims(claims: ClaimRecord[], { loaders }: GraphQLContext): Promise<ClaimFindingRecord[]> {
  const lists = await loaders.findingsOfClaim.loadMany(claims.map((c) => c.id));
  const all = lists.filter(present<ClaimFindingRecord[]>).flat();
  const rank = { SUPPORTS: 0, CONTRADICTS: 1, LEAVES_OPEN: 2 } as const;
  return all
    .map((l, i) => ({ l, i }))
    .sort((a, b) => rank[a.l.stance] - rank[b.l.stance] || a.i - b.i)
    .map(({ l }) => l);
}

/** A condition's live claims (it is their object), strongest first. */
async function claimsAboutCondition(conditionId: string, { loaders }: GraphQLContext): Promise<ClaimRecord[]> {
  const all = await loaders.claimsOfEntity.load(conditionId);
  return all
    .filter((c) => c.role === 'OBJECT' && isLive(c.claim))
    .map((c) => c.claim)
    .sort(byStrengthThenId);
}

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
    sources: (_p, { first }, { db }) => findFirstSources(db, boundedInt(first, 100, 1, 500, 'first')),
    studies: (_p, _args, { db }) => findAllStudies(db),
    finding: (_p, { id }, { loaders }) => loaders.finding.load(id),
    conditionEvidence: async (_p, { condition }, ctx) => {
      const entity = await ctx.loaders.entity.load(condition);
      if (!entity || entity.kind !== 'CONDITION') return null;
      return { condition: entity, claims: await claimsAboutCondition(entity.id, ctx) };
    },
    claims: async (_p, args, { db }) => {
      const limit = boundedInt(args.first, 20, 1, 100, 'first');
      const cursor = decodeCursor(args.after, ['rank', 'id']);
      const page = await findClaimPage(db, {
        subject: args.subject ?? null,
        object: args.object ?? null,
        source: args.source ?? null,
        minRank: args.minStrength ? STRENGTH_RANK[args.minStrength] : 0,
        singleSourceOnly: args.singleSourceOnly ?? false,
        balance: args.balance ?? null,
        onlyLaySupport: args.onlyLaySupport ?? false,
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
    subject: (c: ClaimRecord, _a, { loaders }, info) => mustLoad(entityLoader(loaders, info).load(c.subjectId), `${c.id} subject`),
    object: (c: ClaimRecord, _a, { loaders }, info) => mustLoad(entityLoader(loaders, info).load(c.objectId), `${c.id} object`),
    sources: async (c: ClaimRecord, _a, { loaders }) =>
      (await loaders.source.loadMany(c.sourceIds.slice(0, SOURCES_PER_CLAIM_CAP))).filter(present<SourceRecord>),
    singleSource: (c: ClaimRecord) => c.sourceIds.length === 1,
    retraction: (c: ClaimRecord) =>
      c.retractedAt ? { at: c.retractedAt, by: c.retractedBy ?? 'unknown', reason: c.retractionReason ?? '' } : null,
    grade: (c: ClaimRecord) => c.strength,
    findings: async (c: ClaimRecord, { stance }, { loaders }) =>
      (await loaders.findingsOfClaim.load(c.id)).filter((l) => !stance || l.stance === stance),
  },
  GradeReason: {
    findings: async (r, _a, { loaders }) => (await loaders.finding.loadMany(r.findingIds)).filter(present<FindingRecord>),
  },
  ClaimQualifier: {
    entities: async (q, _a, { loaders }) => (await loaders.entity.loadMany(q.entityIds)).filter(present<EntityRecord>),
  },
  Finding: {
    source: async (f: FindingRecord, _a, { loaders }) => {
      const source = await loaders.source.load(f.sourceId);
      if (!source) throw new Error(`Finding ${f.id} has no source in the graph`);
      return source;
    },
    claims: (f: FindingRecord, _a, { loaders }) => loaders.claimsOfFinding.load(f.id),
  },
  ConditionEvidence: {
    strongest: (e) => e.claims.filter((c) => c.strength === e.claims[0]?.strength),
    weakest: (e) => e.claims.filter((c) => c.strength === e.claims.at(-1)?.strength),
    findings: (e, _a, ctx) => findingsOfClaims(e.claims, ctx),
    studies: async (e, _a, ctx) => {
      const ids = [...new Set((await findingsOfClaims(e.claims, ctx)).map((l) => l.finding.sourceId))].sort();
      return (await ctx.loaders.source.loadMany(ids)).filter(present<SourceRecord>);
    },
  },
  Treatment: {
    safety: (t: EntityRecord) => t,
  },
  TreatmentSafety: {
    claims: async (t: EntityRecord, _a, { loaders }) =>
      (await loaders.claimsOfEntity.load(t.id))
        .filter((c) => c.role === 'SUBJECT' && c.claim.predicate === 'IS_SAFE_WHEN' && isLive(c.claim))
        .map((c) => c.claim)
        .sort(byStrengthThenId),
    adverseEvents: (t: EntityRecord, _a, { loaders }) => loaders.adverseEventsOfTreatment.load(t.id),
    notes: (t: EntityRecord, _a, { loaders }, info) =>
      loaders.links.load({ id: t.id, type: 'HAS_SAFETY_NOTE', direction: 'OUT', shape: entityShapeOf(info) }),
  },
  Source: {
    findings: (s: SourceRecord, _a, { loaders }) => loaders.findingsOfSource.load(s.id),
    claims: (s: SourceRecord, { includeRetracted, first }, { loaders }) =>
      loaders.topClaimsOfSource.load({
        id: s.id,
        includeRetracted: includeRetracted ?? false,
        first: boundedInt(first, 50, 1, 200, 'first'),
      }),
  },
};
