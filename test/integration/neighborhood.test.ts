import type { Database } from '../../src/graph/database';
import type { RunningService } from '../../src/server/app';
import { postGraphQL, startSeededService, stopService } from '../support/testService';

type Relationship = { id: string; type: string; from: string; to: string; strength: string | null; claimId: string | null };
type Subgraph = { nodes: { id: string; kind: string }[]; relationships: Relationship[]; truncated: boolean };

const NEIGHBORHOOD = `
query Neighborhood($id: ID!, $depth: Int, $limit: Int) {
  neighborhood(id: $id, depth: $depth, limit: $limit) {
    nodes { id kind }
    relationships { id type from to strength claimId }
    truncated
  }
}`;

/** Every relationship joins two returned nodes, and none is listed twice: what Cytoscape.js needs. */
function expectClosed(subgraph: Subgraph): void {
  const ids = new Set(subgraph.nodes.map((n) => n.id));
  expect(ids.size).toBe(subgraph.nodes.length);
  for (const r of subgraph.relationships) {
    expect(ids.has(r.from)).toBe(true);
    expect(ids.has(r.to)).toBe(true);
  }
  expect(new Set(subgraph.relationships.map((r) => r.id)).size).toBe(subgraph.relationships.length);
}

describe('neighborhood over HTTP against the seeded graph', () => {
  let db: Database;
  let service: RunningService;

  const neighborhood = async (variables: { id: string; depth?: number; limit?: number }) => {
    const response = await postGraphQL<{ neighborhood: Subgraph }>(service, NEIGHBORHOOD, variables);
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.neighborhood;
  };
  const errorCode = async (variables: Record<string, unknown>) =>
    (await postGraphQL(service, NEIGHBORHOOD, variables)).body.errors?.[0]?.extensions?.code;

  beforeAll(async () => {
    ({ db, service } = await startSeededService());
  });
  afterAll(() => stopService(service, db));

  it('gives plantar fasciitis, its symptom, regions, broader condition and acupuncture at depth 1', async () => {
    const subgraph = await neighborhood({ id: 'plantar-fasciitis' });
    expect(subgraph.truncated).toBe(false);
    expect(subgraph.nodes.map((n) => n.id)).toEqual([
      'plantar-fasciitis',
      'acupuncture',
      'heel',
      'heel-pain',
      'plantar-fascia',
      'running-injuries',
    ]);
    expectClosed(subgraph);
    // Every relationship among the six, including those not touching the centre (heel pain is felt in the heel).
    expect(subgraph.relationships.map((r) => r.id)).toEqual([
      'acupuncture-prevents-running-injuries',
      'acupuncture-treats-plantar-fasciitis',
      'acupuncture-treats-running-injuries',
      'acupuncture-treats-running-injuries-alongside-other-care',
      'heel-pain|LOCATED_IN|heel',
      'plantar-fasciitis|AFFECTS|heel',
      'plantar-fasciitis|AFFECTS|plantar-fascia',
      'plantar-fasciitis|PRESENTS|heel-pain',
      'plantar-fasciitis|SUBTYPE_OF|running-injuries',
    ]);
    const treats = subgraph.relationships.find((r) => r.id === 'acupuncture-treats-plantar-fasciitis');
    expect(treats).toEqual({
      id: 'acupuncture-treats-plantar-fasciitis',
      type: 'TREATS',
      from: 'acupuncture',
      to: 'plantar-fasciitis',
      strength: 'LOW',
      claimId: 'acupuncture-treats-plantar-fasciitis',
    });
    expect(subgraph.relationships.find((r) => r.type === 'PRESENTS')?.strength).toBeNull();
  });

  it('orders the centre first, then by distance, then by id', async () => {
    const depth1 = await neighborhood({ id: 'plantar-fasciitis', depth: 1 });
    const depth2 = await neighborhood({ id: 'plantar-fasciitis', depth: 2 });
    expect(depth2.nodes.length).toBeGreaterThan(depth1.nodes.length);
    // The depth-1 ring comes first, in the same order, then the depth-2 ring by id.
    expect(depth2.nodes.slice(0, depth1.nodes.length)).toEqual(depth1.nodes);
    const ring2 = depth2.nodes.slice(depth1.nodes.length).map((n) => n.id);
    expect(ring2).toEqual([...ring2].sort());
    expect(ring2).toEqual(expect.arrayContaining(['foot', 'achilles-tendinitis', 'medical-care', 'lower-limb', 'sensation-step']));
    expect(ring2).not.toContain('tingling'); // three hops: acupuncture → session step → tingling
    expectClosed(depth2);
    expect(await neighborhood({ id: 'plantar-fasciitis', depth: 2 })).toEqual(depth2);
  });

  it('never returns more than `limit` nodes, says when it cut, and keeps only relationships among what it returns', async () => {
    // A cut keeps the strongest links (descriptive ones before claims, then by id), shown by id.
    const cut = await neighborhood({ id: 'plantar-fasciitis', limit: 3 });
    expect(cut.nodes.map((n) => n.id)).toEqual(['plantar-fasciitis', 'heel', 'heel-pain']);
    expect(cut.truncated).toBe(true);
    expectClosed(cut);
    expect(cut.relationships.map((r) => r.id)).toEqual([
      'heel-pain|LOCATED_IN|heel',
      'plantar-fasciitis|AFFECTS|heel',
      'plantar-fasciitis|PRESENTS|heel-pain',
    ]);

    const exact = await neighborhood({ id: 'plantar-fasciitis', limit: 6 });
    expect(exact.nodes).toHaveLength(6);
    expect(exact.truncated).toBe(false);

    const alone = await neighborhood({ id: 'plantar-fasciitis', limit: 1 });
    expect(alone).toEqual({ nodes: [{ id: 'plantar-fasciitis', kind: 'CONDITION' }], relationships: [], truncated: true });

    const wide = await neighborhood({ id: 'plantar-fasciitis', depth: 3, limit: 500 });
    expect(wide.truncated).toBe(false);
    expect(wide.nodes.length).toBeLessThanOrEqual(500);
    expectClosed(wide);
  });

  it('returns an empty subgraph for an unknown id', async () => {
    expect(await neighborhood({ id: 'no-such-entity' })).toEqual({ nodes: [], relationships: [], truncated: false });
    // Claims and sources are not entities.
    expect(await neighborhood({ id: 'source-article' })).toEqual({ nodes: [], relationships: [], truncated: false });
  });

  it('never includes claim or source nodes', async () => {
    const subgraph = await neighborhood({ id: 'acupuncture', depth: 2, limit: 500 });
    const nodeIds = subgraph.nodes.map((n) => n.id);
    expect(nodeIds).not.toContain('source-article');
    expect(nodeIds.filter((id) => id.startsWith('acupuncture-'))).toEqual([]); // claim ids
    expect(subgraph.relationships.filter((r) => ['SUBJECT', 'OBJECT', 'SUPPORTED_BY'].includes(r.type))).toEqual([]);
    expectClosed(subgraph);
  });

  it('rejects depth outside 1..3 and limit outside 1..500 with BAD_USER_INPUT', async () => {
    expect(await errorCode({ id: 'plantar-fasciitis', depth: 4 })).toBe('BAD_USER_INPUT');
    expect(await errorCode({ id: 'plantar-fasciitis', depth: 0 })).toBe('BAD_USER_INPUT');
    expect(await errorCode({ id: 'plantar-fasciitis', limit: 0 })).toBe('BAD_USER_INPUT');
    expect(await errorCode({ id: 'plantar-fasciitis', limit: 501 })).toBe('BAD_USER_INPUT');
    expect(await errorCode({ id: 'no-such-entity', depth: 4 })).toBe('BAD_USER_INPUT');
  });
});
