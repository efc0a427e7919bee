import { buildSchema, getNamedType, isInterfaceType, isLeafType, isObjectType, type GraphQLField, type GraphQLSchema } from 'graphql';
import { ApolloServer } from '@apollo/server';
import type { GraphQLContext } from '../../src/core/context';
import type { Database } from '../../src/graph/database';
import { BRIEF_ENTITY_FIELDS } from '../../src/entities/selection';
import { createContext } from '../../src/server/loaders';
import { loadTypeDefs, resolvers } from '../../src/server/schema';
import { seedDatabase } from '../../seed';
import { clearDatabase, testDatabase } from '../support/testDatabase';

type Entity = { id: string } & Record<string, unknown>;

/**
 * Every field of every entity type that `at` can be (Entity: all of them), as inline fragments: leaves as they are,
 * objects with their leaves, other entities by id (they are loaded on their own). Fields with required arguments
 * are left out.
 */
function everyEntityField(schema: GraphQLSchema, keep: (field: string) => boolean, at: string): string {
  const entity = schema.getType('Entity');
  if (!isInterfaceType(entity)) throw new Error('Entity is not an interface');
  const usable = (f: GraphQLField<unknown, unknown>) =>
    f.args.every((a) => a.defaultValue !== undefined || !a.type.toString().endsWith('!'));
  const selection = (f: GraphQLField<unknown, unknown>, depth: number): string => {
    const type = getNamedType(f.type);
    if (isLeafType(type)) return f.name;
    if (isInterfaceType(type) || type.name === 'Entity' || schema.getImplementations(entity).objects.includes(type as never))
      return `${f.name} { id }`;
    if (!isObjectType(type) || depth > 1) return '';
    const inner = Object.values(type.getFields())
      .filter(usable)
      .map((g) => selection(g, depth + 1))
      .filter(Boolean);
    return inner.length > 0 ? `${f.name} { ${inner.join(' ')} }` : '';
  };
  return schema
    .getImplementations(entity)
    .objects.filter((type) => at === 'Entity' || type.name === at)
    .map((type) => {
      const fields = Object.values(type.getFields()).filter((f) => usable(f) && keep(f.name));
      return `... on ${type.name} { ${fields
        .map((f) => selection(f, 0))
        .filter(Boolean)
        .join(' ')} }`;
    })
    .join('\n');
}

const SCHEMA = buildSchema(loadTypeDefs());
/** A shape's selection for entities of type `at` (an entity type, or Entity for any). */
type Selection = (at: string) => string;
const SELECTIONS: Record<'brief' | 'full', Selection> = {
  brief: (at) => everyEntityField(SCHEMA, (field) => BRIEF_ENTITY_FIELDS.has(field), at),
  full: (at) => everyEntityField(SCHEMA, () => true, at),
};

/**
 * Traversals read each entity brief (id, kind, name) when that is all the query asks of it, whole otherwise
 * (src/entities/selection.ts). Either way, every entity a traversal returns must answer exactly as the entity
 * looked up on its own does, for every field the query asks: a brief record answering a field it lacks would show
 * up here as an empty list or a null. Asking every field of hundreds of entities is far past what the HTTP service
 * lets one operation ask (its abuse limits), so the operations run on Apollo in this process, with the service's
 * schema, resolvers and request context over the seeded database.
 */
