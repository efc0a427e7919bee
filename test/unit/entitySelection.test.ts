import {
  buildSchema,
  isInterfaceType,
  isObjectType,
  Kind,
  parse,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
} from 'graphql';
import { BRIEF_ENTITY_FIELDS, entityShapeOf } from '../../src/entities/selection';
import { loadTypeDefs } from '../../src/server/schema';

/**
 * The parts of a resolver's info that entityShapeOf reads, for the query's first root field (all of its
 * occurrences under that response key, as GraphQL merges them).
 */
function infoOf(query: string, variableValues: Record<string, unknown> = {}): GraphQLResolveInfo {
  const document = parse(query);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)!;
  const fields = operation.selectionSet.selections.filter((s): s is FieldNode => s.kind === Kind.FIELD);
  const key = (f: FieldNode) => f.alias?.value ?? f.name.value;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  return { fieldNodes: fields.filter((f) => key(f) === key(fields[0]!)), fragments, variableValues } as unknown as GraphQLResolveInfo;
}

const hood = (nodes: string, extra = '') => `{ neighborhood(id: "x") { nodes { ${nodes} } ${extra} } }`;

describe('the entity shape a traversal reads', () => {
  it('is brief when only id, kind and name are asked, with the Cytoscape elements beside them', () => {
    expect(entityShapeOf(infoOf(hood('id kind name __typename', 'elements { nodes { data { id label kind } } }')), [['nodes']])).toBe(
      'brief',
    );
  });

  it('is brief when the other fields asked load by id (links, claims, treatments)', () => {
    const query = hood(
      'id ... on Condition { symptoms { id description aliases } treatments { treatment { description } } } claims { statement }',
    );
    expect(entityShapeOf(infoOf(query), [['nodes']])).toBe('brief');
  });

  it('is full as soon as one field reads more of the record, through fragments and type conditions', () => {
    expect(entityShapeOf(infoOf(hood('id name description')), [['nodes']])).toBe('full');
    expect(entityShapeOf(infoOf(hood('id ...More') + ' fragment More on Entity { aliasDetails { text } }'), [['nodes']])).toBe('full');
    expect(entityShapeOf(infoOf(hood('id ... on SessionStep { order }')), [['nodes']])).toBe('full');
    expect(entityShapeOf(infoOf(hood('id ... on Condition { identifiers { mesh } }')), [['nodes']])).toBe('full');
  });

  it('follows @include and @skip with the request variables', () => {
    const query = `query Q($more: Boolean!) { neighborhood(id: "x") { nodes { id description @include(if: $more) } } }`;
    expect(entityShapeOf(infoOf(query, { more: false }), [['nodes']])).toBe('brief');
    expect(entityShapeOf(infoOf(query, { more: true }), [['nodes']])).toBe('full');
  });

  it('is full when a second occurrence of the same field asks for more', () => {
    const query = `{ neighborhood(id: "x") { nodes { id } } neighborhood(id: "x") { nodes { aliases } } }`;
    expect(entityShapeOf(infoOf(query), [['nodes']])).toBe('full');
  });

  it('looks at every path it is given, and only at those', () => {
    const related = (condition: string, shared: string) =>
      `{ relatedConditions(id: "x") { condition { ${condition} } shared { ${shared} } } }`;
    expect(entityShapeOf(infoOf(related('id name', 'id kind')), [['condition'], ['shared']])).toBe('brief');
    expect(entityShapeOf(infoOf(related('id name', 'id description')), [['condition'], ['shared']])).toBe('full');
    expect(entityShapeOf(infoOf(related('description', 'id')), [['shared']])).toBe('brief');
    const search = `{ pathSearch(from: "a", to: "b") { truncated paths { nodes { id ...on Treatment { steps { id } } } } } }`;
    expect(entityShapeOf(infoOf(search), [['paths', 'nodes']])).toBe('brief');
  });

  it('lists only fields that entity types have, covering id, kind, name and every link field', () => {
    const schema = buildSchema(loadTypeDefs());
    const entity = schema.getType('Entity');
    if (!isInterfaceType(entity)) throw new Error('Entity is not an interface');
    const fields = new Set(
      schema.getImplementations(entity).objects.flatMap((type) => (isObjectType(type) ? Object.keys(type.getFields()) : [])),
    );
    for (const name of BRIEF_ENTITY_FIELDS) if (name !== '__typename') expect(fields).toContain(name);
    for (const name of ['id', 'kind', 'name', 'symptoms', 'regions', 'steps', 'parent']) expect(BRIEF_ENTITY_FIELDS).toContain(name);
    for (const name of ['aliases', 'ambiguousAliases', 'aliasDetails', 'description', 'identifiers', 'order', 'durationMinutes'])
      expect(BRIEF_ENTITY_FIELDS).not.toContain(name);
  });
});
