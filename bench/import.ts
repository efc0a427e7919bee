/**
 * Bulk import of a synthetic graph through the driver, as fast as Bolt allows:
 * - the schema first (ensureSchema: constraints, the claim index, the full-text index);
 * - CREATE, never MERGE: the database is fresh (or emptied first), so nothing needs matching;
 * - nodes by label, returning their element ids, so relationships find their ends with an
 *   element-id seek instead of an index lookup;
 * - relationships by type, with the type written into the query (no dynamic types);
 * - one executeWrite per UNWIND batch, and the next batch generated while Neo4j writes the
 *   current one (two transactions in flight at most).
 *
 * Every relationship counts: descriptive links, and per claim SUBJECT, OBJECT, each SUPPORTED_BY
 * and the direct relationship of a live claim.
 *
 * CLI (either importer): bench/importCli.ts.
 */
import neo4j, { type Driver, type Record as Neo4jRecord } from 'neo4j-driver';
import type { Database } from '../src/graph/database';
import { ensureSchema } from '../src/graph/schemaSetup';
import type { ClaimPredicate, EntityKind } from '../src/generated/graphql';
import type { LinkType } from '../src/domain/vocabulary';
import { Progress } from '../src/interchange/progress';
import { processCpuSeconds, type ImportResult } from './importShared';
import type { SyntheticGraph } from './generate';

export type ImportOptions = {
  /** Rows per UNWIND transaction: nodes, descriptive links, claims (a claim carries about 4.6 relationships). */
  batch?: { nodes: number; links: number; claims: number };
  /** Transactions in flight at once; 2 lets Node build the next batch while Neo4j writes. */
  inFlight?: number;
  /** Delete everything first (needed on a database that is not fresh). */
  clear?: boolean;
  progress?: boolean;
  log?: (line: string) => void;
  database?: string;
  /** The Neo4j JVM's process id when it runs on this machine: its CPU time is then reported too. */
  neo4jPid?: number;
};

export const DEFAULT_BATCH = { nodes: 5000, links: 20000, claims: 5000 };

const CREATE_SOURCES = `
UNWIND $rows AS row
CREATE (s:Source)
SET s = row.props, s.id = row.id
RETURN s.id AS id, elementId(s) AS eid`;

const createEntities = (label: string) => `
UNWIND $rows AS row
CREATE (n:Entity:${label})
SET n = row
RETURN n.id AS id, elementId(n) AS eid`;

const createLinks = (type: LinkType) => `
UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row[0]
MATCH (b) WHERE elementId(b) = row[1]
CREATE (a)-[:${type} {sources: row[2]}]->(b)`;

const createClaims = (predicate: ClaimPredicate) => `
UNWIND $rows AS row
MATCH (s) WHERE elementId(s) = row.s
MATCH (o) WHERE elementId(o) = row.o
CREATE (c:Claim)
SET c = row.props
CREATE (c)-[:SUBJECT]->(s)
CREATE (c)-[:OBJECT]->(o)
FOREACH (_ IN CASE WHEN row.live THEN [1] ELSE [] END |
  CREATE (s)-[:${predicate} {claimId: row.props.id, strength: row.props.strength, strengthRank: row.props.strengthRank}]->(o))
WITH c, row
UNWIND row.src AS sourceId
MATCH (src) WHERE elementId(src) = sourceId
CREATE (c)-[:SUPPORTED_BY]->(src)`;

/** Runs write batches with at most `inFlight` transactions open; resolves when all have committed. */
class WritePipeline {
  private readonly pending = new Set<Promise<void>>();
  private failure: unknown;

  constructor(
    private readonly driver: Driver,
    private readonly inFlight: number,
    private readonly database?: string,
  ) {}

  async submit<T>(cypher: string, rows: unknown[], onDone: (result: T[]) => void, map: (r: Neo4jRecord) => T): Promise<void> {
    if (this.failure) throw this.failure;
    while (this.pending.size >= this.inFlight) await Promise.race(this.pending);
    if (this.failure) throw this.failure;
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    const work = session
      .executeWrite((tx) => tx.run(cypher, { rows }), { timeout: 600000 })
      .then((result) => onDone(result.records.map(map)))
      .catch((error: unknown) => {
        this.failure ??= error;
      })
      .finally(() => session.close());
    const tracked: Promise<void> = work.then(() => {
      this.pending.delete(tracked);
    });
    this.pending.add(tracked);
    // Let the driver put this batch on the wire before the caller builds the next one.
    await new Promise((r) => setImmediate(r));
  }

  async drain(): Promise<void> {
    await Promise.all(this.pending);
    if (this.failure) throw this.failure;
  }
}

async function clearAll(driver: Driver, database?: string): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

async function countAll(driver: Driver, database?: string): Promise<{ nodes: number; relationships: number }> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(
      'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels',
    );
    const record = result.records[0]!;
    return { nodes: neo4j.integer.toNumber(record.get('nodes')), relationships: neo4j.integer.toNumber(record.get('rels')) };
  } finally {
    await session.close();
  }
}

