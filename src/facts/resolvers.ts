import type { Resolvers } from '../generated/graphql';

// Placeholder until facts land; the schema already declares the field.
export const factResolvers: Resolvers = {};
