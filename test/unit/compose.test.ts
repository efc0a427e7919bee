import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { parse } from 'yaml';
import { scriptNodeFlags } from '../../src/nodeFlags';

/**
 * No Docker engine runs the tests, so these read docker-compose.yml and the Dockerfile as
 * text and check the wiring that would otherwise only break at `docker compose up`.
 */
const PROJECT_DIR = posix.join(__dirname, '..', '..');

type Healthcheck = { test?: string | string[]; interval?: string; retries?: number };
type Service = {
  image?: string;
  build?: string | { context?: string; dockerfile?: string };
  environment?: Record<string, string | number | boolean | null> | string[];
  ports?: Array<string | { target: number; published?: string | number; host_ip?: string }>;
  volumes?: Array<string | { type: string; source?: string; target: string }>;
  healthcheck?: Healthcheck;
  depends_on?: string[] | Record<string, { condition?: string }>;
};
type Compose = { services: Record<string, Service>; volumes?: Record<string, unknown> };

const compose = parse(readFileSync(posix.join(PROJECT_DIR, 'docker-compose.yml'), 'utf8')) as Compose;

function service(name: string): Service {
  const found = compose.services[name];
  if (!found) throw new Error(`docker-compose.yml has no service "${name}"`);
  return found;
}

/** environment may be a map or a list of KEY=VALUE; compose accepts both. */
function environment(s: Service): Record<string, string> {
  const env = s.environment ?? {};
  if (Array.isArray(env)) {
    return Object.fromEntries(env.map((entry) => [entry.slice(0, entry.indexOf('=')), entry.slice(entry.indexOf('=') + 1)]));
  }
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === null ? '' : String(v)]));
}

/** Compose's own interpolation for the forms used here: ${VAR}, ${VAR:-default}, ${VAR-default}, $$. */
function interpolate(value: string, env: Record<string, string | undefined>): string {
  return value.replace(/\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?-)([^}]*))?\}/g, (match, name?: string, op?: string, fallback?: string) => {
    if (match === '$$') return '$';
    const current = env[name as string];
    if (op === ':-') return current ? current : (fallback ?? '');
    if (op === '-') return current !== undefined ? current : (fallback ?? '');
    return current ?? '';
  });
}

/** Container-side ports a service publishes. */
function containerPorts(s: Service): number[] {
  return (s.ports ?? []).map((p) => {
    if (typeof p === 'object') return p.target;
    const parts = p.split('/')[0]!.split(':');
    return Number(parts[parts.length - 1]);
  });
}

/** The Bolt port inside the neo4j container: 7687 unless the listen address is overridden. */
function neo4jBoltPort(env: Record<string, string>): number {
  const listen = env.NEO4J_server_bolt_listen__address;
  if (!listen) return 7687;
  return Number(listen.slice(listen.lastIndexOf(':') + 1));
}

describe('docker-compose.yml', () => {
  const neo4j = service('neo4j');
  const api = service('api');
  const neo4jEnv = environment(neo4j);
  const apiEnv = environment(api);

  it('runs Neo4j 5.26 Community', () => {
    expect(neo4j.image).toMatch(/^neo4j:5\.26(\.\d+)?-community$/);
  });

  it('points the API at the neo4j service by name, on the container Bolt port', () => {
    const uri = new URL(interpolate(apiEnv.NEO4J_URI ?? '', {}));
    expect(uri.protocol).toMatch(/^(bolt|neo4j):$/);
    expect(uri.hostname).toBe('neo4j');
    expect(Number(uri.port || 7687)).toBe(neo4jBoltPort(neo4jEnv));
    expect(containerPorts(neo4j)).toContain(neo4jBoltPort(neo4jEnv));
    expect(containerPorts(neo4j)).toContain(7474);
  });

  it.each([
    ['with NEO4J_PASSWORD unset', {}],
    ['with NEO4J_PASSWORD set', { NEO4J_PASSWORD: 'a-much-longer-secret' }],
  ])('gives both services the same credentials %s', (_label, hostEnv: Record<string, string>) => {
    const auth = interpolate(neo4jEnv.NEO4J_AUTH ?? '', hostEnv);
    const slash = auth.indexOf('/');
    expect(slash).toBeGreaterThan(0);
    const [user, password] = [auth.slice(0, slash), auth.slice(slash + 1)];
    expect(interpolate(apiEnv.NEO4J_USERNAME ?? 'neo4j', hostEnv)).toBe(user);
    expect(interpolate(apiEnv.NEO4J_PASSWORD ?? '', hostEnv)).toBe(password);
    if (hostEnv.NEO4J_PASSWORD) expect(password).toBe(hostEnv.NEO4J_PASSWORD);
    // Neo4j 5 refuses to start with an initial password shorter than 8 characters.
    expect(password.length).toBeGreaterThanOrEqual(8);
  });

  it('makes the API listen on all interfaces inside its container, on the published port', () => {
    expect(apiEnv.HOST).toBe('0.0.0.0');
    expect(containerPorts(api)).toContain(Number(apiEnv.PORT ?? 4000));
  });

  it('starts the API only once Neo4j is healthy', () => {
    const dependsOn = api.depends_on;
    expect(dependsOn).toBeDefined();
    expect(Array.isArray(dependsOn)).toBe(false);
    expect((dependsOn as Record<string, { condition?: string }>).neo4j?.condition).toBe('service_healthy');
  });

  it('gives Neo4j a healthcheck that asks Bolt or HTTP', () => {
    const test = neo4j.healthcheck?.test;
    expect(test).toBeDefined();
    const command = Array.isArray(test) ? test.join(' ') : (test as string);
    expect(command).not.toMatch(/^NONE/);
    expect(command).toMatch(/cypher-shell|wget|curl/);
    // cypher-shell must use the password from NEO4J_AUTH, escaped so compose leaves it to the container shell.
    if (command.includes('cypher-shell')) expect(command).toContain('$${NEO4J_AUTH');
  });

  it('keeps /data on a named volume declared at top level', () => {
    const dataMount = (neo4j.volumes ?? [])
      .map((v) => (typeof v === 'string' ? { source: v.split(':')[0], target: v.split(':')[1] } : v))
      .find((v) => v.target === '/data');
    expect(dataMount).toBeDefined();
    const source = dataMount!.source ?? '';
    // A named volume, not a host path.
    expect(source).toMatch(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/);
    expect(Object.keys(compose.volumes ?? {})).toContain(source);
  });

  it('builds the API from this folder', () => {
    const build = api.build;
    const context = typeof build === 'string' ? build : build?.context;
    expect(posix.normalize(context ?? '')).toBe('.');
  });
});

