import { GraphQLError } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLContext } from '../core/context';
import { ErrorCode } from '../core/errors';

/**
 * Decides, once the operation is known and before any resolver reads its input, whether the caller
 * may run it: mutations need a writer key; queries need a key only when READS_REQUIRE_KEY is on.
 */
export function authPlugin(readsRequireKey: boolean): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          const caller = contextValue.caller;
          const isMutation = operation?.operation === 'mutation';
          const needsKey = isMutation || readsRequireKey;
          if (needsKey && !caller) {
            throw new GraphQLError('This operation needs an API key: send it as `Authorization: Bearer <key>`.', {
              extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
            });
          }
          if (isMutation && caller?.role !== 'writer') {
            throw new GraphQLError('Your API key may read but not change the graph; changes need a writer key.', {
              extensions: { code: ErrorCode.FORBIDDEN, http: { status: 403 } },
            });
          }
        },
      };
    },
  };
}
