import type { RunningService } from '../../src/server/app';
import { seedDatabase } from '../../seed';
import { CountingDatabase, countingTestDatabase } from '../support/countingDatabase';
import { clearDatabase, testDatabase } from '../support/testDatabase';
import { postGraphQL, startTestService } from '../support/testService';

type Edge<T> = { cursor: string; node: T };
type Page<T> = { edges: Edge<T>[]; pageInfo: { hasNextPage: boolean; endCursor: string | null }; totalCount: number };

describe('the knowledge graph over GraphQL', () => {
  let db: CountingDatabase;
  let service: RunningService;

  beforeAll(async () => {
    const plain = testDatabase();
    await clearDatabase(plain);
    await seedDatabase(plain);
    await plain.close();
    db = countingTestDatabase();
    service = await startTestService(db);
  });
  afterAll(async () => {
    await service.stop();
    await db.close();
  });

  it('goes from a condition to the treatments that claim to help it, with strength and sources', async () => {
    const { body } = await postGraphQL<{
      entity: { name: string; treatments: Array<{ strongest: string; treatment: unknown; claims: unknown[] }> };
    }>(
      service,
      `query ConditionPage($id: ID!) {
        entity(id: $id) {
          name
          ... on Condition {
            treatments { strongest treatment { id name } claims { predicate strength statement sources { id kind } } }
          }
        }
      }`,
      { id: 'plantar-fasciitis' },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.entity.name).toBe('Plantar fasciitis');
    const [acupuncture] = body.data!.entity.treatments;
    expect(acupuncture!.treatment).toEqual({ id: 'acupuncture', name: 'Acupuncture' });
    expect(acupuncture!.strongest).toBe('LOW');
    expect(acupuncture!.claims[0]).toEqual(
      expect.objectContaining({
        predicate: 'TREATS',
        strength: 'LOW',
        sources: expect.arrayContaining([
          { id: 'source-article', kind: 'LAY_ARTICLE' },
          { id: 'cotchett-2014-php-dn', kind: 'TRIAL' },
        ]),
      }),
    );
  });

  it('returns null for an unknown id, not an error', async () => {
    const { status, body } = await postGraphQL(service, '{ entity(id: "no-such-thing") { id } }');
    expect(status).toBe(200);
    expect(body).toEqual({ data: { entity: null } });
  });

  it('widens a region to its parents and lists its children', async () => {
    const { body } = await postGraphQL<{ entity: { parent: { id: string }; ancestors: { id: string }[]; children: { id: string }[] } }>(
      service,
      '{ entity(id: "heel") { ... on BodyRegion { parent { id } ancestors { id } children { id } } } }',
    );
    expect(body.data?.entity.parent).toEqual({ id: 'foot' });
    expect(body.data?.entity.ancestors.map((a) => a.id)).toEqual(['foot', 'lower-limb']);
    const foot = await postGraphQL<{ entity: { children: { id: string }[] } }>(
      service,
      '{ entity(id: "foot") { ... on BodyRegion { children { id } } } }',
    );
    expect(foot.body.data?.entity.children.map((c) => c.id)).toContain('heel');
  });

  it('marks "runner\'s knee" as ambiguous and says what else it names', async () => {
    const { body } = await postGraphQL<{
      entity: { ambiguousAliases: string[]; aliasDetails: Array<{ text: string; ambiguous: boolean; alsoNames: { id: string }[] }> };
    }>(service, '{ entity(id: "runners-knee") { ambiguousAliases aliasDetails { text ambiguous alsoNames { id } } } }');
    expect(body.data?.entity.ambiguousAliases).toEqual(["runner's knee"]);
    const alias = body.data?.entity.aliasDetails.find((a) => a.text === "runner's knee");
    expect(alias).toEqual({ text: "runner's knee", ambiguous: true, alsoNames: [{ id: 'it-band-syndrome' }] });
    expect(body.data?.entity.aliasDetails.find((a) => a.text === 'PFPS')).toEqual({ text: 'PFPS', ambiguous: false, alsoNames: [] });
  });

  it('carries confirmed external identifiers', async () => {
    const { body } = await postGraphQL<{ entity: { identifiers: Record<string, unknown> } }>(
      service,
      '{ entity(id: "plantar-fasciitis") { identifiers { mesh icd10cm doid mondo snomed } } }',
    );
    expect(body.data?.entity.identifiers).toEqual({
      mesh: 'D036981',
      icd10cm: ['M72.2'],
      doid: 'DOID:9600',
      mondo: 'MONDO:0004833',
      snomed: null,
    });
  });

  it('lists a treatment session in order, with the sensations and safety notes', async () => {
    const { body } = await postGraphQL<{
      entity: {
        steps: Array<{ id: string; order: number; durationMinutes: unknown; sensations: { id: string }[] }>;
        safetyNotes: { id: string }[];
        complements: { id: string }[];
      };
    }>(
      service,
      '{ entity(id: "acupuncture") { ... on Treatment { steps { id order durationMinutes { min max } sensations { id } } safetyNotes { id } complements { id } } } }',
    );
    const entity = body.data!.entity;
    expect(entity.steps.map((s) => s.order)).toEqual([1, 2, 3]);
    expect(entity.steps[1]!.durationMinutes).toEqual({ min: 20, max: 30 });
    expect(entity.steps.flatMap((s) => s.sensations.map((x) => x.id))).toEqual(expect.arrayContaining(['tingling', 'warmth']));
    expect(entity.safetyNotes.map((n) => n.id)).toEqual(
      expect.arrayContaining(['trained-practitioner', 'clean-needles', 'not-a-replacement-for-a-doctor']),
    );
    expect(entity.complements).toEqual([{ id: 'medical-care' }]);
  });

  it('pages through every entity exactly once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 50; page += 1) {
      const response: { body: { data?: { entities: Page<{ id: string }> } | null } } = await postGraphQL(
        service,
        'query($after: String) { entities(first: 7, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      const connection = response.body.data!.entities;
      total = connection.totalCount;
      seen.push(...connection.edges.map((e) => e.node.id));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
    expect(seen).toEqual([...seen].sort());
  });

  it('filters entities by kind', async () => {
    const { body } = await postGraphQL<{ entities: Page<{ kind: string }> }>(
      service,
      '{ entities(kind: CONDITION, first: 100) { totalCount edges { node { kind } } } }',
    );
    expect(body.data!.entities.totalCount).toBe(body.data!.entities.edges.length);
    expect(new Set(body.data!.entities.edges.map((e) => e.node.kind))).toEqual(new Set(['CONDITION']));
  });

  it('rejects a forged cursor and out-of-range page sizes with BAD_USER_INPUT', async () => {
    for (const query of [
      '{ entities(after: "not-a-cursor") { totalCount } }',
      '{ entities(first: 0) { totalCount } }',
      '{ entities(first: 101) { totalCount } }',
    ]) {
      const { body } = await postGraphQL(service, query);
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('follows a claim to its sources, and a source to all the claims it supports', async () => {
    const { body } = await postGraphQL<{
      claim: { sources: { id: string }[]; singleSource: boolean };
      source: { claims: { id: string }[] };
    }>(
      service,
      '{ claim(id: "acupuncture-treats-shin-splints") { sources { id } singleSource } source(id: "source-article") { claims { id } } }',
    );
    // The article that makes the claim and the two studies whose findings support it.
    expect(body.data!.claim).toEqual({
      sources: [{ id: 'callison-2002-shin-splints' }, { id: 'dong-reverse-horse-mtss-runners' }, { id: 'source-article' }],
      singleSource: false,
    });
    const [row] = await db.read<{ n: number }>("MATCH (:Source {id: 'source-article'})<-[:SUPPORTED_BY]-(c:Claim) RETURN count(c) AS n");
    expect(body.data!.source.claims).toHaveLength(row!.n);
  });

  it('lists the claims that rest on one source only', async () => {
    const { body } = await postGraphQL<{ claims: Page<{ singleSource: boolean }> }>(
      service,
      '{ claims(singleSourceOnly: true, first: 100) { totalCount edges { node { singleSource } } } }',
    );
    expect(body.data!.claims.totalCount).toBeGreaterThan(0);
    expect(body.data!.claims.edges.every((e) => e.node.singleSource)).toBe(true);
  });

  it('answers an entity page in one round trip, the same as the batched loaders answer it', async () => {
    const fields = `id name
      ... on Condition { symptoms { id name } regions { id name } broader { id } }
      claims(first: 5) { id strength subject { id name } object { id name } sources { id title } }`;
    db.reads = 0;
    const page = await postGraphQL<{ entity: unknown }>(
      service,
      `query Page($id: ID!, $skipBroader: Boolean!) { entity(id: $id) { ${fields.replace('broader { id }', 'broader @skip(if: $skipBroader) { id }')} } }`,
      { id: 'runners-knee', skipBroader: false },
    );
    expect(page.body.errors).toBeUndefined();
    expect(db.reads).toBe(1);
    // The same fields through a list, where every nested field goes through the loaders, one query per kind.
    const listed = await postGraphQL<{ entities: Page<{ id: string }> }>(
      service,
      `{ entities(kind: CONDITION, first: 100) { edges { node { ${fields} } } } }`,
    );
    expect(listed.body.errors).toBeUndefined();
    const sameThroughLoaders = listed.body.data!.entities.edges.find((e) => e.node.id === 'runners-knee')!.node;
    expect(page.body.data!.entity).toEqual(sameThroughLoaders);
    expect((page.body.data!.entity as { symptoms: unknown[]; claims: unknown[] }).symptoms.length).toBeGreaterThan(0);
    expect((page.body.data!.entity as { symptoms: unknown[]; claims: unknown[] }).claims.length).toBeGreaterThan(0);
  });

  it('resolves nested fields in batches, not one query per item', async () => {
    // Shaped to stay under the cost model's limit (10 conditions × each list at its cap: about 48,000 values)
    // while fanning out over several conditions.
    const query = `{ entities(kind: CONDITION, first: 10) { edges { node { id ... on Condition {
      symptoms { id } regions { id parent { id } } treatments { claims { sources { id } } } } } } } }`;
    db.reads = 0;
    const { body } = await postGraphQL<{ entities: Page<unknown> }>(service, query);
    expect(body.errors).toBeUndefined();
    expect(body.data!.entities.edges.length).toBe(10);
    // page, symptoms, regions (x2 types), parents, claims, entities, sources: a handful, whatever the number of conditions.
    expect(db.reads).toBeLessThanOrEqual(10);
  });
});
