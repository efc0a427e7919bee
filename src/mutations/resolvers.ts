import type { Resolvers } from '../generated/resolvers';
import type { GraphQLContext } from '../core/context';
import { checkClaimInput, checkEntityInput, checkRetraction } from './inputRules';
import { writeIdempotently } from './idempotency';
import { addClaim, claimIdFor, retractClaim, upsertEntity, type Author } from './repository';

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
    // Each mutation names the record it is about before writing, so a retry can be recognised (idempotency.ts).
    upsertEntity: async (_p, { input }, context, info) => {
      const entity = checkEntityInput(input);
      const write = { mutation: 'upsertEntity', naturalKey: `entity:${entity.id}`, input: entity, resultId: entity.id };
      const { resultId } = await writeIdempotently(context, info, write, (writer) => upsertEntity(writer, entity, authorOf(context)));
      context.loaders.entity.clear(resultId);
      context.loaders.briefEntity.clear(resultId);
      return loadAfterWrite(context.loaders.entity.load(resultId), `Entity ${resultId}`);
    },
    addClaim: async (_p, { input }, context, info) => {
      const claim = checkClaimInput(input);
      const id = claimIdFor(claim);
      const write = { mutation: 'addClaim', naturalKey: `claim:${id}`, input: claim, resultId: id };
      const { resultId } = await writeIdempotently(context, info, write, (writer) => addClaim(writer, claim, authorOf(context)));
      return loadAfterWrite(context.loaders.claim.load(resultId), `Claim ${resultId}`);
    },
    retractClaim: async (_p, args, context, info) => {
      const { id, reason } = checkRetraction(args.id, args.reason);
      const write = { mutation: 'retractClaim', naturalKey: `retraction:${id}`, input: { id, reason }, resultId: id };
      const { resultId } = await writeIdempotently(context, info, write, (writer) => retractClaim(writer, id, reason, authorOf(context)));
      context.loaders.claim.clear(resultId);
      return loadAfterWrite(context.loaders.claim.load(resultId), `Claim ${resultId}`);
    },
  },
};
