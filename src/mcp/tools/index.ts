import type { McpTool } from '../tool';
import { findPathsTool } from './findPaths';
import { getConditionTool } from './getCondition';
import { getEvidenceTool } from './getEvidence';
import { getFactsTool } from './getFacts';
import { getRelatedConditionsTool } from './getRelatedConditions';
import { searchEntitiesTool } from './searchEntities';

/** Every tool the MCP server offers, in the order tools/list shows them. All of them only read. */
export const TOOLS: readonly McpTool[] = [
  searchEntitiesTool,
  getFactsTool,
  getConditionTool,
  getRelatedConditionsTool,
  findPathsTool,
  getEvidenceTool,
];

export const TOOL_NAMES: ReadonlySet<string> = new Set(TOOLS.map((t) => t.name));
