/**
 * Bulk import: validate everything first, then write everything in one transaction.
 *
 * 1. The files are hashed (SHA-256) and read once to validate (validate.ts): any problem and nothing is
 *    written.
 * 2. A dry run reads them again and compares each record with what the graph holds: added, updated or
 *    unchanged, with the first few ids of each.
 * 3. Otherwise they are read again and written inside ONE write transaction, together with the `:Import`
 *    record that every written node and link points to (`importId`). Until it commits, readers see the
 *    graph as it was; if the process dies or anything fails, Neo4j rolls the whole transaction back. Only
 *    what changed is written, so an unchanged record keeps pointing to the import that brought it.
 *
 * Why one transaction and not staging plus a switch: every query of the service would have to hide staged
 * data, and the graph has no single pointer to swap. One transaction gives the same guarantee with
 * Neo4j's own machinery; its cost is the transaction state on the Neo4j heap, measured at the benchmark's
 * hetionet size in bench/README.md. An empty embedded store can be filled offline instead (offline.ts:
 * the same validation, then neo4j-admin into a fresh store that is swapped in).
 */
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../graph/database';
import type { EntityKind } from '../generated/graphql';
import { computeAmbiguity } from '../domain/entityProps';
import { rankingsAfterImport, type WrittenLink } from '../related/repository';
import * as Q from './cypher';
import { findInput, type Format, type InputSet } from './formats';
import {
  formatProblem,
  type ClaimData,
  type EntityData,
  type FindingData,
  type LinkData,
  type ParsedRecord,
  type Problem,
  type SourceData,
} from './model';
import { Progress } from './progress';
import {
  canonicalClaim,
  canonicalEntity,
  canonicalFinding,
  canonicalLink,
  canonicalSource,
  claimFromRow,
  claimWriteRow,
  entityFromRow,
  entityWriteRow,
  findingFromRow,
  findingWriteRow,
  linkFromRow,
  sourceFromRow,
  sourceWriteRow,
} from './records';
import type { FindingFacts } from './rubric';
import { Checker, GraphKinds, type CheckedRecord, type GraphLookup, type SourceFacts } from './validate';

export type ImportOptions = {
  /** A file or a folder. */
  path: string;
  format?: Format;
  dryRun?: boolean;
  /** Who imports: `cli:<user>` or `key:<api key id>`. */
  by: string;
  /** Names to record instead of the files' own (an upload's original names). */
  progress?: boolean;
  log?: (line: string) => void;
  /** Records per write statement. */
  batchSize?: number;
  /** How long the one write transaction may run. */
  timeoutMs?: number;
};

export type Collection = 'sources' | 'entities' | 'findings' | 'links' | 'claims';
export const COLLECTIONS: readonly Collection[] = ['sources', 'entities', 'findings', 'links', 'claims'];

export type Changes = {
  added: number;
  updated: number;
  unchanged: number;
  examples: { added: string[]; updated: string[]; unchanged: string[] };
};

export type ImportReport = {
  ok: boolean;
  /** The `:Import` record's id; null for a dry run or a refused import. */
  importId: string | null;
  dryRun: boolean;
  format: Format;
  by: string;
  at: string;
  files: { name: string; sha256: string; bytes: number }[];
  /** The first MAX_REPORTED_PROBLEMS problems found (./validate.ts); any problem means nothing was written. */
  problems: Problem[];
  /** How many problems the input has in all, listed or not. */
  problemsFound: number;
  /** Records read, per collection (repeated identical records counted once). */
  read: Record<Collection, number>;
  changes: Record<Collection, Changes> | null;
  /** Relationships the written records stand for (links; a claim's subject, object, sources and direct edge). */
  relationships: number;
  seconds: { validate: number; write: number; total: number };
};

const EXAMPLES = 5;
export const COLLECTION_OF = { source: 'sources', entity: 'entities', finding: 'findings', link: 'links', claim: 'claims' } as const;

export function emptyChanges(): Record<Collection, Changes> {
  const one = (): Changes => ({ added: 0, updated: 0, unchanged: 0, examples: { added: [], updated: [], unchanged: [] } });
  return { sources: one(), entities: one(), findings: one(), links: one(), claims: one() };
}

