/**
 * Streaming validation: every record's shape, then what it refers to. Node files are read first, so
 * each edge is checked against the import's own nodes; ids the import does not hold are looked up in
 * the graph in batches (a link may join a new symptom to an existing condition). Every problem is kept
 * with its file, line and column; the records that pass come out in order for the writer, and the same
 * pass runs again when writing, so the files are never held in memory.
 */
import type { EntityKind, SourceKind } from '../generated/graphql';
import { CLAIM_PREDICATES, LINK_TYPES, STRENGTH_RANK, type LinkType } from '../domain/vocabulary';
import { strongestAllowed } from '../domain/grading';
import { ID_PREFIX } from './biolink';
import { readInput, type InputSet, type Item } from './formats';
import { SHAPES, formatLocation, type Location, type ParsedRecord, type Problem, type RawRecord } from './model';
import { gradeImportedClaim, type FindingFacts } from './rubric';
import { RepeatedRecords, SeenRecords } from './seenRecords';

/** A source as validation needs it: its kind, and for a study whether it was randomised (null: not a study). */
export type SourceFacts = { kind: SourceKind; randomised: boolean | null };

/** What the graph holds for ids the import does not. */
export type GraphLookup = {
  entityKinds(ids: string[]): Promise<Map<string, EntityKind>>;
  sources(ids: string[]): Promise<Map<string, SourceFacts>>;
  findings(ids: string[]): Promise<Map<string, FindingFacts>>;
};

export type CheckedRecord = ParsedRecord & { at: Location };

/** What the graph answered for ids outside the import; shared by the validation and the writing pass. */
export class GraphKinds {
  readonly entities = new Map<string, EntityKind | null>();
  readonly sources = new Map<string, SourceFacts | null>();
  readonly findings = new Map<string, FindingFacts | null>();
  constructor(readonly lookup: GraphLookup) {}

  async fetch(entityIds: Iterable<string>, sourceIds: Iterable<string>, findingIds: Iterable<string> = []): Promise<void> {
    const missing = <T>(ids: Iterable<string>, cache: Map<string, T>) => [...new Set(ids)].filter((id) => !cache.has(id));
    const e = missing(entityIds, this.entities);
    const s = missing(sourceIds, this.sources);
    const f = missing(findingIds, this.findings);
    if (e.length) {
      const found = await this.lookup.entityKinds(e);
      for (const id of e) this.entities.set(id, found.get(id) ?? null);
    }
    if (s.length) {
      const found = await this.lookup.sources(s);
      for (const id of s) this.sources.set(id, found.get(id) ?? null);
    }
    if (f.length) {
      const found = await this.lookup.findings(f);
      for (const id of f) this.findings.set(id, found.get(id) ?? null);
    }
  }
}

const EDGE_BATCH = 5000;

const shown = (id: string) => `"${id}"`;

/**
 * At most this many problems are kept for the report; the rest are counted. An input that is wrong on every
 * line (a shifted column, the wrong file) would otherwise hold one object per line of a file of any size, and
 * answer an upload with a body as large; the first thousand show what to fix.
 */
export const MAX_REPORTED_PROBLEMS = 1000;

/** One pass over an input set: yields the valid records, keeps the first problems and counts every one. */
export class Checker {
  /** The first MAX_REPORTED_PROBLEMS problems, in the order found. */
  readonly problems: Problem[] = [];
  /** Every problem found, listed or not. */
  problemsFound = 0;
  /** Kinds of the entities, sources and findings this import holds. */
  readonly entityKind: Map<string, EntityKind>;
  readonly sourceFacts: Map<string, SourceFacts>;
  readonly findingFacts: Map<string, FindingFacts>;
  /** Each record by identity, with a digest of its data, to tell a repeated record from a conflicting one (first pass only). */
  private readonly seen = new SeenRecords();
  /** Which records repeat one read before (same data), by their place in the input: skipped, in this pass and the next. */
  private readonly repeats: RepeatedRecords;
  /**
   * The place in the input (0 for the first item read, counting problems too) of the item being checked: both
   * passes read the same files, so the same item has the same place in each, whatever the checks decide.
   */
  private current = 0;
  private readonly trusted: boolean;

