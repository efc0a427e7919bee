import { makeApiKey } from '../../src/auth/apiKeys';
import type { ApiKeyEntry } from '../../src/config';
import type { Database } from '../../src/graph/database';
import type { RunningService } from '../../src/server/app';
import { postGraphQL, startSeededService, startTestService, stopService } from '../support/testService';

const writer = makeApiKey('researcher-1', 'writer');
const reader = makeApiKey('app-1', 'reader');
const keys: ApiKeyEntry[] = [writer, reader].map(({ entry }) => {
  const [id, role, sha256] = entry.split(':') as [string, 'reader' | 'writer', string];
  return { id, role, sha256 };
});
const asWriter = { authorization: `Bearer ${writer.key}` };
const asReader = { authorization: `Bearer ${reader.key}` };

const ADD_CLAIM = `mutation Add($input: AddClaimInput!) {
  addClaim(input: $input) { id predicate strength statement createdBy createdAt subject { id } object { id } sources { id kind } }
}`;
const UPSERT = `mutation Upsert($input: EntityInput!) { upsertEntity(input: $input) { id kind name aliases ambiguousAliases } }`;
const RETRACT = `mutation Retract($id: ID!, $reason: String!) { retractClaim(id: $id, reason: $reason) { id retraction { reason by at } } }`;

const newClaim = {
  subject: 'acupuncture',
  predicate: 'TREATS',
  object: 'plantar-fasciitis',
  strength: 'VERY_LOW',
  statement: 'A second lay source repeats that acupuncture helps plantar fasciitis.',
  sourceIds: ['source-article'],
};

async function counts(db: Database) {
  const [row] = await db.read<{ nodes: number; rels: number }>(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels',
  );
  return row!;
}

