/**
 * The benchmark measures the service as it is deployed: compiled JavaScript (`npm run build`, as
 * `npm start` and the Docker image run it), not TypeScript compiled on the fly by tsx. Under tsx every
 * stack trace goes through source maps, and neo4j-driver captures one for every statement and commit:
 * about 100 µs each under tsx against 45 µs compiled (measured in session 7's server profile).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_DIR } from '../src/paths';

/** Where `npm run build` puts a compiled source file: dist/ mirrors the project folder. */
export function compiledPath(projectRelativeTs: string): string {
  return join(PROJECT_DIR, 'dist', projectRelativeTs.replace(/\.ts$/, '.js'));
}

/**
 * Compiles src/, seed/ and bench/ into dist/ (tsconfig.bench.json: the build of `npm start` and the Docker image,
 * tsconfig.build.json, plus bench/ for the servers' wrapper), so a run never measures stale JavaScript.
 */
export function buildCompiled(log: (line: string) => void = () => {}): void {
  const started = Date.now();
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', join(PROJECT_DIR, 'tsconfig.bench.json')], {
    cwd: PROJECT_DIR,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  log(`Compiled the service into dist/ (${((Date.now() - started) / 1000).toFixed(1)} s).`);
}
