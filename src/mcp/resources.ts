import { McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { ReadResourceResult } from '@modelcontextprotocol/sdk/types.js';
import type { Database } from '../graph/database';
import { findEntityPage } from '../entities/repository';
import { searchEntities } from '../search/repository';
import type { CallGate } from './gate';
import { mustFindEntities } from './lookup';
import { idInput } from './shapes';
import { toToolFailure, ToolErrorCode, type ToolFailure } from './toolErrors';
import { getConditionTool } from './tools/getCondition';
import { getFactsTool } from './tools/getFacts';

export const ENTITY_URI_TEMPLATE = 'kg://entity/{id}';
export const entityUri = (id: string) => `kg://entity/${encodeURIComponent(id)}`;

/** resources/list names this many conditions (by id); the rest are a search_entities away. */
const LISTED_CONDITIONS = 100;
const COMPLETIONS = 10;

/** JSON-RPC codes for a failed read: -32002 is the MCP spec's "resource not found". */
const RESOURCE_NOT_FOUND = -32002;
const rpcCode = (failure: ToolFailure) =>
  failure.code === ToolErrorCode.NOT_FOUND ? RESOURCE_NOT_FOUND : failure.code === ToolErrorCode.BAD_USER_INPUT ? -32602 : -32603;

const idOf = idInput('id');

/**
 * A failed read as the SDK sends it: it answers with `code`, `message` and `data` of what the read callback
 * throws (McpError would prefix "MCP error -32002:" to a message written for a model).
 */
class ResourceReadError extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly data: { code: string },
  ) {
    super(message);
  }
}

/**
 * Entity pages as resources, so a client can attach a condition to a conversation: a condition's page is
 * get_condition's, any other entity's is its get_facts sheet; markdown for people, JSON for programs.
 */
export function registerEntityResources(server: McpServer, db: Database, gate: CallGate, onInternalError: (error: unknown) => void): void {
  const template = new ResourceTemplate(ENTITY_URI_TEMPLATE, {
    list: async () => {
      const page = await findEntityPage(db, 'CONDITION', null, LISTED_CONDITIONS);
      return {
        resources: page.entities.map((c) => ({
          uri: entityUri(c.id),
          name: c.name,
          title: c.name,
          description: c.description ?? undefined,
          mimeType: 'text/markdown',
        })),
      };
    },
    complete: {
      id: async (value) => {
        if (value.trim() === '' || value.length > 200) return [];
        const hits = await searchEntities(db, { text: value, kinds: null, first: COMPLETIONS, field: 'id' });
        return hits.map((h) => h.entity.id);
      },
    },
  });
  server.registerResource(
    'entity',
    template,
    {
      title: 'Entity page',
      description:
        'One entity of the graph by id: a condition’s page (symptoms, regions, treatments with grades and sources), or the facts about anything else.',
      mimeType: 'text/markdown',
    },
    async (uri, variables): Promise<ReadResourceResult> => {
      try {
        const raw = Array.isArray(variables.id) ? variables.id.join('/') : (variables.id ?? '');
        const parsed = idOf.safeParse(decodeURIComponent(raw));
        if (!parsed.success) {
          throw new ResourceReadError(-32602, `${uri.href} does not name an entity: ${parsed.error.issues[0]?.message}`, {
            code: ToolErrorCode.BAD_USER_INPUT,
          });
        }
        const id = parsed.data;
        // Reads take their turn with the tool calls: a flood of them is bounded the same way.
        const answer = await gate.run(async () => {
          const [entity] = await mustFindEntities(db, [id]);
          return entity!.kind === 'CONDITION'
            ? getConditionTool.run({ id }, { db })
            : getFactsTool.run({ question: id, limit: 20 }, { db });
        });
        return {
          contents: [
            { uri: uri.href, mimeType: 'text/markdown', text: answer.text },
            { uri: uri.href, mimeType: 'application/json', text: JSON.stringify(answer.structured) },
          ],
        };
      } catch (error) {
        if (error instanceof ResourceReadError) throw error;
        const failure = toToolFailure(error);
        if (failure.internal) onInternalError(error);
        throw new ResourceReadError(rpcCode(failure), failure.message, { code: failure.code });
      }
    },
  );
}
