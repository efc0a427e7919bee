import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The SDL in schema/ is the source of truth; this writes typed resolvers into src/generated/,
 * which nobody edits by hand (CI regenerates it and fails when the committed copy is stale).
 */
const config: CodegenConfig = {
  overwrite: true,
  schema: 'schema/*.graphql',
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../server/context#GraphQLContext',
        useTypeImports: true,
        enumsAsTypes: true,
        useIndexSignature: false,
        scalars: { ID: 'string' },
        // Resolvers receive database records; the field resolvers shape them for the API.
        mappers: {
          Entity: '../domain/records#EntityRecord',
          Condition: '../domain/records#EntityRecord',
          Symptom: '../domain/records#EntityRecord',
          BodyRegion: '../domain/records#EntityRecord',
          Treatment: '../domain/records#EntityRecord',
          Benefit: '../domain/records#EntityRecord',
          SessionStep: '../domain/records#EntityRecord',
          Sensation: '../domain/records#EntityRecord',
          SafetyNote: '../domain/records#EntityRecord',
          Claim: '../domain/records#ClaimRecord',
          Source: '../domain/records#SourceRecord',
          Alias: '../domain/records#AliasRecord',
          TreatmentEvidence: '../domain/records#TreatmentEvidenceRecord',
          SearchHit: '../domain/records#SearchHitRecord',
          RelatedCondition: '../domain/records#RelatedConditionRecord',
          Relationship: '../domain/records#RelationshipRecord',
          Path: '../domain/records#PathRecord',
          Subgraph: '../domain/records#SubgraphRecord',
          Fact: '../domain/records#FactRecord',
          FactSheet: '../domain/records#FactSheetRecord',
        },
      },
    },
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default config;
