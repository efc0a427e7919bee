import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '../../src/graph/database';
import { PROJECT_DIR } from '../../src/paths';
import type { RunningService } from '../../src/server/app';
import { postGraphQL, startSeededService, stopService } from '../support/testService';

/** The smaller defects of issue 10, point 8, each as a client meets it. */

type Page = { totalCount: number; edges: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
const cursorOf = (key: string) => Buffer.from(key, 'utf8').toString('base64url');

describe('smaller defects (issue 10, point 8)', () => {
  let db: Database;
  let service: RunningService;

  beforeAll(async () => {
    ({ db, service } = await startSeededService());
  });
  afterAll(() => stopService(service, db));

  it.each([
    ['entities', '{ entities(first: 100) { totalCount edges { cursor } pageInfo { hasNextPage endCursor } } }', 'entities'],
    ['claims', '{ claims(first: 100) { totalCount edges { cursor } pageInfo { hasNextPage endCursor } } }', 'claims'],
  ])('gives the real totalCount on an empty page past the last one (%s)', async (_name, firstPage, field) => {
    const first = await postGraphQL<Record<string, Page>>(service, firstPage);
    const page = first.body.data![field]!;
    expect(page.totalCount).toBeGreaterThan(0);
    expect(page.pageInfo.hasNextPage).toBe(false);
    const after = firstPage.replace('first: 100', `first: 100, after: "${page.pageInfo.endCursor}"`);
    const empty = await postGraphQL<Record<string, Page>>(service, after);
    expect(empty.body.data![field]).toEqual({ totalCount: page.totalCount, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it.each([
    ['[1e400,"x"]', 'claims'],
    ['[-1e308,""]', 'claims'],
    ['[2.5,"claim"]', 'claims'],
    ['[""]', 'entities'],
    ['[1]', 'entities'],
  ])('refuses the forged cursor %s with BAD_USER_INPUT on after', async (key, field) => {
    const { body } = await postGraphQL(service, `{ ${field}(first: 5, after: "${cursorOf(key)}") { totalCount } }`);
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'after' }));
  });

  it('refuses a body with invalid UTF-8 instead of running a query with U+FFFD in it', async () => {
    const json = Buffer.from('{"query":"{ search(text: \\"heel', 'utf8');
    const body = Buffer.concat([json, Buffer.from([0xff, 0xfe]), Buffer.from('\\") { score } }"}', 'utf8')]);
    const response = await fetch(service.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ errors: [{ message: expect.stringMatching(/UTF-8/), extensions: { code: 'BAD_REQUEST' } }] });
    // Valid UTF-8 beyond ASCII still goes through.
    const fine = await postGraphQL(service, '{ search(text: "fascéite plantaire") { score } }');
    expect(fine.body.errors).toBeUndefined();
  });

  it.each([
    ['query Q($first: Int) { entities(first: $first) { totalCount } }', { first: 'many' }, 'first'],
    ['query Q($kinds: [EntityKind!]) { search(text: "heel", kinds: $kinds) { score } }', { kinds: ['CONDITION', 'NOPE'] }, 'kinds.1'],
    ['query Q($id: ID!) { entity(id: $id) { id } }', {}, 'id'],
  ])('names the variable in extensions.field when it does not coerce: %s', async (query, variables, field) => {
    const { body } = await postGraphQL(service, query, variables);
    expect(body.errors?.[0]?.extensions).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', field }));
  });

  it('lists in the README every error code a client can get', async () => {
    const readme = readFileSync(join(PROJECT_DIR, 'README.md'), 'utf8');
    const parse = await postGraphQL(service, '{ stats {');
    const resolution = await fetch(service.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query A { stats { nodeCount } }', operationName: 'B' }),
    });
    const persisted = await fetch(service.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }),
    });
    const seen = [
      parse.body.errors?.[0]?.extensions?.code,
      ((await resolution.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code,
      ((await persisted.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code,
    ];
    expect(seen).toEqual(['GRAPHQL_PARSE_FAILED', 'OPERATION_RESOLUTION_FAILURE', 'PERSISTED_QUERY_NOT_FOUND']);
    const codes = [
      ...seen,
      'BAD_USER_INPUT',
      'GRAPHQL_VALIDATION_FAILED',
      'BAD_REQUEST',
      'REQUEST_TOO_LARGE',
      'QUERY_TOO_COMPLEX',
      'RESPONSE_TOO_LARGE',
      'UNAUTHENTICATED',
      'FORBIDDEN',
      'TOO_MANY_REQUESTS',
      'SERVER_BUSY',
      'DATABASE_UNAVAILABLE',
      'QUERY_TIMEOUT',
      'INTERNAL_SERVER_ERROR',
    ];
    expect(codes.filter((code) => !readme.includes(`\`${code}\``))).toEqual([]);
  });
});
