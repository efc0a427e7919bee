import { boundedInt } from '../domain/args';
import type { Resolvers } from '../generated/resolvers';
import { searchEntities } from './repository';

export const searchResolvers: Resolvers = {
  Query: {
    search: async (_p, { text, kinds, first }, { db }) => {
      const limit = boundedInt(first, 10, 1, 50, 'first');
      const hits = await searchEntities(db, { text, kinds: kinds ? [...new Set(kinds)] : null, first: limit, field: 'text' });
      return hits.map(({ entity, score, matched, ambiguous }) => ({ entity, score, matched, ambiguous }));
    },
  },
};
