import type { Transport, TransportSendOptions } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { JSONRPCMessage, MessageExtraInfo, RequestId } from '@modelcontextprotocol/sdk/types.js';
import type { Logger } from 'pino';
import { Counter, Histogram, type Registry } from 'prom-client';
import { ToolErrorCode } from './toolErrors';
import { TOOL_NAMES } from './tools';

/** MCP metrics, in the registry /metrics serves (the GraphQL metrics' neighbours). */
export function createMcpMetrics(registry: Registry) {
  return {
    requests: new Counter({ name: 'mcp_requests_total', help: 'MCP requests by method', labelNames: ['method'], registers: [registry] }),
    calls: new Counter({ name: 'mcp_tool_calls_total', help: 'MCP tool calls by tool', labelNames: ['tool'], registers: [registry] }),
    latency: new Histogram({
      name: 'mcp_tool_call_duration_seconds',
      help: 'MCP tool call latency by tool',
      labelNames: ['tool'],
      buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    errors: new Counter({
      name: 'mcp_errors_total',
      help: 'MCP errors (failed tool calls and requests) by code',
      labelNames: ['code'],
      registers: [registry],
    }),
  };
}
export type McpMetrics = ReturnType<typeof createMcpMetrics>;

/** Who made a request, for the log line: the request id and the API key id. */
export type CallerInfo = (rpcId: RequestId) => { requestId: string; caller: string | undefined };

/** Methods become metric labels: the protocol's own names, anything else "other". */
const METHODS = new Set([
  'initialize',
  'ping',
  'tools/list',
  'tools/call',
  'resources/list',
  'resources/templates/list',
  'resources/read',
  'completion/complete',
  'prompts/list',
]);

/** What the SDK answers without reaching a tool (unknown tool, arguments its schema refuses), by its wording. */
function sdkToolErrorCode(text: string): string {
  if (/^MCP error -32602: Tool \S+ (not found|disabled)/.test(text)) return 'UNKNOWN_TOOL';
  if (/^MCP error -32602: (Input validation error|Invalid arguments)/.test(text)) return ToolErrorCode.BAD_USER_INPUT;
  return ToolErrorCode.INTERNAL_SERVER_ERROR;
}

/** A JSON-RPC error's code in the API's words: our own code when the error carries one. */
function rpcErrorCode(error: { code: number; data?: unknown }): string {
  const own = (error.data as { code?: unknown } | undefined)?.code;
  if (typeof own === 'string' && /^[A-Z_]{1,40}$/.test(own)) return own;
  if (error.code === -32601) return 'METHOD_NOT_FOUND';
  if (error.code === -32602 || error.code === -32600 || error.code === -32700) return 'BAD_REQUEST';
  return ToolErrorCode.INTERNAL_SERVER_ERROR;
}

type Pending = { method: string; tool: string | null; started: bigint };

/**
 * A transport that counts and logs what passes through it: each request when it arrives, each answer when it
 * leaves (its latency, and its error code from the tool's isError result or the JSON-RPC error), and requests
 * still open when the connection closes (CLIENT_CLOSED). It sits between the SDK and the real transport, so the
 * SDK's own refusals (unknown tool, arguments against the schema) are counted like the tools' failures.
 */
export class InstrumentedTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: <T extends JSONRPCMessage>(message: T, extra?: MessageExtraInfo) => void;
  private readonly pending = new Map<RequestId, Pending>();
  private idleWaiters: (() => void)[] = [];

  constructor(
    private readonly inner: Transport,
    private readonly metrics: McpMetrics,
    private readonly logger: Logger,
    private readonly callerOf: CallerInfo,
  ) {
    inner.onmessage = (message, extra) => {
      this.arrived(message);
      this.onmessage?.(message, extra);
    };
    inner.onclose = () => {
      for (const [id, pending] of this.pending) this.finished(id, pending, 'CLIENT_CLOSED');
      this.pending.clear();
      this.idleWaiters.splice(0).forEach((resolve) => resolve());
      this.onclose?.();
    };
    inner.onerror = (error) => this.onerror?.(error);
  }

  get sessionId(): string | undefined {
    return this.inner.sessionId;
  }

  setProtocolVersion(version: string): void {
    this.inner.setProtocolVersion?.(version);
  }

  start(): Promise<void> {
    return this.inner.start();
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  async send(message: JSONRPCMessage, options?: TransportSendOptions): Promise<void> {
    if ('id' in message && message.id !== undefined && ('result' in message || 'error' in message)) {
      const pending = this.pending.get(message.id);
      if (pending) {
        this.pending.delete(message.id);
        this.finished(message.id, pending, this.errorCodeOf(message));
      }
    }
    try {
      await this.inner.send(message, options);
    } finally {
      if (this.pending.size === 0) this.idleWaiters.splice(0).forEach((resolve) => resolve());
    }
  }

  /** Resolves once every request that has arrived has been answered (at once when none is open). */
  whenIdle(): Promise<void> {
    if (this.pending.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private arrived(message: JSONRPCMessage): void {
    if (!('method' in message) || !('id' in message) || message.id === undefined) return;
    const method = METHODS.has(message.method) ? message.method : 'other';
    const name = method === 'tools/call' ? (message.params as { name?: unknown } | undefined)?.name : undefined;
    const tool = method === 'tools/call' ? (typeof name === 'string' && TOOL_NAMES.has(name) ? name : 'unknown') : null;
    this.metrics.requests.inc({ method });
    this.pending.set(message.id, { method, tool, started: process.hrtime.bigint() });
  }

  private errorCodeOf(message: JSONRPCMessage): string | null {
    if ('error' in message) return rpcErrorCode(message.error);
    if (!('result' in message)) return null;
    const result = message.result as { isError?: boolean; _meta?: { errorCode?: unknown }; content?: { text?: unknown }[] };
    if (result.isError !== true) return null;
    const own = result._meta?.errorCode;
    if (typeof own === 'string') return own;
    const text = result.content?.[0]?.text;
    return typeof text === 'string' ? sdkToolErrorCode(text) : ToolErrorCode.INTERNAL_SERVER_ERROR;
  }

  private finished(id: RequestId, pending: Pending, errorCode: string | null): void {
    const seconds = Number(process.hrtime.bigint() - pending.started) / 1e9;
    if (pending.tool) {
      this.metrics.calls.inc({ tool: pending.tool });
      this.metrics.latency.observe({ tool: pending.tool }, seconds);
    }
    if (errorCode) this.metrics.errors.inc({ code: errorCode });
    const { requestId, caller } = this.callerOf(id);
    this.logger.info(
      {
        requestId,
        method: pending.method,
        ...(pending.tool ? { tool: pending.tool } : {}),
        durationMs: Math.round(seconds * 1000 * 10) / 10,
        caller,
        ...(errorCode ? { errorCode } : {}),
      },
      'mcp request',
    );
  }
}
