import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SyntheticGraph, type SizeName } from '../../bench/generate';
import { importGraph } from '../../bench/import';
import { mulberry32 } from '../../bench/rng';
import { makeApiKey } from '../../src/auth/apiKeys';
import type { ApiKeyEntry } from '../../src/config';
import { cypherInt } from '../../src/domain/args';
import type { RelatedConditionRecord } from '../../src/domain/records';
import type { Database } from '../../src/graph/database';
import { startRankingRefresher } from '../../src/related/refresher';
import { rankingsAreStale, readStoredRanking, refreshRankings } from '../../src/related/repository';
import type { RunningService } from '../../src/server/app';
import { findRelatedConditions as scoreLive } from '../../src/traversal/repository';
import { RELATED_HUB_LIMIT } from '../../src/traversal/cypher';
import { importFrom } from '../support/interchange';
import { clearDatabase, testDatabase } from '../support/testDatabase';
import { postGraphQL, startSeededService, startTestService, stopService } from '../support/testService';

/**
 * Stored related-conditions rankings against the live scoring (RELATED_CONDITIONS), on the benchmark's
 * generated graphs and the curated seed: identical after the whole-graph computation, after random writes of
 * every mutation kind (each marking what it can change in its own transaction), after a new condition (which
 * outdates every ranking until a refresh) and after imports (marking what they can change, or nothing when
 * they add a condition); and each client reads its own writes.
 */

const writer = makeApiKey('ranking-writer', 'writer');
const keys: ApiKeyEntry[] = [writer].map(({ entry }) => {
  const [id, role, sha256] = entry.split(':') as [string, 'reader' | 'writer', string];
  return { id, role, sha256 };
});
const asWriter = { authorization: `Bearer ${writer.key}` };

const RELATED = `query Related($id: ID!) {
  relatedConditions(id: $id, first: 50) { score sharedCount relation condition { id name } shared { id name } }
}`;
const ADD_CLAIM = `mutation Add($input: AddClaimInput!) { addClaim(input: $input) { id } }`;
const RETRACT = `mutation Retract($id: ID!, $reason: String!) { retractClaim(id: $id, reason: $reason) { id } }`;
const UPSERT = `mutation Upsert($input: EntityInput!) { upsertEntity(input: $input) { id name } }`;

/** The API's shape of a ranking, from repository records. */
function asApi(records: RelatedConditionRecord[]) {
  return records.map((r) => ({
    score: r.score,
    sharedCount: r.sharedCount,
    relation: r.relation,
    condition: { id: r.condition.id, name: r.condition.name },
    shared: r.shared.map((s) => ({ id: s.id, name: s.name })),
  }));
}

/** Stored and live rankings of each id: the stored one must exist and be current, and equal the live one. */
async function expectStoredEqualsLive(db: Database, ids: readonly string[]): Promise<void> {
  const differing: string[] = [];
  for (const id of ids) {
    const stored = await readStoredRanking(db, id, 50);
    if (stored === null) {
      differing.push(`${id}: no current stored ranking`);
      continue;
    }
    const live = await scoreLive(db, id, 50);
    if (JSON.stringify(stored) !== JSON.stringify(live)) differing.push(`${id}: stored ${JSON.stringify(stored).slice(0, 300)}`);
  }
  expect(differing).toEqual([]);
}

/** What the service answers a client for `id` (response cache on, as by default), against the live scoring now. */
async function expectServedEqualsLive(service: RunningService, db: Database, id: string): Promise<void> {
  const { body } = await postGraphQL<{ relatedConditions: unknown }>(service, RELATED, { id });
  expect(body.errors).toBeUndefined();
  expect(body.data?.relatedConditions).toEqual(asApi(await scoreLive(db, id, 50)));
}

async function ids(db: Database, cypher: string, params: Record<string, unknown> = {}): Promise<string[]> {
  return (await db.read<{ id: string }>(cypher, params)).map((r) => r.id);
}

/** The conditions whose ranking reads `subject`'s claim links: the set a claim write must recompute. */
async function linkedTo(db: Database, subject: string): Promise<string[]> {
  return ids(db, 'MATCH (s:Entity {id: $subject})-[:TREATS|PREVENTS|HELPS]->(c:Condition) RETURN DISTINCT c.id AS id', { subject });
}

async function mustSucceed(service: RunningService, query: string, variables: Record<string, unknown>): Promise<void> {
  const { status, body } = await postGraphQL(service, query, variables, asWriter);
  expect(body.errors).toBeUndefined();
  expect(status).toBe(200);
}

