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
        mappers: {},
      },
    },
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default config;