async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Kinds of ids outside the import, read in the transaction given (so a write pass sees its own writes) or alone. */
function lookupVia(run: <T extends Record<string, unknown>>(cypher: string, params: Record<string, unknown>) => Promise<T[]>): GraphLookup {
  return {
    entityKinds: async (ids) =>
      new Map((await run<{ id: string; kind: EntityKind }>(Q.ENTITY_KINDS_BY_ID, { ids })).map((r) => [r.id, r.kind])),
    sources: async (ids) =>
      new Map(
        (await run<SourceFacts & { id: string }>(Q.SOURCES_BY_ID, { ids })).map((r) => [r.id, { kind: r.kind, randomised: r.randomised }]),
      ),
    findings: async (ids) =>
      new Map(
        (await run<FindingFacts & { id: string }>(Q.FINDINGS_BY_ID, { ids })).map((r) => [
          r.id,
          { source: r.source, randomised: r.randomised },
        ]),
      ),
  };
}

async function rows<T extends Record<string, unknown>>(
  tx: ManagedTransaction,
  cypher: string,
  params: Record<string, unknown>,
): Promise<T[]> {
  const result = await tx.run(cypher, params);
  return result.records.map((r) => r.toObject() as T);
}

/** Relationships a record stands for: a link; a finding's REPORTED_IN; a claim's ends, sources, findings and direct edge. */
export function relationshipsOf(record: ParsedRecord): number {
  if (record.type === 'link' || record.type === 'finding') return 1;
  if (record.type === 'claim')
    return 2 + record.data.sources.length + (record.data.findings ?? []).length + (record.data.retractedAt ? 0 : 1);
  return 0;
}

/** A record's key in its collection. */
function keyOf(record: ParsedRecord): string {
  return record.type === 'link' ? `${record.data.from} ${record.data.type} ${record.data.to}` : record.data.id;
}

/** A record's key in its collection and its canonical form. */
function keyed(record: ParsedRecord): { key: string; canonical: SourceData | EntityData | FindingData | LinkData | ClaimData } {
  switch (record.type) {
    case 'source':
      return { key: record.data.id, canonical: canonicalSource(record.data) };
    case 'entity':
      return { key: record.data.id, canonical: canonicalEntity(record.data) };
    case 'finding':
      return { key: record.data.id, canonical: canonicalFinding(record.data) };
    case 'link':
      return { key: `${record.data.from} ${record.data.type} ${record.data.to}`, canonical: canonicalLink(record.data) };
    case 'claim':
      return { key: record.data.id, canonical: canonicalClaim(record.data) };
  }
}

/** What the graph holds now for a batch of records of one collection, by key. */
async function existing(
  read: <T extends Record<string, unknown>>(c: string, p: Record<string, unknown>) => Promise<T[]>,
  collection: Collection,
  batch: WriteRecord[],
) {
  const found = new Map<string, string>();
  const put = (key: string, value: unknown) => found.set(key, JSON.stringify(value));
  if (collection === 'sources') {
    for (const r of await read<{ row: Record<string, unknown> }>(Q.EXISTING_SOURCES, {
      ids: batch.map((b) => (b.data as SourceData).id),
    })) {
      const s = sourceFromRow(r.row);
      put(s.id, s);
    }
  } else if (collection === 'entities') {
    for (const r of await read<{ row: Record<string, unknown> }>(Q.EXISTING_ENTITIES, {
      ids: batch.map((b) => (b.data as EntityData).id),
    })) {
      const e = entityFromRow(r.row);
      put(e.id, e);
    }
  } else if (collection === 'findings') {
    for (const r of await read<{ row: Record<string, unknown> }>(Q.EXISTING_FINDINGS, {
      ids: batch.map((b) => (b.data as FindingData).id),
    })) {
      const f = findingFromRow(r.row);
      put(f.id, f);
    }
  } else if (collection === 'links') {
    const keys = batch.map((b) => b.data as LinkData).map((l) => ({ from: l.from, type: l.type, to: l.to }));
    for (const r of await read<{ row: Record<string, unknown> }>(Q.EXISTING_LINKS, { keys })) {
      const l = linkFromRow(r.row);
      put(`${l.from} ${l.type} ${l.to}`, l);
    }
  } else {
    for (const r of await read<{ row: Record<string, unknown> }>(Q.EXISTING_CLAIMS, { ids: batch.map((b) => (b.data as ClaimData).id) })) {
      const c = claimFromRow(r.row);
      put(c.id, c);
    }
  }
  return found;
}