  /**
   * `after`: the pass that validated the same input without problems. This pass (the one that writes)
   * then takes the ids and kinds that pass learnt and the records it found repeated, instead of
   * digesting every record again: half the work, and no second table of digests in memory.
   */
  constructor(
    private readonly input: InputSet,
    private readonly graph: GraphKinds,
    after?: Checker,
  ) {
    this.trusted = after !== undefined;
    this.entityKind = after?.entityKind ?? new Map();
    this.sourceFacts = after?.sourceFacts ?? new Map();
    this.findingFacts = after?.findingFacts ?? new Map();
    this.repeats = after?.repeats ?? new RepeatedRecords();
    after?.seen.clear();
  }

  private problem(at: Location, message: string, column?: number): void {
    this.report({ at: column === undefined ? at : { ...at, column }, message });
  }

  private report(problem: Problem): void {
    this.problemsFound += 1;
    if (this.problems.length < MAX_REPORTED_PROBLEMS) this.problems.push(problem);
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
    if (this.trusted) return !this.repeats.has(this.current);
    const before = this.seen.see(key, JSON.stringify(data), at);
    if (!before) return true;
    this.repeats.add(this.current);
    if (!before.same) {
      this.problem(
        at,
        `duplicate ${label} with different data than at ${formatLocation(before.at)}; keep one of the two (or give this one another id)`,
        column,
      );
    }
    return false;
  }

  async *records(): AsyncGenerator<CheckedRecord> {
    // Findings name their study: they are checked in batches, like edges, once the sources before them are known.
    let place = 0;
    let findings: Item[] = [];
    let findingPlaces: number[] = [];
    const flushFindings = async function* (this: Checker): AsyncGenerator<CheckedRecord> {
      await this.prefetch(findings);
      for (let i = 0; i < findings.length; i++) {
        this.current = findingPlaces[i]!;
        const record = this.finding(findings[i]!);
        if (record) yield record;
      }
      findings = [];
      findingPlaces = [];
    };
    for await (const item of readInput(this.input, 'nodes')) {
      if (!('message' in item) && item.type === 'finding') {
        findings.push(item);
        findingPlaces.push(place++);
        if (findings.length >= EDGE_BATCH) yield* flushFindings.call(this);
        continue;
      }
      this.current = place++;
      const record = this.node(item);
      if (record) yield record;
    }
    yield* flushFindings.call(this);
    let batch: Item[] = [];
    const flush = async function* (this: Checker): AsyncGenerator<CheckedRecord> {
      await this.prefetch(batch);
      for (let i = 0; i < batch.length; i++) {
        // The batch holds the edges just before `place`, in input order.
        this.current = place - batch.length + i;
        const record = this.edge(batch[i]!);
        if (record) yield record;
      }
      batch = [];
    };
    for await (const item of readInput(this.input, 'edges')) {
      batch.push(item);
      place++;
      if (batch.length >= EDGE_BATCH) yield* flush.call(this);
    }
    yield* flush.call(this);
  }

  /** An id of this import's own that is already taken by another kind of node in it. */
  private takenAs(id: string, except: 'source' | 'entity' | 'finding'): string | null {
    if (this.trusted) return null;
    if (except !== 'source' && this.sourceFacts.has(id)) return 'a source';
    if (except !== 'entity' && this.entityKind.has(id)) return 'an entity';
    if (except !== 'finding' && this.findingFacts.has(id)) return 'a finding';
    return null;
  }

