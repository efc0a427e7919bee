import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_DIR } from './paths';

/** The V8 memory flags the project sets: the old generation's budget and the young generation's semi-spaces. */
const MEMORY_FLAG = /^--max-(old|semi)-space-size=\d+$/;

/**
 * The V8 memory flags an npm script of package.json gives Node (`start` for the service, `import` for
 * the import command), in their order there. Tests, the benchmark and the soak read them from here so
 * that they run the service under the budget it is deployed with, and a change to package.json reaches
 * all of them; test/unit/compose.test.ts holds the Dockerfile's CMD to the same flags.
 */
export function scriptNodeFlags(script: 'start' | 'mcp' | 'import'): string[] {
  const pkg = JSON.parse(readFileSync(join(PROJECT_DIR, 'package.json'), 'utf8')) as { scripts: Record<string, string | undefined> };
  return (pkg.scripts[script] ?? '').split(/\s+/).filter((word) => MEMORY_FLAG.test(word));
}
