/**
 * `npm run bench:seeded`: p50 and p99 of each traversal operation over the curated seed, through the
 * real HTTP service, one request at a time (the full side-by-side benchmark is bench/run.ts).
 * Starts an embedded Neo4j in a throw-away folder unless NEO4J_URI is set.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { Database } from '../src/graph/database';
import { findFreePort, startEmbeddedNeo4j } from '../src/graph/embedded';
import { PROJECT_DIR } from '../src/paths';
import { startService } from '../src/server/app';
import { seedDatabase } from '../seed';
import entities from '../seed/data/entities.json';

const REQUESTS = Number(process.argv[2] ?? 200);
const WARMUP = 20;

const ids = (kind?: string) => entities.filter((e) => !kind || e.kind === kind).map((e) => e.id);
const names = entities.flatMap((e) => [e.name, ...e.aliases]);
const conditions = ids('CONDITION');
const all = ids();

/** Each operation with a way to pick varied arguments for request i. */
const OPERATIONS: Record<string, { query: string; variables: (i: number) => Record<string, unknown> }> = {
  search: {
    query: 'query($t: String!) { search(text: $t, first: 10) { score matched entity { id name } } }',
    variables: (i) => ({ t: names[i % names.length]!.slice(0, 3 + (i % 8)) }),
  },
  relatedConditions: {
    query: 'query($id: ID!) { relatedConditions(id: $id, first: 10) { score condition { id } shared { id } } }',
    variables: (i) => ({ id: conditions[i % conditions.length] }),
  },
  paths: {
    query:
      'query($a: ID!, $b: ID!) { paths(from: $a, to: $b, maxHops: 4, first: 3) { length nodes { id } relationships { type strength } } }',
    variables: (i) => ({ a: all[i % all.length], b: all[(i * 7 + 3) % all.length] }),
  },
  neighborhood: {
    query: 'query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 200) { truncated nodes { id } relationships { id from to } } }',
    variables: (i) => ({ id: all[i % all.length] }),
  },
  claims: {
    query: 'query($id: ID) { claims(object: $id, first: 20) { totalCount edges { node { id strength sources { id } } } } }',
    variables: (i) => ({ id: conditions[i % conditions.length] }),
  },
  facts: {
    query: 'query($a: String!) { facts(about: $a, first: 20) { entity { id } facts { text strength sources { id } } disclaimer } }',
    variables: (i) => ({ a: names[i % names.length] }),
  },
};

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function main(): Promise<void> {
  const external = process.env.NEO4J_URI;
  const port = external ? 0 : await findFreePort();
  const dataDir = join('data', 'bench', `seeded-${port}`);
  const embedded = external ? null : await startEmbeddedNeo4j({ port, dataDir, heap: '1g', pagecache: '256m', startTimeoutMs: 300000 });
  const db = new Database({
    uri: external ?? embedded!.uri,
    username: process.env.NEO4J_USERNAME ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD,
    maxPoolSize: 10,
    connectTimeoutMs: 3000,
    queryTimeoutMs: 20000,
  });
  const service = await startService({ db, host: '127.0.0.1', port: 0, development: false });
  try {
    await seedDatabase(db);
    process.stdout.write(`operation          p50 ms   p99 ms  (${REQUESTS} requests each, one at a time, curated seed)\n`);
    for (const [name, op] of Object.entries(OPERATIONS)) {
      const times: number[] = [];
      for (let i = 0; i < WARMUP + REQUESTS; i += 1) {
        const started = performance.now();
        const response = await fetch(service.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: op.query, variables: op.variables(i) }),
        });
        const body = (await response.json()) as { errors?: unknown[] };
        if (body.errors) throw new Error(`${name} failed: ${JSON.stringify(body.errors)}`);
        if (i >= WARMUP) times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      process.stdout.write(
        `${name.padEnd(18)} ${percentile(times, 50).toFixed(1).padStart(6)}   ${percentile(times, 99).toFixed(1).padStart(6)}\n`,
      );
    }
  } finally {
    await service.stop();
    await db.close();
    await embedded?.stop();
    if (embedded) rmSync(join(PROJECT_DIR, dataDir), { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
