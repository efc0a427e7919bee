import type { EntityRecord } from '../domain/records';
import { GRAPHQL_TYPE, STRENGTH_RANK } from '../domain/vocabulary';
import { boundedInt, decodeCursor, encodeCursor } from '../domain/args';
import type { ClaimRole, EvidenceStrength } from '../generated/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Resolvers } from '../generated/resolvers';
import type { EntityClaimsKey, GraphQLContext } from '../core/context';
import { treatmentClaims } from '../evidence/treatmentEvidence';
import { normalizeText } from '../domain/normalize';
import { findEntityBundle, findEntityPage } from './repository';
import { LINK_FIELDS, linkShape } from './linkFields';
import { entityShapeOf } from './selection';
import { planEntityPage } from './pagePlan';

type EntityTypeName = 'Condition' | 'Symptom' | 'BodyRegion' | 'Treatment' | 'Benefit' | 'SessionStep' | 'Sensation' | 'SafetyNote';

/** The entities `parent` links to by `field`, in the shape the query asks of them. */
const linkedEntities = (
  typeName: EntityTypeName,
  field: string,
  parent: EntityRecord,
  { loaders }: GraphQLContext,
  info: GraphQLResolveInfo,
) => {
  const [type, direction] = LINK_FIELDS[typeName]![field]!;
  return loaders.links.load({ id: parent.id, type, direction, shape: linkShape(typeName, field, entityShapeOf(info)) });
};

/** A type's link fields (src/entities/linkFields.ts), each answered by the links loader. */
const linkedFields = (typeName: EntityTypeName) =>
  Object.fromEntries(
    Object.keys(LINK_FIELDS[typeName] ?? {}).map((field) => [
      field,
      (parent: EntityRecord, _args: unknown, context: GraphQLContext, info: GraphQLResolveInfo) =>
        linkedEntities(typeName, field, parent, context, info),
    ]),
  );

/** Entity.claims: how many by default and at most (the SDL says the same). */
const ENTITY_CLAIMS_DEFAULT = 50;
const ENTITY_CLAIMS_MAX = 200;

type ClaimsArgs = {
  role?: ClaimRole | null;
  minStrength?: EvidenceStrength | null;
  includeRetracted?: boolean | null;
  first?: number | null;
};

/** The topClaimsOfEntity key of Entity.claims with these arguments (BAD_USER_INPUT for a `first` out of range). */
function claimsKey(id: string, args: ClaimsArgs): EntityClaimsKey {
  const role = args.role ?? 'ANY';
  return {
    id,
    role: role === 'ANY' ? null : role,
    minRank: args.minStrength ? STRENGTH_RANK[args.minStrength] : 0,
    includeRetracted: args.includeRetracted ?? false,
    first: boundedInt(args.first, ENTITY_CLAIMS_DEFAULT, 1, ENTITY_CLAIMS_MAX, 'first'),
  };
}

/**
 * Query.entity: the entity and, in the same round trip, what the query asks of it one level down (its links,
 * its claims with their ends and sources), handed to the request's loaders so that the nested resolvers
 * find it there instead of each asking Neo4j.
 */
async function entityPage(id: string, info: GraphQLResolveInfo, { db, loaders }: GraphQLContext): Promise<EntityRecord | null> {
  const plan = planEntityPage(info);
  if (plan.links.length === 0 && !plan.claims) return loaders.entity.load(id);
  let key: EntityClaimsKey | null = null;
  try {
    key = plan.claims ? claimsKey(id, plan.claims.args as ClaimsArgs) : null;
  } catch {
    // Arguments out of range: Entity.claims answers that error itself, as without the plan.
  }
  const bundle = await findEntityBundle(
    db,
    id,
    plan.links.map((l) => ({ label: l.typeName, type: l.type, direction: l.direction, shape: l.shape })),
    key && plan.claims ? { filter: key, ends: plan.claims.ends, sources: plan.claims.sources } : null,
  );
  if (!bundle) return null;
  // Whole, it also answers the fields that ask for it brief (a claim's end that is the page's own entity).
  loaders.entity.prime(id, bundle.entity);
  loaders.briefEntity.prime(id, bundle.entity);
  plan.links.forEach((l, i) => {
    if (GRAPHQL_TYPE[bundle.entity.kind] === l.typeName)
      loaders.links.prime({ id, type: l.type, direction: l.direction, shape: l.shape }, bundle.links[i]!);
  });
  if (key) loaders.topClaimsOfEntity.prime(key, bundle.claims);
  const endLoader = plan.claims?.ends === 'brief' ? loaders.briefEntity : loaders.entity;
  for (const end of bundle.ends) endLoader.prime(end.id, end);
  for (const source of bundle.sources) loaders.source.prime(source.id, source);
  return bundle.entity;
}