describe('entities in traversals answer as the entity itself does, in either shape', () => {
  let db: Database;
  let apollo: ApolloServer<GraphQLContext>;

  const answer = async <T>(query: string): Promise<T> => {
    const response = await apollo.executeOperation<T>({ query }, { contextValue: createContext(db, 'entity-shapes', null) });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    expect(response.body.singleResult.errors).toBeUndefined();
    return response.body.singleResult.data!;
  };

  /** Each entity looked up by id with the same selection, all in one request. */
  const lookedUp = async (ids: string[], selection: Selection): Promise<Map<string, Entity>> => {
    const data = await answer<Record<string, Entity>>(
      `{ ${ids.map((id, i) => `e${i}: entity(id: ${JSON.stringify(id)}) { ${selection('Entity')} }`).join('\n')} }`,
    );
    return new Map(ids.map((id, i) => [id, data[`e${i}`]!]));
  };

  type Page = Entity & { claims: { subject: Entity; object: Entity }[] } & Record<string, Entity[]>;
  const pageEntities = (page: Page, links: string[]) => [
    ...links.flatMap((l) => page[l]!),
    ...page.claims.flatMap((c) => [c.subject, c.object]),
  ];
  type Answer = {
    entity?: Page;
    neighborhood?: { nodes: Entity[] };
    paths?: { nodes: Entity[] }[];
    pathSearch?: { paths: { nodes: Entity[] }[] };
    relatedConditions?: { condition: Entity; shared: Entity[] }[];
  };
  const traversals: [string, (s: Selection) => string, (data: Answer) => Entity[]][] = [
    [
      'neighborhood',
      (s) => `{ neighborhood(id: "plantar-fasciitis", depth: 2) { nodes { ${s('Entity')} } } }`,
      (d) => d.neighborhood!.nodes,
    ],
    [
      'paths',
      (s) => `{ paths(from: "acupuncture", to: "heel-pain", first: 5) { nodes { ${s('Entity')} } } }`,
      (d) => d.paths!.flatMap((p) => p.nodes),
    ],
    [
      'pathSearch',
      (s) => `{ pathSearch(from: "acupuncture", to: "heel", first: 5) { paths { nodes { ${s('Entity')} } } } }`,
      (d) => d.pathSearch!.paths.flatMap((p) => p.nodes),
    ],
    [
      'a condition page (links, claims and their ends)',
      (s) =>
        `{ entity(id: "plantar-fasciitis") { id ... on Condition { symptoms { ${s('Symptom')} } regions { ${s('BodyRegion')} } broader { ${s('Condition')} } } ` +
        `claims { subject { ${s('Entity')} } object { ${s('Entity')} } } } }`,
      (d) => pageEntities(d.entity!, ['symptoms', 'regions', 'broader']),
    ],
    [
      // Steps come in their order, which a brief record does not hold: they are read whole whatever is asked.
      'a treatment page (steps in their order, safety notes, claims and their ends)',
      (s) =>
        `{ entity(id: "acupuncture") { id ... on Treatment { steps { ${s('SessionStep')} } safetyNotes { ${s('SafetyNote')} } } ` +
        `claims(first: 200) { subject { ${s('Entity')} } object { ${s('Entity')} } } } }`,
      (d) => pageEntities(d.entity!, ['steps', 'safetyNotes']),
    ],
    [
      'relatedConditions',
      (s) => `{ relatedConditions(id: "plantar-fasciitis") { condition { ${s('Condition')} } shared { ${s('Entity')} } } }`,
      (d) => d.relatedConditions!.flatMap((r) => [r.condition, ...r.shared]),
    ],
  ];

  beforeAll(async () => {
    db = testDatabase();
    await clearDatabase(db);
    await seedDatabase(db);
    // The seed's session steps happen to be in name order too; reversed, a list of steps sorted from brief records
    // (which hold no order) comes out in name order and differs from the true one.
    await db.write('MATCH (s:SessionStep) SET s.order = 10 - s.order');
    apollo = new ApolloServer<GraphQLContext>({ typeDefs: loadTypeDefs(), resolvers });
    await apollo.start();
  });
  afterAll(async () => {
    await apollo?.stop();
    await db?.close();
  });

  for (const [name, query, entitiesOf] of traversals) {
    it(`${name}: the same entities in the same order in both shapes, each as it answers on its own`, async () => {
      const brief = entitiesOf(await answer<Answer>(query(SELECTIONS.brief)));
      const full = entitiesOf(await answer<Answer>(query(SELECTIONS.full)));
      expect(brief.length).toBeGreaterThan(2);
      expect(brief.map((e) => e.id)).toEqual(full.map((e) => e.id));
      for (const [shape, entities] of [
        ['brief', brief],
        ['full', full],
      ] as const) {
        const expected = await lookedUp([...new Set(entities.map((e) => e.id))], SELECTIONS[shape]);
        for (const entity of entities) expect(entity).toEqual(expected.get(entity.id));
      }
      // The whole record came: the seed describes every entity, and some of these have aliases.
      expect(full.every((e) => typeof e.description === 'string')).toBe(true);
      expect(full.some((e) => (e.aliases as string[]).length > 0)).toBe(true);
    });
  }

  it('answers one page asking the same links and ends in both shapes, under aliases', async () => {
    const { entity } = await answer<{ entity: Record<string, { id: string; description?: string }[]> }>(`{
      entity(id: "acupuncture") {
        ... on Treatment { steps { id } wholeSteps: steps { id description } }
        claims(first: 200) { id object { id } }
        wholeClaims: claims(first: 200) { id object { id description } }
      } }`);
    expect(entity.steps!.map((s) => s.id)).toEqual(entity.wholeSteps!.map((s) => s.id));
    expect(entity.wholeSteps!.every((s) => typeof s.description === 'string')).toBe(true);
    const claims = entity.claims as unknown as { id: string; object: { id: string; description?: string } }[];
    const wholeClaims = entity.wholeClaims as unknown as typeof claims;
    expect(claims.map((c) => c.object.id)).toEqual(wholeClaims.map((c) => c.object.id));
    expect(wholeClaims.every((c) => typeof c.object.description === 'string')).toBe(true);
  });
});
