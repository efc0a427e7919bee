import type { Database } from '../../src/graph/database';
import type { RunningService } from '../../src/server/app';
import { postGraphQL, startSeededService, stopService } from '../support/testService';

/**
 * The defects a review found in the curated graph (issue 11, part 3), each asked over GraphQL the way
 * a client would meet it, so that none can come back unnoticed.
 */
type Hit = { entity: { id: string }; matched: string };
type Fact = { predicate: string; subject: { id: string }; object: { id: string }; sources: { id: string; kind: string }[] };

describe('the curated graph, corrected', () => {
  let db: Database;
  let service: RunningService;

  beforeAll(async () => {
    ({ db, service } = await startSeededService());
  });
  afterAll(() => stopService(service, db));

  async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await postGraphQL<T>(service, query, variables);
    expect(response.body.errors).toBeUndefined();
    return response.body.data!;
  }

  const search = async (text: string) =>
    (await gql<{ search: Hit[] }>('query($t: String!) { search(text: $t) { entity { id } matched } }', { t: text })).search;

  /** Every descriptive fact about an entity, with the kinds of the sources it rests on. */
  const facts = async (id: string) =>
    (
      await gql<{ facts: { facts: Fact[] } | null }>(
        'query($id: String!) { facts(about: $id, first: 50) { facts { predicate subject { id } object { id } sources { id kind } } } }',
        { id },
      )
    ).facts!.facts;

  const entity = async (id: string) =>
    (
      await gql<{
        entity: { name: string; aliases: string[]; description: string; identifiers: { icd10cm: string[]; note: string | null } };
      }>('query($id: ID!) { entity(id: $id) { name aliases description identifiers { icd10cm note } } }', { id })
    ).entity;

  it('finds plantar fasciitis by each of its other names', async () => {
    for (const name of [
      'plantar heel pain',
      'plantar fasciopathy',
      'plantar fasciosis',
      "policeman's heel",
      "jogger's heel",
      'Joggers heel',
    ]) {
      const [best] = await search(name);
      expect(best?.entity.id).toBe('plantar-fasciitis');
    }
  });

  it('finds muscle soreness by DOMS and by delayed-onset muscle soreness', async () => {
    for (const name of ['DOMS', 'doms', 'delayed-onset muscle soreness', 'delayed onset muscle soreness']) {
      expect((await search(name))[0]).toEqual({
        entity: { id: 'muscle-soreness' },
        matched: expect.stringMatching(/^(DOMS|delayed-onset muscle soreness)$/),
      });
    }
  });

  it('does not pass off a name it does not know as one it does, by one shared or near-miss word', async () => {
    // Chondromalacia patellae is not patellar tendinitis; a stress fracture is not chronic stress.
    expect((await search('chondromalacia patellae')).map((h) => h.entity.id)).not.toContain('patellar-tendinitis');
    expect((await search('stress fracture'))[0]?.entity.id).not.toBe('chronic-stress-reduction');
    // The words it does know still find what they name.
    expect((await search('patellar'))[0]?.entity.id).toMatch(/^patellar-/);
    expect((await search('chronic stress'))[0]?.entity.id).toBe('chronic-stress-reduction');
  });

  it('gives billable leaf ICD-10-CM codes, and says what each code covers', async () => {
    const patellar = await entity('patellar-tendinitis');
    expect(patellar.identifiers.icd10cm).toEqual(['M76.50', 'M76.51', 'M76.52']);
    expect(patellar.identifiers.note).toMatch(/M76\.5 .*non-billable parent/);
    const achilles = await entity('achilles-tendinitis');
    expect(achilles.identifiers.icd10cm).toEqual(['M76.60', 'M76.61', 'M76.62']);
    expect(achilles.identifiers.note).toMatch(/M76\.6 .*non-billable parent/);
    const plantar = await entity('plantar-fasciitis');
    expect(plantar.identifiers.icd10cm).toEqual(['M72.2']);
    expect(plantar.identifiers.note).toMatch(/plantar fascial fibromatosis/);
  });

  it('credits links the article does not make to the curators, not to the article', async () => {
    const notFromArticle: [string, string, string][] = [
      ['achilles-tendinitis', 'SUBTYPE_OF', 'tendinitis'],
      ['patellar-tendinitis', 'SUBTYPE_OF', 'tendinitis'],
      ['achilles-tendinitis', 'PRESENTS', 'tendon-irritation'],
      ['patellar-tendinitis', 'PRESENTS', 'tendon-irritation'],
    ];
    for (const [from, type, to] of notFromArticle) {
      const fact = (await facts(from)).find((f) => f.predicate === type && f.object.id === to);
      expect(fact).toBeDefined();
      expect(fact!.sources.map((s) => s.id)).not.toContain('source-article');
      expect(fact!.sources.every((s) => s.kind === 'EDITORIAL' || s.kind === 'ONTOLOGY')).toBe(true);
    }
  });

  it('places shin-splint pain along the inner edge of the tibia, not at the front of the leg', async () => {
    const pain = await entity('shin-bone-pain');
    expect(pain.description).toMatch(/inner/);
    expect(pain.description).not.toMatch(/along the front/);
    const where = (await facts('shin-bone-pain')).filter((f) => f.predicate === 'LOCATED_IN').map((f) => f.object.id);
    expect(where).toContain('medial-tibial-border');
    const border = await gql<{ entity: { parent: { id: string } } }>(
      '{ entity(id: "medial-tibial-border") { ... on BodyRegion { parent { id } } } }',
    );
    expect(border.entity.parent.id).toBe('shin');
    expect((await facts('shin-splints')).filter((f) => f.predicate === 'AFFECTS').map((f) => f.object.id)).toContain(
      'medial-tibial-border',
    );
  });

  it('models Achilles tendinitis by the pain runners feel, not by its definition as a symptom', async () => {
    const symptoms = (
      await gql<{ entity: { symptoms: { id: string; name: string }[] } }>(
        '{ entity(id: "achilles-tendinitis") { ... on Condition { symptoms { id name } } } }',
      )
    ).entity.symptoms;
    expect(symptoms.map((s) => s.id).sort()).toEqual(['achilles-pain', 'tendon-irritation']);
    expect(symptoms.map((s) => s.name).join(' ')).not.toMatch(/inflammation/i);
    const where = (await facts('achilles-pain')).filter((f) => f.predicate === 'LOCATED_IN').map((f) => f.object.id);
    expect(where.sort()).toEqual(['achilles-tendon', 'back-of-heel']);
    // The article's wording still finds the condition.
    expect((await search('inflammation of the Achilles tendon'))[0]?.entity.id).toBe('achilles-tendinitis');
  });

  it('connects the heel and the Achilles tendon, so plantar fasciitis relates to Achilles tendinitis by place', async () => {
    const path = await gql<{ paths: { nodes: { id: string }[] }[] }>(
      '{ paths(from: "heel", to: "achilles-tendon", maxHops: 3, first: 1) { nodes { id } } }',
    );
    // heel ← posterior heel ← (Achilles pain | Achilles tendinitis) → Achilles tendon
    const nodes = path.paths[0]?.nodes.map((n) => n.id) ?? [];
    expect(nodes).toHaveLength(4);
    expect(nodes[1]).toBe('back-of-heel');
    const related = await gql<{ relatedConditions: { condition: { id: string }; shared: { id: string }[] }[] }>(
      '{ relatedConditions(id: "plantar-fasciitis") { condition { id } shared { id } } }',
    );
    const achilles = related.relatedConditions.find((r) => r.condition.id === 'achilles-tendinitis');
    expect(achilles?.shared.map((s) => s.id)).toContain('heel');
    expect(related.relatedConditions[0]?.condition.id).toBe('achilles-tendinitis');
  });
});
