/**
 * Validated import records as CSV input for neo4j-admin (src/graph/adminCsv.ts encodes the fields), node
 * for node and relationship for relationship what the Cypher import (importer.ts, cypher.ts) creates in a
 * graph that holds no records:
 * - (:Import) with its properties and counts (FINISH_IMPORT), every record added;
 * - (:Source) with its write row's props, id, createdAt, createdBy and importId;
 * - (:Entity:<Label>) with its props, id, createdAt, createdBy, updatedAt, updatedBy and importId (which
 *   names are shared is computed afterwards over the whole graph, as the Cypher import does);
 * - (:Finding) with its props, id and importId, and REPORTED_IN to its study;
 * - descriptive links with `sources` and importId;
 * - per claim a (:Claim) with its props (sourceCount an INTEGER: Cypher's `size()`), SUBJECT and OBJECT to
 *   its ends, SUPPORTED_BY to each source, BEARS_ON from each finding with its stance, and, unless
 *   retracted, the direct relationship typed by its predicate with claimId, strength and strengthRank.
 * Nulls store nothing (`SET n += row` drops them), as in the Cypher statements.
 *
 * Node ids: the importer's `--id-type=actual` takes each row's :ID as the node's id, so an entity, source or
 * finding gets its number when it is first named, as a record or as the end of a relationship (records
 * come in the order of the files, and a finding may name a study that comes later). At the end every
 * number handed out must belong to a node written: validation already ensured it, and this checks it.
 * Only the id maps are held in memory, never the records.
 */
import { InputGroup, field, labelsField, type AdminCsv, type EmptyLists } from '../graph/adminCsv';
import type { ClaimData, EntityData, FindingData, LinkData, SourceData } from './model';
import { claimWriteRow, entityWriteRow, findingWriteRow, sourceWriteRow } from './records';
import type { WriteRecord } from './importer';

export type ImportCsv = AdminCsv & {
  emptyLists: EmptyLists;
  bytes: number;
  /** Nodes per label and relationships written, to check the store against after the start. */
  nodesByLabel: Record<'Import' | 'Source' | 'Entity' | 'Finding' | 'Claim', number>;
  /** Records written per collection (every one of them added). */
  written: { sources: number; entities: number; findings: number; links: number; claims: number };
};

/** Who writes: the :Import record's id and properties, when and by whom (as the Cypher import's parameters). */
export type CsvContext = { importId: string; at: string; by: string; importProps: Record<string, unknown> };

class Numbering {
  private readonly ids = new Map<string, number>();
  private readonly written = new Set<number>();
  constructor(
    private readonly what: string,
    private readonly next: () => number,
  ) {}

  /** The node id of a record, handed out when first named. */
  of(id: string): number {
    let n = this.ids.get(id);
    if (n === undefined) {
      n = this.next();
      this.ids.set(id, n);
    }
    return n;
  }

  /** The node id of a record being written; a second row for one id is an error. */
  define(id: string): number {
    const n = this.of(id);
    if (this.written.has(n)) throw new Error(`Two ${this.what} rows for the id ${id}`);
    this.written.add(n);
    return n;
  }

  /** Ids named by a relationship but never written as a node. */
  check(): void {
    if (this.ids.size === this.written.size) return;
    const missing = [...this.ids].filter(([, n]) => !this.written.has(n)).slice(0, 5);
    throw new Error(`Relationships name ${this.what} that were not written: ${missing.map(([id]) => id).join(', ')}`);
  }
}

/**
 * Writes `records` (the validated writing pass) into `dir`. `counts` gives the :Import record its counts
 * once every record is written (FINISH_IMPORT's map); `onRecords` sees progress.
 */
