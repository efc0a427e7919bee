import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../../src/config';

const PROJECT_DIR = join(__dirname, '..', '..');

/** The ConfigError loadConfig throws for env; fails the test when it does not throw one. */
function configError(env: NodeJS.ProcessEnv): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

describe('loadConfig', () => {
  it('has working defaults for an empty environment', () => {
    expect(loadConfig({})).toMatchObject({
      nodeEnv: 'production',
      host: '127.0.0.1',
      port: 4000,
      logLevel: 'info',
      neo4j: {
        uri: undefined,
        username: 'neo4j',
        password: undefined,
        database: undefined,
        maxPoolSize: 50,
        connectTimeoutMs: 3000,
        queryTimeoutMs: 10000,
      },
      embedded: { port: 7687, dataDir: 'data/neo4j', heap: '1g', pagecache: '512m', startTimeoutMs: 180000 },
      seedOnStart: true,
    });
  });

  it('reads the environment it is given, not process.env', () => {
    const config = loadConfig({ PORT: '4321', HOST: '0.0.0.0', LOG_LEVEL: 'debug', NEO4J_HEAP: '2G', SEED_ON_START: 'false' });
    expect(config.port).toBe(4321);
    expect(config.host).toBe('0.0.0.0');
    expect(config.logLevel).toBe('debug');
    expect(config.embedded.heap).toBe('2G');
    expect(config.seedOnStart).toBe(false);
  });

  it('treats empty strings as unset', () => {
    const config = loadConfig({ PORT: '', LOG_LEVEL: '', NEO4J_URI: '', NEO4J_HEAP: '', NEO4J_PASSWORD: '', SEED_ON_START: '' });
    expect(config.port).toBe(4000);
    expect(config.logLevel).toBe('info');
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.neo4j.password).toBeUndefined();
    expect(config.embedded.heap).toBe('1g');
    expect(config.seedOnStart).toBe(true);
  });

  it.each([
    'bolt://localhost:7687',
    'bolt://neo4j:7687',
    'bolt+s://db.example.com:7687',
    'bolt+ssc://10.0.0.5:7687',
    'neo4j://cluster.example.com:7687',
    'neo4j+s://abcd1234.databases.neo4j.io',
    'neo4j+ssc://cluster.example.com',
  ])('accepts NEO4J_URI=%s', (uri) => {
    expect(loadConfig({ NEO4J_URI: uri }).neo4j.uri).toBe(uri);
  });

  it.each(['http://localhost:7474', 'localhost:7687', 'bolt://', 'bolt:// localhost:7687', 'neo4j+x://host:7687'])(
    'rejects NEO4J_URI=%s, naming the variable',
    (uri) => {
      const error = configError({ NEO4J_URI: uri });
      expect(error.problems).toEqual([expect.stringMatching(/^NEO4J_URI: .*bolt:\/\/ or neo4j:\/\//)]);
      expect(error.message).toContain('NEO4J_URI');
    },
  );

  it.each([
    ['abc', /must be a number/],
    ['70000', /between 0 and 65535/],
    ['-1', /between 0 and 65535/],
    ['4000.5', /whole number/],
  ])('rejects PORT=%s, naming the variable', (value, reason) => {
    const error = configError({ PORT: value });
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatch(/^PORT: /);
    expect(error.problems[0]).toMatch(reason);
    expect(error.message).toMatch(/^Invalid configuration:\n {2}- PORT: /);
  });

  it('rejects NEO4J_EMBEDDED_PORT out of range under its own name', () => {
    expect(configError({ NEO4J_EMBEDDED_PORT: '99999' }).problems).toEqual([expect.stringMatching(/^NEO4J_EMBEDDED_PORT: /)]);
  });

  it.each(['verbose', 'INFO', 'warning'])('rejects LOG_LEVEL=%s and lists the valid levels', (value) => {
    const error = configError({ LOG_LEVEL: value });
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatch(/^LOG_LEVEL: /);
    expect(error.message).toContain('fatal, error, warn, info, debug, trace, silent');
  });

  it.each(['1gb', '512', 'lots', '1.5g'])('rejects NEO4J_HEAP=%s, naming the variable', (value) => {
    const error = configError({ NEO4J_HEAP: value });
    expect(error.problems).toEqual([expect.stringMatching(/^NEO4J_HEAP: .*512m or 1g/)]);
  });

  it.each(['512m', '1g', '2048k', '4G'])('accepts NEO4J_HEAP=%s', (value) => {
    expect(loadConfig({ NEO4J_HEAP: value }).embedded.heap).toBe(value);
  });

  it('reports every bad variable at once', () => {
    const error = configError({ PORT: 'abc', LOG_LEVEL: 'loud', NEO4J_URI: 'http://x', NEO4J_HEAP: 'big' });
    expect(error.problems.map((p) => p.split(':')[0]).sort()).toEqual(['LOG_LEVEL', 'NEO4J_HEAP', 'NEO4J_URI', 'PORT']);
  });

  it.each([
    ['true', true],
    ['1', true],
    ['yes', true],
    ['false', false],
    ['0', false],
    ['no', false],
  ])('reads SEED_ON_START=%s as %s', (value, expected) => {
    expect(loadConfig({ SEED_ON_START: value }).seedOnStart).toBe(expected);
  });

  it('allows no cross-origin callers and no credentials unless configured', () => {
    expect(loadConfig({}).cors).toEqual({ origins: [], credentials: false });
    expect(loadConfig({ CORS_ORIGINS: 'https://app.example.org, http://localhost:5173', CORS_CREDENTIALS: 'true' }).cors).toEqual({
      origins: ['https://app.example.org', 'http://localhost:5173'],
      credentials: true,
    });
  });

  it.each(['*', 'https://app.example.org/', 'app.example.org', 'https://app.example.org/path', 'ftp://files.example.org'])(
    'rejects CORS_ORIGINS entry %s, which is not an origin as a browser sends it',
    (origin) => {
      expect(configError({ CORS_ORIGINS: origin }).problems[0]).toMatch(/^CORS_ORIGINS: /);
    },
  );

  it('rejects a SEED_ON_START that is not a boolean', () => {
    expect(configError({ SEED_ON_START: 'maybe' }).problems).toEqual([expect.stringMatching(/^SEED_ON_START: /)]);
  });
});

describe('the real entrypoint with a bad PORT', () => {
  it('exits non-zero before starting anything and names PORT', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
      cwd: PROJECT_DIR,
      env: { ...process.env, PORT: 'abc', NEO4J_URI: '', SEED_ON_START: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30000);
    const code = await new Promise<number | null>((resolvePromise) => child.once('exit', (c) => resolvePromise(c)));
    clearTimeout(timer);

    expect(code).not.toBe(0);
    expect(code).not.toBeNull(); // null would mean the timeout had to kill it
    expect(output).toMatch(/PORT: must be a number/);
    expect(output).not.toMatch(/Embedded Neo4j|GraphQL API ready/);
  });
});