/** A record to write: parsed and, for an import, where it was read (a seeded record has no place in a file). */
export type WriteRecord = ParsedRecord & { at?: CheckedRecord['at'] };

/** Splits a batch into added, updated and unchanged records, counting them into `changes`. */
function classify(
  batch: WriteRecord[],
  before: Map<string, string> | null,
  changes: Changes,
): (WriteRecord & { change: 'added' | 'updated' })[] {
  const changed: (WriteRecord & { change: 'added' | 'updated' })[] = [];
  for (const record of batch) {
    const key = keyOf(record);
    const old = before?.get(key);
    // Only a record the graph holds is put in canonical form to be compared (a fresh import compares nothing).
    const state = old === undefined ? 'added' : old === JSON.stringify(keyed(record).canonical) ? 'unchanged' : 'updated';
    if (record.type === 'entity' && old !== undefined && (JSON.parse(old) as EntityData).kind !== record.data.kind) {
      throw new ImportRefused([
        {
          at: record.at ?? { file: '(records)', line: 0 },
          message: `entity "${record.data.id}" is a ${(JSON.parse(old) as EntityData).kind} in the graph; an import cannot change its kind to ${record.data.kind}`,
        },
      ]);
    }
    changes[state] += 1;
    if (changes.examples[state].length < EXAMPLES) changes.examples[state].push(key);
    if (state !== 'unchanged') changed.push({ ...record, change: state });
  }
  return changed;
}

/** Problems found while writing (a kind change): the transaction is rolled back and they are reported like validation problems. */
export class ImportRefused extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'ImportRefused';
  }
}

export function newImportId(at: string): string {
  return `import-${at
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'z')
    .toLowerCase()}-${randomBytes(3).toString('hex')}`;
}

/**
 * Runs the passes over the records: batches per collection, each handed to `handle` with its collection.
 * Sources are flushed before the entities and findings that may cite them, and every node collection
 * before the first edge.
 */
export async function forEachBatch(
  records: AsyncIterable<WriteRecord> | Iterable<WriteRecord>,
  size: number,
  handle: (collection: Collection, batch: WriteRecord[]) => Promise<void>,
): Promise<void> {
  const pending: Record<Collection, WriteRecord[]> = { sources: [], entities: [], findings: [], links: [], claims: [] };
  let nodesFlushed = false;
  const flush = async (collection: Collection) => {
    if (pending[collection].length === 0) return;
    const batch = pending[collection];
    pending[collection] = [];
    await handle(collection, batch);
  };
  for await (const record of records) {
    const collection = COLLECTION_OF[record.type];
    if ((collection === 'links' || collection === 'claims') && !nodesFlushed) {
      await flush('sources');
      await flush('entities');
      await flush('findings');
      nodesFlushed = true;
    }
    pending[collection].push(record);
    if (pending[collection].length >= size) {
      // Sources first, so that nothing later in the pass refers to an unwritten node.
      if (collection === 'entities' || collection === 'findings') await flush('sources');
      await flush(collection);
    }
  }
  for (const c of COLLECTIONS) await flush(c);
}

/** Writes sent ahead of their answers within the one transaction (see GraphWriter.run). */
const WRITES_IN_FLIGHT = 2;

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Who writes, for the records' own fields: the import's id (null when seeding), when and by whom. */
export type WriteContext = { importId: string | null; at: string | null; by: string };

/**
 * Writes records inside one open write transaction, batch by batch: each batch is compared with what the
 * graph holds (nothing to compare in a graph that holds no records), then new records are created and
 * changed ones updated, each collection with its one statement (cypher.ts). The importer and the seeder
 * both write through this class: one copy of the write Cypher.
 */
export class GraphWriter {
  readonly changes = emptyChanges();
  private fresh = false;
  private wroteEntities = false;
  private readonly addedEntities = new Set<string>();
  /** Conditions this writer created, and the relationships it created or deleted that the rankings may read. */
  conditionsAdded = 0;
  readonly links: WrittenLink[] = [];
  private readonly inFlight: Promise<unknown>[] = [];
  private readonly read: <T extends Record<string, unknown>>(c: string, p: Record<string, unknown>) => Promise<T[]>;

