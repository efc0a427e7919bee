import type { Database } from '../../src/graph/database';
import type { RunningService } from '../../src/server/app';
import { STRENGTH_RANK } from '../../src/domain/vocabulary';
import { postGraphQL, startSeededService, stopService } from '../support/testService';

type ClaimNode = {
  id: string;
  strength: keyof typeof STRENGTH_RANK;
  subject: { id: string };
  object: { id: string };
  sources: { id: string }[];
};
type ClaimsPage = {
  claims: {
    totalCount: number;
    edges: { cursor: string; node: ClaimNode }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

const CLAIMS = `query Claims($subject: ID, $object: ID, $minStrength: EvidenceStrength, $first: Int, $after: String) {
  claims(subject: $subject, object: $object, minStrength: $minStrength, first: $first, after: $after) {
    totalCount
    edges { cursor node { id strength subject { id } object { id } sources { id } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe('claims: evidence exploration', () => {
  let db: Database;
  let service: RunningService;

  async function walk(variables: Record<string, unknown>, pageSize: number): Promise<{ ids: string[]; total: number; nodes: ClaimNode[] }> {
    const nodes: ClaimNode[] = [];
    let after: string | null = null;
    let total = -1;
    for (let i = 0; i < 200; i += 1) {
      const response: { body: { data?: ClaimsPage | null; errors?: unknown } } = await postGraphQL<ClaimsPage>(service, CLAIMS, {
        ...variables,
        first: pageSize,
        after,
      });
      expect(response.body.errors).toBeUndefined();
      const page = response.body.data!.claims;
      total = page.totalCount;
      nodes.push(...page.edges.map((e) => e.node));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    return { ids: nodes.map((n) => n.id), total, nodes };
  }

  beforeAll(async () => {
    ({ db, service } = await startSeededService());
  });
  afterAll(() => stopService(service, db));

  it('walks every live claim exactly once, strongest first, whatever the page size', async () => {
    const [row] = await db.read<{ n: number }>('MATCH (c:Claim) WHERE c.retractedAt IS NULL RETURN count(c) AS n');
    for (const pageSize of [1, 4, 7, 100]) {
      const { ids, total, nodes } = await walk({}, pageSize);
      expect(total).toBe(row!.n);
      expect(ids).toHaveLength(row!.n);
      expect(new Set(ids).size).toBe(row!.n);
      const ranks = nodes.map((n) => STRENGTH_RANK[n.strength]);
      expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    }
  });

  it("bounds an entity's own claim list by `first`, in the same order as the claims connection", async () => {
    const ENTITY_CLAIMS = `query Own($id: ID!, $first: Int, $role: ClaimRole) { entity(id: $id) { claims(first: $first, role: $role) { id } } }`;
    const own = async (variables: Record<string, unknown>) =>
      postGraphQL<{ entity: { claims: { id: string }[] } }>(service, ENTITY_CLAIMS, { id: 'acupuncture', ...variables });

    const everything = await walk({ subject: 'acupuncture' }, 100);
    expect(everything.total).toBeGreaterThan(3);
    const all = await own({ first: 200 });
    expect(all.body.data!.entity.claims.map((c) => c.id)).toEqual(everything.ids);

    const top = await own({ first: 3 });
    expect(top.body.data!.entity.claims.map((c) => c.id)).toEqual(everything.ids.slice(0, 3));
    expect((await own({})).body.data!.entity.claims).toHaveLength(Math.min(50, everything.total));
    expect((await own({ role: 'OBJECT' })).body.data!.entity.claims).toEqual([]);

    for (const first of [0, 201]) {
      const { body } = await own({ first });
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('filters by subject, object and minimum strength, with sources included', async () => {
    const bySubject = await walk({ subject: 'acupuncture' }, 10);
    expect(bySubject.total).toBeGreaterThan(10);
    expect(bySubject.nodes.every((n) => n.subject.id === 'acupuncture' && n.sources.length > 0)).toBe(true);

    const byObject = await walk({ object: 'injury-prevention' }, 10);
    expect(byObject.nodes.map((n) => n.object.id)).toEqual(Array(byObject.total).fill('injury-prevention'));

    const both = await walk({ subject: 'acupuncture', object: 'plantar-fasciitis' }, 10);
    expect(both.ids).toEqual(['acupuncture-treats-plantar-fasciitis']);

    const strong = await walk({ minStrength: 'LOW' }, 50);
    const all = await walk({}, 50);
    expect(strong.nodes.every((n) => STRENGTH_RANK[n.strength] >= STRENGTH_RANK.LOW)).toBe(true);
    expect(strong.total).toBeLessThan(all.total);
    const moderate = await walk({ minStrength: 'MODERATE' }, 50);
    expect(moderate.total).toBe(all.nodes.filter((n) => STRENGTH_RANK[n.strength] >= STRENGTH_RANK.MODERATE).length);
    expect(moderate.total).toBeLessThan(strong.total);
  });

  it('leaves retracted claims out', async () => {
    const before = await walk({ subject: 'acupuncture' }, 100);
    await db.write(
      `MATCH (c:Claim {id: 'acupuncture-treats-joint-pain'})-[:SUBJECT]->(s), (c)-[:OBJECT]->(o)
       SET c.retractedAt = '2026-01-01T00:00:00Z', c.retractedBy = 'test', c.retractionReason = 'test'
       WITH c, s, o MATCH (s)-[r {claimId: c.id}]->(o) DELETE r`,
    );
    const after = await walk({ subject: 'acupuncture' }, 100);
    expect(after.total).toBe(before.total - 1);
    expect(after.ids).not.toContain('acupuncture-treats-joint-pain');
    const { body } = await postGraphQL<{ claim: { retraction: { reason: string } } }>(
      service,
      '{ claim(id: "acupuncture-treats-joint-pain") { retraction { reason } } }',
    );
    expect(body.data!.claim.retraction.reason).toBe('test');
  });

  it('answers empty pages for unknown ids, and BAD_USER_INPUT for bad paging', async () => {
    const unknown = await walk({ subject: 'nobody' }, 10);
    expect(unknown).toEqual({ ids: [], total: 0, nodes: [] });
    for (const variables of [{ first: 0 }, { first: 101 }, { after: 'bm9wZQ' }, { after: '%%%' }]) {
      const { status, body } = await postGraphQL(service, CLAIMS, variables);
      expect(status).toBe(200);
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});
