import type { Resolvers } from '../generated/resolvers';
import { boundedInt } from '../domain/args';
import { claimImport, importById, importContents, listImports } from './provenance';

export const interchangeResolvers: Resolvers = {
  Query: {
    bulkImport: (_parent, { id }, { db }) => importById(db, id),
    bulkImports: (_parent, { first }, { db }) => listImports(db, boundedInt(first, 20, 1, 100, 'first')),
  },
  Claim: {
    importedBy: (claim, _args, { db }) => claimImport(db, claim.id),
  },
  BulkImport: {
    sources: (i) => i.counts.sources,
    entities: (i) => i.counts.entities,
    findings: (i) => i.counts.findings,
    links: (i) => i.counts.links,
    claims: (i) => i.counts.claims,
    claimIds: async (i, { first }, { db }) => (await importContents(db, i.id, boundedInt(first, 50, 1, 1000, 'first'))).claims,
    entityIds: async (i, { first }, { db }) => (await importContents(db, i.id, boundedInt(first, 50, 1, 1000, 'first'))).entities,
    sourceIds: async (i, { first }, { db }) => (await importContents(db, i.id, boundedInt(first, 50, 1, 1000, 'first'))).sources,
  },
};