  private node(item: Item): CheckedRecord | null {
    if ('message' in item) {
      this.report(item);
      return null;
    }
    if (item.type === 'edge' || item.type === 'link' || item.type === 'claim') {
      this.problem(item.at, `a ${item.type} in a node file; move it to the edges file`);
      return null;
    }
    const record = this.parse(item);
    if (!record) return null;
    const at = item.at;
    const idColumn = item.columnOf?.('id');
    if (record.type === 'source') {
      if (!this.firstTime(`source ${record.data.id}`, `source id ${shown(record.data.id)}`, record.data, at, idColumn)) return null;
      const taken = this.takenAs(record.data.id, 'source');
      if (taken) this.problem(at, `id ${shown(record.data.id)} is already ${taken} of this import; give the source its own id`, idColumn);
      this.sourceFacts.set(record.data.id, { kind: record.data.kind, randomised: record.data.study?.randomised ?? null });
    } else if (record.type === 'entity') {
      const e = record.data;
      if (!this.firstTime(`entity ${e.id}`, `entity id ${shown(e.id)}`, e, at, idColumn)) return null;
      const taken = this.takenAs(e.id, 'entity');
      if (taken) this.problem(at, `id ${shown(e.id)} is already ${taken} of this import; give the entity its own id`, idColumn);
      if (e.kind === 'SESSION_STEP' && e.order === undefined)
        this.problem(at, 'a session step needs its order (1 for the first step)', item.columnOf?.('order'));
      this.entityKind.set(e.id, e.kind);
    }
    return { ...record, at } as CheckedRecord;
  }

  /** A finding: its study must be a study, in this import (read before it) or in the graph. */
  private finding(item: Item): CheckedRecord | null {
    if ('message' in item || item.type !== 'finding') return null;
    const record = this.parse(item);
    if (!record || record.type !== 'finding') return null;
    const f = record.data;
    const at = item.at;
    const idColumn = item.columnOf?.('id');
    if (!this.firstTime(`finding ${f.id}`, `finding id ${shown(f.id)}`, f, at, idColumn)) return null;
    const taken = this.takenAs(f.id, 'finding');
    if (taken) this.problem(at, `id ${shown(f.id)} is already ${taken} of this import; give the finding its own id`, idColumn);
    const study = this.sourceFactsOf(f.source);
    if (!study) {
      this.dangling(at, f.source, 'study (source)', item.columnOf?.('source'));
      return null;
    }
    if (study.randomised === null) {
      this.problem(
        at,
        `${shown(f.source)} is a ${study.kind} source without a study description (design, population...); a finding must come from a study`,
        item.columnOf?.('source'),
      );
      return null;
    }
    this.findingFacts.set(f.id, { source: f.source, randomised: study.randomised });
    return { ...record, at } as CheckedRecord;
  }

  private entityKindOf(id: string): EntityKind | null {
    return this.entityKind.get(id) ?? this.graph.entities.get(id) ?? null;
  }

  private sourceFactsOf(id: string): SourceFacts | null {
    return this.sourceFacts.get(id) ?? this.graph.sources.get(id) ?? null;
  }

  private findingFactsOf(id: string): FindingFacts | null {
    return this.findingFacts.get(id) ?? this.graph.findings.get(id) ?? null;
  }

