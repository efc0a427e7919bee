import type { Resolvers } from '../generated/resolvers';
import type { GraphQLContext } from '../core/context';
import { checkClaimInput, checkEntityInput, checkRetraction } from './inputRules';
import { addClaim, retractClaim, upsertEntity, type Author } from './repository';

/** The auth plugin has already refused callers without a writer key; this only names the author. */
function authorOf(context: GraphQLContext): Author {
  return { by: context.caller?.keyId ?? 'unknown', at: new Date().toISOString() };
}

async function loadAfterWrite<T>(load: Promise<T | null>, what: string): Promise<T> {
  const value = await load;
  if (value === null) throw new Error(`${what} was written but cannot be read back`);
  return value;
}

export const mutationResolvers: Resolvers = {
  Mutation: {
    upsertEntity: async (_p, { input }, context) => {
      const entity = checkEntityInput(input);
      await upsertEntity(context.db, entity, authorOf(context));
      context.loaders.entity.clear(entity.id);
      return loadAfterWrite(context.loaders.entity.load(entity.id), `Entity ${entity.id}`);
    },
    addClaim: async (_p, { input }, context) => {
      const claim = checkClaimInput(input);
      const id = await addClaim(context.db, claim, authorOf(context));
      return loadAfterWrite(context.loaders.claim.load(id), `Claim ${id}`);
    },
    retractClaim: async (_p, args, context) => {
      const { id, reason } = checkRetraction(args.id, args.reason);
      await retractClaim(context.db, id, reason, authorOf(context));
      context.loaders.claim.clear(id);
      return loadAfterWrite(context.loaders.claim.load(id), `Claim ${id}`);
    },
  },
};
