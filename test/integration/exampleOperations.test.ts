import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '../../src/graph/database';
import type { RunningService } from '../../src/server/app';
import { PROJECT_DIR } from '../../src/paths';
import { postGraphQL, startSeededService, stopService } from '../support/testService';

const operation = (name: string) => readFileSync(join(PROJECT_DIR, 'docs', 'operations', `${name}.graphql`), 'utf8');

/** The documents the README links to, run as a client would: each must pass the abuse limits and return real data. */
describe('example operations', () => {
  let db: Database;
  let service: RunningService;

  beforeAll(async () => {
    ({ db, service } = await startSeededService());
  });
  afterAll(() => stopService(service, db));

  it('autocomplete resolves a prefix', async () => {
    const { status, body } = await postGraphQL<{ search: { entity: { id: string } }[] }>(service, operation('autocomplete'), {
      text: 'plantar f',
    });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data!.search[0]!.entity.id).toBe('plantar-fasciitis');
  });

  it('condition page shows treatments with graded, sourced claims and related conditions', async () => {
    const { body } = await postGraphQL<{
      entity: { treatments: { claims: { strength: string; sources: unknown[] }[] }[] };
      relatedConditions: { condition: { id: string } }[];
    }>(service, operation('conditionPage'), { id: 'achilles-tendinitis' });
    expect(body.errors).toBeUndefined();
    expect(body.data!.entity.treatments[0]!.claims[0]!.sources.length).toBeGreaterThan(0);
    expect(body.data!.relatedConditions.length).toBeGreaterThan(0);
  });

  it('evidence walk connects acupuncture to heel pain and pages the claims', async () => {
    const { body } = await postGraphQL<{ paths: { nodes: { id: string }[] }[]; claims: { totalCount: number; edges: unknown[] } }>(
      service,
      operation('evidenceWalk'),
      { from: 'acupuncture', to: 'heel-pain', subject: 'acupuncture' },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.paths[0]!.nodes.at(0)!.id).toBe('acupuncture');
    expect(body.data!.paths[0]!.nodes.at(-1)!.id).toBe('heel-pain');
    expect(body.data!.claims.edges).toHaveLength(10);
  });

  it('condition evidence gives graded claims with findings on both sides, the studies, and safety figures', async () => {
    const { status, body } = await postGraphQL<{
      conditionEvidence: { claims: { id: string; balance: string; findings: { stance: string }[] }[]; studies: { id: string }[] };
      acupuncture: { safety: { adverseEvents: { figures: { value: number | null }[]; source: { id: string } }[] } };
    }>(service, operation('conditionEvidence'), { condition: 'muscle-soreness' });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const soreness = body.data!.conditionEvidence.claims.find((c) => c.id === 'acupuncture-treats-muscle-soreness')!;
    expect(soreness.balance).toBe('CONFLICTING');
    expect(new Set(soreness.findings.map((f) => f.stance))).toEqual(new Set(['SUPPORTS', 'CONTRADICTS']));
    expect(body.data!.conditionEvidence.studies.length).toBe(3);
    expect(body.data!.acupuncture.safety.adverseEvents.some((f) => f.source.id === 'baumler-2021-ae-sr-ma' && f.figures.length > 0)).toBe(
      true,
    );
  });

  it('chatbot fact sheet answers with sentences, sources and the disclaimer', async () => {
    const { body } = await postGraphQL<{
      facts: { entity: { id: string }; disclaimer: string; facts: { text: string; sources: unknown[] }[] };
    }>(service, operation('chatbotFactSheet'), { about: 'shin splints' });
    expect(body.errors).toBeUndefined();
    expect(body.data!.facts.entity.id).toBe('shin-splints');
    expect(body.data!.facts.disclaimer).toMatch(/doctor/i);
    expect(body.data!.facts.facts.every((f) => f.text.length > 0 && f.sources.length > 0)).toBe(true);
  });

  it('graph view returns Cytoscape.js elements: nodes, and edges between them', async () => {
    type Elements = { nodes: { data: { id: string } }[]; edges: { data: { source: string; target: string } }[] };
    const { body } = await postGraphQL<{ neighborhood: { elements: Elements } }>(service, operation('graphView'), {
      id: 'plantar-fasciitis',
    });
    expect(body.errors).toBeUndefined();
    const { nodes, edges } = body.data!.neighborhood.elements;
    const ids = new Set(nodes.map((n) => n.data.id));
    expect(ids.size).toBeGreaterThan(3);
    expect(edges.length).toBeGreaterThan(0);
    expect(edges.every((e) => ids.has(e.data.source) && ids.has(e.data.target))).toBe(true);
  });
});
