/**
 * The API's error vocabulary, used by every layer: stable codes, the bad-input constructor, and how a
 * driver error reads to a client. Imports nothing of ours, so any module may use it.
 */
import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';

/** Stable error codes: clients branch on extensions.code, never on messages. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  BAD_REQUEST: 'BAD_REQUEST',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  /** Bulk import over HTTP: the input has problems (listed), nothing was written. */
  IMPORT_INVALID: 'IMPORT_INVALID',
  /** Bulk import over HTTP: another import is running; retry after it. */
  IMPORT_BUSY: 'IMPORT_BUSY',
  REQUEST_TOO_LARGE: 'REQUEST_TOO_LARGE',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export function badUserInput(message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, ...(field ? { field } : {}) } });
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);
const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.LockClientStopped',
]);

/** Turns what the driver throws into an error a client can act on. */
export function classifyDatabaseError(error: unknown): GraphQLError | undefined {
  if (!(error instanceof Neo4jError)) return undefined;
  if (TIMEOUT_CODES.has(error.code) || (/timed out|terminated/i.test(error.message) && error.code.includes('Transaction'))) {
    return new GraphQLError('The query took too long and was stopped. Narrow it (fewer hops, a smaller limit) and try again.', {
      extensions: { code: ErrorCode.QUERY_TIMEOUT },
    });
  }
  // error.retryable, not the driver's isRetriableError: that export calls `this.isRetryable` and throws
  // "Cannot read properties of undefined" when called unbound (neo4j-driver 6), e.g. on a pool acquisition timeout.
  if (UNAVAILABLE_CODES.has(error.code) || error.retryable || /connect|acquisition|pool/i.test(error.message)) {
    return new GraphQLError('The graph database is not reachable right now. This is temporary; retry in a few seconds.', {
      extensions: { code: ErrorCode.DATABASE_UNAVAILABLE, retryable: true, retryAfterSeconds: 5 },
    });
  }
  return undefined;
}
