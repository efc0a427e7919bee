import { GraphQLError } from 'graphql';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { ErrorCode, classifyDatabaseError } from '../core/errors';

/**
 * Tool failures a model can act on. Codes are the GraphQL API's (BAD_USER_INPUT, DATABASE_UNAVAILABLE,
 * QUERY_TIMEOUT, INTERNAL_SERVER_ERROR), NOT_FOUND (which GraphQL answers with null instead) and
 * SERVER_BUSY (a call that waited too long for its turn, src/mcp/gate.ts).
 */
export const ToolErrorCode = { ...ErrorCode, NOT_FOUND: 'NOT_FOUND', SERVER_BUSY: 'SERVER_BUSY' } as const;
export type ToolErrorCode = (typeof ToolErrorCode)[keyof typeof ToolErrorCode];

/** Thrown by a tool for input it cannot answer: the message says what to send instead. */
export class ToolError extends Error {
  constructor(
    readonly code: ToolErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ToolError';
  }
}

export const notFound = (message: string) => new ToolError(ToolErrorCode.NOT_FOUND, message);
export const badInput = (message: string) => new ToolError(ToolErrorCode.BAD_USER_INPUT, message);

export type ToolFailure = {
  code: ToolErrorCode;
  message: string;
  /** Ours, not the caller's: worth a log line with the cause. */ internal: boolean;
};

/**
 * What a thrown error means for the caller. The repositories throw GraphQLErrors with a code for bad
 * arguments (text too long, a bound out of range); the driver's errors become the retryable or timeout
 * messages GraphQL gives; anything else is ours, and its message (which may name Cypher or internals) is never shown.
 */
export function toToolFailure(error: unknown): ToolFailure {
  try {
    return classify(error);
  } catch {
    // Reading the error must never be what fails the call.
    return INTERNAL;
  }
}

const INTERNAL: ToolFailure = {
  code: ToolErrorCode.INTERNAL_SERVER_ERROR,
  message: 'Something went wrong on our side. The error has been logged; try again later.',
  internal: true,
};

function classify(error: unknown): ToolFailure {
  if (error instanceof ToolError) return { code: error.code, message: error.message, internal: false };
  const fromDatabase = classifyDatabaseError(error);
  if (fromDatabase) return { code: fromDatabase.extensions.code as ToolErrorCode, message: fromDatabase.message, internal: false };
  if (error instanceof GraphQLError && error.extensions.code === ErrorCode.BAD_USER_INPUT) {
    return { code: ToolErrorCode.BAD_USER_INPUT, message: error.message, internal: false };
  }
  return {
    code: ToolErrorCode.INTERNAL_SERVER_ERROR,
    message: 'Something went wrong on our side. The error has been logged; try again later.',
    internal: true,
  };
}

/** The MCP shape of a failure: isError with the code in the words and in _meta (where the metrics read it). */
export function failureResult(failure: ToolFailure): CallToolResult {
  return {
    isError: true,
    content: [{ type: 'text', text: `${failure.code}: ${failure.message}` }],
    _meta: { errorCode: failure.code },
  };
}
