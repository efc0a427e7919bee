import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { promisify } from 'node:util';

/**
 * The layering rules of .dependency-cruiser.cjs, each made to bite: a small project laid out like this
 * one passes, and the same project with one forbidden import added is refused, by exactly the rule
 * meant for it and with the import named.
 */
const PROJECT_DIR = join(__dirname, '..', '..');
const DEPCRUISE = join(PROJECT_DIR, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
const CONFIG = join(PROJECT_DIR, '.dependency-cruiser.cjs');

/** file → the files it imports (project-relative); `type:` before a target makes it a type-only import. */
type Layout = Record<string, string[]>;

/** The shape the rules allow, top to bottom, with one of each kind of module. */
const CLEAN: Layout = {
  'src/index.ts': ['src/main.ts', 'src/config.ts'],
  'src/main.ts': ['src/server/app.ts', 'src/graph/database.ts', 'seed/index.ts'],
  'src/server/app.ts': ['src/server/loaders.ts', 'src/entities/resolvers.ts', 'src/core/errors.ts', 'type:src/core/context.ts'],
  'src/server/loaders.ts': ['src/entities/repository.ts', 'type:src/core/context.ts'],
  'src/entities/resolvers.ts': ['src/entities/repository.ts', 'src/core/errors.ts', 'type:src/core/context.ts', 'src/search/query.ts'],
  'src/entities/repository.ts': ['src/domain/records.ts', 'src/graph/database.ts'],
  'src/search/query.ts': ['src/domain/normalize.ts'],
  'src/core/context.ts': ['type:src/domain/records.ts', 'type:src/graph/database.ts', 'type:src/auth/apiKeys.ts'],
  'src/core/errors.ts': [],
  'src/domain/records.ts': ['type:src/generated/graphql.ts'],
  'src/domain/normalize.ts': [],
  'src/generated/graphql.ts': [],
  'src/generated/resolvers.ts': ['type:src/generated/graphql.ts', 'type:src/core/context.ts', 'type:src/domain/records.ts'],
  'src/graph/database.ts': ['src/config.ts'],
  'src/auth/apiKeys.ts': ['type:src/config.ts'],
  'src/config.ts': ['src/paths.ts'],
  'src/paths.ts': [],
  'seed/index.ts': ['src/graph/database.ts'],
  'bench/run.ts': ['src/server/app.ts', 'seed/index.ts', 'bench/generate.ts'],
  'bench/generate.ts': ['src/domain/records.ts'],
  'test/support/service.ts': ['src/server/app.ts', 'seed/index.ts'],
  'test/app.test.ts': ['test/support/service.ts', 'bench/run.ts', 'src/core/errors.ts'],
};

/** A fixture module: its imports (runtime or type-only, which count alike) and something to import. */
function source(file: string, imports: string[]): string {
  const lines = imports.map((target, i) => {
    const typeOnly = target.startsWith('type:');
    let specifier = posix.relative(posix.dirname(file), target.replace(/^type:/, '')).replace(/\.ts$/, '');
    if (!specifier.startsWith('.')) specifier = `./${specifier}`;
    return typeOnly ? `import type { Shape as T${i} } from '${specifier}';` : `import { value as v${i} } from '${specifier}';`;
  });
  return [...lines, 'export type Shape = { n: number };', 'export const value = 1;', ''].join('\n');
}

type Finding = { rule: string; from: string; to: string };
type Result = { exitCode: number; output: string; findings: Finding[] };

/** `error rule: from → to` lines of the err reporter (a cycle's line goes on with the rest of the cycle). */
function findingsIn(output: string): Finding[] {
  return [...output.matchAll(/error ([\w-]+): (\S+)\s+→\s+(\S+)/g)].map(([, rule, from, to]) => ({ rule: rule!, from: from!, to: to! }));
}

function writeLayout(layout: Layout): string {
  const dir = mkdtempSync(join(tmpdir(), 'layers-'));
  const files = new Set([
    ...Object.keys(layout),
    ...Object.values(layout)
      .flat()
      .map((t) => t.replace(/^type:/, '')),
  ]);
  for (const file of files) {
    mkdirSync(join(dir, dirname(file)), { recursive: true });
    writeFileSync(join(dir, file), source(file, layout[file] ?? []));
  }
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { module: 'commonjs', moduleResolution: 'node', strict: true } }),
  );
  return dir;
}

const FOLDERS = ['src', 'bench', 'seed', 'test'];

/**
 * Runs the checks on many layouts in one Node process (dependency-cruiser is ESM and loads TypeScript,
 * about a second per start on this machine): the project's configuration file, read the way the
 * command line reads it, and the err reporter `npm run depcheck` prints.
 */
async function depcheckAll(layouts: Layout[]): Promise<Result[]> {
  const dirs = layouts.map(writeLayout);
  const script = `
    import { cruise } from 'dependency-cruiser';
    import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
    import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
    const [config, ...dirs] = process.argv.slice(1);
    const results = [];
    for (const dir of dirs) {
      process.chdir(dir);
      const options = await extractDepcruiseOptions(config);
      const { output, exitCode } = await cruise(${JSON.stringify(FOLDERS)}, { ...options, outputType: 'err' }, {}, { tsConfig: extractTSConfig('tsconfig.json') });
      results.push({ output, exitCode });
    }
    process.stdout.write(JSON.stringify(results));`;
  try {
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script, CONFIG, ...dirs], {
      cwd: PROJECT_DIR,
      maxBuffer: 16 * 1024 * 1024,
    });
    return (JSON.parse(stdout) as Array<{ output: string; exitCode: number }>).map((r) => ({ ...r, findings: findingsIn(r.output) }));
  } finally {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
}

