/**
 * Streaming validation: every record's shape, then what it refers to. Node files are read first, so
 * each edge is checked against the import's own nodes; ids the import does not hold are looked up in
 * the graph in batches (a link may join a new symptom to an existing condition). Every problem is kept
 * with its file, line and column; the records that pass come out in order for the writer, and the same
 * pass runs again when writing, so the files are never held in memory.
 */
import { createHash } from 'node:crypto';
import type { EntityKind, SourceKind } from '../generated/graphql';
import { CLAIM_PREDICATES, LINK_TYPES, STRENGTH_RANK, type LinkType } from '../domain/vocabulary';
import { strongestAllowed } from '../domain/grading';
import { ID_PREFIX } from './biolink';
import { readInput, type InputSet, type Item } from './formats';
import { SHAPES, formatLocation, type Location, type ParsedRecord, type Problem, type RawRecord } from './model';

/** Kinds of ids the import does not hold, read from the graph. */
export type GraphLookup = {
  entityKinds(ids: string[]): Promise<Map<string, EntityKind>>;
  sourceKinds(ids: string[]): Promise<Map<string, SourceKind>>;
};

export type CheckedRecord = ParsedRecord & { at: Location };

/** What the graph answered for ids outside the import; shared by the validation and the writing pass. */
export class GraphKinds {
  readonly entities = new Map<string, EntityKind | null>();
  readonly sources = new Map<string, SourceKind | null>();
  constructor(readonly lookup: GraphLookup) {}

  async fetch(entityIds: Iterable<string>, sourceIds: Iterable<string>): Promise<void> {
    const e = [...new Set(entityIds)].filter((id) => !this.entities.has(id));
    const s = [...new Set(sourceIds)].filter((id) => !this.sources.has(id));
    if (e.length) {
      const found = await this.lookup.entityKinds(e);
      for (const id of e) this.entities.set(id, found.get(id) ?? null);
    }
    if (s.length) {
      const found = await this.lookup.sourceKinds(s);
      for (const id of s) this.sources.set(id, found.get(id) ?? null);
    }
  }
}

const EDGE_BATCH = 5000;

const shown = (id: string) => `"${id}"`;

/** One pass over an input set: yields the valid records and collects every problem. */
export class Checker {
  readonly problems: Problem[] = [];
  /** Kinds of the entities and sources this import holds. */
  readonly entityKind = new Map<string, EntityKind>();
  readonly sourceKind = new Map<string, SourceKind>();
  /** A digest of each record by identity, to tell a repeated record from a conflicting one. */
  private readonly seen = new Map<string, { digest: string; at: Location }>();

  constructor(
    private readonly input: InputSet,
    private readonly graph: GraphKinds,
  ) {}

  private problem(at: Location, message: string, column?: number): void {
    this.problems.push({ at: column === undefined ? at : { ...at, column }, message });
  }

  /** Shape check; returns the parsed record or null (problems recorded). */
  private parse(raw: RawRecord): ParsedRecord | null {
    const parsed = SHAPES[raw.type].safeParse(raw.fields);
    if (parsed.success) return { type: raw.type, data: parsed.data } as ParsedRecord;
    for (const issue of parsed.error.issues) {
      const field = issue.path.map(String).join('.');
      const top = String(issue.path[0] ?? '');
      const message =
        issue.code === 'unrecognized_keys' ? `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}; remove it` : issue.message;
      this.problem(raw.at, field ? `${field}: ${message}` : message, raw.columnOf?.(top));
    }
    return null;
  }

  /** False for a repeat of a record already read (skipped); a conflicting repeat is a problem. */
  private firstTime(key: string, label: string, data: unknown, at: Location, column?: number): boolean {
    const digest = createHash('sha1').update(JSON.stringify(data)).digest('base64');
    const before = this.seen.get(key);
    if (!before) {
      this.seen.set(key, { digest, at });
      return true;
    }
    if (before.digest !== digest) {
      this.problem(
        at,
        `duplicate ${label} with different data than at ${formatLocation(before.at)}; keep one of the two (or give this one another id)`,
        column,
      );
    }
    return false;
  }

  async *records(): AsyncGenerator<CheckedRecord> {
    for await (const item of readInput(this.input, 'nodes')) {
      const record = this.node(item);
      if (record) yield record;
    }
    let batch: Item[] = [];
    const flush = async function* (this: Checker): AsyncGenerator<CheckedRecord> {
      await this.prefetch(batch);
      for (const item of batch) {
        const record = this.edge(item);
        if (record) yield record;
      }
      batch = [];
    };
    for await (const item of readInput(this.input, 'edges')) {
      batch.push(item);
      if (batch.length >= EDGE_BATCH) yield* flush.call(this);
    }
    yield* flush.call(this);
  }

  private node(item: Item): CheckedRecord | null {
    if ('message' in item) {
      this.problems.push(item);
      return null;
    }
    if (item.type === 'edge' || item.type === 'link' || item.type === 'claim') {
      this.problem(item.at, `a ${item.type} in a node file; move it to the edges file`);
      return null;
    }
    const record = this.parse(item);
    if (!record) return null;
    const at = item.at;
    if (record.type === 'source') {
      if (!this.firstTime(`source ${record.data.id}`, `source id ${shown(record.data.id)}`, record.data, at, item.columnOf?.('id')))
        return null;
      if (this.entityKind.has(record.data.id))
        this.problem(
          at,
          `id ${shown(record.data.id)} is already an entity of this import; give the source its own id`,
          item.columnOf?.('id'),
        );
      this.sourceKind.set(record.data.id, record.data.kind);
    } else if (record.type === 'entity') {
      const e = record.data;
      if (!this.firstTime(`entity ${e.id}`, `entity id ${shown(e.id)}`, e, at, item.columnOf?.('id'))) return null;
      if (this.sourceKind.has(e.id))
        this.problem(at, `id ${shown(e.id)} is already a source of this import; give the entity its own id`, item.columnOf?.('id'));
      if (e.kind === 'SESSION_STEP' && e.order === undefined)
        this.problem(at, 'a session step needs its order (1 for the first step)', item.columnOf?.('order'));
      this.entityKind.set(e.id, e.kind);
    }
    return { ...record, at } as CheckedRecord;
  }

