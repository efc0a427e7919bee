import type { Resolvers } from '../generated/resolvers';
import { readGraphStats } from './repository';

export const statsResolvers: Resolvers = {
  Query: {
    stats: (_parent, _args, { db }) => readGraphStats(db),
  },
};
