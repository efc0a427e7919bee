import { randomUUID } from 'node:crypto';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import express, { type ErrorRequestHandler, type Request, type RequestHandler, type Response, type Router } from 'express';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { ApiKeyEntry } from '../config';
import { checkApiKey } from '../auth/apiKeys';
import type { Database } from '../graph/database';
import { createMcpMetrics, InstrumentedTransport, type McpMetrics } from './observability';
import { createMcpServer, DEFAULT_CALL_TIMEOUT_MS, newCallGate } from './server';

export type McpHttpOptions = {
  db: Database;
  logger: Logger;
  /** Where the MCP metrics go: the registry /metrics serves. */
  registry: Registry;
  auth: { keys: ApiKeyEntry[]; readsRequireKey: boolean };
  /** The same body limit as /graphql. */
  maxBodyBytes: number;
  callTimeoutMs?: number;
};

/** A JSON-RPC error for a request refused before it reaches the MCP server; `code` is the API's stable code. */
function refuse(res: Response, metrics: McpMetrics, status: number, rpcCode: number, code: string, message: string): void {
  metrics.errors.inc({ code });
  res.status(status).json({ jsonrpc: '2.0', id: null, error: { code: rpcCode, message, data: { code } } });
}

/**
 * The MCP endpoint: Streamable HTTP, stateless (every POST carries one JSON-RPC message and gets its answer as
 * JSON; no session, no server-sent stream), behind the same body limit and API keys as /graphql. All tools
 * read, so a key is needed only when READS_REQUIRE_KEY is on, and a writer key may read too.
 */
export function mcpRouter(options: McpHttpOptions): Router {
  const metrics = createMcpMetrics(options.registry);
  const callTimeoutMs = options.callTimeoutMs ?? DEFAULT_CALL_TIMEOUT_MS;
  const gate = newCallGate();
  const router = express.Router();

  const badBody: ErrorRequestHandler = (error: { type?: string; status?: number }, _req, res, next) => {
    if (error.type === 'entity.too.large') {
      return refuse(
        res,
        metrics,
        413,
        -32600,
        'REQUEST_TOO_LARGE',
        `The request body is larger than ${options.maxBodyBytes / 1024} kB. Send shorter arguments.`,
      );
    }
    if (error.status !== undefined && error.status >= 400 && error.status < 500) {
      return refuse(res, metrics, 400, -32700, 'BAD_REQUEST', 'The request body is not valid JSON-RPC over JSON (UTF-8).');
    }
    return next(error);
  };

  const authorise: RequestHandler = (req, res, next) => {
    const check = checkApiKey(req.header('authorization'), options.auth.keys);
    if (check.status === 'invalid') {
      res.setHeader('www-authenticate', 'Bearer');
      return refuse(res, metrics, 401, -32600, 'UNAUTHENTICATED', 'The API key is not valid.');
    }
    if (check.status === 'anonymous' && options.auth.readsRequireKey) {
      res.setHeader('www-authenticate', 'Bearer');
      return refuse(
        res,
        metrics,
        401,
        -32600,
        'UNAUTHENTICATED',
        'This server needs an API key: send it as `Authorization: Bearer <key>`.',
      );
    }
    res.locals.caller = check.status === 'valid' ? check.caller.keyId : undefined;
    return next();
  };

  const handle = async (req: Request, res: Response) => {
    const requestId = req.header('x-request-id')?.slice(0, 128) || randomUUID();
    res.setHeader('x-request-id', requestId);
    const caller = res.locals.caller as string | undefined;
    const server = createMcpServer({ db: options.db, logger: options.logger, callTimeoutMs, gate });
    const transport = new StreamableHTTPServerTransport({
      sessionIdGenerator: undefined,
      enableJsonResponse: true,
      maxRequestBodySize: options.maxBodyBytes,
    });
    // When the client goes away (answered, or dropped mid-call) the per-request server goes too.
    res.on('close', () => {
      void transport.close();
      void server.close();
    });
    try {
      await server.connect(new InstrumentedTransport(transport, metrics, options.logger, () => ({ requestId, caller })));
      await transport.handleRequest(req, res, req.body);
    } catch (error) {
      options.logger.error({ err: error, requestId }, 'mcp request failed');
      if (!res.headersSent) refuse(res, metrics, 500, -32603, 'INTERNAL_SERVER_ERROR', 'Something went wrong on our side.');
    }
  };

  router.post(
    '/',
    express.json({ limit: options.maxBodyBytes }),
    badBody,
    authorise,
    (req: Request, res: Response) => void handle(req, res),
  );
  // Stateless: no server-sent stream to open (GET) and no session to end (DELETE).
  router.all('/', (_req, res) => {
    res.setHeader('allow', 'POST');
    refuse(res, metrics, 405, -32000, 'METHOD_NOT_ALLOWED', 'This MCP server is stateless: POST each JSON-RPC message to this URL.');
  });
  return router;
}
