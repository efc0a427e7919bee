/**
 * Soak: the service as `npm start` runs it (its heap flag, over an embedded Neo4j of its own, seeded),
 * under SOAK_CLIENTS clients (32) for SOAK_SECONDS (300), each sending one request after another:
 * mostly the documented read operations with varied arguments, and writes (upsert an entity, add a
 * claim about it, retract it) with a writer key. The service's RSS and heap are sampled every 10 s.
 * Prints a JSON report; exits 1 when any request failed (non-200, or errors in the answer).
 *
 *   npm run soak                       # 32 clients × 5 minutes
 *   SOAK_SECONDS=60 npm run soak       # shorter
 *   NEO4J_URI=bolt://... npm run soak  # against a running Neo4j (the seed is loaded when it is empty)
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { makeApiKey } from '../src/auth/apiKeys';
import { findFreePort } from '../src/graph/embedded';
import { PROJECT_DIR } from '../src/paths';
import { scriptNodeFlags } from '../src/nodeFlags';
import { startBenchNeo4j } from './neo4j';
import { buildCompiled, compiledPath } from './build';

const CLIENTS = Number(process.env.SOAK_CLIENTS ?? 32);
const SECONDS = Number(process.env.SOAK_SECONDS ?? 300);
const SAMPLE_EVERY_MS = 10000;
/** Share of requests that write. */
const WRITE_SHARE = 0.1;

const log = (line: string) => process.stderr.write(`${line}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const operation = (file: string) => readFileSync(join(PROJECT_DIR, 'docs', 'operations', file), 'utf8');

const CONDITIONS = ['plantar-fasciitis', 'achilles-tendinitis', 'shin-splints', 'runners-knee', 'it-band-syndrome', 'patellar-tendinitis'];
const WORDS = ['heel', 'knee', 'achil', 'shin', 'plantar', 'acupunc', 'pain', 'runner', 'tendon', 'foot', 'hip', 'calf'];

type Request = { query: string; variables: Record<string, unknown>; write?: boolean };
type Answer = { errors?: Array<{ message?: string; extensions?: { code?: string } }> };

/** The operation's own name (or its first field), so that an error report says which request failed. */
function operationName(query: string): string {
  return /^\s*(?:query|mutation)\s+(\w+)/m.exec(query.replace(/^#.*$/gm, ''))?.[1] ?? 'anonymous';
}

function pick<T>(items: readonly T[]): T {
  return items[Math.floor(Math.random() * items.length)]!;
}

const READS: Array<() => Request> = [
  () => ({ query: operation('autocomplete.graphql'), variables: { text: pick(WORDS).slice(0, 2 + Math.floor(Math.random() * 4)) } }),
  () => ({ query: operation('conditionPage.graphql'), variables: { id: pick(CONDITIONS) } }),
  () => ({
    query: operation('chatbotFactSheet.graphql'),
    variables: { about: pick(['heel pain', 'runners knee', 'shin splints', 'acupuncture']) },
  }),
  () => ({
    query: operation('graphView.graphql'),
    variables: { id: pick(CONDITIONS), depth: 1 + Math.floor(Math.random() * 2), limit: 100 },
  }),
  () => ({ query: operation('evidenceWalk.graphql'), variables: { from: 'acupuncture', to: pick(CONDITIONS), subject: 'acupuncture' } }),
  () => ({
    query: `query Page($first: Int) { entities(first: $first) { totalCount edges { node { id name } } } }`,
    variables: { first: 5 + Math.floor(Math.random() * 50) },
  }),
];

/**
 * One client's writes: an entity, a claim about it, then its retraction, cycling. A step that failed is
 * sent again (with the same ids, as a client retrying would) rather than skipped, so one failure is
 * counted once instead of also failing the steps that build on it.
 */
function writer(client: number) {
  let n = 0;
  const next = (): Request => {
    const step = n % 3;
    const id = `soak-${client}-${Math.floor(n / 3)}`;
    if (step === 0) {
      return {
        write: true,
        query: 'mutation Upsert($input: EntityInput!) { upsertEntity(input: $input) { id } }',
        variables: { input: { id, kind: 'CONDITION', name: `Soak condition ${id}`, description: 'Written by the soak benchmark.' } },
      };
    }
    if (step === 1) {
      return {
        write: true,
        query: 'mutation Add($input: AddClaimInput!) { addClaim(input: $input) { id } }',
        variables: {
          input: {
            id: `${id}-claim`,
            subject: 'acupuncture',
            predicate: 'TREATS',
            object: id,
            strength: 'VERY_LOW',
            statement: 'A soak benchmark claim.',
            sourceIds: ['source-article'],
          },
        },
      };
    }
    return {
      write: true,
      query: 'mutation Retract($id: ID!, $reason: String!) { retractClaim(id: $id, reason: $reason) { id } }',
      variables: { id: `${id}-claim`, reason: 'Soak benchmark clean-up.' },
    };
  };
  return { next, succeeded: () => (n += 1) };
}

async function metric(base: string, series: string): Promise<number> {
  const text = await (await fetch(`${base}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : Number.NaN;
}