/** Fields every entity type shares. */
const entityFields = {
  identifiers: (e: EntityRecord) => ({
    mesh: e.mesh,
    icd10cm: e.icd10cm,
    doid: e.doid,
    mondo: e.mondo,
    umls: e.umls,
    snomed: e.snomed,
    uberon: e.uberon,
    note: e.identifierNote,
  }),
  aliasDetails: (e: EntityRecord) => e.aliases.map((text) => ({ text, ambiguous: e.ambiguousAliases.includes(text), owner: e })),
  claims: async (e: EntityRecord, args: ClaimsArgs, { loaders }: GraphQLContext) =>
    (await loaders.topClaimsOfEntity.load(claimsKey(e.id, args))).map((c) => c.claim),
};

export const entityResolvers: Resolvers = {
  Query: {
    entity: (_p, { id }, context, info) => entityPage(id, info, context),
    entities: async (_p, { kind, first, after }, { db }) => {
      const limit = boundedInt(first, 20, 1, 100, 'first');
      const cursor = decodeCursor(after, ['id']);
      const page = await findEntityPage(db, kind ?? null, (cursor?.[0] as string) ?? null, limit + 1);
      const nodes = page.entities.slice(0, limit);
      const edges = nodes.map((node) => ({ cursor: encodeCursor([node.id]), node }));
      return {
        edges,
        totalCount: page.total,
        pageInfo: { hasNextPage: page.entities.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
      };
    },
  },
  Entity: {
    __resolveType: (e) => GRAPHQL_TYPE[e.kind] as EntityTypeName,
  },
  Alias: {
    alsoNames: async (alias, _args, { loaders }) => {
      if (!alias.ambiguous) return [];
      const norm = normalizeText(alias.text);
      const others = await loaders.entity.loadMany(alias.owner.ambiguousWith);
      return others.filter((o): o is EntityRecord => o !== null && !(o instanceof Error) && o.normNames.includes(norm));
    },
  },
  Condition: {
    ...entityFields,
    ...linkedFields('Condition'),
    treatments: async (condition, { minStrength }, { loaders }) => {
      // Bounded in Cypher (a hub condition has thousands of claims); grouped and ordered as the MCP condition page does.
      const minRank = minStrength ? STRENGTH_RANK[minStrength] : 0;
      const groups = treatmentClaims(await loaders.treatmentClaimsOfCondition.load({ id: condition.id, minRank }), minStrength);
      const treatments = await loaders.entity.loadMany(groups.map((g) => g.treatmentId));
      // Groups come strongest first; a treatment removed meanwhile drops out without reordering the rest.
      return groups.flatMap((group, i) => {
        const treatment = treatments[i];
        return treatment && !(treatment instanceof Error) ? [{ treatment, claims: group.claims }] : [];
      });
    },
  },
  TreatmentEvidence: {
    strongest: (t) => t.claims.map((c) => c.strength).sort((a, b) => STRENGTH_RANK[b] - STRENGTH_RANK[a])[0]!,
  },
  Symptom: { ...entityFields, ...linkedFields('Symptom') },
  BodyRegion: {
    ...entityFields,
    ...linkedFields('BodyRegion'),
    parent: async (region, _args, context, info) => (await linkedEntities('BodyRegion', 'parent', region, context, info))[0] ?? null,
    ancestors: (region, _args, { loaders }) => loaders.ancestors.load(region.id),
  },
  Treatment: {
    ...entityFields,
    ...linkedFields('Treatment'),
    steps: async (t, _args, context, info) =>
      (await linkedEntities('Treatment', 'steps', t, context, info)).slice().sort((a, b) => (a.order ?? 0) - (b.order ?? 0)),
  },
  Benefit: { ...entityFields },
  SessionStep: {
    ...entityFields,
    order: (s) => s.order ?? 0,
    durationMinutes: (s) => (s.durationMin !== null && s.durationMax !== null ? { min: s.durationMin, max: s.durationMax } : null),
    ...linkedFields('SessionStep'),
  },
  Sensation: { ...entityFields, ...linkedFields('Sensation') },
  SafetyNote: { ...entityFields, ...linkedFields('SafetyNote') },
};
