import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedDatabase } from '../../seed';
import { Database } from '../../src/graph/database';
import { findFreePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/graph/embedded';
import { ensureSchema } from '../../src/graph/schemaSetup';
import { runImport } from '../../src/interchange/importer';
import {
  OfflineRankingsFailed,
  OfflineRefused,
  runOfflineImport,
  type OfflineOptions,
  type OfflineReport,
} from '../../src/interchange/offline';
import { PROJECT_DIR } from '../../src/paths';
import { refreshRankings } from '../../src/related/repository';
import { dumpGraph, missingFrom, type GraphDump } from '../support/graphDump';
import { exportTo, filesOf, importFrom, tempDir } from '../support/interchange';
import { clearDatabase, testDatabase } from '../support/testDatabase';

/**
 * `npm run import -- <input> --offline` (src/interchange/offline.ts): the curated graph's KGX export
 * imported through Cypher into the run's Neo4j and through neo4j-admin into an empty store of the test's
 * own must give the same graph (every node, relationship, property and property type, the :Import record
 * and what points to it, the shared-name pass and the related-conditions rankings) and the same exports.
 * A store that holds data, or that a Neo4j runs on, is refused and left as it was; an input with a
 * problem, and an importer killed half way, leave the old empty store as it was; rankings that fail after
 * the swap keep the import and say so.
 */

const base = join('data', 'test', `offline-import-${process.pid}`);
const full = (dir: string) => join(PROJECT_DIR, dir);

async function startOn(dataDir: string): Promise<{ neo4j: EmbeddedNeo4j; db: Database }> {
  const neo4j = await startEmbeddedNeo4j({
    port: await findFreePort(),
    dataDir,
    heap: '512m',
    pagecache: '64m',
    startTimeoutMs: 180000,
    log: () => undefined,
  });
  const db = new Database({ uri: neo4j.uri, username: 'neo4j', maxPoolSize: 5, connectTimeoutMs: 5000, queryTimeoutMs: 60000 });
  await db.waitUntilReachable(60000);
  return { neo4j, db };
}

async function withStore<T>(dataDir: string, use: (db: Database) => Promise<T>): Promise<T> {
  const { neo4j, db } = await startOn(dataDir);
  try {
    return await use(db);
  } finally {
    await db.close();
    await neo4j.stop();
  }
}

/** An empty store as the service leaves it after its first start: the schema, and a system database that knows `neo4j`. */
async function emptyStore(dataDir: string): Promise<GraphDump> {
  rmSync(full(dataDir), { recursive: true, force: true });
  return withStore(dataDir, async (db) => {
    await ensureSchema(db);
    return dumpGraph(db);
  });
}

const offline = (dataDir: string, path: string, extra: Partial<OfflineOptions> = {}): Promise<OfflineReport> =>
  runOfflineImport({
    path,
    by: 'test',
    dataDir,
    heap: '512m',
    pagecache: '64m',
    tool: { heap: '512m', offHeap: '256m' },
    log: () => undefined,
    ...extra,
  });

const stagingLeft = (dataDir: string) => readdirSync(full(dataDir)).filter((f) => f.startsWith('.offline-import-'));

describe('offline import (neo4j-admin) into an empty embedded store', () => {
  const store = join(base, 'store');
  const other = join(base, 'other');
  let input: string;
  let cypher: { dump: GraphDump; kgx: Record<string, string>; jsonl: Record<string, string> };
  let report: OfflineReport;
  let imported: GraphDump;
  let otherBefore: GraphDump;

  beforeAll(async () => {
    const db = testDatabase();
    try {
      await clearDatabase(db);
      await seedDatabase(db);
      input = await exportTo(db, 'kgx');
      await clearDatabase(db);
      const cypherReport = await importFrom(db, input, { by: 'test' });
      expect(cypherReport.problems).toEqual([]);
      // The Cypher import leaves the rankings to the service's refresher (it added conditions: all are outdated).
      await refreshRankings(db);
      cypher = { dump: await dumpGraph(db), kgx: filesOf(await exportTo(db, 'kgx')), jsonl: filesOf(await exportTo(db, 'jsonl')) };
    } finally {
      await db.close();
    }
    const [, before] = await Promise.all([emptyStore(store), emptyStore(other)]);
    otherBefore = before;
  }, 600000);

  afterAll(() => rmSync(full(base), { recursive: true, force: true }));

  it('imports into an empty store; the graph and its exports equal those of the Cypher import', async () => {
    report = await offline(store, input);
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.offline!.relationships).toBe(report.relationships);
    expect(report.offline!.rankings).toBeGreaterThan(0);
    expect(stagingLeft(store)).toEqual([]);
    const exports = await withStore(store, async (db) => {
      imported = await dumpGraph(db);
      return { kgx: filesOf(await exportTo(db, 'kgx')), jsonl: filesOf(await exportTo(db, 'jsonl')) };
    });
    expect(imported.nodes.filter((n) => n.includes('"Import"')).length).toBe(1);
    expect(imported.nodes.filter((n) => n.includes('"RelatedRanking"')).length).toBe(report.offline!.rankings);
    expect(imported.nodes.length).toBe(cypher.dump.nodes.length);
    expect({
      onlyOffline: missingFrom(imported.nodes, cypher.dump.nodes),
      onlyCypher: missingFrom(cypher.dump.nodes, imported.nodes),
    }).toEqual({
      onlyOffline: [],
      onlyCypher: [],
    });
    expect(imported.relationships.length).toBe(cypher.dump.relationships.length);
    expect({
      onlyOffline: missingFrom(imported.relationships, cypher.dump.relationships),
      onlyCypher: missingFrom(cypher.dump.relationships, imported.relationships),
    }).toEqual({ onlyOffline: [], onlyCypher: [] });
    expect(imported.indexes).toEqual(cypher.dump.indexes);
    expect(exports.kgx).toEqual(cypher.kgx);
    expect(exports.jsonl).toEqual(cypher.jsonl);
  }, 600000);

  it('refuses a store that holds data, and one a Neo4j runs on, and leaves it as it was', async () => {
    await expect(offline(store, input)).rejects.toMatchObject({ name: 'OfflineRefused', code: 'NOT_EMPTY' });
    const { neo4j, db } = await startOn(store);
    try {
      const refused = await offline(store, input).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(OfflineRefused);
      expect((refused as OfflineRefused).code).toBe('IN_USE');
      expect((refused as Error).message).toMatch(/^Offline import refused: a Neo4j is running on /);
      expect(await dumpGraph(db)).toEqual(imported);
    } finally {
      await db.close();
      await neo4j.stop();
    }
    expect(stagingLeft(store)).toEqual([]);
  }, 600000);

  it('an input with a problem is reported as the Cypher import reports it, and nothing is written', async () => {
    const bad = tempDir('offline-bad');
    for (const [name, text] of Object.entries(filesOf(input))) {
      // One claim with a grade the vocabulary does not have.
      writeFileSync(join(bad, name), name.endsWith('edges.tsv') ? text.replace(/\tMODERATE\t/, '\tFAIRLY_GOOD\t') : text);
    }
    expect(readFileSync(join(bad, 'edges.tsv'), 'utf8')).toContain('FAIRLY_GOOD');
    const db = testDatabase();
    let cypherProblems;
    try {
      await clearDatabase(db);
      cypherProblems = (await runImport(db, { path: bad, by: 'test', log: () => undefined })).problems;
    } finally {
      await db.close();
    }
    expect(cypherProblems.length).toBeGreaterThan(0);
    const result = await offline(other, bad);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual(cypherProblems);
    // The CSV is written in the validating pass: by the time this problem is found every node row is written.
    expect(result.problems.map((p) => p.at.file)).toEqual(result.problems.map(() => 'edges.tsv'));
    expect(result.offline).toBeNull();
    expect(stagingLeft(other)).toEqual([]);
    expect(await withStore(other, dumpGraph)).toEqual(otherBefore);
  }, 600000);

  it('an importer killed half way leaves the old empty store as it was', async () => {
    let killed = false;
    const failed = offline(other, input, {
      onToolSpawn: (child) => {
        // Once its JVM runs: the importer is at work, or about to be.
        setTimeout(() => {
          killed = child.kill('SIGKILL');
        }, 1500);
      },
    });
    await expect(failed).rejects.toThrow(/neo4j-admin database import failed \(killed by SIGKILL\)/);
    expect(killed).toBe(true);
    expect(stagingLeft(other)).toEqual([]);
    expect(existsSync(join(full(other), 'data', 'databases', 'neo4j'))).toBe(true);
    expect(await withStore(other, dumpGraph)).toEqual(otherBefore);
  }, 600000);

  // Last: it leaves the imported graph in `other`.
  it('rankings that fail after the swap keep the import and say so; the rankings can be computed later', async () => {
    const failed = offline(other, input, { onRankingsStart: (neo4j) => neo4j.stop() });
    await expect(failed).rejects.toThrow(OfflineRankingsFailed);
    await expect(failed).rejects.toThrow(
      /^The import is in the store \([\d,]+ relationships written, indexed and counted\), but storing its related-conditions rankings failed: .+ Nothing needs to be imported again/,
    );
    expect(stagingLeft(other)).toEqual([]);
    const after = await withStore(other, async (db) => {
      const withoutRankings = await dumpGraph(db);
      // What the service's refresher does when it starts on this store.
      const computed = await refreshRankings(db);
      return { withoutRankings, computed, dump: await dumpGraph(db) };
    });
    expect(after.withoutRankings.nodes.filter((n) => n.includes('"RelatedRanking"'))).toEqual([]);
    expect(after.computed).toBeGreaterThan(0);
    expect({
      onlyHere: missingFrom(after.dump.nodes, cypher.dump.nodes),
      onlyCypher: missingFrom(cypher.dump.nodes, after.dump.nodes),
    }).toEqual({ onlyHere: [], onlyCypher: [] });
    expect({
      onlyHere: missingFrom(after.dump.relationships, cypher.dump.relationships),
      onlyCypher: missingFrom(cypher.dump.relationships, after.dump.relationships),
    }).toEqual({ onlyHere: [], onlyCypher: [] });
  }, 600000);
});
