import type { Resolvers } from '../generated/graphql';
import { readGraphStats } from './repository';

export const statsResolvers: Resolvers = {
  Query: {
    stats: (_parent, _args, { db }) => readGraphStats(db),
  },
};
