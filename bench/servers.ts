/**
 * The contenders' API servers as child processes (bench/serve.ts), started and stopped by the
 * harness around each contender's measurements so that no idle server shares the two cores with the
 * one being measured.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { scriptNodeFlags } from '../src/nodeFlags';
import { compiledPath } from './build';
import type { ServerKind, ServerMessage } from './serve';

export type ServerExit = { code: number | null; signal: NodeJS.Signals | null };

export type ServerHandle = {
  kind: ServerKind;
  url: string;
  child: ChildProcess;
  /** Null while the process runs. */
  exited: () => ServerExit | null;
  /** The last lines the server wrote to stderr. */
  stderrTail: () => string;
  memory: () => Promise<{ rssMb: number; peakRssMb: number }>;
  stop: () => Promise<void>;
};

/**
 * The environment a server child gets: the harness's own, minus what a test runner puts there for
 * itself. Jest sets NODE_ENV=test, which the service (src/productionByDefault.ts) and graphql read
 * as "not production" (development checks, other defaults): a contender must run as deployed
 * whether the harness was started by npm or by jest.
 */
export function serverEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const copy = { ...env };
  if (copy.NODE_ENV === 'test') delete copy.NODE_ENV;
  for (const key of Object.keys(copy)) if (key.startsWith('JEST_')) delete copy[key];
  return copy;
}

export function describeExit(kind: ServerKind, exit: ServerExit, stderr: string): string {
  const how = exit.signal ? `killed by ${exit.signal}` : `exited with code ${exit.code}`;
  const last = stderr.trim().split('\n').slice(-3).join(' | ');
  return `${kind} server ${how}${last ? `: ${last}` : ''}`;
}

/**
 * BENCH_SERVER_PROFILE_DIR=DIR writes a V8 CPU profile of every server child into DIR when it stops (to see
 * where a contender's CPU time goes; Node refuses --cpu-prof in NODE_OPTIONS, so it is passed here).
 */
function profileFlags(): string[] {
  const dir = process.env.BENCH_SERVER_PROFILE_DIR;
  return dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : [];
}

/** Runs dist/bench/serve.js: the caller compiles first (buildCompiled, bench/build.ts), so no contender runs under tsx. */
export function startServer(kind: ServerKind, uri: string): Promise<ServerHandle> {
  const child = fork(compiledPath('bench/serve.ts'), [kind, uri], {
    execArgv: [...(kind === 'neo4jGraphql' ? [] : scriptNodeFlags('start')), ...profileFlags()],
    env: serverEnv(),
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let stderr = '';
  let exit: ServerExit | null = null;
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const exitedPromise = new Promise<ServerExit>((resolvePromise) =>
    child.once('exit', (code, signal) => {
      exit = { code, signal };
      resolvePromise(exit);
    }),
  );
  const request = <T extends ServerMessage['type']>(type: T, send?: { type: string }) =>
    new Promise<Extract<ServerMessage, { type: T }>>((resolvePromise, reject) => {
      if (exit) return reject(new Error(describeExit(kind, exit, stderr)));
      const onMessage = (message: ServerMessage) => {
        if (message.type === type) {
          child.off('message', onMessage);
          resolvePromise(message as Extract<ServerMessage, { type: T }>);
        } else if (message.type === 'error') {
          child.off('message', onMessage);
          reject(new Error(`${kind} server: ${message.message}`));
        }
      };
      child.on('message', onMessage);
      void exitedPromise.then((e) => reject(new Error(describeExit(kind, e, stderr))));
      if (send) child.send(send);
    });
  return request('ready').then(({ url }) => ({
    kind,
    url,
    child,
    exited: () => exit,
    stderrTail: () => stderr,
    memory: () => request('memory', { type: 'memory' }),
    stop: async () => {
      if (exit) return;
      const timer = setTimeout(() => child.kill('SIGKILL'), 15000);
      child.send({ type: 'stop' });
      await exitedPromise;
      clearTimeout(timer);
    },
  }));
}

/**
 * One HTTP request on a connection of its own (`agent: false`: no keep-alive pool), closed afterwards.
 * Probes and metric reads use it rather than fetch: fetch keeps the socket of the previous request
 * in a pool, and when the harness is busy for longer than the server's keep-alive timeout between two
 * requests (Node's default is 5 s: building 16,384 @neo4j/graphql facts bodies took 6 to 8 s on the
 * loaded machine), the server has closed that socket and the next fetch fails with "other side
 * closed" ("fetch failed"), though the server is up and the answer would be right.
 */
export function httpRequest(
  url: string,
  method: 'GET' | 'POST',
  body?: string,
  timeoutMs = 120000,
): Promise<{ status: number; text: string }> {
  return new Promise((resolvePromise, reject) => {
    const req = request(
      url,
      {
        method,
        agent: false,
        headers: body === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        timeout: timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolvePromise({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(body);
  });
}

/** The response cache's hit and miss counters, from the service's /metrics. */
export async function cacheCounters(graphqlUrl: string): Promise<{ hits: number; misses: number }> {
  const { text } = await httpRequest(graphqlUrl.replace(/\/graphql$/, '/metrics'), 'GET');
  const counter = (name: string) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1] ?? 0);
  return { hits: counter('graphql_response_cache_hits_total'), misses: counter('graphql_response_cache_misses_total') };
}

/** One probe request: the parsed JSON answer (a body that is not JSON is an error, with its status). */
export async function probe(url: string, body: string): Promise<unknown> {
  const { status, text } = await httpRequest(url, 'POST', body);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new Error(`HTTP ${status}, not JSON: ${text.slice(0, 200)}`);
  }
}