export async function writeImportCsv(
  records: AsyncIterable<WriteRecord>,
  dir: string,
  context: CsvContext,
  counts: (written: ImportCsv['written']) => Record<string, number>,
  onRecords: (done: number) => void = () => undefined,
): Promise<ImportCsv> {
  const nodeColumns = [':ID', ':LABEL'];
  const relationshipColumns = [':START_ID', ':END_ID', ':TYPE'];
  const imports = new InputGroup(dir, 'import', nodeColumns);
  const sources = new InputGroup(dir, 'sources', nodeColumns);
  const entities = new InputGroup(dir, 'entities', nodeColumns);
  const findings = new InputGroup(dir, 'findings', nodeColumns);
  const claims = new InputGroup(dir, 'claims', nodeColumns);
  const links = new InputGroup(dir, 'links', relationshipColumns);
  const direct = new InputGroup(dir, 'claim-direct', relationshipColumns);
  const bearsOn = new InputGroup(dir, 'bears-on', relationshipColumns);
  const plain = new InputGroup(dir, 'plain', relationshipColumns);
  let nodeId = 0;
  const next = () => nodeId++;
  const importNode = next();
  const sourceIds = new Numbering('sources', next);
  const entityIds = new Numbering('entities', next);
  const findingIds = new Numbering('findings', next);
  const written = { sources: 0, entities: 0, findings: 0, links: 0, claims: 0 };
  const linkTypes = new Set<string>();
  const predicates = new Set<string>();
  const types = new Map<string, string>();
  const typeField = (type: string) => {
    let f = types.get(type);
    if (f === undefined) types.set(type, (f = field(type)));
    return f;
  };
  const labels = new Map<string, string>();
  const labelField = (label: string) => {
    let f = labels.get(label);
    if (f === undefined) labels.set(label, (f = labelsField(['Entity', label])));
    return f;
  };
  const sourceLabel = labelsField(['Source']);
  const findingLabel = labelsField(['Finding']);
  const claimLabel = labelsField(['Claim']);
  const { importId, at, by } = context;
  const none = {};
  let done = 0;

  for await (const record of records) {
    switch (record.type) {
      case 'source': {
        const row = sourceWriteRow(record.data as SourceData);
        // CREATE (s:Source {id}) SET s += row.props, s.createdAt, s.createdBy, s.importId
        sources.write(`${sourceIds.define(row.id)},${sourceLabel}`, {
          id: row.id,
          ...row.props,
          createdAt: at,
          createdBy: by,
          importId,
        });
        written.sources++;
        break;
      }
      case 'entity': {
        const row = entityWriteRow(record.data as EntityData);
        entities.write(`${entityIds.define(row.id)},${labelField(row.label)}`, {
          id: row.id,
          ...row.props,
          createdAt: at,
          createdBy: by,
          updatedAt: at,
          updatedBy: by,
          importId,
        });
        written.entities++;
        break;
      }
      case 'finding': {
        const row = findingWriteRow(record.data as FindingData);
        const n = findingIds.define(row.id);
        findings.write(`${n},${findingLabel}`, { id: row.id, ...row.props, importId });
        plain.write(`${n},${sourceIds.of(row.props.sourceId)},${typeField('REPORTED_IN')}`, none);
        written.findings++;
        break;
      }
      case 'link': {
        const l = record.data as LinkData;
        linkTypes.add(l.type);
        links.write(`${entityIds.of(l.from)},${entityIds.of(l.to)},${typeField(l.type)}`, { sources: l.sources, importId });
        written.links++;
        break;
      }
      case 'claim': {
        const row = claimWriteRow(record.data as ClaimData);
        const c = next();
        claims.write(`${c},${claimLabel}`, {
          id: row.id,
          predicate: row.predicate,
          strength: row.strength,
          strengthRank: row.strengthRank,
          statement: row.statement,
          // size(row.sources): an INTEGER in Cypher, a long here.
          sourceCount: BigInt(row.sources.length),
          retractedAt: row.retractedAt,
          retractedBy: row.retractedBy,
          retractionReason: row.retractionReason,
          gradeStart: row.gradeStart,
          gradeStartReason: row.gradeStartReason,
          gradeReasons: row.gradeReasons,
          balance: row.balance,
          qualifiers: row.qualifiers,
          importId,
          createdAt: at,
          createdBy: by,
        });
        const s = entityIds.of(row.subject);
        const o = entityIds.of(row.object);
        plain.write(`${c},${s},${typeField('SUBJECT')}`, none);
        plain.write(`${c},${o},${typeField('OBJECT')}`, none);
        if (row.retractedAt === null) {
          predicates.add(row.predicate);
          direct.write(`${s},${o},${typeField(row.predicate)}`, {
            claimId: row.id,
            strength: row.strength,
            strengthRank: row.strengthRank,
          });
        }
        for (const f of row.findings) {
          bearsOn.write(`${findingIds.of(f.finding)},${c},${typeField('BEARS_ON')}`, {
            stance: f.stance,
            stanceRank: f.stanceRank,
            note: f.note,
            order: f.order,
          });
        }
        for (const source of row.sources) plain.write(`${c},${sourceIds.of(source)},${typeField('SUPPORTED_BY')}`, none);
        written.claims++;
        break;
      }
    }
    if (++done % 5000 === 0) onRecords(done);
  }
  onRecords(done);
  sourceIds.check();
  entityIds.check();
  findingIds.check();
  // CREATE (i:Import {id}) SET i += props, then FINISH_IMPORT's SET i += counts.
  imports.write(`${importNode},${labelsField(['Import'])}`, { id: importId, ...context.importProps, ...counts(written) });

  for (const type of linkTypes)
    if (predicates.has(type)) throw new Error(`${type} is both a link type and a claim predicate: their empty lists would mix`);
  const emptyLists: EmptyLists = { labels: {}, types: {} };
  let lineBreaks = false;
  const finish = (group: InputGroup, onEmpty: (keys: string[]) => void) => {
    const finished = group.finish();
    if (finished.emptyKeys.length > 0) onEmpty(finished.emptyKeys);
    lineBreaks ||= finished.lineBreaks;
    return finished.files;
  };
  const nodeGroups: [InputGroup, keyof ImportCsv['nodesByLabel']][] = [
    [imports, 'Import'],
    [sources, 'Source'],
    [entities, 'Entity'],
    [findings, 'Finding'],
    [claims, 'Claim'],
  ];
  const nodes = nodeGroups.map(([group, label]) => finish(group, (keys) => (emptyLists.labels[label] = keys)));
  const relationshipGroups: [InputGroup, string[]][] = [
    [links, [...linkTypes]],
    [direct, [...predicates]],
    [bearsOn, ['BEARS_ON']],
    [plain, ['REPORTED_IN', 'SUBJECT', 'OBJECT', 'SUPPORTED_BY']],
  ];
  const relationships = relationshipGroups.map(([group, ofTypes]) =>
    finish(group, (keys) => {
      for (const type of ofTypes) emptyLists.types[type] = keys;
    }),
  );
  const all = [...nodeGroups.map(([g]) => g), ...relationshipGroups.map(([g]) => g)];
  return {
    dir,
    nodes,
    relationships,
    nodeCount: nodeGroups.reduce((n, [g]) => n + g.rows, 0),
    relationshipCount: relationshipGroups.reduce((n, [g]) => n + g.rows, 0),
    lineBreaks,
    emptyLists,
    bytes: all.reduce((n, g) => n + g.bytes, 0),
    nodesByLabel: Object.fromEntries(nodeGroups.map(([g, label]) => [label, g.rows])) as ImportCsv['nodesByLabel'],
    written,
  };
}