describe('writes for researchers', () => {
  let db: Database;
  let service: RunningService;

  beforeAll(async () => {
    ({ db, service } = await startSeededService({ auth: { keys, readsRequireKey: false } }));
  });
  afterAll(() => stopService(service, db));

  describe('authentication and roles, checked before any input is touched', () => {
    it('no key → UNAUTHENTICATED', async () => {
      const before = await counts(db);
      const { status, body } = await postGraphQL(service, ADD_CLAIM, { input: newClaim });
      expect(status).toBe(401);
      expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(await counts(db)).toEqual(before);
    });

    it('a bad key → UNAUTHENTICATED, even for reads', async () => {
      const { status, body } = await postGraphQL(service, '{ stats { nodeCount } }', {}, { authorization: 'Bearer not-a-real-key' });
      expect(status).toBe(401);
      expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('a reader key reads but may not write → FORBIDDEN, even with invalid input', async () => {
      const read = await postGraphQL(service, '{ stats { nodeCount } }', {}, asReader);
      expect(read.body.data).toBeDefined();
      const { status, body } = await postGraphQL(service, ADD_CLAIM, { input: { ...newClaim, subject: 'nope' } }, asReader);
      expect(status).toBe(403);
      expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('a writer key writes, and the claim records who and when', async () => {
      const { body } = await postGraphQL<{ addClaim: Record<string, unknown> }>(service, ADD_CLAIM, { input: newClaim }, asWriter);
      expect(body.errors).toBeUndefined();
      expect(body.data!.addClaim).toEqual(
        expect.objectContaining({
          predicate: 'TREATS',
          strength: 'VERY_LOW',
          createdBy: 'researcher-1',
          subject: { id: 'acupuncture' },
          object: { id: 'plantar-fasciitis' },
          sources: [{ id: 'source-article', kind: 'LAY_ARTICLE' }],
        }),
      );
      expect(Date.parse(String(body.data!.addClaim.createdAt))).toBeGreaterThan(Date.now() - 60000);
      const claims = await postGraphQL<{ claims: { totalCount: number } }>(
        service,
        '{ claims(subject: "acupuncture", object: "plantar-fasciitis") { totalCount } }',
      );
      expect(claims.body.data!.claims.totalCount).toBe(2);

      // A claim added through the API has no findings: its grade is its writer's, and the researcher queries see it so.
      const id = String(body.data!.addClaim.id);
      const added = await postGraphQL<{ claim: Record<string, unknown>; layOnly: { edges: { node: { id: string } }[] } }>(
        service,
        `query Added($id: ID!) {
          claim(id: $id) { grade gradeStart gradeReasons { factor } balance onlyLaySupport findings { stance } qualifiers { kind } }
          layOnly: claims(onlyLaySupport: true, object: "plantar-fasciitis") { edges { node { id } } }
        }`,
        { id },
      );
      expect(added.body.data!.claim).toEqual({
        grade: 'VERY_LOW',
        gradeStart: 'VERY_LOW',
        gradeReasons: [],
        balance: 'UNTESTED',
        onlyLaySupport: true,
        findings: [],
        qualifiers: [],
      });
      expect(added.body.data!.layOnly.edges.map((e) => e.node.id)).toEqual([id]);
    });

    it('reads can be configured to need a key', async () => {
      const closed = await startTestService(db, { auth: { keys, readsRequireKey: true } });
      try {
        expect((await postGraphQL(closed, '{ stats { nodeCount } }')).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
        expect((await postGraphQL(closed, '{ stats { nodeCount } }', {}, asReader)).body.data).toBeDefined();
      } finally {
        await closed.stop();
      }
    });
  });

  describe('input validation names the field and writes nothing', () => {
    it.each([
      ['an unknown subject', { ...newClaim, subject: 'no-such-treatment' }, 'input.subject'],
      ['an unknown object', { ...newClaim, object: 'no-such-condition' }, 'input.object'],
      ['a predicate that does not fit the kinds', { ...newClaim, predicate: 'HELPS' }, 'input.predicate'],
      ['no source', { ...newClaim, sourceIds: [] }, 'input.sourceIds'],
      ['an unknown source', { ...newClaim, sourceIds: ['made-up'] }, 'input.sourceIds.0'],
      // More sources than Claim.sources can list (10), counted before any is looked up.
      ['eleven sources', { ...newClaim, sourceIds: Array.from({ length: 11 }, (_, i) => `made-up-${i}`) }, 'input.sourceIds'],
      ['an empty statement', { ...newClaim, statement: '   ' }, 'input.statement'],
      ['a grade a lay article cannot carry', { ...newClaim, strength: 'HIGH' }, 'input.strength'],
      [
        'a malformed new source url',
        {
          ...newClaim,
          sourceIds: [],
          newSources: [{ id: 'x-review', title: 'A review', kind: 'SYSTEMATIC_REVIEW', url: 'javascript:alert(1)' }],
        },
        'input.newSources.0.url',
      ],
    ])('addClaim with %s → BAD_USER_INPUT on %s', async (_name, input, field) => {
      const before = await counts(db);
      const { body } = await postGraphQL(service, ADD_CLAIM, { input }, asWriter);
      expect(body.errors?.[0]?.extensions).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', field }));
      expect(await counts(db)).toEqual(before);
    });

    it('upsertEntity refuses an empty name and a kind change', async () => {
      const empty = await postGraphQL(service, UPSERT, { input: { id: 'hamstring-strain', kind: 'CONDITION', name: ' ' } }, asWriter);
      expect(empty.body.errors?.[0]?.extensions).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.name' }));
      const kind = await postGraphQL(service, UPSERT, { input: { id: 'heel-pain', kind: 'CONDITION', name: 'Heel pain' } }, asWriter);
      expect(kind.body.errors?.[0]?.extensions).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.kind' }));
      // More ICD-10-CM codes than an entity lists (20).
      const codes = Array.from({ length: 21 }, (_, i) => `M${70 + i}.0`);
      const icd = await postGraphQL(
        service,
        UPSERT,
        { input: { id: 'hamstring-strain', kind: 'CONDITION', name: 'Hamstring strain', identifiers: { icd10cm: codes } } },
        asWriter,
      );
      expect(icd.body.errors?.[0]?.extensions).toEqual(
        expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.identifiers.icd10cm' }),
      );
    });
  });

  it('a mutation that fails half-way leaves nothing behind', async () => {
    // The new source is written first; the claim id then collides, so the whole transaction must roll back.
    const before = await counts(db);
    const { body } = await postGraphQL(
      service,
      ADD_CLAIM,
      {
        input: {
          ...newClaim,
          id: 'acupuncture-treats-shin-splints',
          sourceIds: [],
          newSources: [{ id: 'new-expert-note', title: 'An expert note', kind: 'EXPERT_OPINION' }],
        },
      },
      asWriter,
    );
    expect(body.errors?.[0]?.extensions).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.id' }));
    expect(await counts(db)).toEqual(before);
    expect(await db.read("MATCH (s:Source {id: 'new-expert-note'}) RETURN s")).toEqual([]);
  });

  it('upsertEntity creates, updates and keeps alias ambiguity right across entities', async () => {
    const created = await postGraphQL<{ upsertEntity: { ambiguousAliases: string[] } }>(
      service,
      UPSERT,
      { input: { id: 'hamstring-strain', kind: 'CONDITION', name: 'Hamstring strain', aliases: ['pulled hamstring', "Runner's knee"] } },
      asWriter,
    );
    expect(created.body.data!.upsertEntity.ambiguousAliases).toEqual(["Runner's knee"]);
    const pfps = await postGraphQL<{ entity: { aliasDetails: { text: string; alsoNames: { id: string }[] }[] } }>(
      service,
      '{ entity(id: "runners-knee") { aliasDetails { text alsoNames { id } } } }',
    );
    expect(
      pfps.body
        .data!.entity.aliasDetails.find((a) => a.text === "runner's knee")!
        .alsoNames.map((e) => e.id)
        .sort(),
    ).toEqual(['hamstring-strain', 'it-band-syndrome']);

    const updated = await postGraphQL<{ upsertEntity: { name: string; ambiguousAliases: string[] } }>(
      service,
      UPSERT,
      { input: { id: 'hamstring-strain', kind: 'CONDITION', name: 'Hamstring strain', aliases: ['pulled hamstring'] } },
      asWriter,
    );
    expect(updated.body.data!.upsertEntity.ambiguousAliases).toEqual([]);
    const [row] = await db.read<{ withs: string[]; updatedBy: string }>(
      "MATCH (h:Entity {id: 'hamstring-strain'}), (r:Entity {id: 'runners-knee'}) RETURN r.ambiguousWith AS withs, h.updatedBy AS updatedBy",
    );
    expect(row).toEqual({ withs: ['it-band-syndrome'], updatedBy: 'researcher-1' });
  });

  it('retractClaim keeps the claim in history, hides it from reads and traversals', async () => {
    const { body } = await postGraphQL<{ retractClaim: { retraction: { reason: string; by: string } } }>(
      service,
      RETRACT,
      { id: 'acupuncture-treats-joint-pain', reason: 'Duplicate of a better-sourced claim' },
      asWriter,
    );
    expect(body.data!.retractClaim.retraction).toEqual(
      expect.objectContaining({ reason: 'Duplicate of a better-sourced claim', by: 'researcher-1' }),
    );
    const claims = await postGraphQL<{ claims: { edges: { node: { id: string } }[] } }>(
      service,
      '{ claims(object: "joint-pain") { edges { node { id } } } }',
    );
    expect(claims.body.data!.claims.edges).toEqual([]);
    const [edges] = await db.read<{ n: number }>(
      "RETURN COUNT { (:Entity {id: 'acupuncture'})-[:TREATS]->(:Entity {id: 'joint-pain'}) } AS n",
    );
    expect(edges!.n).toBe(0);
    const again = await postGraphQL(service, RETRACT, { id: 'acupuncture-treats-joint-pain', reason: 'again' }, asWriter);
    expect(again.body.errors?.[0]?.extensions).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'id' }));
  });

  it('an id of any length is a client mistake, not a crash: the receipt key fits its unique index', async () => {
    // 5,000 three-byte characters: far above the index's key size, as the fuzz suite sent.
    const longId = '中'.repeat(5000);
    const before = await counts(db);
    const { status, body } = await postGraphQL(service, RETRACT, { id: longId, reason: 'no such claim' }, asWriter);
    expect(status).toBe(200);
    expect(body.errors?.[0]?.extensions).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'id' }));
    expect(await counts(db)).toEqual(before);
  });
});
