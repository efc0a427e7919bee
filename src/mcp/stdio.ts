import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import type { Logger } from 'pino';
import { Registry } from 'prom-client';
import type { Database } from '../graph/database';
import { createMcpMetrics, InstrumentedTransport } from './observability';
import { createMcpServer, DEFAULT_CALL_TIMEOUT_MS, newCallGate } from './server';

export type StdioMcp = {
  /** Resolves when the client has gone (stdin closed) or close() was called. */
  closed: Promise<void>;
  close: () => Promise<void>;
};

/**
 * The MCP server on this process's stdin and stdout, for desktop assistants that start it themselves.
 * stdout carries the protocol and nothing else: the caller logs to stderr. The client is the local user,
 * so there is no API key; limits are the tools' own (bounded arguments, call deadline, query timeouts).
 */
export async function serveStdio(db: Database, logger: Logger, callTimeoutMs = DEFAULT_CALL_TIMEOUT_MS): Promise<StdioMcp> {
  const server = createMcpServer({ db, logger, callTimeoutMs, gate: newCallGate() });
  // Metrics are kept (the logs carry the same facts); nothing serves them over stdio.
  const metrics = createMcpMetrics(new Registry());
  const transport = new StdioServerTransport(process.stdin, process.stdout);
  let onClosed: () => void = () => {};
  const closed = new Promise<void>((resolve) => (onClosed = resolve));
  const instrumented = new InstrumentedTransport(transport, metrics, logger, (id) => ({
    requestId: `stdio-${String(id)}`,
    caller: undefined,
  }));
  await server.connect(instrumented);
  server.server.onclose = () => onClosed();
  // The SDK's stdio transport does not notice the end of stdin. A client that closes it has sent its last
  // request; those still running are answered before the server closes (a client may write and close at once).
  process.stdin.once('end', () => void instrumented.whenIdle().then(() => server.close()));
  return { closed, close: () => server.close() };
}
