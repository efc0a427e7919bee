import { Writable } from 'node:stream';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import pino from 'pino';
import { makeApiKey } from '../../src/auth/apiKeys';
import { failureResult, toToolFailure } from '../../src/mcp/toolErrors';
import type { Database } from '../../src/graph/database';
import type { RunningService } from '../../src/server/app';
import { seedDatabase } from '../../seed';
import { startDelayingProxy } from '../support/delayingProxy';
import { writeLayeredGraph } from '../support/layeredGraph';
import { connectHttp, mcpUrl } from '../support/mcpClients';
import { clearDatabase, testDatabase, testNeo4jPort } from '../support/testDatabase';
import { startTestService } from '../support/testService';

/**
 * A hostile MCP client over HTTP, with READS_REQUIRE_KEY on: no key, a wrong key, an unknown tool, arguments
 * past every bound, a body past the size limit, broken JSON, 1,000 calls at once, connections dropped in the
 * middle of a slow call, and a query past its timeout. After each, the service must be healthy and answer
 * every well-formed call; the metrics and logs must say what happened.
 */

const BURST = 1000;
const reader = makeApiKey('mcp-reader', 'reader');
const auth = { authorization: `Bearer ${reader.key}` };
const textOf = (r: CallToolResult) => r.content.map((c) => (c.type === 'text' ? c.text : '')).join('\n');

/** A raw JSON-RPC POST, as a client that does not use the SDK sends it. */
async function post(service: RunningService, body: string, headers: Record<string, string> = auth, signal?: AbortSignal) {
  return fetch(mcpUrl(service), {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...headers },
    body,
    signal,
  });
}

const callBody = (id: number, name: string, args: Record<string, unknown>) =>
  JSON.stringify({ jsonrpc: '2.0', id, method: 'tools/call', params: { name, arguments: args } });

async function metrics(service: RunningService): Promise<string> {
  return (await fetch(service.url.replace(/\/graphql$/, '/metrics'))).text();
}

function metricValue(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.split(' ')[1]) : 0;
}

