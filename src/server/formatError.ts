import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ErrorCode, classifyDatabaseError } from '../core/errors';
import { QUERY_TOO_COMPLEX, refusedLimit } from './limits';

/**
 * Apollo's formatError hook: known client errors pass through; database trouble becomes
 * DATABASE_UNAVAILABLE or QUERY_TIMEOUT; anything else becomes a plain internal error,
 * so no driver message, Cypher or stack trace leaks to a client.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, exposeDetails: boolean): GraphQLFormattedError {
  const limit = refusedLimit(formatted.message);
  if (limit) {
    return {
      message: formatted.message.replace(/^Syntax Error: /, '').replace('more that', 'more than'),
      extensions: { code: QUERY_TOO_COMPLEX, limit },
    };
  }
  const original = unwrapResolverError(error);
  const fromDatabase = classifyDatabaseError(original);
  if (fromDatabase) {
    return { message: fromDatabase.message, path: formatted.path, extensions: { ...fromDatabase.extensions } };
  }
  const refused = requestRefusedWithoutCode(original);
  if (refused) return { message: refused.message, extensions: { code: ErrorCode.BAD_REQUEST } };
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    return exposeDetails ? formatted : withoutStacktrace(formatted);
  }
  if (exposeDetails) return formatted;
  return {
    message: 'Something went wrong on our side. The error has been logged.',
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

/**
 * Apollo and graphql-js refuse a few requests with an error that has no code, which Apollo would then
 * call an internal error: a bad persisted-query extension (Apollo answers HTTP 4xx), and an operation type
 * the schema has no root for (`subscription`: this API has none). Both concern the request as a whole
 * (no path, no underlying exception), so their framework-written messages are safe to show.
 */
function requestRefusedWithoutCode(error: unknown): GraphQLError | undefined {
  if (!(error instanceof GraphQLError) || error.originalError || error.path || error.extensions.code !== undefined) return undefined;
  const status = (error.extensions.http as { status?: unknown } | undefined)?.status;
  const clientStatus = typeof status === 'number' && status >= 400 && status < 500;
  const noRootType = /^Schema is not configured to execute \w+ operation\.$/.test(error.message);
  return clientStatus || noRootType ? error : undefined;
}

function withoutStacktrace(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!formatted.extensions || !('stacktrace' in formatted.extensions)) return formatted;
  const { stacktrace: _omit, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}
