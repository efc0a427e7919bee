import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { CallToolResult, Tool } from '@modelcontextprotocol/sdk/types.js';
import { AjvJsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/ajv-provider.js';
import type { Database } from '../../src/graph/database';
import { CAVEAT } from '../../src/mcp/render';
import type { RunningService } from '../../src/server/app';
import { connectHttp, connectStdio } from '../support/mcpClients';
import { addClaim, upsertEntity } from '../../src/mutations/repository';
import { checkClaimInput, checkEntityInput } from '../../src/mutations/inputRules';
import { postGraphQL, startSeededService, stopService } from '../support/testService';

/**
 * The MCP server through the SDK's own client, over both transports: Streamable HTTP at /mcp on the GraphQL
 * port, and stdio through `npm run mcp`. Every tool is called with good input (structured output checked
 * against the schema tools/list publishes; the text says grade, source and caveat) and with bad input
 * (an isError result whose message says what to send instead, never a stack trace).
 */

const SOURCE_TITLE = 'Acupuncture for runners';
const validator = new AjvJsonSchemaValidator();

type Call = { name: string; arguments: Record<string, unknown> };

/** One good call per tool, on the curated seed. */
const GOOD: Call[] = [
  { name: 'search_entities', arguments: { text: 'plantar fascitis' } },
  { name: 'get_facts', arguments: { question: 'Does acupuncture help plantar fasciitis?' } },
  { name: 'get_condition', arguments: { id: 'plantar-fasciitis' } },
  { name: 'get_related_conditions', arguments: { id: 'plantar-fasciitis', limit: 3 } },
  { name: 'find_paths', arguments: { from: 'acupuncture', to: 'heel-pain', maxHops: 3 } },
  { name: 'get_evidence', arguments: { claimId: 'acupuncture-treats-plantar-fasciitis' } },
  { name: 'get_evidence', arguments: { conditionId: 'plantar-fasciitis' } },
];

/** Bad input per tool, and a word the message must contain so a model knows what to change. */
const BAD: Array<Call & { says: RegExp; code: string }> = [
  { name: 'search_entities', arguments: { text: 'x'.repeat(201) }, says: /text must be at most 200 characters/, code: 'BAD_USER_INPUT' },
  { name: 'search_entities', arguments: { text: 'knee', kinds: ['DISEASE'] }, says: /kinds/, code: 'BAD_USER_INPUT' },
  { name: 'get_facts', arguments: { question: '' }, says: /question must not be empty/, code: 'BAD_USER_INPUT' },
  { name: 'get_facts', arguments: { question: 'heel', limit: 500 }, says: /limit must be at most 30/, code: 'BAD_USER_INPUT' },
  {
    name: 'get_condition',
    arguments: { id: 'no-such-condition' },
    says: /No entity has id "no-such-condition".*search_entities/,
    code: 'NOT_FOUND',
  },
  { name: 'get_condition', arguments: { id: 'heel-pain' }, says: /is a symptom .*not a condition/, code: 'BAD_USER_INPUT' },
  { name: 'get_condition', arguments: { id: 'plantar fasciitis' }, says: /no spaces.*search_entities/, code: 'BAD_USER_INPUT' },
  {
    name: 'get_related_conditions',
    arguments: { id: 'plantar-fasciitis', limit: 0 },
    says: /limit must be at least 1/,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'find_paths',
    arguments: { from: 'acupuncture', to: 'heel-pain', maxHops: 7 },
    says: /maxHops must be at most 6/,
    code: 'BAD_USER_INPUT',
  },
  { name: 'find_paths', arguments: { from: 'acupuncture', to: 'nowhere' }, says: /No entity has id "nowhere"/, code: 'NOT_FOUND' },
  { name: 'get_evidence', arguments: {}, says: /exactly one of claimId .* or conditionId/, code: 'BAD_USER_INPUT' },
  { name: 'get_evidence', arguments: { claimId: 'made-up-claim' }, says: /No claim has id "made-up-claim"/, code: 'NOT_FOUND' },
  {
    name: 'get_evidence',
    arguments: { claimId: 'a', cypher: 'MATCH (n) DETACH DELETE n' },
    says: /Unrecognized key.*cypher/,
    code: 'BAD_USER_INPUT',
  },
];

const textOf = (result: CallToolResult) => result.content.map((c) => (c.type === 'text' ? c.text : '')).join('\n');

function describeTransport(name: string, connect: () => Promise<{ client: Client; close: () => Promise<void> }>) {
  describe(`MCP over ${name}`, () => {
    let client: Client;
    let close: () => Promise<void>;
    let tools: Tool[];

    beforeAll(async () => {
      ({ client, close } = await connect());
      tools = (await client.listTools()).tools;
    });
    afterAll(() => close());

    it('lists six read-only tools, each with a description, bounded input and an output schema', () => {
      expect(tools.map((t) => t.name)).toEqual([
        'search_entities',
        'get_facts',
        'get_condition',
        'get_related_conditions',
        'find_paths',
        'get_evidence',
      ]);
      for (const tool of tools) {
        expect(tool.description!.length).toBeGreaterThan(150);
        expect(tool.annotations).toEqual(expect.objectContaining({ readOnlyHint: true, destructiveHint: false }));
        expect(tool.inputSchema).toEqual(expect.objectContaining({ type: 'object', additionalProperties: false }));
        expect(tool.outputSchema).toEqual(expect.objectContaining({ type: 'object' }));
        // Every string argument has a length bound, every number a range.
        for (const [arg, schema] of Object.entries(tool.inputSchema.properties ?? {}) as [string, Record<string, unknown>][]) {
          if (schema.type === 'string' && !schema.enum) expect([arg, schema.maxLength]).toEqual([arg, expect.any(Number)]);
          if (schema.type === 'integer')
            expect([arg, schema.minimum, schema.maximum]).toEqual([arg, expect.any(Number), expect.any(Number)]);
          if (schema.type === 'array') expect([arg, schema.maxItems]).toEqual([arg, expect.any(Number)]);
        }
      }
    });

    it('lists the entity page template and the conditions as resources', async () => {
      const { resourceTemplates } = await client.listResourceTemplates();
      expect(resourceTemplates).toEqual([expect.objectContaining({ uriTemplate: 'kg://entity/{id}', name: 'entity' })]);
      const { resources } = await client.listResources();
      expect(resources).toContainEqual(expect.objectContaining({ uri: 'kg://entity/plantar-fasciitis', name: 'Plantar fasciitis' }));
      expect(resources.every((r) => r.uri.startsWith('kg://entity/'))).toBe(true);
    });

    it('reads a condition page as a resource: markdown with grade, source and caveat, and the same as JSON', async () => {
      const { contents } = await client.readResource({ uri: 'kg://entity/plantar-fasciitis' });
      const [markdown, json] = contents as { mimeType: string; text: string }[];
      expect(markdown!.mimeType).toBe('text/markdown');
      expect(markdown!.text).toMatch(
        /Acupuncture treats it: grade LOW \(low-certainty evidence\); the studies disagree \(\d+ supporting, \d+ against/,
      );
      expect(markdown!.text).toMatch(/sources: .*\(systematic review, 2012\)/);
      expect(markdown!.text).toContain(CAVEAT);
      expect(JSON.parse(json!.text)).toEqual(expect.objectContaining({ condition: expect.objectContaining({ id: 'plantar-fasciitis' }) }));
      await expect(client.readResource({ uri: 'kg://entity/no-such-entity' })).rejects.toThrow(/No entity has id "no-such-entity"/);
    });

    it.each(GOOD.map((c) => [`${c.name} ${JSON.stringify(c.arguments)}`, c] as const))(
      'answers %s with structured content that fits its schema, and text naming grade, source and caveat',
      async (_label, call) => {
        const result = (await client.callTool(call)) as CallToolResult;
        expect(result.isError).toBeFalsy();
        const schema = tools.find((t) => t.name === call.name)!.outputSchema!;
        const check = validator.getValidator(schema)(result.structuredContent);
        expect(check.errorMessage ?? 'valid').toBe('valid');
        expect(result.structuredContent!.caveat).toBe(CAVEAT);
        const text = textOf(result);
        expect(text).toContain(CAVEAT);
        expect(text).toMatch(/grade|graded|certainty/i);
        if (call.name !== 'search_entities' && call.name !== 'get_related_conditions') {
          expect(text).toMatch(/grade LOW|low-certainty/);
          expect(text).toContain(SOURCE_TITLE);
        }
      },
    );

    it('says what it found, not just that it answered', async () => {
      const search = (await client.callTool({ name: 'search_entities', arguments: { text: 'plantar fascitis' } })) as CallToolResult;
      expect((search.structuredContent!.hits as { id: string }[])[0]!.id).toBe('plantar-fasciitis');

      const page = (await client.callTool({ name: 'get_condition', arguments: { id: 'plantar-fasciitis' } })) as CallToolResult;
      const content = page.structuredContent as {
        symptoms: { id: string }[];
        treatments: { treatment: { id: string }; strongestGrade: string; claims: { sources: { kind: string }[] }[] }[];
      };
      expect(content.symptoms.map((s) => s.id)).toContain('heel-pain');
      expect(content.treatments[0]).toEqual(
        expect.objectContaining({ treatment: expect.objectContaining({ id: 'acupuncture' }), strongestGrade: 'LOW' }),
      );
      const kinds = content.treatments[0]!.claims[0]!.sources.map((src) => src.kind);
      expect(kinds).toEqual(expect.arrayContaining(['SYSTEMATIC_REVIEW', 'TRIAL', 'LAY_ARTICLE']));

      const facts = (await client.callTool({
        name: 'get_facts',
        arguments: { question: 'Does acupuncture help plantar fasciitis?' },
      })) as CallToolResult;
      // The facts query answers what the question is about: what is acted on, not the treatment acting.
      expect((facts.structuredContent!.answers as { entity: { id: string } }[]).map((a) => a.entity.id)).toEqual(['plantar-fasciitis']);

      const paths = (await client.callTool({
        name: 'find_paths',
        arguments: { from: 'acupuncture', to: 'heel-pain', maxHops: 2 },
      })) as CallToolResult;
      const [path] = paths.structuredContent!.paths as { hops: { type: string; grade: string | null; sources: { id: string }[] }[] }[];
      expect(path!.hops.map((h) => [h.type, h.grade])).toEqual([
        ['TREATS', 'LOW'],
        ['PRESENTS', null],
      ]);
      expect(path!.hops[0]!.sources.map((src) => src.id)).toEqual(expect.arrayContaining(['source-article', 'clark-tighe-2012-php-sr']));

      const evidence = (await client.callTool({
        name: 'get_evidence',
        arguments: { claimId: 'acupuncture-treats-plantar-fasciitis' },
      })) as CallToolResult;
      const [claim] = evidence.structuredContent!.claims as {
        grade: string;
        gradeStart: string;
        balance: string;
        gradeReasons: { factor: string; levelsDown: number; explanation: string }[];
        findings: { stance: string; source: { study: { design: string } | null }; figures: unknown[] }[];
      }[];
      // The seed's rubric: randomised evidence starts at HIGH; the reasons it moved down are recorded.
      expect([claim!.gradeStart, claim!.grade, claim!.balance]).toEqual(['HIGH', 'LOW', 'CONFLICTING']);
      expect(claim!.gradeReasons.reduce((sum, r) => sum + r.levelsDown, 0)).toBe(2);
      expect(claim!.findings.map((f) => f.stance)).toEqual(expect.arrayContaining(['SUPPORTS', 'CONTRADICTS']));
      expect(claim!.findings.every((f) => f.source.study !== null)).toBe(true);
      expect(claim!.findings.some((f) => f.figures.length > 0)).toBe(true);
      expect(textOf(evidence)).toMatch(/started at HIGH .*down for/);
      expect(textOf(evidence)).toMatch(/Goes against it: “/);

      const related = (await client.callTool({ name: 'get_related_conditions', arguments: { id: 'plantar-fasciitis' } })) as CallToolResult;
      const first = (related.structuredContent!.related as { reasons: string[]; sharedCount: number }[])[0]!;
      expect(first.sharedCount).toBeGreaterThan(0);
      expect(first.reasons.join(' ')).toMatch(/^shares the /);
    });

    it.each(BAD.map((c) => [`${c.name} ${JSON.stringify(c.arguments).slice(0, 60)}`, c] as const))(
      'refuses %s with an isError result that says what to send instead',
      async (_label, call) => {
        const result = (await client.callTool({ name: call.name, arguments: call.arguments })) as CallToolResult;
        expect(result.isError).toBe(true);
        expect(result.structuredContent).toBeUndefined();
        const text = textOf(result);
        expect(text).toMatch(call.says);
        expect(text).not.toMatch(/\n\s+at |Neo4jError|MATCH \(/);
        if (result._meta?.errorCode) expect(result._meta.errorCode).toBe(call.code);
      },
    );
  });
}

let db: Database;
let service: RunningService;

beforeAll(async () => {
  ({ db, service } = await startSeededService());
});
afterAll(() => stopService(service, db));

describeTransport('Streamable HTTP', async () => {
  const client = await connectHttp(service);
  return { client, close: () => client.close() };
});

describeTransport('stdio (npm run mcp)', async () => {
  const { client } = await connectStdio();
  return { client, close: () => client.close() };
});

describe('get_condition on a condition with more treatments than a page shows', () => {
  it('lists the strongest 20 treatments, the same ones in the same order as Condition.treatments', async () => {
    const author = { by: 'mcp-test', at: new Date().toISOString() };
    await upsertEntity(
      db,
      checkEntityInput({ id: 'mcp-hub-condition', kind: 'CONDITION', name: 'MCP hub condition', description: 'A test condition.' }),
      author,
    );
    const strengths = ['HIGH', 'MODERATE', 'LOW', 'VERY_LOW'] as const;
    for (let i = 0; i < 25; i++) {
      const treatment = `mcp-hub-treatment-${String(i).padStart(2, '0')}`;
      await upsertEntity(db, checkEntityInput({ id: treatment, kind: 'TREATMENT', name: `MCP hub treatment ${i}` }), author);
      await addClaim(
        db,
        checkClaimInput({
          subject: treatment,
          predicate: 'TREATS',
          object: 'mcp-hub-condition',
          strength: strengths[i % 4]!,
          statement: `MCP hub test claim ${i}.`,
          newSources: [{ id: `mcp-hub-source-${i}`, title: `[synthetic] MCP hub source ${i}`, kind: 'SYSTEMATIC_REVIEW' }],
        }),
        author,
      );
    }
    const client = await connectHttp(service);
    try {
      const page = (await client.callTool({ name: 'get_condition', arguments: { id: 'mcp-hub-condition' } })) as CallToolResult;
      const listed = (page.structuredContent as { treatments: { treatment: { id: string } }[] }).treatments.map((t) => t.treatment.id);
      const { body } = await postGraphQL<{ entity: { treatments: { treatment: { id: string } }[] } }>(
        service,
        '{ entity(id: "mcp-hub-condition") { ... on Condition { treatments { treatment { id } } } } }',
      );
      expect(listed).toHaveLength(20);
      expect(listed).toEqual(body.data!.entity.treatments.map((t) => t.treatment.id));
      // Strongest first: the seven HIGH claims' treatments lead, by id.
      expect(listed.slice(0, 7)).toEqual(['00', '04', '08', '12', '16', '20', '24'].map((n) => `mcp-hub-treatment-${n}`));
    } finally {
      await client.close();
    }
  });
});
