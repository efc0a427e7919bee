/**
 * `npm run bench:import`: one import of a synthetic graph, through Cypher (bench/import.ts) or with the
 * offline importer (bench/adminImport.ts), printed as JSON. Kept apart from both importers so that
 * neither needs the other.
 *
 * node --import tsx bench/importCli.ts --size medium [--uri bolt://...] [--batch 10000] [--in-flight 2] [--import admin|cypher]
 * (--import admin, the default without a URI from size medium up, runs the offline importer;
 *  --import interchange [--empty-import offline|cypher|none] [--live-claims N] measures src/interchange's import and export
 *  instead: bench/interchange.ts.)
 */
import { rmSync } from 'node:fs';
import { Database } from '../src/graph/database';
import { adminImportCli, resolveImportMethod } from './adminImport';
import { SyntheticGraph, type SizeName } from './generate';
import { DEFAULT_BATCH, importGraph } from './import';
import { startBenchNeo4j } from './neo4j';

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const size = (argValue(args, 'size') ?? 'medium') as SizeName;
  const uri = argValue(args, 'uri') ?? process.env.NEO4J_URI;
  if (argValue(args, 'import') === 'interchange') {
    // src/interchange's own import and export (bench/interchange.ts), with their own embedded Neo4j.
    const { interchangeBench } = await import('./interchange');
    const live = argValue(args, 'live-claims');
    const empty = argValue(args, 'empty-import') ?? 'offline';
    if (empty !== 'offline' && empty !== 'cypher' && empty !== 'none') throw new Error('--empty-import must be offline, cypher or none');
    process.stdout.write(`${JSON.stringify(await interchangeBench(size, live ? Number(live) : undefined, empty), null, 2)}\n`);
    return;
  }
  if (resolveImportMethod(argValue(args, 'import'), uri, size) === 'admin') {
    const result = await adminImportCli(size, `data/bench/import-${size}`, (line) => process.stderr.write(`${line}\n`));
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  const batchArg = argValue(args, 'batch');
  const batch = batchArg
    ? { nodes: Number(batchArg), links: Number(batchArg), claims: Math.max(500, Math.round(Number(batchArg) / 4)) }
    : DEFAULT_BATCH;
  const inFlight = Number(argValue(args, 'in-flight') ?? 2);
  const dataDir = `data/bench/import-${size}`;
  let stop = async () => {};
  let target = uri;
  let neo4jPid: number | undefined;
  if (!target) {
    rmSync(dataDir, { recursive: true, force: true });
    const heap = size === 'hetionet' ? '4g' : '2g';
    const pagecache = size === 'hetionet' ? '2g' : '1g';
    const embedded = await startBenchNeo4j({ dataDir, heap, pagecache, apoc: false });
    target = embedded.uri;
    neo4jPid = embedded.pid;
    stop = async () => {
      await embedded.stop();
      rmSync(dataDir, { recursive: true, force: true });
    };
  }
  const db = new Database({
    uri: target,
    username: process.env.NEO4J_USERNAME ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD,
    maxPoolSize: 10,
    connectTimeoutMs: 5000,
    queryTimeoutMs: 600000,
  });
  try {
    await db.waitUntilReachable(60000);
    const result = await importGraph(db, new SyntheticGraph(size), { batch, inFlight, clear: Boolean(uri), neo4jPid });
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await db.close();
    await stop();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