async function main(): Promise<void> {
  let neo4j: { uri: string; stop: () => Promise<void> } | undefined;
  let uri = process.env.NEO4J_URI;
  if (!uri) {
    const dataDir = join('data', 'bench', 'soak');
    rmSync(join(PROJECT_DIR, dataDir), { recursive: true, force: true });
    neo4j = await startBenchNeo4j({ dataDir, heap: '1g', pagecache: '256m', apoc: false, log });
    uri = neo4j.uri;
  }
  const writerKey = makeApiKey('soak-writer', 'writer');
  const port = await findFreePort();
  const base = `http://127.0.0.1:${port}`;
  // As `npm start` runs it: compiled, with its heap flag.
  buildCompiled(log);
  const child = spawn(process.execPath, [...scriptNodeFlags('start'), compiledPath('src/index.ts')], {
    cwd: PROJECT_DIR,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEO4J_URI: uri,
      PORT: String(port),
      SEED_ON_START: 'true',
      LOG_LEVEL: 'warn',
      API_KEYS: writerKey.entry,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  try {
    while (!stderr.includes('GraphQL API ready at')) {
      if (child.exitCode !== null) throw new Error(`The service exited during start-up:\n${stderr}`);
      await sleep(100);
    }
    log(`Service up (${scriptNodeFlags('start').join(' ')}); ${CLIENTS} clients for ${SECONDS} s, ${WRITE_SHARE * 100}% writes.`);

    const started = performance.now();
    const deadline = started + SECONDS * 1000;
    const samples: Array<{ s: number; rssMb: number; heapMb: number; requests: number }> = [];
    let requests = 0;
    let writes = 0;
    const errors = new Map<string, number>();
    /** The first failure of each kind, with what was sent, so that a failing soak can be diagnosed. */
    const examples = new Map<string, { operation: string; variables: Record<string, unknown>; message: string }>();
    const latencies: number[] = [];
    const latenciesByOperation = new Map<string, number[]>();

    const sample = async () => {
      samples.push({
        s: Math.round((performance.now() - started) / 1000),
        rssMb: Math.round((await metric(base, 'process_resident_memory_bytes')) / 1048576),
        heapMb: Math.round((await metric(base, 'nodejs_heap_size_used_bytes')) / 1048576),
        requests,
      });
      log(`  ${JSON.stringify(samples.at(-1))}`);
    };
    await sample();
    const sampler = setInterval(() => void sample(), SAMPLE_EVERY_MS);

    const client = async (index: number) => {
      const write = writer(index);
      while (performance.now() < deadline) {
        const request = Math.random() < WRITE_SHARE ? write.next() : pick(READS)();
        const sent = performance.now();
        let problem: string | undefined;
        let message = '';
        try {
          const response = await fetch(`${base}/graphql`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              ...(request.write ? { authorization: `Bearer ${writerKey.key}` } : {}),
            },
            body: JSON.stringify({ query: request.query, variables: request.variables }),
          });
          const body = (await response.json()) as Answer;
          if (response.status !== 200) problem = `HTTP ${response.status} ${body.errors?.[0]?.extensions?.code ?? ''}`.trim();
          else if (body.errors?.length) problem = String(body.errors[0]!.extensions?.code ?? 'no code');
          message = body.errors?.[0]?.message ?? '';
        } catch (error) {
          problem = `no answer: ${(error as Error).message}`;
        }
        if (problem && !examples.has(problem)) {
          examples.set(problem, { operation: operationName(request.query), variables: request.variables, message });
        }
        const took = performance.now() - sent;
        latencies.push(took);
        const name = operationName(request.query);
        latenciesByOperation.set(name, [...(latenciesByOperation.get(name) ?? []), took]);
        requests += 1;
        if (request.write) writes += 1;
        if (request.write && !problem) write.succeeded();
        if (problem) errors.set(`${name}: ${problem}`, (errors.get(`${name}: ${problem}`) ?? 0) + 1);
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, (_, i) => client(i)));
    clearInterval(sampler);
    await sample();

    const quantile = (values: number[], q: number) => {
      const sorted = [...values].sort((a, b) => a - b);
      return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
    };
    const afterWarmUp = samples.filter((s) => s.s >= 60).map((s) => s.rssMb);
    const report = {
      clients: CLIENTS,
      seconds: SECONDS,
      nodeFlags: scriptNodeFlags('start'),
      requests,
      writes,
      requestsPerSecond: Math.round(requests / SECONDS),
      errors: Object.fromEntries(errors),
      errorCount: [...errors.values()].reduce((a, b) => a + b, 0),
      errorExamples: Object.fromEntries(examples),
      latencyMs: {
        p50: quantile(latencies, 0.5),
        p95: quantile(latencies, 0.95),
        p99: quantile(latencies, 0.99),
        max: quantile(latencies, 1),
      },
      latencyMsByOperation: Object.fromEntries(
        [...latenciesByOperation].map(([name, values]) => [
          name,
          { count: values.length, p50: quantile(values, 0.5), p99: quantile(values, 0.99) },
        ]),
      ),
      rssMbAfterWarmUp: afterWarmUp.length ? { min: Math.min(...afterWarmUp), max: Math.max(...afterWarmUp) } : null,
      samples,
      serviceAlive: child.exitCode === null,
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    if (report.errorCount > 0 || !report.serviceAlive) process.exitCode = 1;
  } finally {
    if (child.exitCode === null) child.kill('SIGTERM');
    await new Promise((r) => (child.exitCode === null ? child.once('exit', r) : r(undefined)));
    await neo4j?.stop();
  }
}

main().catch((error: unknown) => {
  log(`Soak failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
