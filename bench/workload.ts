/**
 * The workload: six read operations, each as a pluggable entry with
 * - `sample`: realistic arguments drawn deterministically from the loaded graph (half from the hubs
 *   by degree, half uniformly from the long tail; names typed in full, as prefixes, with a typo or as
 *   an alias);
 * - `raw`: the service's own data-access functions (its Cypher, through the driver, in this process,
 *   no GraphQL and no HTTP), making the same round trips the resolvers make, with entities in the shape the
 *   GraphQL operation gets (brief for ENTITY_REF): the floor;
 * - `ours`: the GraphQL operation against this service (also sent to `oursNoCache`, the service with
 *   its response cache off);
 * - `neo4jGraphql`: the equivalent operation against @neo4j/graphql (bench/neo4jGraphql.ts).
 * A contender whose entry is missing, or whose probe request fails, is skipped with the reason.
 */
import type { Database } from '../src/graph/database';
import { findEntityBundle } from '../src/entities/repository';
import { factSheet } from '../src/facts/resolvers';
import { searchEntities } from '../src/search/repository';
import { findNeighborhood, findPaths } from '../src/traversal/repository';
import { findRelatedConditions } from '../src/related/repository';
import { factsVariables, librarySignatures, libraryQuery, searchVariables } from './neo4jGraphql';
import { hash32, rng, Zipf, type Rng } from './rng';

export const OPERATION_NAMES = ['search', 'relatedConditions', 'paths', 'neighborhood', 'facts', 'entityPage'] as const;
export type OperationName = (typeof OPERATION_NAMES)[number];
export const CONTENDERS = ['raw', 'ours', 'oursNoCache', 'neo4jGraphql'] as const;
export type Contender = (typeof CONTENDERS)[number];

export type Args = Record<string, unknown>;

/** A GraphQL operation; the library's search and facts build their query from the service's captured parameters. */
export type GraphqlCall = { query: string | (() => Promise<string>); variables: (args: Args) => Args | Promise<Args> };

export type Operation = {
  name: OperationName;
  sample: (pool: SamplePool, r: Rng) => Args;
  raw?: (db: Database, args: Args) => Promise<unknown>;
  ours?: GraphqlCall;
  neo4jGraphql?: GraphqlCall;
};

type PoolEntity = { id: string; kind: string; name: string; aliases: string[]; degree: number };

/** Entities of the loaded graph, by kind, each list sorted by degree (hubs first) then id. */
export class SamplePool {
  private readonly byKind = new Map<string, PoolEntity[]>();
  private readonly zipfs = new Map<string, Zipf>();

  constructor(readonly entities: PoolEntity[]) {
    for (const e of entities) {
      if (!this.byKind.has(e.kind)) this.byKind.set(e.kind, []);
      this.byKind.get(e.kind)!.push(e);
    }
    this.byKind.set('ANY', [...entities]);
    for (const list of this.byKind.values()) list.sort((a, b) => b.degree - a.degree || a.id.localeCompare(b.id));
  }

  static async load(db: Database): Promise<SamplePool> {
    const rows = await db.read<PoolEntity>(
      'MATCH (n:Entity) RETURN n.id AS id, n.kind AS kind, n.name AS name, coalesce(n.aliases, []) AS aliases, COUNT { (n)--() } AS degree',
    );
    if (rows.length === 0) throw new Error('The database holds no entities: load a graph first.');
    return new SamplePool(rows);
  }

  /** Half the time a hub (Zipf over degree rank), half the time any entity (the long tail). */
  pick(r: Rng, ...kinds: string[]): PoolEntity {
    const kind = kinds.length === 0 ? 'ANY' : r.pick(kinds);
    const list = this.byKind.get(kind) ?? this.byKind.get('ANY')!;
    if (r.chance(0.5)) return list[r.int(list.length)]!;
    let z = this.zipfs.get(kind);
    if (!z) {
      z = new Zipf(list.length, 1.0);
      this.zipfs.set(kind, z);
    }
    return list[z.sample(r.next())]!;
  }
}

