import type { Database } from '../../src/graph/database';
import type { RunningService } from '../../src/server/app';
import { postGraphQL, startSeededService, stopService, type GraphQLResponse } from '../support/testService';

type Hit = { entity: { id: string; kind: string; name: string }; score: number; matched: string; ambiguous: boolean };
type SearchData = { search: Hit[] };

const SEARCH = `
query Search($text: String!, $kinds: [EntityKind!], $first: Int) {
  search(text: $text, kinds: $kinds, first: $first) {
    entity { id kind name }
    score
    matched
    ambiguous
  }
}`;

const HOSTILE: [string, string][] = [
  ['a double quote', '"'],
  ['an open bracket', '('],
  ['square brackets', '[]'],
  ['AND', 'AND'],
  ['OR NOT', 'OR NOT'],
  ['a wildcard', '*'],
  ['a question mark', '?'],
  ['a tilde', '~'],
  ['a boost', '^2'],
  ['a field query', 'title:foo'],
  ['a backslash', '\\'],
  ['a slash', '/'],
  ['boolean operators', 'a && b || c'],
  ['a regular expression', '/.*/'],
  ['required and prohibited terms', '+knee -pain'],
  ['a range', '[a TO z]'],
  ['accented letters', 'ñandú ünïcödé'],
  ['emoji', '🏃‍♀️🦵'],
  ['the empty string', ''],
  ['blanks', '   '],
  ['a NUL character', 'knee\u0000pain'],
  ['CJK text', '膝の痛み'],
  ['10 kB of a', 'a'.repeat(10240)],
  ['10 kB of symbols', '!@#$%^&*()_+{}|:"<>?~`-=[]\\;\',./ AND OR NOT '.repeat(240).slice(0, 10240)],
  ['200 characters of symbols', '"(*?~^:\\/[]{}&&||!+-'.repeat(10)],
  [
    '200 characters of distinct words',
    Array.from({ length: 70 }, (_, i) => `w${i}`)
      .join(' ')
      .slice(0, 200),
  ],
];

