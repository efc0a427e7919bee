import type { Database } from '../../src/graph/database';
import type { RunningService } from '../../src/server/app';
import { postGraphQL, startSeededService, stopService } from '../support/testService';

type Relationship = { id: string; type: string; from: string; to: string; strength: string | null; claimId: string | null };
type Path = { length: number; nodes: { id: string; kind: string }[]; relationships: Relationship[] };

const PATHS = `
query Paths($from: ID!, $to: ID!, $maxHops: Int, $first: Int) {
  paths(from: $from, to: $to, maxHops: $maxHops, first: $first) {
    length
    nodes { id kind }
    relationships { id type from to strength claimId }
  }
}`;

const CLAIM_TYPES = new Set(['TREATS', 'PREVENTS', 'PRODUCES', 'HELPS', 'CONTRIBUTES_TO']);

/** The shape every path must have, whatever the endpoints. */
function expectWellFormed(path: Path, from: string, to: string): void {
  expect(path.nodes[0]?.id).toBe(from);
  expect(path.nodes.at(-1)?.id).toBe(to);
  expect(path.relationships).toHaveLength(path.length);
  expect(path.nodes).toHaveLength(path.length + 1);
  expect(new Set(path.nodes.map((n) => n.id)).size).toBe(path.nodes.length);
  path.relationships.forEach((r, i) => {
    const [a, b] = [path.nodes[i]!.id, path.nodes[i + 1]!.id];
    // Consecutive relationships join consecutive nodes, in stored direction, either way round.
    expect([`${a}>${b}`, `${b}>${a}`]).toContain(`${r.from}>${r.to}`);
    if (CLAIM_TYPES.has(r.type)) {
      expect(r.strength).not.toBeNull();
      expect(r.claimId).not.toBeNull();
      expect(r.id).toBe(r.claimId);
    } else {
      expect(r.strength).toBeNull();
      expect(r.claimId).toBeNull();
      expect(r.id).toBe(`${r.from}|${r.type}|${r.to}`);
    }
  });
}

/** Length, then node ids, then relationship ids (parallel claims), element by element. */
function byLengthThenIds(a: Path, b: Path): number {
  if (a.length !== b.length) return a.length - b.length;
  const keyA = [...a.nodes.map((n) => n.id), ...a.relationships.map((r) => r.id)];
  const keyB = [...b.nodes.map((n) => n.id), ...b.relationships.map((r) => r.id)];
  for (let i = 0; i < keyA.length; i++) {
    if (keyA[i] !== keyB[i]) return keyA[i]! < keyB[i]! ? -1 : 1;
  }
  return 0;
}