  /** Looks up, in one query per kind, every id this batch refers to that the import does not hold. */
  private async prefetch(batch: Item[]): Promise<void> {
    const entityIds: string[] = [];
    const sourceIds: string[] = [];
    const findingIds: string[] = [];
    const ids = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
    for (const item of batch) {
      if ('message' in item) continue;
      let ends: unknown[] = [];
      let sources: unknown = [];
      if (item.type === 'edge') [ends, sources] = [[item.from, item.to], item.sources];
      else if (item.type === 'link') [ends, sources] = [[item.fields.from, item.fields.to], item.fields.sources];
      else if (item.type === 'claim') [ends, sources] = [[item.fields.subject, item.fields.object], item.fields.sources];
      else if (item.type === 'finding') sources = [item.fields.source];
      if (item.type === 'edge' || item.type === 'claim') {
        const fields = 'claimFields' in item ? item.claimFields : item.fields;
        for (const q of Array.isArray(fields?.qualifiers) ? fields.qualifiers : [])
          ends.push(...ids((q as { entities?: unknown }).entities));
        for (const f of Array.isArray(fields?.findings) ? fields.findings : [])
          findingIds.push(...ids([(f as { finding?: unknown }).finding]));
      }
      for (const id of ends) if (typeof id === 'string' && !this.entityKind.has(id)) entityIds.push(id);
      for (const id of ids(sources)) if (!this.sourceFacts.has(id)) sourceIds.push(id);
    }
    await this.graph.fetch(
      entityIds,
      sourceIds,
      findingIds.filter((id) => !this.findingFacts.has(id)),
    );
    // A finding in the graph cites a study in the graph: look it up too, for the claim's sources.
    const studies = findingIds.map((id) => this.graph.findings.get(id)?.source).filter((id): id is string => id !== undefined);
    await this.graph.fetch(
      [],
      studies.filter((id) => !this.sourceFacts.has(id)),
    );
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
      this.report(item);
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
        this.report(resolved);
        return null;
      }
      raw = resolved;
    } else if (item.type === 'source' || item.type === 'entity' || item.type === 'finding') {
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
        if (!this.sourceFactsOf(id)) {
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
      return ok ? ({ ...record, at } as CheckedRecord) : null;
    }
    if (record.type !== 'claim') return null;
    let claim = record.data;
    const rule = CLAIM_PREDICATES[claim.predicate];
    checkEnd(claim.subject, rule.from, 'subject', 'subject', claim.predicate);
    checkEnd(claim.object, rule.to, 'object', 'object', claim.predicate);
    checkSources(claim.sources);
    (claim.qualifiers ?? []).forEach((q) =>
      (q.entities ?? []).forEach((id) => {
        if (!this.entityKindOf(id)) {
          this.dangling(at, id, 'entity (in a qualifier)', col('qualifiers'));
          ok = false;
        }
      }),
    );
    let findingsKnown = true;
    for (const f of claim.findings ?? []) {
      if (!this.findingFactsOf(f.finding)) {
        this.dangling(at, f.finding, 'finding', col('findings'));
        ok = false;
        findingsKnown = false;
      }
    }
    // A claim rests on the studies whose findings support it too, as the seeder writes it.
    if (findingsKnown) {
      const supporting = (claim.findings ?? []).filter((f) => f.stance === 'SUPPORTS').map((f) => this.findingFactsOf(f.finding)!.source);
      if (supporting.some((id) => !claim.sources.includes(id)))
        claim = { ...claim, sources: [...new Set([...claim.sources, ...supporting])] };
    }
    const kinds = claim.sources.map((id) => this.sourceFactsOf(id)?.kind).filter((k): k is SourceKind => k !== undefined);
    const cap = strongestAllowed(kinds);
    if (kinds.length === claim.sources.length && cap && STRENGTH_RANK[claim.strength] > STRENGTH_RANK[cap]) {
      this.problem(
        at,
        `grade ${claim.strength} is above what its sources allow (${[...new Set(kinds)].join(', ')}: at most ${cap}); grade it ${cap} or lower, or cite a source whose design supports more`,
        col('strength'),
      );
      ok = false;
    }
    if (ok) {
      const graded = gradeImportedClaim(claim, (id) => this.findingFactsOf(id) ?? undefined, kinds, raw.curated === true);
      for (const p of graded.problems) this.problem(at, `${p.field}: ${p.message}`, col(p.field));
      if (graded.problems.length > 0) ok = false;
      claim = graded.claim;
    }
    if (!this.firstTime(`claim ${claim.id}`, `claim id ${shown(claim.id)}`, claim, at, col('id'))) return null;
    return ok ? ({ type: 'claim', data: claim, at } as CheckedRecord) : null;
  }
}