describe('search over HTTP → Apollo → neo4j-driver → Neo4j', () => {
  let db: Database;
  let service: RunningService;

  beforeAll(async () => {
    ({ db, service } = await startSeededService());
  });
  afterAll(() => stopService(service, db));

  const search = (text: string, extra: { kinds?: string[] | null; first?: number } = {}) =>
    postGraphQL<SearchData>(service, SEARCH, { text, ...extra });

  async function hits(text: string, extra: { kinds?: string[] | null; first?: number } = {}): Promise<Hit[]> {
    const response = await search(text, extra);
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.search;
  }

  const expectNonIncreasing = (list: Hit[]) => {
    for (let i = 1; i < list.length; i++) expect(list[i]!.score).toBeLessThanOrEqual(list[i - 1]!.score);
  };

  it('ranks an exact name above partial matches', async () => {
    const found = await hits('knee');
    expect(found[0]).toMatchObject({ entity: { id: 'knee', kind: 'BODY_REGION' }, matched: 'Knee', ambiguous: false });
    for (const other of found.slice(1)) expect(other.score).toBeLessThan(found[0]!.score);
    expect(found.map((h) => h.entity.id)).toEqual(expect.arrayContaining(['knee-pain', 'knee-injuries']));

    const heel = await hits('heel pain');
    expect(heel[0]).toMatchObject({ entity: { id: 'heel-pain' }, matched: 'Heel pain' });
    // A partial match still matches every word: plantar fasciitis by its alias "plantar heel pain";
    // the heel itself has no "pain" in any of its names.
    expect(heel.map((h) => h.entity.id)).toContain('plantar-fasciitis');
    expect(heel.map((h) => h.entity.id)).not.toContain('heel');
  });

  it('ranks an exact alias above partial matches and reports the alias', async () => {
    const found = await hits('achilles tendonitis');
    expect(found[0]).toMatchObject({ entity: { id: 'achilles-tendinitis' }, matched: 'Achilles tendonitis', ambiguous: false });
    expect(found[1]!.score).toBeLessThan(found[0]!.score);
    expect((await hits('PFPS'))[0]).toMatchObject({ entity: { id: 'runners-knee' }, matched: 'PFPS' });
  });

  it('puts both owners of an ambiguous alias first and marks them ambiguous', async () => {
    for (const text of ["runner's knee", 'runners knee', 'Runner’s Knee']) {
      const found = await hits(text);
      expect(
        found
          .slice(0, 2)
          .map((h) => h.entity.id)
          .sort(),
      ).toEqual(['it-band-syndrome', 'runners-knee']);
      for (const hit of found.slice(0, 2)) expect(hit).toMatchObject({ matched: "runner's knee", ambiguous: true });
      for (const hit of found.slice(2)) {
        expect(hit.ambiguous).toBe(false);
        expect(hit.score).toBeLessThan(found[1]!.score);
      }
    }
    const joint = await hits('joint pain');
    expect(
      joint
        .slice(0, 2)
        .map((h) => h.entity.id)
        .sort(),
    ).toEqual(['joint-pain', 'joint-pain-symptom']);
    expect(joint.slice(0, 2).every((h) => h.ambiguous)).toBe(true);
    expect((await hits('plantar fasciitis'))[0]).toMatchObject({ entity: { id: 'plantar-fasciitis' }, ambiguous: false });
  });

  it('is case- and punctuation-insensitive', async () => {
    const plain = await hits('runners knee');
    const shouted = await hits('RUNNERS-KNEE!!');
    expect(shouted.map((h) => h.entity.id)).toEqual(plain.map((h) => h.entity.id));
    expect(shouted.map((h) => h.score)).toEqual(plain.map((h) => h.score));
    expect((await hits('  Plantar   FASCIITIS. '))[0]!.entity.id).toBe('plantar-fasciitis');
  });

  it('tolerates typos', async () => {
    expect((await hits('plantar fascitis'))[0]).toMatchObject({ entity: { id: 'plantar-fasciitis' }, matched: 'Plantar fasciitis' });
    expect((await hits('achilles tendonitus'))[0]).toMatchObject({ entity: { id: 'achilles-tendinitis' }, matched: 'Achilles tendonitis' });
    expect((await hits('acupunture'))[0]!.entity.id).toBe('acupuncture');
    expect((await hits('shin splits'))[0]!.entity.id).toBe('shin-splints');
    expect((await hits('iliotibal band syndrom'))[0]!.entity.id).toBe('it-band-syndrome');
  });

  it('completes prefixes for type-ahead', async () => {
    expect((await hits('achil'))[0]).toMatchObject({ entity: { id: 'achilles-tendinitis' }, matched: 'Achilles tendinitis' });
    expect((await hits('plan'))[0]!.entity.id).toBe('plantar-fasciitis');
    expect((await hits('plantar f'))[0]!.entity.id).toBe('plantar-fasciitis');
    expect((await hits('acu'))[0]!.entity.id).toBe('acupuncture');
    const ilio = await hits('ilio');
    expect(ilio.map((h) => h.entity.id)).toEqual(expect.arrayContaining(['it-band-syndrome', 'iliotibial-band']));
  });

  it('returns scores in non-increasing order', async () => {
    for (const text of ['knee', 'pain', 'plantar fascitis', 'a', 'muscle', 'runners knee', 'tendon', 'the']) {
      const found = await hits(text, { first: 50 });
      expect(found.length).toBeGreaterThan(0);
      expectNonIncreasing(found);
      expect(new Set(found.map((h) => h.entity.id)).size).toBe(found.length);
    }
  });

  it('honours `first`', async () => {
    expect(await hits('pain', { first: 3 })).toHaveLength(3);
    expect((await hits('pain', { first: 50 })).length).toBeGreaterThan(3);
    expect(await hits('pain')).toHaveLength(10);
  });

  it('filters by kind inside the query, so a page is full of the wanted kind', async () => {
    const symptoms = await hits('knee', { kinds: ['SYMPTOM'] });
    expect(symptoms.length).toBeGreaterThan(0);
    expect(symptoms.every((h) => h.entity.kind === 'SYMPTOM')).toBe(true);
    expect(symptoms[0]!.entity.id).toBe('knee-pain');

    const two = await hits('knee', { kinds: ['CONDITION', 'BODY_REGION'], first: 5 });
    expect(two).toHaveLength(5);
    expect(two.every((h) => h.entity.kind === 'CONDITION' || h.entity.kind === 'BODY_REGION')).toBe(true);
    expect(new Set(two.map((h) => h.entity.kind))).toEqual(new Set(['CONDITION', 'BODY_REGION']));

    const joint = await hits('joint pain', { kinds: ['SYMPTOM'] });
    expect(joint[0]).toMatchObject({ entity: { id: 'joint-pain-symptom' }, ambiguous: true });
    expect(await hits('knee', { kinds: [] })).toEqual([]);
    expect((await hits('knee', { kinds: null }))[0]!.entity.id).toBe('knee');
  });

  it('finds nothing for text with nothing searchable in it', async () => {
    for (const text of ['', '   ', '!!!', '🏃‍♀️🦵', '"()"']) expect(await hits(text)).toEqual([]);
    expect(await hits('xyzzyqwv')).toEqual([]);
  });

  it.each(HOSTILE)('answers %s with data or a BAD_USER_INPUT error, never an internal one', async (_label, text) => {
    const response: GraphQLResponse<SearchData> = await search(text);
    expect(response.status).toBe(200);
    const body = JSON.stringify(response.body);
    expect(body).not.toMatch(/lucene|neo4j|cypher|parse|procedure|fulltext|stack/i);
    if (response.body.errors) {
      expect(response.body.errors.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      expect(response.body.errors[0]!.extensions?.field).toBe('text');
      expect(response.body.data).toBeNull();
    } else {
      expect(Array.isArray(response.body.data?.search)).toBe(true);
      expectNonIncreasing(response.body.data!.search);
    }
  });

  it('rejects text over 200 characters and accepts 200', async () => {
    const long = await search('a'.repeat(201));
    expect(long.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
    expect(long.body.errors?.[0]?.message).toMatch(/200/);
    const limit = await search('k'.repeat(200));
    expect(limit.body.errors).toBeUndefined();
    const emoji = await search('🦵'.repeat(200));
    expect(emoji.body.errors).toBeUndefined();
  });

  it('rejects `first` out of 1..50 with BAD_USER_INPUT', async () => {
    for (const first of [0, -1, 51, 1000]) {
      const response = await search('knee', { first });
      expect(response.status).toBe(200);
      expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    }
    expect(await hits('knee', { first: 1 })).toHaveLength(1);
  });

  it('resolves hit entities as full Entity objects', async () => {
    const response = await postGraphQL<{ search: { entity: { id: string; aliases: string[]; __typename: string } }[] }>(
      service,
      '{ search(text: "plantar fasciitis", first: 1) { entity { __typename id aliases ... on Condition { symptoms { id } } } } }',
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.search[0]?.entity).toMatchObject({
      __typename: 'Condition',
      id: 'plantar-fasciitis',
      symptoms: [{ id: 'heel-pain' }],
    });
  });
});