/** The command itself (`depcruise`, as `npm run depcheck` calls it) on one layout: its exit code and what it prints. */
async function depcheckCli(layout: Layout): Promise<Result> {
  const dir = writeLayout(layout);
  try {
    const args = [DEPCRUISE, '--config', CONFIG, '--output-type', 'err-long', ...FOLDERS];
    const { exitCode, output } = await promisify(execFile)(process.execPath, args, { cwd: dir }).then(
      ({ stdout, stderr }) => ({ exitCode: 0, output: stdout + stderr }),
      (error: { code?: number; stdout?: string; stderr?: string }) => ({
        exitCode: error.code ?? -1,
        output: `${error.stdout ?? ''}${error.stderr ?? ''}`,
      }),
    );
    return { exitCode, output, findings: findingsIn(output) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One forbidden import added to the clean layout (a `type:` target makes it type-only; a new target file imports nothing). */
type Break = { rule: string; what: string; from: string; to: string };

function layoutWith({ from, to }: Break): Layout {
  const target = to.replace(/^type:/, '');
  return { [target]: [], ...CLEAN, [from]: [...(CLEAN[from] ?? []), to] };
}

/**
 * Each break closes no cycle unless it is meant to, so exactly one rule (the one named) refuses it.
 * Where the project once had the very import, the case says so.
 */
const BREAKS: Break[] = [
  {
    rule: 'no-circular',
    what: 'a cycle, even of type-only imports',
    from: 'src/entities/repository.ts',
    to: 'type:src/entities/resolvers.ts',
  },
  {
    rule: 'no-circular',
    what: 'a cycle in bench/ (bench/import.ts and bench/adminImport.ts had one)',
    from: 'bench/generate.ts',
    to: 'bench/run.ts',
  },
  {
    rule: 'shared-not-upward',
    what: 'the error layer importing a domain folder',
    from: 'src/core/errors.ts',
    to: 'src/entities/repository.ts',
  },
  {
    rule: 'shared-not-upward',
    what: 'the error layer importing server/ (server/errors.ts read server/limits.ts)',
    from: 'src/core/errors.ts',
    to: 'src/server/limits.ts',
  },
  {
    rule: 'shared-not-upward',
    what: 'domain/ importing a domain folder (domain/entityProps.ts read search/normalize.ts)',
    from: 'src/domain/normalize.ts',
    to: 'type:src/search/cypher.ts',
  },
  {
    rule: 'shared-not-upward',
    what: 'graph/ importing a domain folder newer than the rules',
    from: 'src/graph/database.ts',
    to: 'src/exports/kgx.ts',
  },
  {
    rule: 'domain-not-to-server',
    what: 'a domain importing server/ (resolvers read server/errors.ts)',
    from: 'src/search/query.ts',
    to: 'src/server/errors.ts',
  },
  {
    rule: 'domain-not-to-server',
    what: 'a domain importing the context type from server/ (as they did)',
    from: 'src/entities/repository.ts',
    to: 'type:src/server/context.ts',
  },
  { rule: 'only-entry-wires', what: 'server/ importing the wiring', from: 'src/server/health.ts', to: 'src/main.ts' },
  { rule: 'src-not-to-tools', what: 'src/ importing bench/', from: 'src/entities/repository.ts', to: 'bench/generate.ts' },
  { rule: 'src-not-to-tools', what: 'src/ other than the wiring importing seed/', from: 'src/server/app.ts', to: 'seed/index.ts' },
  { rule: 'entry-not-to-bench-or-tests', what: 'the wiring importing test code', from: 'src/main.ts', to: 'test/support/service.ts' },
  { rule: 'tools-not-to-tests', what: 'seed/ importing test code', from: 'seed/index.ts', to: 'type:test/support/fixtures.ts' },
];

describe('the layering rules (npm run depcheck)', () => {
  let clean: Result;
  let broken: Result[] = [];
  beforeAll(async () => {
    const results = await depcheckAll([CLEAN, ...BREAKS.map(layoutWith)]);
    clean = results[0]!;
    broken = results.slice(1);
  });

  it('pass the layered shape: wiring on top, server over domains, core/domain/graph below, tools and tests outside', () => {
    expect(clean.findings).toEqual([]);
    expect(clean.exitCode).toBe(0);
  });

  it.each(BREAKS.map((b, i) => [b.rule, b.what, b, i] as const))('%s refuses %s', (_rule, _what, { rule, from, to }, i) => {
    const result = broken[i]!;
    expect(result.exitCode).not.toBe(0);
    expect(result.findings).toEqual([{ rule, from, to: to.replace(/^type:/, '') }]);
  });

  it('fail the npm run depcheck command with a message naming the rule, the import and what to do', async () => {
    const result = await depcheckCli(
      layoutWith({ rule: 'domain-not-to-server', what: '', from: 'src/entities/resolvers.ts', to: 'src/server/loaders.ts' }),
    );
    expect(result.exitCode).not.toBe(0);
    expect(result.findings).toEqual([{ rule: 'domain-not-to-server', from: 'src/entities/resolvers.ts', to: 'src/server/loaders.ts' }]);
    expect(result.output).toMatch(/Errors and the request\s+context are in src\/core\//);
  });

  it('covers every rule in the configuration', () => {
    const config = require(CONFIG) as { forbidden: Array<{ name: string }> };
    const proven = new Set(BREAKS.map((b) => b.rule));
    expect(config.forbidden.map((rule) => rule.name).filter((name) => !proven.has(name))).toEqual([]);
  });
});