  constructor(
    private readonly tx: ManagedTransaction,
    private readonly context: WriteContext,
    private readonly batchSize: number,
  ) {
    this.read = async (c, p) => {
      await this.drain();
      return rows(tx, c, p);
    };
  }

  /** The graph's state before the first batch: whether it holds any record at all. */
  async start(): Promise<void> {
    const [holds] = await this.read<{ any: boolean }>(Q.GRAPH_HOLDS_RECORDS, {});
    this.fresh = !holds?.any;
  }

  /** A lookup of ids outside the import that sees this transaction's own writes. */
  lookup(): GraphLookup {
    return lookupVia(this.read);
  }

  async write(collection: Collection, batch: WriteRecord[]): Promise<void> {
    // A link to an entity this import adds cannot exist yet: only the others are looked up (a lookup
    // on a hub that this transaction already gave thousands of links walks all of them).
    const lookUp = this.fresh
      ? []
      : collection === 'links'
        ? batch.filter((r) => !this.addedEntities.has((r.data as LinkData).from) && !this.addedEntities.has((r.data as LinkData).to))
        : batch;
    const before = lookUp.length ? await existing(this.read, collection, lookUp) : null;
    const changed = classify(batch, before, this.changes[collection]);
    if (collection === 'entities')
      for (const r of changed) {
        if (r.change !== 'added') continue;
        this.addedEntities.add((r.data as EntityData).id);
        if ((r.data as EntityData).kind === 'CONDITION') this.conditionsAdded += 1;
      }
    this.noteLinks(collection, changed, before);
    const common = { importId: this.context.importId, at: this.context.at, by: this.context.by };
    for (const mode of ['create', 'update'] as const) {
      const group = changed.filter((r) => (r.change === 'added') === (mode === 'create'));
      if (group.length === 0) continue;
      if (collection === 'sources')
        await this.run(Q.WRITE_SOURCES[mode], { ...common, rows: group.map((r) => sourceWriteRow(r.data as SourceData)) });
      else if (collection === 'entities') {
        const rows = group.map((r) => entityWriteRow(r.data as EntityData));
        if (mode === 'update') await this.run(Q.UPDATE_ENTITIES, { ...common, rows });
        else
          for (const [label, ofLabel] of groupBy(rows, (r) => r.label))
            await this.run(Q.createEntitiesOf(label), { ...common, rows: ofLabel });
        this.wroteEntities = true;
      } else if (collection === 'findings')
        await this.run(Q.WRITE_FINDINGS[mode], { ...common, rows: group.map((r) => findingWriteRow(r.data as FindingData)) });
      else if (collection === 'links') {
        for (const [type, links] of groupBy(
          group.map((r) => r.data as LinkData),
          (l) => l.type,
        ))
          await this.run(Q.WRITE_LINKS[type]![mode], { ...common, rows: links });
      } else {
        const rows = group.map((r) => claimWriteRow(r.data as ClaimData));
        if (mode === 'update') await this.run(Q.UPDATE_CLAIMS, { ...common, rows });
        else
          for (const [key, ofKind] of groupBy(rows, (r) => `${r.retractedAt === null ? r.predicate : ''} ${r.findings.length > 0}`)) {
            const [predicate, findings] = key.split(' ') as [string, string];
            await this.run(Q.createClaimsOf(predicate || null, findings === 'true'), { ...common, rows: ofKind });
          }
      }
    }
  }

