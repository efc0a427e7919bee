import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, getNullableType, getOperationAST, isInterfaceType, isListType, isObjectType, parse } from 'graphql';
import { LIST_BOUNDS } from '../../src/domain/listBounds';
import { PROJECT_DIR } from '../../src/paths';
import { estimateValues } from '../../src/server/costModel';
import { LIMITS } from '../../src/server/limits';
import { loadTypeDefs } from '../../src/server/schema';

const schema = buildSchema(loadTypeDefs());
const estimate = (query: string, variables: Record<string, unknown> = {}) => {
  const document = parse(query);
  return estimateValues(schema, document, getOperationAST(document)!, variables);
};

describe('the cost model', () => {
  it('knows a bound for every list field of the schema', () => {
    const unbounded: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
      for (const field of Object.values(type.getFields())) {
        if (isListType(getNullableType(field.type)) && !LIST_BOUNDS[`${type.name}.${field.name}`])
          unbounded.push(`${type.name}.${field.name}`);
      }
    }
    expect(unbounded).toEqual([]);
    // And no stale entry names a field that is gone.
    for (const key of Object.keys(LIST_BOUNDS)) {
      const [typeName, fieldName] = key.split('.') as [string, string];
      const type = schema.getType(typeName);
      expect(type && (isObjectType(type) || isInterfaceType(type)) && type.getFields()[fieldName]).toBeTruthy();
    }
  });

  it('multiplies through nested lists at their bounds', () => {
    // 1 source; 50 claims (Source.claims default) × (id + 10 sources × (1 + 50 claims × (1 + id)))
    expect(estimate('{ source(id: "s") { claims { id sources { claims { id } } } } }')).toBe(1 + 50 * (1 + 1 + 10 * (1 + 50 * 2)));
    expect(estimate('{ stats { nodeCount } }')).toBe(2);
  });

  it('resolves `first` from variables and defaults, and caps it at its maximum', () => {
    const q = 'query Q($n: Int) { claims(first: $n) { edges { node { id } } } }';
    // claims (1) + edges × (edge + node + id)
    expect(estimate(q, { n: 5 })).toBe(1 + 5 * 3);
    expect(estimate(q, {})).toBe(1 + 20 * 3);
    expect(estimate(q, { n: 1000000 })).toBe(1 + 100 * 3);
  });

  it('refuses the 143-byte query of issue 10 and its variants, and lets every example operation through', () => {
    expect(
      estimate(
        '{ source(id: "source-article") { claims { id sources { claims { id sources { claims { id sources { claims { id } } } } } } } } }',
      ),
    ).toBeGreaterThan(LIMITS.maxEstimatedValues);
    expect(
      estimate(
        'query Q($n: Int) { source(id: "x") { claims(first: $n) { sources { claims(first: $n) { sources { claims(first: $n) { id } } } } } } }',
        { n: 200 },
      ),
    ).toBeGreaterThan(LIMITS.maxEstimatedValues);
    const dir = join(PROJECT_DIR, 'docs', 'operations');
    for (const file of readdirSync(dir)) {
      const value = estimate(readFileSync(join(dir, file), 'utf8'), { depth: 3, limit: 500, first: 50 });
      expect({ file, within: value <= LIMITS.maxEstimatedValues / 2 }).toEqual({ file, within: true });
    }
  });

  it('counts a fragment once per use, without walking it again', () => {
    const fragments = Array.from(
      { length: 30 },
      (_, i) => `fragment F${i} on Query { a: stats { nodeCount } ...F${i + 1} b: stats { nodeCount } ...F${i + 1} }`,
    );
    const query = `{ ...F0 } ${fragments.join(' ')} fragment F30 on Query { stats { nodeCount } }`;
    // 2^30 copies: hopelessly over the limit, and computed at once.
    expect(estimate(query)).toBeGreaterThan(2 ** 30);
  });

  it('treats a list it has no bound for as unbounded', () => {
    const extended = buildSchema(`${loadTypeDefs()}\nextend type Query { mystery: [Source!]! }`);
    const document = parse('{ mystery { id } }');
    expect(estimateValues(extended, document, getOperationAST(document)!, {})).toBe(Number.POSITIVE_INFINITY);
  });
});