/** Writes an import folder (JSON, one file per collection) and imports it in one transaction, as runImport does. */
async function importRecords(
  db: Database,
  records: { sources?: unknown[]; entities?: unknown[]; links?: unknown[]; claims?: unknown[] },
): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ranking-import-'));
  for (const c of ['sources', 'entities', 'links', 'claims'] as const)
    writeFileSync(join(dir, `${c}.json`), JSON.stringify(records[c] ?? []));
  const report = await importFrom(db, dir);
  expect(report.problems).toEqual([]);
  expect(report.ok).toBe(true);
}

/** Rankings marked dirty, and how many rankings there are. */
async function dirtyRankings(db: Database): Promise<{ dirty: number; rankings: number }> {
  const [row] = await db.read<{ dirty: number; rankings: number }>(
    'MATCH (r:RelatedRanking) RETURN count(CASE WHEN r.dirty THEN 1 END) AS dirty, count(r) AS rankings',
  );
  return row!;
}

/** No stored ranking is served that differs from the live scoring: each is either not current (null) or equal. */
async function expectNoneServedStale(db: Database, ids: readonly string[]): Promise<void> {
  const stale: string[] = [];
  for (const id of ids) {
    const stored = await readStoredRanking(db, id, 50);
    if (stored !== null && JSON.stringify(stored) !== JSON.stringify(await scoreLive(db, id, 50))) stale.push(id);
  }
  expect(stale).toEqual([]);
}

