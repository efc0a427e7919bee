import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { cpus, loadavg } from 'node:os';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { print } from 'graphql';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { EntityEvidenceDocument, EntityPageDocument } from '../../client/generated/graphql';
import type { Database } from '../../src/graph/database';
import type { RunningService } from '../../src/server/app';
import { PROJECT_DIR } from '../../src/paths';
import { ensureChromiumAndBuild, launchChromium, screenshot, watchContext, watchPage, type Watch } from '../support/browser';
import { postGraphQL, startSeededService, stopService } from '../support/testService';

/** The explorer's JavaScript budget, gzipped, counting every script the explorer pages load (Cytoscape.js too). */
const JS_BUDGET_GZIP_BYTES = 350 * 1024;
/** First render of an entity page, from navigation start to the evidence on screen. */
const FIRST_RENDER_BUDGET_MS = 1000;
/** Above this 1-minute load average per core the machine is saturated and a timing says nothing about the page. */
const SATURATED_LOAD_PER_CORE = 4;

/** A page of a partner app on another origin, calling the API from the browser as a frontend would. */
const partnerHtml = (apiUrl: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner app</title>
<link rel="icon" href="data:,"></head><body><main><h1>Partner app</h1><p id="result">waiting</p></main><script>
fetch(${JSON.stringify(apiUrl)}, { method: 'POST', headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: '{ entity(id: "plantar-fasciitis") { __typename name } }' }) })
  .then((r) => r.json())
  .then((b) => { document.getElementById('result').textContent = 'answered: ' + b.data.entity.name; })
  .catch((e) => { document.getElementById('result').textContent = 'refused: ' + e.name; });
