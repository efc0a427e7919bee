/**
 * The benchmark's synthetic graph as CSV input for `neo4j-admin database import full`, through the
 * service's own CSV encoding (src/graph/adminCsv.ts: column types, quoting, empty arrays), so that the
 * offline import stores exactly what the Cypher import (bench/import.ts) stores for the same rows.
 */
import { InputGroup, field, labelsField, type AdminCsv, type EmptyLists } from '../src/graph/adminCsv';
import type { SyntheticGraph } from './generate';

export type GraphCsv = AdminCsv & {
  /** Rows per input group. */
  rows: Record<string, number>;
  emptyLists: EmptyLists;
  bytes: number;
};

/**
 * The synthetic graph as the importer's CSV, row for row what bench/import.ts writes through Cypher:
 * - (:Source) with its props and id; (:Entity:<Label>) with its props (id among them);
 * - descriptive links with `sources`;
 * - per claim a (:Claim) with its props, SUBJECT and OBJECT to its ends, SUPPORTED_BY to each source
 *   and, unless retracted, the direct relationship typed by its predicate with claimId, strength and
 *   strengthRank.
 * Relationships refer to nodes by the node ids the importer will give them (`--id-type=actual`: 0, 1,
 * 2... in the order of the node files), so it maps no ids at all, which saved about a fifth of its CPU
 * against per-group numbers and more against the 20 to 90 character string ids. `id` is an ordinary
 * string property. Every end of a relationship is looked up among the nodes written, as the Cypher
 * import looks up element ids.
 */
export function writeGraphCsv(graph: SyntheticGraph, dir: string, onRelationships: (written: number) => void = () => {}): GraphCsv {
  const nodeColumns = [':ID', ':LABEL'];
  const relationshipColumns = [':START_ID', ':END_ID', ':TYPE'];
  const sources = new InputGroup(dir, 'sources', nodeColumns);
  const entities = new InputGroup(dir, 'entities', nodeColumns);
  const claims = new InputGroup(dir, 'claims', nodeColumns);
  const links = new InputGroup(dir, 'links', relationshipColumns);
  const direct = new InputGroup(dir, 'claim-direct', relationshipColumns);
  const ends = new InputGroup(dir, 'claim-ends', relationshipColumns);
  const supports = new InputGroup(dir, 'claim-sources', relationshipColumns);
  const sourceKeys = new Map<string, string>();
  const entityKeys = new Map<string, string>();
  const key = (keys: Map<string, string>, id: string) => {
    const found = keys.get(id);
    if (found === undefined) throw new Error(`No node was written for ${id}`);
    return found;
  };
  const checkId = (id: string, props: Record<string, unknown>) => {
    if (props.id !== id) throw new Error(`Row ${id} carries another id property: ${String(props.id)}`);
  };
  // Node ids 0, 1, 2... in the order the importer reads the node files (sources, entities, claims).
  let nodeId = 0;
  let relationships = 0;
  const linkTypes = new Set<string>();
  const predicates = new Set<string>();

  const sourceLabel = labelsField(['Source']);
  for (const row of graph.sourceRows) {
    if (sourceKeys.has(row.id)) throw new Error(`Two sources have the id ${row.id}`);
    const k = String(nodeId++);
    sourceKeys.set(row.id, k);
    // As bench/import.ts: SET s = row.props, s.id = row.id.
    sources.write(`${k},${sourceLabel}`, { ...row.props, id: row.id });
  }
  for (const { label, rows } of graph.entityBatches(5000)) {
    const labels = labelsField(['Entity', label]);
    for (const row of rows) {
      checkId(row.id, row.props);
      if (entityKeys.has(row.id)) throw new Error(`Two entities have the id ${row.id}`);
      const k = String(nodeId++);
      entityKeys.set(row.id, k);
      entities.write(`${k},${labels}`, row.props);
    }
  }
  for (const { type, rows } of graph.linkBatches(20000)) {
    linkTypes.add(type);
    const typeField = field(type);
    for (const row of rows) {
      links.write(`${key(entityKeys, row.from)},${key(entityKeys, row.to)},${typeField}`, { sources: row.sources });
    }
    relationships += rows.length;
    onRelationships(relationships);
  }
  const claimLabel = labelsField(['Claim']);
  const subjectType = field('SUBJECT');
  const objectType = field('OBJECT');
  const supportedBy = field('SUPPORTED_BY');
  const noProps = {};
  for (const { predicate, rows } of graph.claimBatches(5000)) {
    predicates.add(predicate);
    const predicateType = field(predicate);
    for (const row of rows) {
      checkId(row.id, row.props);
      // Claims are only referred to by their own relationships, written right here: no lookup needed.
      const k = String(nodeId++);
      const subject = key(entityKeys, row.subject);
      const object = key(entityKeys, row.object);
      claims.write(`${k},${claimLabel}`, row.props);
      ends.write(`${k},${subject},${subjectType}`, noProps);
      ends.write(`${k},${object},${objectType}`, noProps);
      for (const source of row.sources) supports.write(`${k},${key(sourceKeys, source)},${supportedBy}`, noProps);
      relationships += 2 + row.sources.length;
      if (row.live) {
        direct.write(`${subject},${object},${predicateType}`, {
          claimId: row.props.id,
          strength: row.props.strength,
          strengthRank: row.props.strengthRank,
        });
        relationships++;
      }
    }
    onRelationships(relationships);
  }

  const nodeGroups: [InputGroup, string][] = [
    [sources, 'Source'],
    [entities, 'Entity'],
    [claims, 'Claim'],
  ];
  const relationshipGroups: [InputGroup, string[]][] = [
    [links, [...linkTypes]],
    [direct, [...predicates]],
    [ends, ['SUBJECT', 'OBJECT']],
    [supports, ['SUPPORTED_BY']],
  ];
  const emptyLists: EmptyLists = { labels: {}, types: {} };
  let lineBreaks = false;
  const nodes = nodeGroups.map(([group, label]) => {
    const finished = group.finish();
    if (finished.emptyKeys.length > 0) emptyLists.labels[label] = finished.emptyKeys;
    lineBreaks ||= finished.lineBreaks;
    return finished.files;
  });
  const rels = relationshipGroups.map(([group, types]) => {
    const finished = group.finish();
    if (finished.emptyKeys.length > 0) for (const type of types) emptyLists.types[type] = finished.emptyKeys;
    lineBreaks ||= finished.lineBreaks;
    return finished.files;
  });
  const all = [...nodeGroups.map(([g]) => g), ...relationshipGroups.map(([g]) => g)];
  const relationshipCount = relationshipGroups.reduce((n, [g]) => n + g.rows, 0);
  if (relationshipCount !== relationships) throw new Error(`Counted ${relationships} relationships but wrote ${relationshipCount}`);
  return {
    dir,
    nodes,
    relationships: rels,
    nodeCount: nodeId,
    relationshipCount,
    rows: Object.fromEntries(all.map((g) => [g.name, g.rows])),
    emptyLists,
    lineBreaks,
    bytes: all.reduce((n, g) => n + g.bytes, 0),
  };
}
