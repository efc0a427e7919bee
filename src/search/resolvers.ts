import type { Resolvers } from '../generated/graphql';

// Placeholder until search lands; the schema already declares the field.
export const searchResolvers: Resolvers = {};
