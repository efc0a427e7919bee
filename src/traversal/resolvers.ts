import type { Resolvers } from '../generated/graphql';

// Placeholder until traversals land; the schema already declares the fields.
export const traversalResolvers: Resolvers = {};
