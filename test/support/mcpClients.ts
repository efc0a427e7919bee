import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { PROJECT_DIR } from '../../src/paths';
import type { RunningService } from '../../src/server/app';

/** The service's MCP endpoint. */
export function mcpUrl(service: RunningService): URL {
  return new URL(service.url.replace(/\/graphql$/, '/mcp'));
}

/**
 * fetch with at most `max` requests in flight, the rest waiting their turn: what a browser (six per host)
 * or a configured HTTP agent does. Node's own fetch would open one socket per concurrent request.
 */
export function boundedFetch(max: number): typeof fetch {
  let inFlight = 0;
  const waiting: (() => void)[] = [];
  return async (input, init) => {
    if (inFlight >= max) await new Promise<void>((resolve) => waiting.push(resolve));
    inFlight += 1;
    try {
      const response = await fetch(input, init);
      // The connection is free once the body is read: buffer it before letting the next request go.
      return new Response(await response.arrayBuffer(), {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
    } finally {
      inFlight -= 1;
      waiting.shift()?.();
    }
  };
}

/** The SDK's own client over Streamable HTTP, as a chatbot backend connects. */
export async function connectHttp(
  service: RunningService,
  headers: Record<string, string> = {},
  options: { maxConnections?: number } = {},
): Promise<Client> {
  const client = new Client({ name: 'test-http-client', version: '1.0.0' });
  const fetchOption = options.maxConnections ? { fetch: boundedFetch(options.maxConnections) } : {};
  await client.connect(new StreamableHTTPClientTransport(mcpUrl(service), { requestInit: { headers }, ...fetchOption }));
  return client;
}

/**
 * The SDK's own client over stdio, starting `npm run mcp` as a desktop assistant does, on the run's Neo4j
 * (NEO4J_URI, as a user with a Neo4j of their own sets it). `--silent` keeps npm's banner off stdout.
 */
export async function connectStdio(extraEnv: Record<string, string> = {}): Promise<{ client: Client; stderr: () => string }> {
  const transport = new StdioClientTransport({
    command: 'npm',
    args: ['run', '--silent', 'mcp'],
    cwd: PROJECT_DIR,
    env: {
      ...(process.env as Record<string, string>),
      NEO4J_URI: process.env.TEST_NEO4J_URI!,
      SEED_ON_START: 'false',
      LOG_LEVEL: 'info',
      ...extraEnv,
    },
    stderr: 'pipe',
  });
  let stderr = '';
  transport.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const client = new Client({ name: 'test-stdio-client', version: '1.0.0' });
  await client.connect(transport);
  return { client, stderr: () => stderr };
}
