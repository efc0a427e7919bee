import type { Reader } from '../graph/database';
import type { ClaimPredicate, EvidenceStrength } from '../generated/graphql';
import type { EntityRecord, SourceRecord } from '../domain/records';
import { cypherInt } from '../domain/args';
import { CLAIM_PREDICATES, LINK_TYPES, type LinkType } from '../domain/vocabulary';
import { toEntityRecord } from '../entities/records';
import { toSourceRecord } from '../evidence/records';
import { CLAIM_ORDER, DEFAULT_ORDER, type ClaimRow, type Direction, type LinkRow, type SheetOrder } from './sentences';
import { FACTS } from './cypher';

type Props = Record<string, unknown>;

type Row = {
  entity: Props;
  links: { type: string; direction: Direction; other: Props; sourceIds: unknown }[];
  claims: {
    id: string;
    predicate: string;
    strength: EvidenceStrength;
    subject: Props;
    object: Props;
    sources: { id: string; title: string }[];
  }[];
  alternatives: Props[];
  sources: Props[];
};

export type FactRows = {
  entity: EntityRecord;
  links: LinkRow[];
  claims: ClaimRow[];
  alternatives: EntityRecord[];
  /** Every source the links and claims rest on. */
  sources: SourceRecord[];
};

export type FactQuery = {
  id: string;
  /** When the entity was found by a shared name (normalised), the other entities with that name are wanted too. */
  sharedName: string | null;
  /** Leave out claims below this strengthRank (0 keeps all). */
  minRank: number;
  first: number;
  /** How the sheet orders its facts (the same order cuts the lists in Cypher); DEFAULT_ORDER when left out. */
  order?: SheetOrder;
};

const isLinkType = (type: string): type is LinkType => type in LINK_TYPES;
const isPredicate = (p: string): p is ClaimPredicate => p in CLAIM_PREDICATES;
const ids = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** The entity with its links, live claims and namesakes, in one round trip; null when the id is unknown. */
export async function findFactRows(db: Reader, q: FactQuery): Promise<FactRows | null> {
  const [row] = await db.read<Row>(FACTS, {
    id: q.id,
    // '' rather than null: one parameter type, one cached plan.
    sharedName: q.sharedName ?? '',
    minRank: q.minRank,
    first: cypherInt(q.first),
    descriptiveOrder: (q.order ?? DEFAULT_ORDER).descriptive,
    claimOrder: CLAIM_ORDER,
    firstPredicates: (q.order ?? DEFAULT_ORDER).firstPredicates.join(','),
  });
  if (!row) return null;
  const links: LinkRow[] = [];
  for (const l of row.links) {
    if (isLinkType(l.type))
      links.push({ type: l.type, direction: l.direction, other: toEntityRecord(l.other), sourceIds: ids(l.sourceIds) });
  }
  const claims: ClaimRow[] = [];
  for (const c of row.claims) {
    if (!isPredicate(c.predicate)) continue;
    claims.push({
      id: c.id,
      predicate: c.predicate,
      strength: c.strength,
      subject: toEntityRecord(c.subject),
      object: toEntityRecord(c.object),
      sources: c.sources.map((s) => ({ id: String(s.id), title: String(s.title) })),
    });
  }
  return {
    entity: toEntityRecord(row.entity),
    links,
    claims,
    alternatives: row.alternatives.map(toEntityRecord),
    sources: row.sources.map(toSourceRecord),
  };
}
