import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { finishOfflineImport, importOffline } from '../../bench/adminImport';
import { SyntheticGraph } from '../../bench/generate';
import { importGraph } from '../../bench/import';
import { startBenchNeo4j, type BenchNeo4j } from '../../bench/neo4j';
import { Database } from '../../src/graph/database';
import { ENTITY_SEARCH_INDEX } from '../../src/graph/schemaSetup';
import { PROJECT_DIR } from '../../src/paths';
import { dumpGraph, missingFrom, type GraphDump } from '../support/graphDump';
import { clearDatabase, testDatabase } from '../support/testDatabase';

/**
 * The offline import (neo4j-admin, bench/adminImport.ts) must leave the same graph as the Cypher import
 * (bench/import.ts), or the benchmark would measure the service over different data. The tiny graph is
 * imported both ways, the Cypher one into the run's Neo4j and the offline one into an embedded Neo4j of
 * its own (the importer writes store files, so it needs a stopped database), and both are dumped in the
 * canonical form of test/support/graphDump.ts (labels, properties with their Cypher types, relationships
 * with their ends, indexes). A full-text query must find the same entities too. Nothing is timed.
 */

/**
 * The tiny graph plus one source whose texts the CSV must quote and escape (the generated words have
 * commas and apostrophes but no double quotes), with an empty string and a fractional number.
 */
function tinyGraph(): SyntheticGraph {
  const graph = new SyntheticGraph('tiny');
  graph.sourceRows.push({
    id: 'awkward-source',
    kind: 'LAY_ARTICLE',
    props: {
      title: 'He said "needles, mostly"; then: \'fine\' \\ naïve — 鍼',
      kind: 'LAY_ARTICLE',
      url: '',
      publisher: null,
      year: 2024.5,
      note: '"',
    },
  });
  return graph;
}

type Dump = GraphDump & { search: string[] };

/** The whole graph (test/support/graphDump.ts) and what a full-text query finds in it. */
async function dump(db: Database): Promise<Dump> {
  const search = await db.read<{ id: string }>('CALL db.index.fulltext.queryNodes($index, $text) YIELD node RETURN node.id AS id', {
    index: ENTITY_SEARCH_INDEX,
    text: 'knee OR pain OR acupuncture',
  });
  return { ...(await dumpGraph(db)), search: search.map((s) => s.id).sort() };
}

async function cypherImport(): Promise<Dump> {
  const db = testDatabase();
  try {
    await clearDatabase(db);
    await importGraph(db, tinyGraph(), { clear: true, progress: false, log: () => {} });
    return await dump(db);
  } finally {
    await db.close();
  }
}

async function offlineImport(dataDir: string): Promise<{ dump: Dump; relationships: number }> {
  const offline = await importOffline(tinyGraph(), dataDir, { progress: false, log: () => {} });
  let neo4j: BenchNeo4j | undefined;
  let db: Database | undefined;
  try {
    neo4j = await startBenchNeo4j({ dataDir, heap: '512m', pagecache: '64m', apoc: false, log: () => {} });
    db = new Database({ uri: neo4j.uri, username: 'neo4j', maxPoolSize: 5, connectTimeoutMs: 5000, queryTimeoutMs: 60000 });
    await db.waitUntilReachable(60000);
    const result = await finishOfflineImport(db, offline, { log: () => {} });
    return { dump: await dump(db), relationships: result.verified.relationships };
  } finally {
    await db?.close();
    await neo4j?.stop();
  }
}

describe('offline bulk import (neo4j-admin)', () => {
  const dataDir = join('data', 'test', `admin-import-${process.pid}`);
  let cypher: Dump;
  let admin: Dump;
  let adminRelationships: number;

  beforeAll(async () => {
    rmSync(join(PROJECT_DIR, dataDir), { recursive: true, force: true });
    // Side by side: the importer's JVM and the second Neo4j take most of the time, the Cypher import little.
    const [c, a] = await Promise.all([cypherImport(), offlineImport(dataDir)]);
    cypher = c;
    admin = a.dump;
    adminRelationships = a.relationships;
  }, 300000);

  afterAll(() => rmSync(join(PROJECT_DIR, dataDir), { recursive: true, force: true }));

  it('stores the same nodes, labels, properties and property types', () => {
    expect(admin.nodes.length).toBe(cypher.nodes.length);
    expect(admin.nodes.length).toBeGreaterThan(150);
    expect(admin.nodes.filter((n) => n.includes('needles, mostly')).length).toBe(1);
    expect({ onlyOffline: missingFrom(admin.nodes, cypher.nodes), onlyCypher: missingFrom(cypher.nodes, admin.nodes) }).toEqual({
      onlyOffline: [],
      onlyCypher: [],
    });
  });

  it('stores the same relationships, with the same properties and ends', () => {
    expect(admin.relationships.length).toBeGreaterThan(400);
    expect(adminRelationships).toBe(cypher.relationships.length);
    expect(admin.relationships.length).toBe(cypher.relationships.length);
    expect({
      onlyOffline: missingFrom(admin.relationships, cypher.relationships),
      onlyCypher: missingFrom(cypher.relationships, admin.relationships),
    }).toEqual({ onlyOffline: [], onlyCypher: [] });
  });

  it('has the same indexes, all ONLINE, and the full-text index finds the same entities', () => {
    expect(admin.indexes).toEqual(cypher.indexes);
    expect(admin.indexes.every((i) => i.includes('"ONLINE"'))).toBe(true);
    expect(admin.search.length).toBeGreaterThan(0);
    expect(admin.search).toEqual(cypher.search);
  });
});
