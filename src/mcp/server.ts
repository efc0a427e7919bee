import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { Logger } from 'pino';
import type { Database } from '../graph/database';
import { PROJECT_DIR } from '../paths';
import { registerEntityResources } from './resources';
import type { McpTool } from './tool';
import { ToolErrorCode, failureResult, toToolFailure, ToolError } from './toolErrors';
import { TOOLS } from './tools';

export type McpServerDeps = {
  db: Database;
  logger: Logger;
  /** A call that has not answered after this long gets QUERY_TIMEOUT (each query also has the database's own timeout). */
  callTimeoutMs: number;
};

/** Same default as QUERY_TIMEOUT_MS: a tool call gets as long as one GraphQL query. */
export const DEFAULT_CALL_TIMEOUT_MS = 10000;

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
  const timer = deadline(deps.callTimeoutMs);
  try {
    const answer = await Promise.race([tool.run(args, { db: deps.db }), timer.promise]);
    return { content: [{ type: 'text', text: answer.text }], structuredContent: answer.structured };
  } catch (error) {
    const failure = toToolFailure(error);
    if (failure.internal) deps.logger.error({ err: error, tool: tool.name }, 'mcp tool failed');
    return failureResult(failure);
  } finally {
    timer.cancel();
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
  registerEntityResources(server, deps.db, (error) => deps.logger.error({ err: error }, 'mcp resource read failed'));
  return server;
}