describe.each([
  ['small', Infinity],
  ['medium', 150],
] as const)('stored related-conditions rankings on the generated %s graph', (size: SizeName, sample: number) => {
  let db: Database;
  let service: RunningService;
  let conditions: string[];
  /** Conditions compared in full: all of them on small; hubs, a stride sample and every one a write touched on medium. */
  const compared = new Set<string>();

  beforeAll(async () => {
    db = testDatabase();
    await clearDatabase(db);
    await importGraph(db, new SyntheticGraph(size), { progress: false, log: () => {} });
    await refreshRankings(db, { all: true });
    service = await startTestService(db, { auth: { keys, readsRequireKey: false } });
    conditions = await ids(db, 'MATCH (c:Condition) RETURN c.id AS id ORDER BY id');
    const step = Math.max(1, Math.floor(conditions.length / Math.min(sample, conditions.length)));
    conditions.filter((_, i) => i % step === 0).forEach((id) => compared.add(id));
    const hubs = await ids(db, 'MATCH (c:Condition) RETURN c.id AS id ORDER BY COUNT { (c)--() } DESC, id LIMIT 10');
    hubs.forEach((id) => compared.add(id));
  }, 900000);
  afterAll(() => stopService(service, db));

  it('the whole-graph computation equals the live scoring', async () => {
    await expectStoredEqualsLive(db, [...compared]);
  }, 900000);

  it('after random writes of every kind, each read by its writer, stored rankings still equal the live scoring', async () => {
    const rng = mulberry32(size === 'small' ? 12 : 13);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
    // Treatments and benefits below the hub limit (the writes that move rankings) and one hub (a write that moves none).
    const byDf = (types: string, label: string) =>
      ids(
        db,
        `MATCH (t:${label}) WITH t, COUNT { (t)-[:${types}]->() } AS df WHERE df > 0 AND df <= $limit RETURN t.id AS id ORDER BY id`,
        {
          limit: RELATED_HUB_LIMIT,
        },
      );
    const treatments = await byDf('TREATS|PREVENTS', 'Treatment');
    const benefits = await byDf('HELPS', 'Benefit');
    const [hub] = await ids(db, 'MATCH (t:Treatment) RETURN t.id AS id ORDER BY COUNT { (t)-[:TREATS|PREVENTS]->() } DESC, id LIMIT 1');
    // The most linked treatment is a hub on the medium graph; the small graph has none (then its claims move rankings).
    const [{ hubDf }] = (await db.read<{ hubDf: number }>(
      'MATCH (t:Treatment {id: $hub}) RETURN COUNT { (t)-[:TREATS|PREVENTS]->() } AS hubDf',
      {
        hub,
      },
    )) as [{ hubDf: number }];
    const hubMovesRankings = hubDf <= RELATED_HUB_LIMIT;
    const kinds = ['TREATS', 'PREVENTS', 'HELPS', 'PRODUCES', 'HUB', 'RETRACT', 'RENAME', 'NEW_TREATMENT'] as const;
    for (let i = 0; i < kinds.length * 2; i++) {
      const kind = kinds[i % kinds.length]!;
      const object = pick(conditions);
      let touched: string[] = [object];
      // Whether the write can change a score (docs/related-conditions.md, "What a write changes").
      let changes = true;
      if (kind === 'RETRACT') {
        const [claim] = await db.read<{ id: string; subject: string; object: string }>(
          `MATCH (c:Claim)-[:SUBJECT]->(s), (c)-[:OBJECT]->(o) WHERE c.retractedAt IS NULL AND c.predicate IN ['TREATS', 'PREVENTS', 'HELPS']
             AND COUNT { (s)-[:TREATS|PREVENTS|HELPS]->() } <= $limit
           RETURN c.id AS id, s.id AS subject, o.id AS object ORDER BY c.id SKIP $skip LIMIT 1`,
          { limit: RELATED_HUB_LIMIT, skip: cypherInt(Math.floor(rng() * 50)) },
        );
        touched = [claim!.object, ...(await linkedTo(db, claim!.subject))];
        await mustSucceed(service, RETRACT, { id: claim!.id, reason: 'Retracted by the ranking freshness test.' });
      } else if (kind === 'RENAME') {
        await mustSucceed(service, UPSERT, { input: { id: object, kind: 'CONDITION', name: `renamed condition ${i}` } });
        changes = false;
      } else if (kind === 'NEW_TREATMENT') {
        await mustSucceed(service, UPSERT, {
          input: { id: `ranking-test-treatment-${i}`, kind: 'TREATMENT', name: `ranking test treatment ${i}` },
        });
        changes = false;
      } else {
        const predicate = kind === 'HUB' ? 'TREATS' : kind;
        const subject = kind === 'HUB' ? hub! : kind === 'HELPS' ? pick(benefits) : pick(treatments);
        const target = kind === 'PRODUCES' ? pick(benefits) : object;
        await mustSucceed(service, ADD_CLAIM, {
          input: {
            subject,
            predicate,
            object: target,
            strength: pick(['HIGH', 'MODERATE', 'LOW', 'VERY_LOW']),
            statement: `Ranking freshness test claim ${i}.`,
            newSources: [
              { id: `ranking-test-source-${size}-${i}`, title: `[synthetic] ranking test source ${i}`, kind: 'SYSTEMATIC_REVIEW' },
            ],
          },
        });
        touched = [object, ...(await linkedTo(db, subject))];
        changes = kind === 'HUB' ? hubMovesRankings : kind !== 'PRODUCES';
      }
      // A write that can change the object's ranking marks it (not served until recomputed); others leave it current.
      expect(await readStoredRanking(db, touched[0]!, 50)).toEqual(changes ? null : expect.any(Array));
      // Read-your-writes: the writer's next read (through the response cache) ranks as the live scoring does now.
      await expectServedEqualsLive(service, db, touched[0]!);
      await refreshRankings(db);
      await expectStoredEqualsLive(db, [touched[0]!, pick(touched)]);
      touched.slice(0, 20).forEach((id) => compared.add(id));
    }
    await expectStoredEqualsLive(db, [...compared]);
  }, 900000);

  it('an import of claims and links between existing entities marks the rankings it can change; served live until a refresh', async () => {
    const limit = { limit: RELATED_HUB_LIMIT };
    const one = async (cypher: string, params: Record<string, unknown> = {}) => (await ids(db, cypher, { ...limit, ...params }))[0]!;
    // The least linked features below the hub limit, so that the import changes some rankings and not others.
    const treatment = await one(
      'MATCH (t:Treatment) WITH t, COUNT { (t)-[:TREATS|PREVENTS]->() } AS df WHERE df > 1 AND df <= $limit RETURN t.id AS id ORDER BY df, id LIMIT 1',
    );
    const symptom = await one(
      'MATCH (s:Symptom) WITH s, COUNT { (s)<-[:PRESENTS]-() } AS df WHERE df > 1 AND df <= $limit RETURN s.id AS id ORDER BY df, id LIMIT 1',
    );
    const region = await one(
      `MATCH (r:BodyRegion) WHERE EXISTS { (r)-[:PART_OF]->() }
       WITH r, COUNT { (r)<-[:AFFECTS]-() } AS df WHERE df > 1 AND df <= $limit RETURN r.id AS id ORDER BY df, id LIMIT 1`,
    );
    const notLinked = (pattern: string, id: string, skip: number) =>
      one(`MATCH (c:Condition) WHERE NOT EXISTS { ${pattern} } RETURN c.id AS id ORDER BY id SKIP $skip LIMIT 1`, {
        id,
        skip: cypherInt(skip),
      });
    const objects = [
      await notLinked('(:Entity {id: $id})-[:TREATS|PREVENTS]->(c)', treatment, 0),
      await notLinked('(:Entity {id: $id})-[:TREATS|PREVENTS]->(c)', treatment, 7),
    ];
    const presenter = await notLinked('(c)-[:PRESENTS]->(:Entity {id: $id})', symptom, 3);
    const affecter = await notLinked('(c)-[:AFFECTS]->(:Entity {id: $id})', region, 5);
    // An existing claim, updated: its direct edge is deleted and one of another predicate made.
    const [updated] = await db.read<{
      id: string;
      subject: string;
      object: string;
      strength: string;
      statement: string;
      sources: string[];
    }>(
      `MATCH (c:Claim {predicate: 'TREATS'})-[:SUBJECT]->(s), (c)-[:OBJECT]->(o)
       WHERE c.retractedAt IS NULL AND COUNT { (s)-[:TREATS|PREVENTS]->() } <= $limit AND s.id <> $treatment
       RETURN c.id AS id, s.id AS subject, o.id AS object, c.strength AS strength, c.statement AS statement, [(c)-[:SUPPORTED_BY]->(src) | src.id] AS sources
       ORDER BY c.id LIMIT 1`,
      { ...limit, treatment },
    );
    const source = `ranking-import-source-${size}`;
    const before = await dirtyRankings(db);
    expect(before.dirty).toBe(0);
    await importRecords(db, {
      sources: [{ id: source, title: '[synthetic] ranking import source', kind: 'TRIAL' }],
      links: [
        { type: 'PRESENTS', from: presenter, to: symptom, sources: [source] },
        { type: 'AFFECTS', from: affecter, to: region, sources: [source] },
      ],
      claims: [
        ...objects.map((object, i) => ({
          id: `ranking-import-claim-${size}-${i}`,
          subject: treatment,
          predicate: 'TREATS',
          object,
          strength: 'LOW',
          statement: `Ranking import test claim ${i}.`,
          sources: [source],
        })),
        // Graded by the rubric from its (new) source alone: LOW, as the new claims.
        { ...updated!, predicate: 'PREVENTS', strength: 'LOW', sources: [source] },
      ],
    });
    const touched = [...new Set([...objects, presenter, affecter, updated!.object])];
    // Marked in the import's transaction: not served until recomputed (the live scoring answers) ...
    for (const id of touched) expect(await readStoredRanking(db, id, 50)).toBeNull();
    // ... and only those the import can change: the others are still served.
    const after = await dirtyRankings(db);
    expect(after.dirty).toBeGreaterThanOrEqual(touched.length);
    expect(after.dirty).toBeLessThan(after.rankings);
    await expectNoneServedStale(db, [...new Set([...compared, ...touched])]);
    for (const id of touched) await expectServedEqualsLive(service, db, id);
    expect(await refreshRankings(db)).toBe(after.dirty);
    expect(await rankingsAreStale(db)).toBe(false);
    touched.forEach((id) => compared.add(id));
    await expectStoredEqualsLive(db, [...compared]);
  }, 900000);

  it('a new condition outdates every ranking (served live meanwhile) until a refresh', async () => {
    const newId = `ranking-test-condition-${size}`;
    await mustSucceed(service, UPSERT, { input: { id: newId, kind: 'CONDITION', name: `ranking test condition ${size}` } });
    const someone = conditions[0]!;
    expect(await readStoredRanking(db, someone, 50)).toBeNull();
    await expectServedEqualsLive(service, db, someone);
    // A claim on the new condition is read by its writer at once, while every ranking is outdated.
    const [treatment] = await ids(
      db,
      'MATCH (t:Treatment) WITH t, COUNT { (t)-[:TREATS|PREVENTS]->() } AS df WHERE df > 0 AND df <= $limit RETURN t.id AS id ORDER BY df, id LIMIT 1',
      { limit: RELATED_HUB_LIMIT },
    );
    await mustSucceed(service, ADD_CLAIM, {
      input: {
        subject: treatment,
        predicate: 'TREATS',
        object: newId,
        strength: 'LOW',
        statement: 'Ranking freshness test claim on a new condition.',
        newSources: [{ id: `ranking-test-source-${size}-new`, title: '[synthetic] ranking test source', kind: 'TRIAL' }],
      },
    });
    await expectServedEqualsLive(service, db, newId);
    expect(await readStoredRanking(db, newId, 50)).toBeNull();
    expect(await refreshRankings(db)).toBeGreaterThan(0);
    await expectStoredEqualsLive(db, [...compared, newId]);
  }, 900000);
});

