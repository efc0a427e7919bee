import { getIntrospectionQuery } from 'graphql';
import type { Database } from '../../src/graph/database';
import type { RunningService } from '../../src/server/app';
import { LIMITS } from '../../src/server/limits';
import { postGraphQL, startSeededService, stopService } from '../support/testService';

/** An introspection query nested `depth` levels deep through ofType. */
function deepIntrospection(depth: number): string {
  let inner = 'name';
  for (let i = 0; i < depth - 3; i += 1) inner = `ofType { ${inner} }`;
  return `{ __schema { types { fields { type { ${inner} } } } } }`;
}

/** Entities → claims → subject → claims → …, `hops` times: a few fields, but a tree that explodes. */
function costlyQuery(hops: number): string {
  let inner = 'id name';
  for (let i = 0; i < hops; i += 1) inner = `claims { subject { ${inner} } }`;
  return `{ entities(first: 100) { edges { node { ${inner} } } } }`;
}

describe('abuse limits', () => {
  let db: Database;
  let service: RunningService;

  beforeAll(async () => {
    ({ db, service } = await startSeededService());
  });
  afterAll(() => stopService(service, db));

  it('lets the standard introspection query through', async () => {
    const { status, body } = await postGraphQL(service, getIntrospectionQuery());
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
  });

  it.each([
    ['a depth-40 introspection query', deepIntrospection(40), 'maxDepth'],
    ['16 aliases', `{ ${Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `a${i}: stats { nodeCount }`).join(' ')} }`, 'maxAliases'],
    // Armor lets __typename aliases through unless told otherwise (issue 10).
    [
      '16 __typename aliases',
      `{ ${Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `t${i}: __typename`).join(' ')} }`,
      'maxAliases',
    ],
    // 500 aliases are also well over the token cap, which refuses them first, before parsing ends.
    ['500 aliases', `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: stats { nodeCount }`).join(' ')} }`, 'maxTokens'],
    ['too many directives', `{ stats ${'@include(if: true) '.repeat(LIMITS.maxDirectives + 1)} { nodeCount } }`, 'maxDirectives'],
    ['a query that is too costly', costlyQuery(6), 'maxEstimatedValues'],
    ['too many tokens', `{ stats { ${'nodeCount '.repeat(LIMITS.maxTokens)} } }`, 'maxTokens'],
  ])('refuses %s with HTTP 400 and QUERY_TOO_COMPLEX', async (_name, query, limit) => {
    const { status, body } = await postGraphQL(service, query);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions).toEqual(expect.objectContaining({ code: 'QUERY_TOO_COMPLEX', limit }));
    expect(body.errors?.[0]?.message).toMatch(/limit|tokens/i);
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|\bat .*\.js/);
  });

  it('refuses a 3 MB body before parsing it', async () => {
    const response = await fetch(service.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ stats { nodeCount } } # ${'x'.repeat(3 * 1024 * 1024)}` }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [{ message: expect.stringMatching(/larger than/), extensions: { code: 'REQUEST_TOO_LARGE' } }],
    });
  });

  it('refuses a body that is not JSON', async () => {
    const response = await fetch(service.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('BAD_REQUEST');
  });

  it('refuses batched requests', async () => {
    const response = await fetch(service.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ stats { nodeCount } }' }, { query: '{ stats { nodeCount } }' }]),
    });
    expect(response.status).toBe(400);
  });

  it('refuses a simple cross-site GET without a preflight header (CSRF prevention)', async () => {
    const response = await fetch(`${service.url}?query=${encodeURIComponent('{ stats { nodeCount } }')}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/i);
  });

  it('gives no field suggestions outside development', async () => {
    const { status, body } = await postGraphQL(service, '{ stats { nodeCoun } }');
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });
});
