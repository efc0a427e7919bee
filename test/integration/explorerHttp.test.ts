import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import cytoscape from 'cytoscape';
import { EntityPageDocument, GraphViewDocument } from '../../client/generated/graphql';
import possibleTypes from '../../client/generated/possibleTypes';
import type { Database } from '../../src/graph/database';
import type { RunningService } from '../../src/server/app';
import { ensureWebBuild } from '../support/browser';
import { postGraphQL, startSeededService, startTestService, stopService } from '../support/testService';

const PARTNER = 'https://partner.example.org';
const STRANGER = 'https://elsewhere.example.net';

/** The HTTP surface around the explorer, as plain clients see it: pages, GraphiQL, CORS, 404s, the typed client. */
describe('explorer and frontend HTTP surface', () => {
  let db: Database;
  let service: RunningService;
  let base: string;

  beforeAll(async () => {
    ensureWebBuild();
    ({ db, service } = await startSeededService({ cors: { origins: [PARTNER], credentials: false } }));
    base = `http://127.0.0.1:${service.port}`;
  });
  afterAll(() => stopService(service, db));

  it('serves the explorer at / with every script it names, under a self-only content policy', async () => {
    const response = await fetch(`${base}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    const html = await response.text();
    const scripts = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    expect(html).not.toMatch(/(?:src|href)="https?:\/\//);
    for (const path of scripts) expect((await fetch(`${base}${path}`)).status).toBe(200);
  });

  it('gives a browser GraphiQL at /graphql instead of Apollo’s CDN landing page', async () => {
    const response = await fetch(service.url, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('GraphiQL');
    expect(html).not.toMatch(/apollo|cdn|https?:\/\//i);
  });

  it('still answers API calls on /graphql, and CSRF prevention still refuses simple requests', async () => {
    const get = await fetch(`${service.url}?query=${encodeURIComponent('{ stats { nodeCount } }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBe(200);
    expect(((await get.json()) as { data: { stats: { nodeCount: number } } }).data.stats.nodeCount).toBeGreaterThan(0);
    const simple = await fetch(`${service.url}?query=${encodeURIComponent('{ stats { nodeCount } }')}`, {
      headers: { accept: 'application/json' },
    });
    expect(simple.status).toBe(400);
    const textPost = await fetch(service.url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{"query":"{ stats { nodeCount } }"}',
    });
    expect(textPost.status).toBe(400);
  });

  it('answers unknown paths with a small JSON 404 in the API’s error shape', async () => {
    const response = await fetch(`${base}/no/such/page`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(await response.json()).toEqual({
      errors: [{ message: expect.stringContaining('/no/such/page'), extensions: { code: 'NOT_FOUND' } }],
    });
  });

  const preflight = (origin: string, url = service.url) =>
    fetch(url, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' },
    });

  it('answers a preflight from an allowed origin, without credentials', async () => {
    const response = await preflight(PARTNER);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(PARTNER);
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    expect(response.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect(response.headers.get('vary')).toMatch(/origin/i);
  });

  it('refuses a preflight from any other origin with a 403 in the error shape', async () => {
    const response = await preflight(STRANGER);
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
      'CORS_ORIGIN_NOT_ALLOWED',
    );
  });

  it('labels responses for the allowed origin only', async () => {
    const allowed = await postGraphQL(service, '{ stats { nodeCount } }', undefined, { origin: PARTNER });
    expect(allowed.status).toBe(200);
    const allowedHeaders = await fetch(service.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: PARTNER },
      body: JSON.stringify({ query: '{ stats { nodeCount } }' }),
    });
    expect(allowedHeaders.headers.get('access-control-allow-origin')).toBe(PARTNER);
    expect(allowedHeaders.headers.get('access-control-expose-headers')).toContain('x-request-id');
    const other = await fetch(service.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: STRANGER },
      body: JSON.stringify({ query: '{ stats { nodeCount } }' }),
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows no origin at all by default, and credentials only when configured', async () => {
    const closed = await startTestService(db);
    const open = await startTestService(db, { cors: { origins: [PARTNER], credentials: true } });
    try {
      expect((await preflight(PARTNER, closed.url)).status).toBe(403);
      const withCredentials = await preflight(PARTNER, open.url);
      expect(withCredentials.headers.get('access-control-allow-credentials')).toBe('true');
    } finally {
      await closed.stop();
      await open.stop();
    }
  });

  it('gives neighbourhood elements Cytoscape.js takes as they are', async () => {
    const { body } = await postGraphQL<{ neighborhood: { elements: cytoscape.ElementsDefinition } }>(
      service,
      '{ neighborhood(id: "plantar-fasciitis", depth: 2) { elements { nodes { data { id label kind } } edges { data { id source target type strength } } } } }',
    );
    // Re-parsed in the test's own realm: Cytoscape checks `constructor === Object`, and jest runs tests in a
    // separate VM context from the one Node's fetch parses JSON in (a browser has only one).
    const elements = JSON.parse(JSON.stringify(body.data!.neighborhood.elements)) as cytoscape.ElementsDefinition;
    const cy = cytoscape({ headless: true, elements });
    expect(cy.nodes().length).toBe(elements.nodes.length);
    expect(cy.edges().length).toBe(elements.edges.length);
    expect(cy.getElementById('plantar-fasciitis').connectedEdges().length).toBeGreaterThan(0);
    cy.destroy();
  });

  it('works with Apollo Client and the shipped possibleTypes: typed documents, narrowed entities, no warnings', async () => {
    const warnings: unknown[] = [];
    const warn = jest.spyOn(console, 'warn').mockImplementation((...args) => void warnings.push(args));
    const error = jest.spyOn(console, 'error').mockImplementation((...args) => void warnings.push(args));
    try {
      const client = new ApolloClient({
        link: new HttpLink({ uri: service.url }),
        cache: new InMemoryCache({ possibleTypes: possibleTypes.possibleTypes }),
      });
      const { data } = await client.query({ query: EntityPageDocument, variables: { id: 'plantar-fasciitis' } });
      const entity = data!.entity!;
      expect(entity.__typename).toBe('Condition');
      if (entity.__typename !== 'Condition') throw new Error('narrowing failed');
      expect(entity.treatments.map((t) => t.treatment.id)).toContain('acupuncture');
      expect(entity.treatments[0]!.claims[0]!.sources.length).toBeGreaterThan(0);
      // Read back from the normalised cache: the ... on Condition fragment matches only with possibleTypes.
      const cached = client.readQuery({ query: EntityPageDocument, variables: { id: 'plantar-fasciitis' } });
      expect(cached?.entity?.__typename === 'Condition' && cached.entity.treatments.length).toBe(entity.treatments.length);
      const graph = await client.query({ query: GraphViewDocument, variables: { id: 'plantar-fasciitis', depth: 1 } });
      expect(graph.data!.neighborhood.elements.nodes.length).toBeGreaterThan(1);
      client.stop();
    } finally {
      warn.mockRestore();
      error.mockRestore();
    }
    expect(warnings).toEqual([]);

    // Without possibleTypes the cache cannot tell that a Condition is an Entity: the links drawn through the
    // EntityRef fragment come back incomplete.
    const bare = new ApolloClient({ link: new HttpLink({ uri: service.url }), cache: new InMemoryCache() });
    const quiet = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const quietError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const result = await bare.query({ query: EntityPageDocument, variables: { id: 'plantar-fasciitis' }, errorPolicy: 'all' });
      const related = result.data?.relatedConditions?.[0]?.condition as { name?: string } | undefined;
      process.stderr.write(`without possibleTypes: ${JSON.stringify({ related, error: result.error?.message ?? null }).slice(0, 300)}\n`);
      expect(related?.name).toBeUndefined();
    } finally {
      quiet.mockRestore();
      quietError.mockRestore();
      bare.stop();
    }
  });
});
