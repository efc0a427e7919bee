import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { Logger } from 'pino';
import type { Database } from '../graph/database';
import { PROJECT_DIR } from '../paths';
import { registerEntityResources } from './resources';
import { CallGate } from './gate';
import type { McpTool } from './tool';
import { ToolErrorCode, failureResult, toToolFailure, ToolError } from './toolErrors';
import { TOOLS } from './tools';

export type McpServerDeps = {
  db: Database;
  logger: Logger;
  /** A call that has not answered this long after it started gets QUERY_TIMEOUT (each query also has the database's own timeout). */
  callTimeoutMs: number;
  /** Shared by every server of one endpoint, so the bound holds across requests. */
  gate: CallGate;
};

/**
 * A call runs up to three rounds of queries, each bounded by the database's own timeout (QUERY_TIMEOUT_MS,
 * 10 s by default, as for GraphQL); this bounds the whole call once it has started, so it always answers.
 */
export const DEFAULT_CALL_TIMEOUT_MS = 30000;

/**
 * Tool calls running at once per endpoint. A call asks Neo4j up to three times in a row (up to five queries
 * side by side), so this keeps a burst well inside a driver pool of 20 (the tests') to 50 (the default)
 * sessions; on a loaded two-core machine 8 at once let single queries of a 1,000-call burst pass 20 s, 4 did not.
 */
export const MAX_RUNNING_CALLS = 4;

/** How long a call may wait for its turn before SERVER_BUSY: longer than a burst of 1,000 takes to drain here. */
export const MAX_CALL_WAIT_MS = 120000;

export const newCallGate = () => new CallGate(MAX_RUNNING_CALLS, MAX_CALL_WAIT_MS);

/**
 * Largest number of array elements and object members a call's arguments may hold. The largest
 * well-formed call (kinds listing all eight kinds) has about a dozen; a flood of members is refused before parsing.
 */
export const MAX_ARGUMENT_ELEMENTS = 64;

const VERSION = (JSON.parse(readFileSync(join(PROJECT_DIR, 'package.json'), 'utf8')) as { version: string }).version;

const INSTRUCTIONS =
  'A curated knowledge graph about acupuncture for running injuries: conditions, symptoms, body regions, treatments, and ' +
  'the claims made for treatments with the GRADE of their evidence and their sources. Start with search_entities to turn ' +
  'words into ids. When you tell a user about a claim, say its grade and its source, and pass on the caveat: acupuncture ' +
  'complements, and does not replace, a doctor. All tools only read.';

/** Every tool only reads the graph, the same answer for the same graph, and touches nothing outside it. */
const READ_ONLY = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false } as const;

function deadline(ms: number): { promise: Promise<never>; cancel: () => void } {
  let timer: NodeJS.Timeout | undefined;
  const promise = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new ToolError(
            ToolErrorCode.QUERY_TIMEOUT,
            `The answer took longer than ${Math.round(ms / 1000)} s and was given up. Narrow the call (fewer hops, a smaller limit) and try again.`,
          ),
        ),
      ms,
    );
  });
  return { promise, cancel: () => clearTimeout(timer) };
}

/** Runs one tool: its answer as text and structured content, or an isError result a model can act on. */
export async function runTool(tool: McpTool, args: unknown, deps: McpServerDeps): Promise<CallToolResult> {
  try {
    const answer = await deps.gate.run(async () => {
      const timer = deadline(deps.callTimeoutMs);
      try {
        return await Promise.race([tool.run(args, { db: deps.db }), timer.promise]);
      } finally {
        timer.cancel();
      }
    });
    return { content: [{ type: 'text', text: answer.text }], structuredContent: answer.structured };
  } catch (error) {
    const failure = toToolFailure(error);
    if (failure.internal) deps.logger.error({ err: error, tool: tool.name }, 'mcp tool failed');
    return failureResult(failure);
  }
}

/** A fresh MCP server with every tool and the entity resources (one per HTTP request, one for stdio). */
export function createMcpServer(deps: McpServerDeps): McpServer {
  const server = new McpServer(
    { name: 'acupuncture-running-kg', title: 'Acupuncture for running injuries: knowledge graph', version: VERSION },
    { instructions: INSTRUCTIONS, maxToolInputElements: MAX_ARGUMENT_ELEMENTS },
  );
  for (const tool of TOOLS) {
    server.registerTool(
      tool.name,
      {
        title: tool.title,
        description: tool.description,
        inputSchema: tool.input,
        outputSchema: tool.output,
        annotations: { title: tool.title, ...READ_ONLY },
      },
      (args: unknown) => runTool(tool, args, deps),
    );
  }
  registerEntityResources(server, deps.db, deps.gate, (error) => deps.logger.error({ err: error }, 'mcp resource read failed'));
  return server;
}