</script></body></html>`;

/** Serves the partner page; the API's URL is read per request, since the API starts after the partners (its allow-list needs their origins). */
function partnerApp(apiUrl: { value: string }): Promise<Server> {
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(partnerHtml(apiUrl.value)));
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const originOf = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

describe('the explorer in a real Chromium', () => {
  let db: Database;
  let service: RunningService;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let watch: Watch;
  let base: string;
  let allowed: Server;
  let refused: Server;
  /** Console errors expected on the refused partner page (Chromium reports the CORS block there). */
  const expectedErrors: string[] = [];

  beforeAll(async () => {
    ensureChromiumAndBuild();
    const apiUrl: { value: string } = { value: '' };
    allowed = await partnerApp(apiUrl);
    refused = await partnerApp(apiUrl);
    ({ db, service } = await startSeededService({ cors: { origins: [originOf(allowed)], credentials: false } }));
    apiUrl.value = service.url;
    base = `http://127.0.0.1:${service.port}`;
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    watch = await watchContext(context);
    page = await context.newPage();
    watchPage(page, watch);
  });

  afterAll(async () => {
    await browser?.close();
    allowed?.close();
    refused?.close();
    await stopService(service, db);
  });

  it('renders an entity page within the budget on first load', async () => {
    /** One visit in a browser context that has loaded nothing yet: navigation start → evidence on screen. */
    const visit = async (id: string, name: string) => {
      const fresh = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const freshWatch = await watchContext(fresh);
      const freshPage = await fresh.newPage();
      watchPage(freshPage, freshWatch);
      await freshPage.goto(`${base}/#/entity/${id}`);
      await freshPage.getByRole('heading', { level: 1, name }).waitFor();
      const timing = (await freshPage.evaluate(`(() => {
        const rendered = performance.getEntriesByName('entity-rendered')[0].startTime;
        // The page's two queries; the graph's request starts after the render and is left out.
        const api = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/graphql') && e.responseEnd <= rendered);
        return {
          rendered,
          apiStart: Math.min(...api.map((e) => e.startTime)),
          apiEnd: Math.max(...api.map((e) => e.responseEnd)),
        };
      })()`)) as { rendered: number; apiStart: number; apiEnd: number };
      await fresh.close();
      expect(freshWatch.consoleErrors).toEqual([]);
      expect(freshWatch.offHost).toEqual([]);
      return timing;
    };
    // A service that has answered other pages (Neo4j has planned the page's queries once): warm it up through
    // the API, as earlier visitors would have, on a condition not measured below.
    for (const document of [EntityPageDocument, EntityEvidenceDocument]) {
      const warm = await postGraphQL(service, print(document), { id: 'plantar-fasciitis' });
      expect(warm.body.errors).toBeUndefined();
    }
    // Then what a visitor of a running service sees, on conditions nobody asked for yet (so no cached
    // response). The fastest of five visits is held to the budget: other work on a shared machine only ever
    // adds time, so the fastest is the best estimate of what the page itself costs. All five are logged.
    const visits = [];
    for (const [id, name] of [
      ['achilles-tendinitis', 'Achilles tendinitis'],
      ['shin-splints', 'Shin splints'],
      ['it-band-syndrome', 'IT band syndrome'],
      ['patellar-tendinitis', 'Patellar tendinitis'],
      ['muscle-soreness', 'Muscle soreness'],
    ] as const) {
      visits.push(await visit(id, name));
    }
    const fastest = Math.min(...visits.map((v) => v.rendered));
    const fmt = (v: { rendered: number; apiStart: number; apiEnd: number }) =>
      `${Math.round(v.rendered)} ms (API ${Math.round(v.apiEnd - v.apiStart)} ms of it)`;
    process.stderr.write(`entity page first render: fastest ${Math.round(fastest)} ms; visits ${visits.map(fmt).join(', ')}\n`);
    // A timing cannot be judged on a saturated machine (several test runs at once on two cores): there the
    // measurement is logged, marked as not judged, and the budget is held only when the machine has room.
    const load = loadavg()[0] ?? 0;
    if (load > SATURATED_LOAD_PER_CORE * cpus().length) {
      process.stderr.write(`first-render budget NOT JUDGED: 1-minute load average ${load.toFixed(1)} on ${cpus().length} cores\n`);
      return;
    }
    expect(fastest).toBeLessThan(FIRST_RENDER_BUDGET_MS);
  });

  it('searches by keyboard and opens plantar fasciitis', async () => {
    await page.goto(`${base}/`);
    await screenshot(page, '00-home');
    const box = page.getByRole('combobox', { name: 'Search the graph' });
    await box.focus();
    await box.pressSequentially('plantar fasc', { delay: 20 });
    await page.getByRole('option', { name: /Plantar fasciitis/ }).waitFor();
    await screenshot(page, '01-autocomplete');
    await box.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Plantar fasciitis' }).waitFor();
    expect(page.url()).toContain('#/entity/plantar-fasciitis');
    await screenshot(page, '02-entity-page');
  });

  it('shows the evidence: grade badges, why, the studies with design, n and result, safety figures, the caveat', async () => {
    const treatments = page.getByRole('region', { name: 'Treatments and their evidence' });
    await expect(
      treatments
        .getByText(/^Strongest evidence: /)
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    const claim = treatments.getByRole('list', { name: 'Claims for Acupuncture' }).locator('.claim').first();
    await expect(claim.locator('.grade').first().textContent()).resolves.toMatch(/^Evidence: (High|Moderate|Low|Very low)$/);
    await expect(claim.locator('.balance').textContent()).resolves.toMatch(/stud|no study/);
    // The lay article stays marked as what it is.
    await expect(claim.getByText('Lay source').first().isVisible()).resolves.toBe(true);
    // Open the studies behind the claim: a randomised trial with its n and its result in words and figures.
    await claim.locator('.studies > summary').click();
    const trial = claim.locator('.finding', { hasText: 'Randomised trial' }).first();
    await trial.waitFor();
    await expect(trial.locator('.finding-head').textContent()).resolves.toMatch(/Randomised trial · n = \d+ participants · /);
    await expect(trial.locator('.finding-summary').textContent()).resolves.not.toBe('');
    await expect(trial.locator('.figures li').count()).resolves.toBeGreaterThan(0);
    await trial.scrollIntoViewIfNeeded();
    await screenshot(page, '03-evidence-study');
    // Why the grade is what it is.
    await claim.locator('.grade-why > summary').click();
    await expect(claim.locator('.grade-why').textContent()).resolves.toMatch(/Started (high|low)/);
    // Safety: adverse events counted by studies, with their figures, and the caveats.
    const safety = page.getByRole('region', { name: 'Safety' });
    const adverse = safety.locator('.adverse-events .finding').first();
    await expect(adverse.locator('.figures li').count()).resolves.toBeGreaterThan(0);
    await expect(safety.getByRole('heading', { name: /Caveats for Acupuncture/ }).isVisible()).resolves.toBe(true);
    await adverse.scrollIntoViewIfNeeded();
    await screenshot(page, '03-safety');
    await expect(
      page
        .getByRole('note')
        .getByText(/does not replace, advice from a doctor/)
        .isVisible(),
    ).resolves.toBe(true);
  });

  it('follows a related condition through its reasons', async () => {
    const related = page.getByRole('region', { name: 'Related conditions' });
    const first = related.locator('.related-name').first();
    const name = (await first.textContent())!;
    await expect(
      related
        .getByRole('list', { name: `Why ${name} is related` })
        .getByRole('link')
        .count(),
    ).resolves.toBeGreaterThan(0);
    await first.click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await screenshot(page, '04-related-condition');
  });

  it('draws the neighbourhood and expands a node clicked on the canvas', async () => {
    await page.goto(`${base}/#/entity/plantar-fasciitis`);
    const status = page.locator('.graph-status');
    await status.filter({ hasText: 'links' }).waitFor();
    const before = Number((await status.textContent())!.match(/^(\d+) entities/)![1]);
    expect(before).toBeGreaterThan(3);
    await page.locator('.graph-canvas').scrollIntoViewIfNeeded();
    await screenshot(page, '05-neighbourhood');
    // Click where Cytoscape drew the node for running injuries (the broader condition), as a person would.
    const point = (await page.evaluate(`(() => {
      const node = window.explorerGraph.getElementById('running-injuries');
      const box = document.querySelector('.graph-canvas').getBoundingClientRect();
      const p = node.renderedPosition();
      return { x: box.left + p.x, y: box.top + p.y };
    })()`)) as { x: number; y: number };
    await page.mouse.click(point.x, point.y);
    await expect(page.locator('.panel-title').textContent()).resolves.toContain('Running injuries');
    await page.getByRole('button', { name: 'Expand neighbours' }).click();
    await page.getByRole('button', { name: 'Expanded' }).waitFor();
    const after = Number((await status.textContent())!.match(/^(\d+) entities/)![1]);
    expect(after).toBeGreaterThan(before);
    await page.locator('.graph-canvas').scrollIntoViewIfNeeded();
    await screenshot(page, '06-neighbourhood-expanded');
  });

  it('finds a path from acupuncture to heel pain with the evidence on each hop', async () => {
    await page.goto(`${base}/#/paths`);
    const from = page.getByRole('combobox', { name: 'From' });
    await from.pressSequentially('acupunct', { delay: 20 });
    await page.getByRole('option', { name: /^Acupuncture/ }).click();
    const to = page.getByRole('combobox', { name: 'To' });
    await to.pressSequentially('heel pain', { delay: 20 });
    await page.getByRole('option', { name: /^Heel pain/ }).click();
    await page.getByRole('button', { name: 'Find paths' }).click();
    const paths = page.getByRole('list', { name: 'Shortest paths from Acupuncture to Heel pain' });
    await paths.waitFor();
    const firstPath = paths.locator('.path').first();
    await expect(firstPath.locator('.hop-node').first().textContent()).resolves.toContain('Acupuncture');
    await expect(firstPath.locator('.hop-node').last().textContent()).resolves.toContain('Heel pain');
    await expect(firstPath.locator('.grade').count()).resolves.toBeGreaterThan(0);
    await screenshot(page, '07-path-finder');
  });

  it('is readable at phone width', async () => {
    const phone = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    const phoneWatch = await watchContext(phone);
    const phonePage = await phone.newPage();
    watchPage(phonePage, phoneWatch);
    await phonePage.goto(`${base}/#/entity/plantar-fasciitis`);
    await phonePage.getByRole('heading', { level: 1, name: 'Plantar fasciitis' }).waitFor();
    await phonePage.locator('.graph-status', { hasText: 'links' }).waitFor();
    const overflow = await phonePage.evaluate('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(phonePage, '08-phone-width');
    expect(phoneWatch.consoleErrors).toEqual([]);
    expect(phoneWatch.offHost).toEqual([]);
    await phone.close();
  });

  it('has no serious or critical accessibility violations (axe-core)', async () => {
    const axeSource = readFileSync(join(PROJECT_DIR, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
    const pages = ['/', '/#/entity/plantar-fasciitis', '/#/entity/acupuncture', '/#/paths?from=acupuncture&to=heel-pain'];
    const report: string[] = [];
    for (const path of pages) {
      await page.goto(`${base}${path}`);
      await page.waitForLoadState('networkidle');
      await page.locator('main h1').waitFor();
      // Evaluated through DevTools, so the page's Content-Security-Policy (scripts from 'self' only) stays on.
      await page.evaluate(axeSource);
      const violations = (await page.evaluate(
        "axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length })))",
      )) as { id: string; impact: string; nodes: number }[];
      report.push(`${path}: ${violations.length ? violations.map((v) => `${v.id} (${v.impact}, ${v.nodes})`).join(', ') : 'none'}`);
      expect({ path, serious: violations.filter((v) => v.impact === 'serious' || v.impact === 'critical') }).toEqual({ path, serious: [] });
    }
    process.stderr.write(`axe-core violations by page:\n  ${report.join('\n  ')}\n`);
  });

  it('keeps the explorer JavaScript within budget', () => {
    const explorerScripts = [...watch.scripts.entries()].filter(([url]) => url.startsWith(base) && !url.includes('graphiql'));
    const gzipped = explorerScripts.reduce((sum, [, body]) => sum + gzipSync(body, { level: 9 }).length, 0);
    process.stderr.write(
      `explorer JavaScript: ${explorerScripts.length} files, ${(gzipped / 1024).toFixed(1)} kB gzipped (budget ${JS_BUDGET_GZIP_BYTES / 1024} kB)\n`,
    );
    expect(explorerScripts.length).toBeGreaterThan(0);
    expect(gzipped).toBeLessThanOrEqual(JS_BUDGET_GZIP_BYTES);
  });

  it('runs an example operation in GraphiQL served at /graphql', async () => {
    await page.goto(`${base}/graphql`);
    await page.locator('.graphiql-container').waitFor();
    // Monaco (the editor) starts in workers; the query appears in it once they are up.
    await page.locator('.graphiql-query-editor .view-lines', { hasText: 'query ConditionPage' }).waitFor({ timeout: 60000 });
    await page.locator('.graphiql-execute-button').click();
    await page.locator('.result-window', { hasText: '"name": "Plantar fasciitis"' }).waitFor({ timeout: 30000 });
    await screenshot(page, '09-graphiql');
  });

  it('answers a page on an allowed origin and refuses one on another origin', async () => {
    const partner = await context.newPage();
    watchPage(partner, watch);
    await partner.goto(originOf(allowed));
    await partner.locator('#result', { hasText: /answered|refused/ }).waitFor();
    await expect(partner.locator('#result').textContent()).resolves.toBe('answered: Plantar fasciitis');
    await screenshot(partner, '10-cors-allowed');

    const other = await context.newPage();
    other.on('console', (message) => {
      if (message.type() === 'error') expectedErrors.push(message.text());
    });
    await other.goto(originOf(refused));
    await other.locator('#result', { hasText: /answered|refused/ }).waitFor();
    await expect(other.locator('#result').textContent()).resolves.toBe('refused: TypeError');
    await screenshot(other, '11-cors-refused');
    expect(expectedErrors.join('\n')).toMatch(/CORS policy/);
  });

  it('logged no console errors and sent no request beyond 127.0.0.1', () => {
    expect(watch.consoleErrors.filter((e) => !expectedErrors.some((x) => e.includes(x)))).toEqual([]);
    expect(watch.offHost).toEqual([]);
  });
});
