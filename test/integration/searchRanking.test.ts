import type { Database } from '../../src/graph/database';
import { seedDatabase } from '../../seed';
import { searchEntities, searchEntitiesReference, type SearchRequest } from '../../src/search/repository';
import { clearDatabase, testDatabase } from '../support/testDatabase';

/**
 * Search re-ranks its candidates in TypeScript (src/search/rank.ts) instead of in Cypher (SEARCH, kept as the
 * reference). Same rules, so the same hits, in the same order, with the same scores, for every way a person types
 * a name: in full, as a prefix, with a typo, by an alias, as a question (partial), with a kinds filter.
 */
describe('search ranking in TypeScript against the Cypher reference', () => {
  let db: Database;
  let requests: SearchRequest[];

  beforeAll(async () => {
    db = testDatabase();
    await clearDatabase(db);
    await seedDatabase(db);
    const entities = await db.read<{ name: string; aliases: string[]; kind: string }>(
      'MATCH (n:Entity) RETURN n.name AS name, n.aliases AS aliases, n.kind AS kind ORDER BY n.id',
    );
    const texts = new Set<string>([
      'heel',
      'pain',
      'the',
      'knee pain running',
      'acupunture',
      'shin splint',
      'my heel hurts when I run',
      'x',
    ]);
    for (const [i, e] of entities.entries()) {
      texts.add(e.name);
      texts.add(e.name.slice(0, Math.max(2, Math.ceil(e.name.length / 2))));
      for (const alias of e.aliases.slice(0, 2)) texts.add(alias);
      const longest = e.name.split(' ').reduce((a, b) => (b.length > a.length ? b : a), '');
      if (longest.length >= 5) texts.add(e.name.replace(longest, longest.slice(0, 2) + 'aeiou'[i % 5] + longest.slice(3)));
    }
    requests = [...texts].flatMap((text, i): SearchRequest[] => [
      { text, kinds: null, first: 10, field: 'text' },
      { text, kinds: null, first: 3, field: 'about', partial: true },
      ...(i % 4 === 0 ? [{ text, kinds: ['CONDITION', 'SYMPTOM'] as const, first: 50, field: 'text' } as SearchRequest] : []),
    ]);
  });
  afterAll(() => db.close());

  it('gives the same hits, order and scores as the Cypher re-ranking', async () => {
    let withHits = 0;
    for (const request of requests) {
      const [ours, reference] = await Promise.all([searchEntities(db, request), searchEntitiesReference(db, request)]);
      expect({ request, hits: ours }).toEqual({ request, hits: reference });
      if (reference.length > 0) withHits += 1;
    }
    // Most requests find something, so the comparison covers the ranking, not only empty answers.
    expect(withHits).toBeGreaterThan(requests.length * 0.8);
    expect(requests.length).toBeGreaterThan(200);
  }, 120000);
});
