import type { CodegenConfig } from '@graphql-codegen/cli';

/** Resolvers receive database records; the field resolvers shape them for the API. */
const MAPPERS = {
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
  Finding: '../domain/records#FindingRecord',
  ClaimFinding: '../domain/records#ClaimFindingRecord',
  GradeReason: '../domain/records#GradeReasonRecord',
  ClaimQualifier: '../domain/records#QualifierRecord',
  ConditionEvidence: '../domain/records#ConditionEvidenceRecord',
  TreatmentSafety: '../domain/records#EntityRecord',
  Alias: '../domain/records#AliasRecord',
  TreatmentEvidence: '../domain/records#TreatmentEvidenceRecord',
  SearchHit: '../domain/records#SearchHitRecord',
  RelatedCondition: '../domain/records#RelatedConditionRecord',
  Relationship: '../domain/records#RelationshipRecord',
  Path: '../domain/records#PathRecord',
  PathSearch: '../domain/records#PathSearchRecord',
  Subgraph: '../domain/records#SubgraphRecord',
  Fact: '../domain/records#FactRecord',
  FactSheet: '../domain/records#FactSheetRecord',
  BulkImport: '../domain/records#ImportRecord',
};

/**
 * The SDL in schema/ is the source of truth; this writes typed resolvers into src/generated/ and the typed
 * client for frontends into client/generated/, which nobody edits by hand (CI regenerates both and fails when
 * a committed copy is stale).
 */
const config: CodegenConfig = {
  overwrite: true,
  schema: 'schema/*.graphql',
  generates: {
    // The schema's own types (enums, inputs, objects). Imports nothing of ours, so the record and
    // vocabulary modules can use these enums without a cycle.
    'src/generated/graphql.ts': {
      plugins: ['typescript'],
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { ID: 'string' } },
    },
    // Resolver signatures: they name the context and the records resolvers receive, so they sit
    // above core/ and domain/ (which is why they are a separate file from the schema types).
    'src/generated/resolvers.ts': {
      plugins: [{ add: { content: "import type * as Types from './graphql';" } }, 'typescript-resolvers'],
      config: {
        namespacedImportName: 'Types',
        contextType: '../core/context#GraphQLContext',
        useTypeImports: true,
        enumsAsTypes: true,
        useIndexSignature: false,
        scalars: { ID: 'string' },
        mappers: MAPPERS,
      },
    },
    // The typed client (GraphQL Code Generator's client preset): a TypedDocumentNode per operation of the
    // example operations and the explorer, with result and variable types. The explorer sends only these, and
    // other frontends import them (README: "Typed client").
    'client/generated/': {
      documents: ['docs/operations/*.graphql', 'web/src/operations/*.graphql'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { ID: 'string' }, nonOptionalTypename: true },
    },
    // Apollo Client's possibleTypes (which concrete types an interface stands for), so its cache can match
    // `... on Condition` fragments on an Entity without warnings.
    'client/generated/possibleTypes.ts': {
      plugins: ['fragment-matcher'],
      config: { useExplicitTyping: true },
    },
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default config;