  /**
   * Notes the relationships between entities that a batch's writes create or delete: a new link; an updated
   * link changes only its sources. A new claim's direct edge (none when retracted); an updated claim's old
   * edge is deleted and its new one created (cypher.ts UPDATE_CLAIMS), noted unless both are the same edge.
   */
  private noteLinks(
    collection: Collection,
    changed: (WriteRecord & { change: 'added' | 'updated' })[],
    before: Map<string, string> | null,
  ) {
    if (collection === 'links') {
      for (const r of changed) {
        const l = r.data as LinkData;
        if (r.change === 'added') this.links.push({ type: l.type, from: l.from, to: l.to, change: 'added' });
      }
    } else if (collection === 'claims') {
      const edge = (c: ClaimData) => (c.retractedAt ? null : { type: c.predicate, from: c.subject, to: c.object, strength: c.strength });
      for (const r of changed) {
        const now = edge(r.data as ClaimData);
        const old = r.change === 'updated' ? edge(JSON.parse(before!.get((r.data as ClaimData).id)!) as ClaimData) : null;
        if (JSON.stringify(now) === JSON.stringify(old)) continue;
        if (old) this.links.push({ type: old.type, from: old.from, to: old.to, change: 'removed' });
        if (now) this.links.push({ type: now.type, from: now.from, to: now.to, change: 'added' });
      }
    }
  }

  /**
   * Sends a write without waiting for the one before it to finish: Bolt runs a transaction's statements
   * in order on its connection, so while Neo4j writes one batch this process reads, checks and encodes
   * the next. At most WRITES_IN_FLIGHT wait at once; the first failure is thrown (the transaction is then
   * rolled back whole).
   */
  private async run(cypher: string, params: Record<string, unknown>): Promise<void> {
    const done = this.tx.run(cypher, params).summary();
    done.catch(() => undefined); // awaited below, in order; this only keeps a failure from being reported twice
    this.inFlight.push(done);
    while (this.inFlight.length > WRITES_IN_FLIGHT) await this.inFlight.shift();
  }

  /** Waits for every write sent. */
  private async drain(): Promise<void> {
    while (this.inFlight.length > 0) await this.inFlight.shift();
  }

  /**
   * What depends on the whole graph, recomputed once every record is in, inside the same transaction (so
   * readers see it change with the records): which names are shared between entities.
   */
  async finish(): Promise<void> {
    await this.drain();
    if (this.wroteEntities) await refreshAmbiguity(this.tx, this.batchSize);
    // The related-conditions rankings are marked by runImport after this (the seeder recomputes them itself).
  }
}

/** What the validating pass hands on: the report so far, and the checker and lookups the writing pass reuses. */
export type Validated = { report: ImportReport; checker: Checker; kinds: GraphKinds; total: number; started: number };

/**
 * Takes the valid records as the validation finds them (the offline import writes its CSV so, in the same
 * pass). It sees the records read while no problem had been found, and nothing after the first problem; what
 * it made is good only if the whole pass found none (`report.problems` empty), and is discarded otherwise.
 * `report` is the pass's: its files, time and author are known from the start, its counts once the records end.
 */
export type RecordSink = (records: AsyncIterable<CheckedRecord>, report: ImportReport) => Promise<void>;

/**
 * Pass 1: the files hashed and every record validated, reading the graph (through `lookup`) only for ids
 * the import does not hold. The report's problems say whether anything may be written. With `sink`, the
 * records also go to it as they pass.
 */
export async function validateImport(
  input: InputSet,
  options: Pick<ImportOptions, 'by' | 'dryRun' | 'progress' | 'log'>,
  lookup: GraphLookup,
  sink?: RecordSink,
): Promise<Validated> {
  const started = Date.now();
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const at = new Date().toISOString();
  const files = await Promise.all(
    input.files.map(async (f) => ({ name: f.name, sha256: await sha256File(f.path), bytes: statSync(f.path).size })),
  );
  const totalBytes = files.reduce((sum, f) => sum + f.bytes, 0);
  const report: ImportReport = {
    ok: false,
    importId: null,
    dryRun: options.dryRun === true,
    format: input.format,
    by: options.by,
    at,
    files,
    problems: [],
    problemsFound: 0,
    read: { sources: 0, entities: 0, findings: 0, links: 0, claims: 0 },
    changes: null,
    relationships: 0,
    seconds: { validate: 0, write: 0, total: 0 },
  };
  const kinds = new GraphKinds(lookup);
  const checker = new Checker(input, kinds);
  const validating = new Progress('validate', 0, 'records', { enabled: options.progress ?? false });
  let total = 0;
  async function* checked(): AsyncGenerator<CheckedRecord> {
    for await (const record of checker.records()) {
      report.read[COLLECTION_OF[record.type]] += 1;
      report.relationships += relationshipsOf(record);
      validating.update(++total);
      if (checker.problemsFound === 0) yield record;
    }
  }
  const records = checked();
  if (sink) {
    // Handed over without `return`, so that a sink that stops early (or fails) does not end the pass.
    try {
      await sink({ [Symbol.asyncIterator]: () => ({ next: () => records.next() }) }, report);
    } catch (error) {
      // A sink that fails on records a problem found later made wrong: the problems are the answer.
      if (checker.problemsFound === 0) throw error;
    }
  }
  for await (const _ of records); // what the sink left, or everything without one
  validating.done(total);
  report.problems = checker.problems;
  report.problemsFound = checker.problemsFound;
  report.seconds.validate = (Date.now() - started) / 1000;
  if (report.problems.length > 0) {
    report.seconds.total = report.seconds.validate;
  } else {
    log(
      `Validated ${files.length} file(s), ${Math.round(totalBytes / 1024).toLocaleString('en')} kB: ${total.toLocaleString('en')} records ` +
        `(${report.relationships.toLocaleString('en')} relationships), no problems, in ${report.seconds.validate.toFixed(1)} s.`,
    );
  }
  return { report, checker, kinds, total, started };
}

