import type { z } from 'zod';
import type { Database } from '../graph/database';

/** What a tool may use: the same database handle the GraphQL resolvers get. */
export type ToolContext = { db: Database };

/** A tool's answer: the structured content (checked against `output`) and the short text rendering. */
export type ToolAnswer<O> = { structured: O; text: string };

export type ToolSpec<I extends z.ZodObject, O extends z.ZodObject> = {
  name: string;
  title: string;
  /** Written for a model: when to use the tool, what comes back, what it cannot do. */
  description: string;
  input: I;
  output: O;
  run: (args: z.output<I>, ctx: ToolContext) => Promise<ToolAnswer<z.output<O>>>;
};

/** A tool with its types erased, so tools of different shapes sit in one list. */
export type McpTool = {
  name: string;
  title: string;
  description: string;
  input: z.ZodObject;
  output: z.ZodObject;
  run: (args: unknown, ctx: ToolContext) => Promise<ToolAnswer<Record<string, unknown>>>;
};

/** Checks a tool's run against its schemas at compile time, then erases the types. */
export function defineTool<I extends z.ZodObject, O extends z.ZodObject>(spec: ToolSpec<I, O>): McpTool {
  // The SDK parses the arguments with `input` before run sees them, so they have its output type.
  return spec as unknown as McpTool;
}