describe('stored rankings over the curated seed', () => {
  let db: Database;
  let service: RunningService;

  beforeAll(async () => {
    ({ db, service } = await startSeededService());
  });
  afterAll(() => stopService(service, db));

  it('the seed is stored and served exactly as scored live, every condition', async () => {
    const all = await ids(db, 'MATCH (c:Condition) RETURN c.id AS id ORDER BY id');
    await expectStoredEqualsLive(db, all);
    for (const id of all) await expectServedEqualsLive(service, db, id);
  });

  it('concurrent claims on one treatment, beside a running refresher, leave every ranking exact', async () => {
    const all = await ids(db, 'MATCH (c:Condition) RETURN c.id AS id ORDER BY id');
    const writerService = await startTestService(db, { auth: { keys, readsRequireKey: false } });
    const refresher = startRankingRefresher(db, { intervalMs: 5 });
    try {
      await mustSucceed(writerService, UPSERT, {
        input: { id: 'ranking-race-treatment', kind: 'TREATMENT', name: 'Ranking race treatment' },
      });
      await Promise.all(
        all.slice(0, 8).map((object, i) =>
          mustSucceed(writerService, ADD_CLAIM, {
            input: {
              subject: 'ranking-race-treatment',
              predicate: 'TREATS',
              object,
              strength: 'MODERATE',
              statement: `Ranking race claim ${i}.`,
              newSources: [{ id: `ranking-race-source-${i}`, title: `[synthetic] ranking race source ${i}`, kind: 'TRIAL' }],
            },
          }),
        ),
      );
    } finally {
      await refresher.stop();
      await writerService.stop();
    }
    await refreshRankings(db);
    await expectStoredEqualsLive(db, all);
  });

  it('concurrent claims on two treatments sharing a condition, beside refreshes, leave every ranking exact', async () => {
    // Both treatments are linked to the shared condition, so every claim below changes its ranking: a refresh
    // that read before a claim committed must not be stored after it, or the ranking misses that claim. The race
    // is a matter of timing, so it is run for several pairs of treatments.
    const all = await ids(db, 'MATCH (c:Condition) RETURN c.id AS id ORDER BY id');
    const [shared, ...others] = all;
    const claim = (subject: string, object: string, n: string) => ({
      input: {
        subject,
        predicate: 'TREATS',
        object,
        strength: 'LOW',
        statement: `Ranking overlap claim ${n}.`,
        newSources: [{ id: `ranking-overlap-source-${n}`, title: `[synthetic] ranking overlap source ${n}`, kind: 'TRIAL' }],
      },
    });
    const writerService = await startTestService(db, { auth: { keys, readsRequireKey: false } });
    try {
      for (let round = 0; round < 4; round++) {
        const treatments = [`ranking-overlap-${round}-a`, `ranking-overlap-${round}-b`];
        for (const [i, id] of treatments.entries()) {
          await mustSucceed(writerService, UPSERT, { input: { id, kind: 'TREATMENT', name: `Ranking overlap treatment ${round} ${i}` } });
          await mustSucceed(writerService, ADD_CLAIM, claim(id, shared!, `${round}-${i}-shared`));
        }
        const refresher = startRankingRefresher(db, { intervalMs: 5 });
        try {
          await Promise.all([
            ...others
              .slice(0, 8)
              .map((object, i) => mustSucceed(writerService, ADD_CLAIM, claim(treatments[i % 2]!, object, `${round}-${i}`))),
            refreshRankings(db, { all: round % 2 === 0 }),
          ]);
        } finally {
          await refresher.stop();
        }
        await refreshRankings(db);
        await expectStoredEqualsLive(db, all);
      }
    } finally {
      await writerService.stop();
    }
  });

  it('an import that adds a condition outdates every ranking: served live, including it, until a refresh', async () => {
    const before = await postGraphQL<{ relatedConditions: { condition: { id: string } }[] }>(service, RELATED, { id: 'plantar-fasciitis' });
    expect(before.body.data?.relatedConditions.map((r) => r.condition.id)).not.toContain('ranking-test-heel-bruise');
    await importRecords(db, {
      entities: [{ id: 'ranking-test-heel-bruise', kind: 'CONDITION', name: 'Ranking test heel bruise', aliases: [] }],
      links: [
        { type: 'PRESENTS', from: 'ranking-test-heel-bruise', to: 'heel-pain', sources: ['source-article'] },
        { type: 'AFFECTS', from: 'ranking-test-heel-bruise', to: 'heel', sources: ['source-article'] },
      ],
    });
    // N changed: no ranking is current, none was marked, and the service answers with the live scoring.
    const all = await ids(db, 'MATCH (c:Condition) RETURN c.id AS id ORDER BY id');
    for (const id of all) expect(await readStoredRanking(db, id, 50)).toBeNull();
    expect((await dirtyRankings(db)).dirty).toBe(0);
    const after = await postGraphQL<{ relatedConditions: { condition: { id: string } }[] }>(service, RELATED, { id: 'plantar-fasciitis' });
    expect(after.body.data?.relatedConditions.map((r) => r.condition.id)).toContain('ranking-test-heel-bruise');
    for (const id of all) await expectServedEqualsLive(service, db, id);
    expect(await refreshRankings(db)).toBe(all.length);
    await expectStoredEqualsLive(db, all);
  });

  it('an import of a SUBTYPE_OF link marks every ranking (broader, narrower and umbrellas can change anywhere)', async () => {
    const all = await ids(db, 'MATCH (c:Condition) RETURN c.id AS id ORDER BY id');
    await importRecords(db, {
      links: [{ type: 'SUBTYPE_OF', from: 'plantar-fasciitis', to: 'tendinitis', sources: ['source-article'] }],
    });
    expect(await dirtyRankings(db)).toEqual({ dirty: all.length, rankings: all.length });
    for (const id of all) await expectServedEqualsLive(service, db, id);
    await refreshRankings(db);
    await expectStoredEqualsLive(db, all);
  });

  it('imports and claims on one new treatment, beside a running refresher, leave every ranking exact', async () => {
    // An import marks under the subjects' locks a claim write takes: whichever commits second sees the other's
    // links, so it marks every ranking that a refresh computed between the two commits could have missed.
    const all = await ids(db, 'MATCH (c:Condition) RETURN c.id AS id ORDER BY id');
    const writerService = await startTestService(db, { auth: { keys, readsRequireKey: false } });
    try {
      for (let round = 0; round < 3; round++) {
        const treatment = `ranking-import-race-${round}`;
        await mustSucceed(writerService, UPSERT, { input: { id: treatment, kind: 'TREATMENT', name: `Ranking import race ${round}` } });
        const refresher = startRankingRefresher(db, { intervalMs: 5 });
        try {
          await Promise.all([
            importRecords(db, {
              claims: all.slice(0, 4).map((object, i) => ({
                id: `ranking-import-race-${round}-${i}`,
                subject: treatment,
                predicate: 'TREATS',
                object,
                strength: 'VERY_LOW',
                statement: `Ranking import race claim ${round} ${i}.`,
                sources: ['source-article'],
              })),
            }),
            ...all.slice(4, 8).map((object, i) =>
              mustSucceed(writerService, ADD_CLAIM, {
                input: {
                  subject: treatment,
                  predicate: 'TREATS',
                  object,
                  strength: 'LOW',
                  statement: `Ranking import race mutation ${round} ${i}.`,
                  newSources: [{ id: `ranking-import-race-source-${round}-${i}`, title: '[synthetic] race source', kind: 'TRIAL' }],
                },
              }),
            ),
          ]);
        } finally {
          await refresher.stop();
        }
        await expectNoneServedStale(db, all);
        await refreshRankings(db);
        await expectStoredEqualsLive(db, all);
      }
    } finally {
      await writerService.stop();
    }
  });

  it("the service's refresher brings every outdated ranking up to date", async () => {
    await db.write(
      "CREATE (:Entity:Condition {id: 'ranking-test-refreshed', kind: 'CONDITION', name: 'Ranking test refreshed', aliases: []})",
    );
    expect(await rankingsAreStale(db)).toBe(true);
    const refresher = startRankingRefresher(db, { intervalMs: 100 });
    try {
      while (await rankingsAreStale(db)) await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      await refresher.stop();
    }
    await expectStoredEqualsLive(db, await ids(db, 'MATCH (c:Condition) RETURN c.id AS id ORDER BY id'));
  });
});