/** The `:Import` record's properties before the writing (CREATE_IMPORT), and its counts after it (FINISH_IMPORT). */
export function importProps(report: ImportReport): Record<string, unknown> {
  return {
    by: report.by,
    at: report.at,
    format: report.format,
    files: report.files.map((f) => f.name),
    sha256: report.files.map((f) => f.sha256),
    bytes: report.files.map((f) => f.bytes),
  };
}

export function importCounts(report: ImportReport, changes: Record<Collection, Changes>): Record<string, number> {
  const counts: Record<string, number> = { relationships: report.relationships };
  for (const c of COLLECTIONS)
    for (const s of ['added', 'updated', 'unchanged'] as const) counts[`${c}${s[0]!.toUpperCase()}${s.slice(1)}`] = changes[c][s];
  return counts;
}

export async function runImport(
  db: Database,
  options: ImportOptions,
  input: InputSet = findInput(options.path, options.format),
): Promise<ImportReport> {
  const batchSize = options.batchSize ?? 5000;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  // Pass 1: validation, reading the graph only for ids the import does not hold.
  const { report, checker, kinds, total, started } = await validateImport(
    input,
    options,
    lookupVia((c, p) => db.read(c, p)),
  );
  if (report.problems.length > 0) return report;
  const at = report.at;

  let changes = emptyChanges();
  const writeStarted = Date.now();
  const progress = new Progress(options.dryRun ? 'compare' : 'import', total, 'records', { enabled: options.progress ?? false });
  let done = 0;

  if (options.dryRun) {
    // Pass 2 (dry run): compare with the graph, write nothing.
    const read = <T extends Record<string, unknown>>(c: string, p: Record<string, unknown>) => db.read<T>(c, p);
    await forEachBatch(new Checker(input, kinds, checker).records(), batchSize, async (collection, batch) => {
      classify(batch, await existing(read, collection, batch), changes[collection]);
      progress.update((done += batch.length));
    });
    progress.done(done);
  } else {
    // Pass 2: everything in one transaction.
    const importId = newImportId(at);
    await db.writeTx(async (tx) => {
      done = 0;
      const writer = new GraphWriter(tx, { importId, at, by: options.by }, batchSize);
      changes = writer.changes;
      await writer.start();
      await tx.run(Q.CREATE_IMPORT, { id: importId, props: importProps(report) });
      await forEachBatch(new Checker(input, new GraphKinds(writer.lookup()), checker).records(), batchSize, async (collection, batch) => {
        await writer.write(collection, batch);
        progress.update((done += batch.length));
      });
      await writer.finish();
      const counts = importCounts(report, changes);
      // Related-conditions rankings (src/related, docs/related-conditions.md "What a write changes"): those this
      // import can change are marked dirty in its transaction, under the subjects' locks a claim write takes,
      // so from the commit on they are not served (the live scoring answers, with the import) until the
      // service's refresher has recomputed them outside this transaction. An import that adds conditions
      // changes N, which outdates every ranking: nothing to mark. (Recomputing every ranking here was 10 of
      // the 18 s of a 28,000-claim import at the benchmark's medium size.)
      const marking = Date.now();
      const marked = await rankingsAfterImport(tx, { conditionsAdded: writer.conditionsAdded, links: writer.links });
      log(
        writer.conditionsAdded > 0
          ? 'Related-conditions rankings: the import adds conditions, so every ranking is outdated (none marked).'
          : `Related-conditions rankings: ${marked.toLocaleString('en')} marked dirty in ${((Date.now() - marking) / 1000).toFixed(1)} s.`,
      );
      await tx.run(Q.FINISH_IMPORT, { id: importId, counts });
    }, options.timeoutMs ?? 3600000);
    progress.done(done);
    report.importId = importId;
  }
  report.changes = changes;
  report.ok = true;
  report.seconds.write = (Date.now() - writeStarted) / 1000;
  report.seconds.total = (Date.now() - started) / 1000;
  return report;
}