/** What a person types for an entity: the full name, a prefix, a one-letter typo, or an alias. */
function typed(e: PoolEntity, r: Rng): string {
  const u = r.next();
  if (u < 0.15 && e.aliases.length > 0) return r.pick(e.aliases);
  const words = e.name.split(' ');
  if (u < 0.55) return e.name;
  if (u < 0.8) {
    // Type-ahead: the first word(s) and part of the next one.
    const keep = Math.max(1, Math.min(words.length - 1, 1 + r.int(2)));
    const next = words[keep];
    return next ? `${words.slice(0, keep).join(' ')} ${next.slice(0, Math.max(2, Math.ceil(next.length / 2)))}` : e.name.slice(0, 5);
  }
  // A typo in the longest word: one letter replaced.
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a), '');
  if (longest.length < 5) return e.name;
  const at = 1 + r.int(longest.length - 2);
  const letter = 'aeioutnrs'[r.int(9)]!;
  return e.name.replace(longest, longest.slice(0, at) + letter + longest.slice(at + 1));
}

const ENTITY_REF = 'id kind name';
/** Claims on an entity page: the strongest 50, as a page would show (hub conditions have thousands). */
const ENTITY_PAGE_CLAIMS = 50;
const RELATIONSHIP = 'id type from to strength claimId';