describe('a hostile MCP client', () => {
  let db: Database;
  let service: RunningService;
  let client: Client;
  const lines: Record<string, unknown>[] = [];

  /** Every well-formed call a user makes still gets its right answer. */
  async function expectHealthy(): Promise<void> {
    expect((await fetch(service.url.replace(/\/graphql$/, '/health'))).status).toBe(200);
    expect((await fetch(service.url.replace(/\/graphql$/, '/ready'))).status).toBe(200);
    const page = (await client.callTool({ name: 'get_condition', arguments: { id: 'plantar-fasciitis' } })) as CallToolResult;
    expect(page.isError).toBeFalsy();
    expect((page.structuredContent as { condition: { name: string } }).condition.name).toBe('Plantar fasciitis');
    const hits = (await client.callTool({ name: 'search_entities', arguments: { text: 'shin splints' } })) as CallToolResult;
    expect((hits.structuredContent as { hits: { id: string }[] }).hits[0]!.id).toBe('shin-splints');
  }

  beforeAll(async () => {
    db = testDatabase();
    await clearDatabase(db);
    await seedDatabase(db);
    // 10^5 shortest 6-hop paths from slow-0-0 to slow-6-0: what find_paths is asked below (bounded, not slow).
    await writeLayeredGraph(db, 'slow', 10, 7);
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
        done();
      },
    });
    const [id, role, sha256] = reader.entry.split(':') as [string, 'reader', string];
    service = await startTestService(db, {
      logger: pino({ level: 'info' }, sink),
      auth: { keys: [{ id, role, sha256 }], readsRequireKey: true },
    });
    client = await connectHttp(service, auth);
  });

  afterAll(async () => {
    await client.close();
    await service.stop();
    await clearDatabase(db);
    await db.close();
  });

  it('refuses a client without a key or with a wrong key (401, JSON-RPC error), and serves one with the key', async () => {
    await expect(connectHttp(service)).rejects.toThrow(/UNAUTHENTICATED/);
    const wrong = await post(service, callBody(1, 'search_entities', { text: 'knee' }), { authorization: 'Bearer akg_wrong' });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toBe('Bearer');
    expect(await wrong.json()).toEqual(expect.objectContaining({ error: expect.objectContaining({ data: { code: 'UNAUTHENTICATED' } }) }));
    await expectHealthy();
  });

  it('answers an unknown tool with an isError result, not a crash', async () => {
    const result = (await client.callTool({ name: 'run_cypher', arguments: { query: 'MATCH (n) DETACH DELETE n' } })) as CallToolResult;
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/Tool run_cypher not found/);
    expect(metricValue(await metrics(service), 'mcp_errors_total{code="UNKNOWN_TOOL"}')).toBeGreaterThanOrEqual(1);
    await expectHealthy();
  });

  it('refuses oversized arguments: past a bound (isError), too many elements (isError), past the body limit (413)', async () => {
    const long = (await client.callTool({ name: 'get_facts', arguments: { question: 'knee '.repeat(2000) } })) as CallToolResult;
    expect(long.isError).toBe(true);
    expect(textOf(long)).toMatch(/question must be at most 200 characters/);

    const many = (await client.callTool({
      name: 'search_entities',
      arguments: { text: 'knee', kinds: Array(5000).fill('CONDITION') },
    })) as CallToolResult;
    expect(many.isError).toBe(true);
    expect(textOf(many)).toMatch(/more than the maximum of 64 elements/);

    await expect(client.callTool({ name: 'search_entities', arguments: { text: 'x'.repeat(100 * 1024) } })).rejects.toThrow(
      /larger than 64 kB/,
    );
    const raw = await post(service, callBody(7, 'search_entities', { text: 'y'.repeat(200 * 1024) }));
    expect(raw.status).toBe(413);
    expect(await raw.json()).toEqual(
      expect.objectContaining({ id: null, error: expect.objectContaining({ code: -32600, data: { code: 'REQUEST_TOO_LARGE' } }) }),
    );
    await expectHealthy();
  });

  it('answers broken JSON with a parse error and GET with 405', async () => {
    const broken = await post(service, '{"jsonrpc": "2.0", "id": 1, "method": ');
    expect(broken.status).toBe(400);
    expect(await broken.json()).toEqual(expect.objectContaining({ error: expect.objectContaining({ code: -32700 }) }));
    const get = await fetch(mcpUrl(service), { headers: auth });
    expect(get.status).toBe(405);
    await expectHealthy();
  });

  it(`answers every one of ${BURST} calls sent at once (over at most 64 connections), each with its right answer`, async () => {
    // One client, 1,000 calls issued at once; its HTTP agent keeps at most 64 connections, as agents do.
    // (Node's bare fetch would open 1,000 sockets; past the listen backlog some never connect.)
    const burstClient = await connectHttp(service, auth, { maxConnections: 64 });
    const calls = Array.from({ length: BURST }, (_, i) => {
      switch (i % 4) {
        case 0:
          return { name: 'search_entities', arguments: { text: 'heel pain' }, expect: 'heel-pain' };
        case 1:
          return { name: 'get_condition', arguments: { id: 'shin-splints' }, expect: 'shin-splints' };
        case 2:
          return {
            name: 'get_evidence',
            arguments: { claimId: 'acupuncture-treats-plantar-fasciitis' },
            expect: 'acupuncture-treats-plantar-fasciitis',
          };
        default:
          return { name: 'get_related_conditions', arguments: { id: 'plantar-fasciitis' }, expect: 'plantar-fasciitis' };
      }
    });
    const before = metricValue(await metrics(service), 'mcp_tool_calls_total{tool="get_condition"}');
    const started = performance.now();
    // The calls queue on the server (at most 4 run at once), so the last answers come well after 60 s, the SDK
    // client's default wait, on a busy machine; this client waits longer, as a batch client would.
    const results = await Promise.all(
      calls.map((c) =>
        burstClient.callTool({ name: c.name, arguments: c.arguments }, undefined, { timeout: 300000 }).then(
          (r) => r as CallToolResult,
          (e: unknown) => e,
        ),
      ),
    );
    const seconds = (performance.now() - started) / 1000;
    // Errors from Node's fetch come from another realm than jest's, so `instanceof Error` cannot tell them.
    const isResult = (r: unknown): r is CallToolResult => typeof r === 'object' && r !== null && 'content' in r;
    const failed = results.filter((r) => !isResult(r) || r.isError);
    process.stderr.write(
      `\nMCP burst: ${BURST} calls in ${seconds.toFixed(1)} s (${Math.round(BURST / seconds)} calls/s), ${failed.length} failed` +
        (failed.length
          ? `: ${JSON.stringify(failed.slice(0, 3).map((f) => (f instanceof Error ? f.message : textOf(f as CallToolResult))))}`
          : '') +
        '\n',
    );
    expect(failed).toEqual([]);
    results.forEach((r, i) => expect(JSON.stringify((r as CallToolResult).structuredContent)).toContain(`"${calls[i]!.expect}"`));
    expect(metricValue(await metrics(service), 'mcp_tool_calls_total{tool="get_condition"}') - before).toBe(BURST / 4);
    await burstClient.close();
    await expectHealthy();
  });

  it('survives clients that drop the connection in the middle of a slow call, and counts them', async () => {
    // Slow by construction: this service reaches Neo4j through a proxy that hands on every answer 700 ms late,
    // so each call is still running when its client hangs up at 300 ms (no tool call runs away any more).
    const proxy = await startDelayingProxy(testNeo4jPort(), 700);
    const distant = testDatabase({ uri: `bolt://127.0.0.1:${proxy.port}`, maxPoolSize: 10, connectTimeoutMs: 5000 });
    const [id, role, sha256] = reader.entry.split(':') as [string, 'reader', string];
    const slowService = await startTestService(distant, { auth: { keys: [{ id, role, sha256 }], readsRequireKey: true } });
    try {
      const closedCalls = async () => metricValue(await metrics(slowService), 'mcp_errors_total{code="CLIENT_CLOSED"}');
      const before = await closedCalls();
      const dropped = Array.from({ length: 5 }, async (_, i) => {
        const abort = new AbortController();
        const pending = post(
          slowService,
          callBody(100 + i, 'find_paths', { from: 'slow-0-0', to: 'slow-6-0', maxHops: 6, limit: 5 }),
          auth,
          abort.signal,
        );
        setTimeout(() => abort.abort(), 300);
        await expect(pending).rejects.toThrow(/abort/i);
      });
      await Promise.all(dropped);
      // The server learns of each drop when the socket closes; give it a moment to count them.
      for (let i = 0; i < 100 && (await closedCalls()) - before < 5; i++) await new Promise((r) => setTimeout(r, 100));
      expect((await closedCalls()) - before).toBe(5);
    } finally {
      await slowService.stop();
      await distant.close();
      await proxy.close();
    }
    await expectHealthy();
  });

  it('cuts a query past its timeout with QUERY_TIMEOUT, the same as GraphQL', async () => {
    // No tool call runs away any more (find_paths is a bounded search, src/traversal/pathSearch.ts), so the timeout
    // comes from a runaway Cypher query through the Database the hurried service runs on, read as a tool reads it.
    const tiny = testDatabase({ maxPoolSize: 5, queryTimeoutMs: 50 });
    const hurried = await startTestService(tiny);
    const hurriedClient = await connectHttp(hurried);
    try {
      const error = await tiny.read('MATCH (a:Entity)-[*1..6]-(b:Entity) RETURN count(*) AS paths').then(
        () => undefined,
        (e: unknown) => e,
      );
      const failure = toToolFailure(error);
      expect(failure.internal).toBe(false);
      const result = failureResult(failure);
      expect(result.isError).toBe(true);
      expect(result._meta?.errorCode).toBe('QUERY_TIMEOUT');
      expect(textOf(result)).toMatch(/^QUERY_TIMEOUT: The query took too long and was stopped. Narrow it/);
      // The hurried service still answers a tool call after that.
      const hits = (await hurriedClient.callTool({ name: 'search_entities', arguments: { text: 'shin splints' } })) as CallToolResult;
      expect(hits.isError).toBeFalsy();
    } finally {
      await hurriedClient.close();
      await hurried.stop();
      await tiny.close();
    }
    await expectHealthy();
  });

  it('says what happened in metrics (calls and latency by tool, errors by code) and logs (request id, tool, caller; never the key)', async () => {
    const text = await metrics(service);
    expect(metricValue(text, 'mcp_tool_calls_total{tool="search_entities"}')).toBeGreaterThan(BURST / 4);
    expect(text).toMatch(/mcp_tool_call_duration_seconds_bucket\{le="[^"]+",tool="get_condition"\} [1-9]/);
    expect(metricValue(text, 'mcp_tool_calls_total{tool="unknown"}')).toBeGreaterThanOrEqual(1);
    expect(metricValue(text, 'mcp_errors_total{code="BAD_USER_INPUT"}')).toBeGreaterThanOrEqual(2);
    expect(metricValue(text, 'mcp_errors_total{code="REQUEST_TOO_LARGE"}')).toBeGreaterThanOrEqual(2);
    expect(metricValue(text, 'mcp_errors_total{code="UNAUTHENTICATED"}')).toBeGreaterThanOrEqual(2);
    const call = lines.find((l) => l.msg === 'mcp request' && l.tool === 'get_condition');
    expect(call).toEqual(
      expect.objectContaining({
        method: 'tools/call',
        caller: 'mcp-reader',
        requestId: expect.any(String),
        durationMs: expect.any(Number),
      }),
    );
    expect(lines.find((l) => l.tool === 'search_entities' && l.errorCode === 'BAD_USER_INPUT')).toBeDefined();
    expect(JSON.stringify(lines)).not.toContain(reader.key);
    // A dropped call's query runs on in Neo4j until it ends or hits its timeout (20 s here): the sessions
    // come back by themselves, nothing leaks.
    let sessions = metricValue(text, 'neo4j_sessions_in_use');
    for (let i = 0; i < 60 && sessions > 0; i++) {
      await new Promise((r) => setTimeout(r, 500));
      sessions = metricValue(await metrics(service), 'neo4j_sessions_in_use');
    }
    expect(sessions).toBe(0);
  });
});