export async function importGraph(db: Database, graph: SyntheticGraph, options: ImportOptions = {}): Promise<ImportResult> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const batch = options.batch ?? DEFAULT_BATCH;
  const inFlight = options.inFlight ?? 2;
  const driver = db.driver;
  const started = Date.now();
  const phases: ImportResult['phases'] = {};
  const phase = (name: string) => {
    const t0 = Date.now();
    phases[name] = { rows: 0, relationships: 0, seconds: 0 };
    return () => {
      phases[name]!.seconds = (Date.now() - t0) / 1000;
    };
  };

  if (options.clear) {
    const before = await countAll(driver, options.database);
    if (before.nodes > 0) {
      log(`Clearing ${before.nodes.toLocaleString('en')} nodes first...`);
      await clearAll(driver, options.database);
    }
  }
  let end = phase('schema');
  await ensureSchema(db);
  end();

  const eids = new Map<string, string>();
  const remember = (pairs: { id: string; eid: string }[]) => {
    for (const p of pairs) eids.set(p.id, p.eid);
  };
  const idPair = (r: Neo4jRecord) => ({ id: r.get('id') as string, eid: r.get('eid') as string });
  const estimate = graph.estimate();
  const progress = new Progress(`import ${graph.size}`, estimate.relationships, 'rels', { enabled: options.progress ?? true });
  let relationships = 0;
  let nodes = 0;

  end = phase('nodes');
  const pipe = new WritePipeline(driver, inFlight, options.database);
  await pipe.submit(CREATE_SOURCES, graph.sourceRows, remember, idPair);
  nodes += graph.sourceRows.length;
  for (const { label, rows } of graph.entityBatches(batch.nodes)) {
    await pipe.submit(
      createEntities(label),
      rows.map((r) => r.props),
      remember,
      idPair,
    );
    nodes += rows.length;
    phases.nodes!.rows += rows.length;
  }
  await pipe.drain();
  end();

  const relStarted = Date.now();
  const cpuBefore = processCpuSeconds(options.neo4jPid);
  end = phase('links');
  const eid = (id: string) => {
    const found = eids.get(id);
    if (found === undefined) throw new Error(`No node was created for ${id}`);
    return found;
  };
  for (const { type, rows } of graph.linkBatches(batch.links)) {
    const payload = rows.map((l) => [eid(l.from), eid(l.to), l.sources]);
    await pipe.submit(
      createLinks(type),
      payload,
      () => {},
      () => null,
    );
    relationships += rows.length;
    phases.links!.rows += rows.length;
    phases.links!.relationships += rows.length;
    progress.update(relationships);
  }
  await pipe.drain();
  end();

  end = phase('claims');
  for (const { predicate, rows } of graph.claimBatches(batch.claims)) {
    let rels = 0;
    const payload = rows.map((c) => {
      rels += 2 + c.sources.length + (c.live ? 1 : 0);
      return { s: eid(c.subject), o: eid(c.object), live: c.live, props: c.props, src: c.sources.map(eid) };
    });
    await pipe.submit(
      createClaims(predicate),
      payload,
      () => {},
      () => null,
    );
    relationships += rels;
    nodes += rows.length;
    phases.claims!.rows += rows.length;
    phases.claims!.relationships += rels;
    progress.update(relationships);
  }
  await pipe.drain();
  end();
  const relationshipSeconds = (Date.now() - relStarted) / 1000;
  const cpuAfter = processCpuSeconds(options.neo4jPid);
  const cpuSeconds = cpuBefore !== null && cpuAfter !== null ? cpuAfter - cpuBefore : null;
  progress.done(relationships);

  // The full-text index fills asynchronously; searches must not run against a half-built index.
  end = phase('indexes');
  await db.write('CALL db.awaitIndexes(600)');
  end();
  const seconds = (Date.now() - started) / 1000;
  const verified = await countAll(driver, options.database);
  if (verified.relationships !== relationships || verified.nodes !== nodes) {
    log(
      `Warning: wrote ${nodes} nodes and ${relationships} relationships but the database holds ${verified.nodes} and ${verified.relationships}.`,
    );
  }
  return {
    method: 'cypher',
    size: graph.size,
    nodes,
    relationships,
    seconds,
    relationshipsPerSecond: Math.round(relationships / seconds),
    relationshipSeconds,
    relationshipPhasePerSecond: Math.round(relationships / relationshipSeconds),
    phases,
    batch,
    inFlight,
    verified,
    neo4jCpu:
      cpuSeconds !== null && cpuSeconds > 0
        ? {
            seconds: Math.round(cpuSeconds * 100) / 100,
            per100kRelationships: Math.round((cpuSeconds / relationships) * 100000 * 100) / 100,
            relationshipsPerCpuSecond: Math.round(relationships / cpuSeconds),
          }
        : null,
  };
}

export type EntityKindCounts = Record<EntityKind, number>;