describe('paths over HTTP against the seeded graph', () => {
  let db: Database;
  let service: RunningService;

  const paths = async (variables: { from: string; to: string; maxHops?: number; first?: number }) => {
    const response = await postGraphQL<{ paths: Path[] }>(service, PATHS, variables);
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.paths;
  };
  const errorCode = async (variables: Record<string, unknown>) =>
    (await postGraphQL(service, PATHS, variables)).body.errors?.[0]?.extensions?.code;

  beforeAll(async () => {
    ({ db, service } = await startSeededService());
  });
  afterAll(() => stopService(service, db));

  it('answers "how is acupuncture connected to heel pain?" with acupuncture → plantar fasciitis → heel pain first', async () => {
    const found = await paths({ from: 'acupuncture', to: 'heel-pain' });
    expect(found).toHaveLength(3);
    expect(found[0]).toEqual({
      length: 2,
      nodes: [
        { id: 'acupuncture', kind: 'TREATMENT' },
        { id: 'plantar-fasciitis', kind: 'CONDITION' },
        { id: 'heel-pain', kind: 'SYMPTOM' },
      ],
      relationships: [
        {
          id: 'acupuncture-treats-plantar-fasciitis',
          type: 'TREATS',
          from: 'acupuncture',
          to: 'plantar-fasciitis',
          strength: 'LOW',
          claimId: 'acupuncture-treats-plantar-fasciitis',
        },
        {
          id: 'plantar-fasciitis|PRESENTS|heel-pain',
          type: 'PRESENTS',
          from: 'plantar-fasciitis',
          to: 'heel-pain',
          strength: null,
          claimId: null,
        },
      ],
    });
    for (const path of found) expectWellFormed(path, 'acupuncture', 'heel-pain');
    // Next come the 3-hop paths, by node ids: through the heel, then through running injuries.
    expect(found.slice(1).map((p) => p.nodes.map((n) => n.id))).toEqual([
      ['acupuncture', 'plantar-fasciitis', 'heel', 'heel-pain'],
      ['acupuncture', 'running-injuries', 'plantar-fasciitis', 'heel-pain'],
    ]);
  });

  it('walks against the arrow and reports each step in its stored direction', async () => {
    const [path] = await paths({ from: 'heel-pain', to: 'acupuncture', first: 1 });
    expect(path!.nodes.map((n) => n.id)).toEqual(['heel-pain', 'plantar-fasciitis', 'acupuncture']);
    expect(path!.relationships.map((r) => [r.from, r.type, r.to])).toEqual([
      ['plantar-fasciitis', 'PRESENTS', 'heel-pain'],
      ['acupuncture', 'TREATS', 'plantar-fasciitis'],
    ]);
  });

  it('returns up to `first` paths by length, then node ids, the same every time', async () => {
    for (const [from, to] of [
      ['acupuncture', 'heel-pain'],
      ['plantar-fasciitis', 'knee-pain'],
      ['heel-pain', 'tingling'],
      ['muscle-pain', 'joint-pain-symptom'],
    ] as const) {
      const found = await paths({ from, to, maxHops: 6, first: 10 });
      expect(found).toHaveLength(10);
      for (const path of found) expectWellFormed(path, from, to);
      for (let i = 1; i < found.length; i++) expect(byLengthThenIds(found[i - 1]!, found[i]!)).toBeLessThan(0);
      expect(await paths({ from, to, maxHops: 6, first: 10 })).toEqual(found);
    }
  });

  it('finds the 4-hop link from heel pain to tingling, through acupuncture and its session', async () => {
    const [path] = await paths({ from: 'heel-pain', to: 'tingling', first: 1 });
    expect(path!.nodes.map((n) => n.id)).toEqual(['heel-pain', 'plantar-fasciitis', 'acupuncture', 'sensation-step', 'tingling']);
  });

  it('never walks through claim or source nodes', async () => {
    const found = await paths({ from: 'acupuncture', to: 'shin-splints', maxHops: 6, first: 10 });
    const seen = found.flatMap((p) => p.relationships.map((r) => r.type));
    expect(seen.filter((t) => ['SUBJECT', 'OBJECT', 'SUPPORTED_BY'].includes(t))).toEqual([]);
    expect(await paths({ from: 'acupuncture', to: 'source-article' })).toEqual([]);
    expect(await paths({ from: 'acupuncture-treats-shin-splints', to: 'shin-splints' })).toEqual([]);
  });

  it('returns [] when maxHops is too small, and a single one-step path with maxHops 1', async () => {
    expect(await paths({ from: 'acupuncture', to: 'heel-pain', maxHops: 1 })).toEqual([]);
    expect(await paths({ from: 'heel-pain', to: 'tingling', maxHops: 3 })).toEqual([]);
    const direct = await paths({ from: 'acupuncture', to: 'running-injuries', maxHops: 1, first: 10 });
    expect(direct.map((p) => p.relationships.map((r) => r.id))).toEqual([
      ['acupuncture-prevents-running-injuries'],
      ['acupuncture-treats-running-injuries'],
      // A second claim on the same pair: acupuncture as an adjunct to other care.
      ['acupuncture-treats-running-injuries-alongside-other-care'],
    ]);
  });

  it('gives one path of length 0 from an entity to itself', async () => {
    expect(await paths({ from: 'heel-pain', to: 'heel-pain' })).toEqual([
      { length: 0, nodes: [{ id: 'heel-pain', kind: 'SYMPTOM' }], relationships: [] },
    ]);
  });

  it('returns [] for unknown ids', async () => {
    expect(await paths({ from: 'no-such-entity', to: 'heel-pain' })).toEqual([]);
    expect(await paths({ from: 'acupuncture', to: 'no-such-entity' })).toEqual([]);
    expect(await paths({ from: 'no-such-entity', to: 'no-such-entity' })).toEqual([]);
  });

  it('rejects maxHops outside 1..6 and first outside 1..10 with BAD_USER_INPUT', async () => {
    const base = { from: 'acupuncture', to: 'heel-pain' };
    expect(await errorCode({ ...base, maxHops: 7 })).toBe('BAD_USER_INPUT');
    expect(await errorCode({ ...base, maxHops: 0 })).toBe('BAD_USER_INPUT');
    expect(await errorCode({ ...base, first: 11 })).toBe('BAD_USER_INPUT');
    expect(await errorCode({ ...base, first: 0 })).toBe('BAD_USER_INPUT');
    expect(await errorCode({ from: 'no-such-entity', to: 'heel-pain', maxHops: 7 })).toBe('BAD_USER_INPUT');
  });
});