type Instruction = { keyword: string; args: string };
type Stage = { from: string; name?: string; instructions: Instruction[] };

/** Dockerfile instructions with continuation lines joined and comments dropped, grouped by stage. */
function dockerfileStages(text: string): Stage[] {
  const joined = text
    .split('\n')
    .filter((line) => !/^\s*#/.test(line))
    .join('\n')
    .replace(/\\\n/g, ' ');
  const stages: Stage[] = [];
  for (const line of joined.split('\n')) {
    const match = /^\s*([A-Za-z]+)\s+(.*)$/.exec(line);
    if (!match) continue;
    const keyword = match[1]!.toUpperCase();
    const args = match[2]!.trim();
    if (keyword === 'FROM') {
      const from = /^(?:--platform=\S+\s+)?(\S+)(?:\s+AS\s+(\S+))?/i.exec(args)!;
      stages.push({ from: from[1]!, name: from[2], instructions: [] });
    } else if (stages.length > 0) {
      stages[stages.length - 1]!.instructions.push({ keyword, args });
    }
  }
  return stages;
}

describe('Dockerfile', () => {
  const stages = dockerfileStages(readFileSync(posix.join(PROJECT_DIR, 'Dockerfile'), 'utf8'));
  const runtime = stages[stages.length - 1]!;
  const all = (keyword: string) => runtime.instructions.filter((i) => i.keyword === keyword).map((i) => i.args);
  const last = (keyword: string) => all(keyword).pop();

  it('is multi-stage: a build stage compiles, the runtime stage is node:20-slim', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    const build = stages[0]!;
    const buildRuns = build.instructions.filter((i) => i.keyword === 'RUN').map((i) => i.args);
    expect(buildRuns.some((r) => /\bnpm ci\b/.test(r))).toBe(true);
    expect(buildRuns.some((r) => /\bnpm run build\b/.test(r))).toBe(true);
    expect(runtime.from).toBe('node:20-slim');
  });

  it('installs only production dependencies in the runtime stage and copies dist/ from the build stage', () => {
    expect(all('RUN').some((r) => /\bnpm ci\b.*--omit=dev/.test(r))).toBe(true);
    const buildName = stages[0]!.name ?? '0';
    expect(all('COPY').some((c) => new RegExp(`--from=${buildName}\\s+\\S*dist\\S*\\s`).test(`${c} `))).toBe(true);
  });

  it('runs as a non-root user', () => {
    const user = last('USER');
    expect(user).toBeDefined();
    const name = user!.split(':')[0];
    expect(['root', '0']).not.toContain(name);
  });

  it('copies package.json, schema/ and seed data to where the compiled service reads them', () => {
    // src/paths.ts finds the project folder by package.json; schema/ and seed/data/ sit next to it.
    const workdir = last('WORKDIR') ?? '/';
    const copies = all('COPY')
      .filter((c) => !c.startsWith('--from'))
      .map((c) => {
        const parts = c.split(/\s+/);
        return { sources: parts.slice(0, -1), dest: posix.resolve(workdir, parts[parts.length - 1]!) };
      });
    const copied = (source: string) => copies.filter((c) => c.sources.includes(source)).map((c) => c.dest);
    expect(copied('package.json')).toContain(workdir);
    expect(copied('schema')).toContain(posix.join(workdir, 'schema'));
    expect(copied('seed/data')).toContain(posix.join(workdir, 'seed', 'data'));
  });

  it("listens on all interfaces on port 4000 and starts the compiled entrypoint with npm start's memory flags", () => {
    const env = all('ENV').join(' ');
    expect(env).toMatch(/\bHOST=0\.0\.0\.0\b/);
    expect(env).toMatch(/\bPORT=4000\b/);
    expect(all('EXPOSE')).toContain('4000');
    const flags = scriptNodeFlags('start');
    expect(flags.filter((flag) => flag.startsWith('--max-old-space-size='))).toHaveLength(1);
    expect(JSON.parse(last('CMD') ?? 'null')).toEqual(['node', ...flags, 'dist/src/index.js']);
  });
});
