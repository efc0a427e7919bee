import type { Direction, EntityRecord } from '../domain/records';
import { GRAPHQL_TYPE, STRENGTH_RANK, type LinkType } from '../domain/vocabulary';
import { boundedInt, decodeCursor, encodeCursor } from '../domain/args';
import type { ClaimRole, EvidenceStrength } from '../generated/graphql';
import type { Resolvers } from '../generated/resolvers';
import type { GraphQLContext } from '../core/context';
import { treatmentClaims } from '../evidence/treatmentEvidence';
import { normalizeText } from '../domain/normalize';
import { findEntityPage } from './repository';

type EntityTypeName = 'Condition' | 'Symptom' | 'BodyRegion' | 'Treatment' | 'Benefit' | 'SessionStep' | 'Sensation' | 'SafetyNote';

const linked =
  (type: LinkType, direction: Direction) =>
  (parent: EntityRecord, _args: unknown, { loaders }: GraphQLContext) =>
    loaders.links.load({ id: parent.id, type, direction });

/** Entity.claims: how many by default and at most (the SDL says the same). */
const ENTITY_CLAIMS_DEFAULT = 50;
const ENTITY_CLAIMS_MAX = 200;

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
  claims: async (
    e: EntityRecord,
    args: { role?: ClaimRole | null; minStrength?: EvidenceStrength | null; includeRetracted?: boolean | null; first?: number | null },
    { loaders }: GraphQLContext,
  ) => {
    const role = args.role ?? 'ANY';
    const found = await loaders.topClaimsOfEntity.load({
      id: e.id,
      role: role === 'ANY' ? null : role,
      minRank: args.minStrength ? STRENGTH_RANK[args.minStrength] : 0,
      includeRetracted: args.includeRetracted ?? false,
      first: boundedInt(args.first, ENTITY_CLAIMS_DEFAULT, 1, ENTITY_CLAIMS_MAX, 'first'),
    });
    return found.map((c) => c.claim);
  },
};

export const entityResolvers: Resolvers = {
  Query: {
    entity: (_p, { id }, { loaders }) => loaders.entity.load(id),
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
    symptoms: linked('PRESENTS', 'OUT'),
    regions: linked('AFFECTS', 'OUT'),
    broader: linked('SUBTYPE_OF', 'OUT'),
    narrower: linked('SUBTYPE_OF', 'IN'),
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
  Symptom: {
    ...entityFields,
    conditions: linked('PRESENTS', 'IN'),
    regions: linked('LOCATED_IN', 'OUT'),
  },
  BodyRegion: {
    ...entityFields,
    parent: async (region, _args, { loaders }) =>
      (await loaders.links.load({ id: region.id, type: 'PART_OF', direction: 'OUT' }))[0] ?? null,
    ancestors: (region, _args, { loaders }) => loaders.ancestors.load(region.id),
    children: linked('PART_OF', 'IN'),
    conditions: linked('AFFECTS', 'IN'),
    symptoms: linked('LOCATED_IN', 'IN'),
  },
  Treatment: {
    ...entityFields,
    steps: async (t, _args, { loaders }) =>
      (await loaders.links.load({ id: t.id, type: 'HAS_STEP', direction: 'OUT' })).slice().sort((a, b) => (a.order ?? 0) - (b.order ?? 0)),
    safetyNotes: linked('HAS_SAFETY_NOTE', 'OUT'),
    complements: linked('COMPLEMENTS', 'OUT'),
    complementedBy: linked('COMPLEMENTS', 'IN'),
  },
  Benefit: { ...entityFields },
  SessionStep: {
    ...entityFields,
    order: (s) => s.order ?? 0,
    durationMinutes: (s) => (s.durationMin !== null && s.durationMax !== null ? { min: s.durationMin, max: s.durationMax } : null),
    sensations: linked('HAS_SENSATION', 'OUT'),
    treatments: linked('HAS_STEP', 'IN'),
  },
  Sensation: { ...entityFields, steps: linked('HAS_SENSATION', 'IN') },
  SafetyNote: { ...entityFields, appliesTo: linked('HAS_SAFETY_NOTE', 'IN') },
};
