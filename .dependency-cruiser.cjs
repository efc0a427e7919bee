/**
 * The layering rules (docs/architecture.md), checked by `npm run depcheck` inside `npm test`.
 * Type-only imports count: they shape what a change may reach as much as runtime ones.
 *
 * Layers, top down: the wiring (src/index.ts, src/main.ts) → server/ → domain folders → the shared
 * layer below them (core/, domain/, graph/, generated/, auth/, cache/, config, paths). Any folder of
 * src/ not named in SHARED or SERVER is a domain folder, so a new one is checked from its first file.
 * test/unit/dependencyRules.test.ts breaks each rule once and expects it refused.
 */
const SHARED = ['^src/(core|domain|graph|generated|auth|cache)/', '^src/(config|paths|nodeFlags|productionByDefault)[.]ts$'];
const SERVER = '^src/server/';
const ENTRY = '^src/(index|main)[.]ts$';
const DOMAIN = '^src/(?!(core|domain|graph|generated|auth|cache|server)/)[^/]+/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'This import closes a cycle. Move what both sides need one layer down (see docs/architecture.md).',
      from: {},
      to: { circular: true },
    },
    {
      name: 'shared-not-upward',
      severity: 'error',
      comment:
        'core/, domain/, graph/ and the other shared modules sit below every domain folder and server/: ' +
        'they may not import a domain folder, server/ or the wiring. Move the needed piece down instead.',
      from: { path: SHARED },
      to: { path: [DOMAIN, SERVER, ENTRY] },
    },
    {
      name: 'domain-not-to-server',
      severity: 'error',
      comment:
        'A domain folder may not import server/ (server/ assembles the domains). Errors and the request ' + 'context are in src/core/.',
      from: { path: DOMAIN },
      to: { path: [SERVER, ENTRY] },
    },
    {
      name: 'only-entry-wires',
      severity: 'error',
      comment: 'src/index.ts and src/main.ts wire the whole and sit on top: nothing else imports them.',
      from: { pathNot: '^src/index[.]ts$' },
      to: { path: ENTRY },
    },
    {
      name: 'src-not-to-tools',
      severity: 'error',
      comment:
        'bench/, seed/ and test/ may use src/, never the reverse. The one exception is the wiring ' +
        '(src/main.ts), which seeds an empty graph at start-up through seed/.',
      from: { path: '^src/', pathNot: '^src/main[.]ts$' },
      to: { path: '^(bench|seed|test)/' },
    },
    {
      name: 'entry-not-to-bench-or-tests',
      severity: 'error',
      comment: 'The wiring may reach seed/ to seed an empty graph, never bench/ or test/.',
      from: { path: ENTRY },
      to: { path: '^(bench|test)/' },
    },
    {
      name: 'tools-not-to-tests',
      severity: 'error',
      comment: 'bench/ and seed/ may not import test/: tests sit on top of everything.',
      from: { path: '^(bench|seed)/' },
      to: { path: '^test/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|data|neo4j-embedded)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    combinedDependencies: false,
  },
};
