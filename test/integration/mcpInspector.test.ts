import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Database } from '../../src/graph/database';
import { PROJECT_DIR } from '../../src/paths';
import { CAVEAT } from '../../src/mcp/render';
import { seedDatabase } from '../../seed';
import { clearDatabase, testDatabase } from '../support/testDatabase';

/**
 * The MCP Inspector's CLI mode (`mcp-inspector --cli`, @modelcontextprotocol/inspector 1.0.3: the 2.x line needs
 * Node 22.19, this project runs on Node 20) against `npm run mcp`, exactly as the README tells a user to check a
 * setup. Each run starts the server, sends one request, prints the JSON answer and exits.
 */

const run = promisify(execFile);
const INSPECTOR = join(PROJECT_DIR, 'node_modules', '.bin', 'mcp-inspector');

async function inspect(...args: string[]): Promise<Record<string, unknown>> {
  const { stdout } = await run(INSPECTOR, ['--cli', 'npm', 'run', 'mcp', ...args], {
    cwd: PROJECT_DIR,
    env: { ...process.env, NEO4J_URI: process.env.TEST_NEO4J_URI!, SEED_ON_START: 'false', LOG_LEVEL: 'warn' },
    timeout: 90000,
  });
  return JSON.parse(stdout) as Record<string, unknown>;
}

describe('MCP Inspector CLI against npm run mcp', () => {
  let db: Database;

  beforeAll(async () => {
    db = testDatabase();
    await clearDatabase(db);
    await seedDatabase(db);
  });
  afterAll(() => db.close());

  it('lists the six tools with their schemas', async () => {
    const listed = (await inspect('--method', 'tools/list')) as { tools: { name: string; outputSchema?: unknown }[] };
    expect(listed.tools.map((t) => t.name)).toEqual([
      'search_entities',
      'get_facts',
      'get_condition',
      'get_related_conditions',
      'find_paths',
      'get_evidence',
    ]);
    expect(listed.tools.every((t) => t.outputSchema)).toBe(true);
  });

  it('calls get_condition and gets the page with grade, source and caveat', async () => {
    const result = (await inspect('--method', 'tools/call', '--tool-name', 'get_condition', '--tool-arg', 'id=plantar-fasciitis')) as {
      content: { text: string }[];
      structuredContent: { treatments: { strongestGrade: string }[] };
      isError?: boolean;
    };
    expect(result.isError).toBeFalsy();
    expect(result.structuredContent.treatments[0]!.strongestGrade).toBe('LOW');
    expect(result.content[0]!.text).toMatch(/grade LOW \(low-certainty evidence\); the studies disagree.*sources: “/);
    expect(result.content[0]!.text).toContain(CAVEAT);
  });

  it('calls a tool with a bad argument and gets an isError result, the server still answering', async () => {
    const result = (await inspect(
      '--method',
      'tools/call',
      '--tool-name',
      'find_paths',
      '--tool-arg',
      'from=acupuncture',
      '--tool-arg',
      'to=heel-pain',
      '--tool-arg',
      'maxHops=9',
    )) as {
      content: { text: string }[];
      isError?: boolean;
    };
    expect(result.isError).toBe(true);
    expect(result.content[0]!.text).toMatch(/maxHops must be at most 6/);
  });

  it('reads an entity page resource', async () => {
    const read = (await inspect('--method', 'resources/read', '--uri', 'kg://entity/heel-pain')) as { contents: { text: string }[] };
    expect(read.contents[0]!.text).toMatch(/Heel pain is a symptom of plantar fasciitis/);
  });
});