/** Recomputes which names are shared over the whole graph (the import's new names included); writes only what changed. */
export async function refreshAmbiguity(tx: ManagedTransaction, batchSize: number): Promise<void> {
  const all = await rows<{
    id: string;
    name: string;
    aliases: string[];
    ambiguousAliases: string[] | null;
    ambiguousWith: string[] | null;
  }>(tx, Q.ENTITY_NAMES, {});
  const computed = computeAmbiguity(all.map((e) => ({ id: e.id, name: e.name, aliases: e.aliases ?? [] })));
  const changed: { id: string; ambiguousAliases: string[]; ambiguousWith: string[] }[] = [];
  for (const e of all) {
    const next = computed.get(e.id) ?? { ambiguousAliases: [], ambiguousWith: [] };
    if (
      JSON.stringify(next.ambiguousAliases) !== JSON.stringify(e.ambiguousAliases) ||
      JSON.stringify(next.ambiguousWith) !== JSON.stringify(e.ambiguousWith)
    ) {
      changed.push({ id: e.id, ...next });
    }
  }
  for (let i = 0; i < changed.length; i += batchSize) await tx.run(Q.SET_AMBIGUITY, { rows: changed.slice(i, i + batchSize) });
}

/** How many problems, how many of them are listed, and that nothing was written: the last line of a refused import. */
export function problemsSummary(report: Pick<ImportReport, 'problems' | 'problemsFound'>): string {
  const unlisted = report.problemsFound - report.problems.length;
  const more =
    unlisted > 0 ? ` (the first ${report.problems.length.toLocaleString('en')} listed, ${unlisted.toLocaleString('en')} more not)` : '';
  return `${report.problemsFound.toLocaleString('en')} problem(s)${more}; nothing was written.`;
}

/** The report as lines for a terminal: problems, or what changed with the first few of each. */
export function describeReport(report: ImportReport): string[] {
  if (report.problems.length > 0) {
    return [...report.problems.map(formatProblem), problemsSummary(report)];
  }
  const lines: string[] = [];
  lines.push(
    report.dryRun ? 'Dry run: nothing was written. The import would change:' : `Import ${report.importId} (by ${report.by}) wrote:`,
  );
  for (const c of COLLECTIONS) {
    const ch = report.changes![c];
    lines.push(`  ${c}: ${ch.added} added, ${ch.updated} updated, ${ch.unchanged} unchanged`);
    for (const s of ['added', 'updated', 'unchanged'] as const) {
      if (ch.examples[s].length) lines.push(`    ${s}: ${ch.examples[s].join(', ')}${ch[s] > ch.examples[s].length ? ', ...' : ''}`);
    }
  }
  for (const f of report.files) lines.push(`  file ${f.name}: ${f.bytes} bytes, sha256 ${f.sha256}`);
  lines.push(
    `  ${report.relationships.toLocaleString('en')} relationships; validation ${report.seconds.validate.toFixed(1)} s, ${report.dryRun ? 'comparison' : 'writing'} ${report.seconds.write.toFixed(1)} s, total ${report.seconds.total.toFixed(1)} s` +
      (report.seconds.total > 0
        ? ` (${Math.round(report.relationships / report.seconds.total).toLocaleString('en')} relationships/s)`
        : ''),
  );
  return lines;
}