  private entityKindOf(id: string): EntityKind | null {
    return this.entityKind.get(id) ?? this.graph.entities.get(id) ?? null;
  }

  private sourceKindOf(id: string): SourceKind | null {
    return this.sourceKind.get(id) ?? this.graph.sources.get(id) ?? null;
  }

  /** Looks up, in one query per kind, every id this batch refers to that the import does not hold. */
  private async prefetch(batch: Item[]): Promise<void> {
    const entityIds: string[] = [];
    const sourceIds: string[] = [];
    for (const item of batch) {
      if ('message' in item) continue;
      let ends: unknown[] = [];
      let sources: unknown = [];
      if (item.type === 'edge') [ends, sources] = [[item.from, item.to], item.sources];
      else if (item.type === 'link') [ends, sources] = [[item.fields.from, item.fields.to], item.fields.sources];
      else if (item.type === 'claim') [ends, sources] = [[item.fields.subject, item.fields.object], item.fields.sources];
      for (const id of ends) if (typeof id === 'string' && !this.entityKind.has(id)) entityIds.push(id);
      if (Array.isArray(sources)) for (const id of sources) if (typeof id === 'string' && !this.sourceKind.has(id)) sourceIds.push(id);
    }
    await this.graph.fetch(entityIds, sourceIds);
  }

  private dangling(at: Location, id: string, what: string, column?: number): void {
    this.problem(
      at,
      `unknown ${what} id ${shown(id)}: neither this import nor the graph holds it; add it to the node file or fix the id`,
      column,
    );
  }

  private edge(item: Item): CheckedRecord | null {
    if ('message' in item) {
      this.problems.push(item);
      return null;
    }
    let raw: RawRecord;
    if (item.type === 'edge') {
      const fromKind = this.entityKindOf(item.from);
      const toKind = this.entityKindOf(item.to);
      if (!fromKind) this.dangling(item.at, ID_PREFIX + item.from, 'subject', item.columnOf('from'));
      if (!toKind) this.dangling(item.at, ID_PREFIX + item.to, 'object', item.columnOf('to'));
      if (!fromKind || !toKind) return null;
      const resolved = item.resolve(fromKind, toKind);
      if ('message' in resolved) {
        this.problems.push(resolved);
        return null;
      }
      raw = resolved;
    } else if (item.type === 'source' || item.type === 'entity') {
      this.problem(item.at, `a ${item.type} in an edge file; move it to the nodes file`);
      return null;
    } else raw = item;

    const record = this.parse(raw);
    if (!record) return null;
    const col = (field: string) => raw.columnOf?.(field);
    const at = raw.at;
    let ok = true;
    const checkEnd = (id: string, expected: EntityKind, field: string, role: string, relation: string) => {
      const kind = this.entityKindOf(id);
      if (!kind) {
        this.dangling(at, id, role, col(field));
        ok = false;
      } else if (kind !== expected) {
        this.problem(at, `${relation} needs a ${expected} as its ${role}, but ${shown(id)} is a ${kind}`, col(field));
        ok = false;
      }
    };
    const checkSources = (ids: string[]) => {
      ids.forEach((id) => {
        if (!this.sourceKindOf(id)) {
          this.dangling(at, id, 'source', col('sources'));
          ok = false;
        }
      });
    };
    if (record.type === 'link') {
      const link = record.data;
      const rule = LINK_TYPES[link.type as LinkType];
      checkEnd(link.from, rule.from, 'from', 'from end', link.type);
      checkEnd(link.to, rule.to, 'to', 'to end', link.type);
      checkSources(link.sources);
      if (!this.firstTime(`link ${link.from} ${link.type} ${link.to}`, `link ${link.from} ${link.type} ${link.to}`, link.sources, at))
        return null;
    } else if (record.type === 'claim') {
      const claim = record.data;
      const rule = CLAIM_PREDICATES[claim.predicate];
      checkEnd(claim.subject, rule.from, 'subject', 'subject', claim.predicate);
      checkEnd(claim.object, rule.to, 'object', 'object', claim.predicate);
      checkSources(claim.sources);
      const kinds = claim.sources.map((id) => this.sourceKindOf(id)).filter((k): k is SourceKind => k !== null);
      const cap = strongestAllowed(kinds);
      if (kinds.length === claim.sources.length && cap && STRENGTH_RANK[claim.strength] > STRENGTH_RANK[cap]) {
        this.problem(
          at,
          `grade ${claim.strength} is above what its sources allow (${[...new Set(kinds)].join(', ')}: at most ${cap}); grade it ${cap} or lower, or cite a source whose design supports more`,
          col('strength'),
        );
        ok = false;
      }
      if (!this.firstTime(`claim ${claim.id}`, `claim id ${shown(claim.id)}`, claim, at, col('id'))) return null;
    }
    return ok ? ({ ...record, at } as CheckedRecord) : null;
  }
}