export const OPERATIONS: Record<OperationName, Operation> = {
  search: {
    name: 'search',
    sample: (pool, r) => ({ text: typed(pool.pick(r), r), first: 10 }),
    raw: (db, a) => searchEntities(db, { text: a.text as string, kinds: null, first: a.first as number, field: 'text' }),
    ours: {
      query: `query Search($text: String!, $first: Int) { search(text: $text, first: $first) { score matched ambiguous entity { ${ENTITY_REF} } } }`,
      variables: (a) => a,
    },
    neo4jGraphql: {
      query: async () =>
        libraryQuery('Search', 'search', (await librarySignatures()).search.args, `{ score matched ambiguous entity { ${ENTITY_REF} } }`),
      variables: (a) => searchVariables(a.text as string, a.first as number),
    },
  },

  relatedConditions: {
    name: 'relatedConditions',
    sample: (pool, r) => ({ id: pool.pick(r, 'CONDITION').id, first: 10 }),
    // What the resolver calls: the stored ranking (the live scoring only while a ranking is being recomputed).
    raw: (db, a) => findRelatedConditions(db, a.id as string, a.first as number, 'brief'),
    ours: {
      query: `query Related($id: ID!, $first: Int) { relatedConditions(id: $id, first: $first) { score relation condition { ${ENTITY_REF} } shared { ${ENTITY_REF} } } }`,
      variables: (a) => a,
    },
    neo4jGraphql: {
      query: `query Related($id: ID!, $first: Int!) { relatedConditions(id: $id, first: $first) { score relation condition { ${ENTITY_REF} } shared { ${ENTITY_REF} } } }`,
      variables: (a) => a,
    },
  },

  paths: {
    name: 'paths',
    sample: (pool, r) => ({
      from: pool.pick(r, 'TREATMENT', 'BENEFIT').id,
      to: pool.pick(r, 'CONDITION', 'SYMPTOM', 'BODY_REGION').id,
      maxHops: r.chance(0.7) ? 3 : 4,
      first: 3,
    }),
    raw: (db, a) => findPaths(db, a.from as string, a.to as string, a.maxHops as number, a.first as number, undefined, 'brief'),
    ours: {
      query: `query Paths($from: ID!, $to: ID!, $maxHops: Int, $first: Int) {
  paths(from: $from, to: $to, maxHops: $maxHops, first: $first) { length nodes { ${ENTITY_REF} } relationships { ${RELATIONSHIP} } } }`,
      variables: (a) => a,
    },
    neo4jGraphql: {
      query: `query Paths($from: ID!, $to: ID!, $maxHops: Int!, $first: Int!) {
  paths(from: $from, to: $to, maxHops: $maxHops, first: $first) { length nodes { ${ENTITY_REF} } relationships { ${RELATIONSHIP} } } }`,
      variables: (a) => a,
    },
  },

  neighborhood: {
    name: 'neighborhood',
    sample: (pool, r) => ({ id: pool.pick(r).id, depth: r.chance(0.6) ? 1 : 2, limit: r.chance(0.5) ? 100 : 200 }),
    raw: (db, a) => findNeighborhood(db, a.id as string, a.depth as number, a.limit as number, undefined, 'brief'),
    ours: {
      query: `query Hood($id: ID!, $depth: Int, $limit: Int) {
  neighborhood(id: $id, depth: $depth, limit: $limit) { truncated nodes { ${ENTITY_REF} } relationships { ${RELATIONSHIP} } } }`,
      variables: (a) => a,
    },
    neo4jGraphql: {
      query: `query Hood($id: ID!, $depth: Int!, $limit: Int!) {
  neighborhood(id: $id, depth: $depth, limit: $limit) { truncated nodes { ${ENTITY_REF} } relationships { ${RELATIONSHIP} } } }`,
      variables: (a) => a,
    },
  },

  facts: {
    name: 'facts',
    sample: (pool, r) => {
      const e = pool.pick(r);
      return { about: r.chance(0.3) ? e.id : typed(e, r), first: 20 };
    },
    // The resolver: resolve `about` (id, else search), then one FACTS query that brings the sources too.
    raw: (db, a) => factSheet(db, { about: a.about as string, minStrength: null, first: a.first as number }),
    ours: {
      query: `query Facts($about: String!, $first: Int) {
  facts(about: $about, first: $first) { disclaimer entity { ${ENTITY_REF} } alternatives { ${ENTITY_REF} }
    facts { text predicate strength subject { ${ENTITY_REF} } object { ${ENTITY_REF} } sources { id title } } } }`,
      variables: (a) => a,
    },
    neo4jGraphql: {
      query: async () =>
        libraryQuery(
          'Facts',
          'facts',
          (await librarySignatures()).facts.args,
          `{ disclaimer entity { ${ENTITY_REF} } alternatives { ${ENTITY_REF} }
    facts { text predicate strength subject { ${ENTITY_REF} } object { ${ENTITY_REF} } sources { id title } } }`,
        ),
      variables: (a) => factsVariables(a.about as string, a.first as number),
    },
  },

  entityPage: {
    name: 'entityPage',
    sample: (pool, r) => ({ id: pool.pick(r, 'CONDITION').id }),
    // The one round trip the service makes for this page (src/entities/pagePlan.ts), through the driver.
    raw: (db, a) =>
      findEntityBundle(
        db,
        a.id as string,
        [
          { label: 'Condition', type: 'PRESENTS', direction: 'OUT', shape: 'brief' },
          { label: 'Condition', type: 'AFFECTS', direction: 'OUT', shape: 'brief' },
        ],
        { filter: { role: null, minRank: 0, includeRetracted: false, first: ENTITY_PAGE_CLAIMS }, ends: 'brief', sources: true },
      ),
    ours: {
      query: `query EntityPage($id: ID!) {
  entity(id: $id) { id kind name aliases description
    ... on Condition { symptoms { id name } regions { id name } }
    claims(first: ${ENTITY_PAGE_CLAIMS}) { id predicate strength statement subject { id name } object { id name } sources { id title kind } } } }`,
      variables: (a) => a,
    },
    neo4jGraphql: {
      query: `query EntityPage($id: ID!) {
  conditions(where: { id: { eq: $id } }) { id kind name aliases description
    symptoms(sort: [{ name: ASC }]) { id name }
    regions(sort: [{ name: ASC }]) { id name }
    claims(where: { retractedAt: { eq: null } }, sort: [{ strengthRank: DESC }, { id: ASC }], limit: ${ENTITY_PAGE_CLAIMS}) {
      id predicate strength statement subject { id name } object { id name } sources { id title kind } } } }`,
      variables: (a) => a,
    },
  },
};

/** The GraphQL call a contender makes: both variants of this service send the same operation. */
export function graphqlCall(op: Operation, contender: Exclude<Contender, 'raw'>): GraphqlCall | undefined {
  return contender === 'neo4jGraphql' ? op.neo4jGraphql : op.ours;
}

/** `count` argument sets for an operation, the same for every contender (deterministic from the seed). */
export function sampleArgs(op: Operation, pool: SamplePool, count: number, seed = 7): Args[] {
  const r = rng(hash32(seed, op.name));
  return Array.from({ length: count }, () => op.sample(pool, r));
}

/** Whether a GraphQL body reports errors (used to validate a contender before loading it). */
export function graphqlErrors(body: unknown): string | null {
  const errors = (body as { errors?: { message: string }[] } | null)?.errors;
  return errors && errors.length > 0 ? errors.map((e) => e.message).join('; ') : null;
}
