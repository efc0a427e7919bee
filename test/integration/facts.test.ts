import type { Database } from '../../src/graph/database';
import type { RunningService } from '../../src/server/app';
import { STRENGTH_RANK } from '../../src/domain/vocabulary';
import type { EvidenceStrength } from '../../src/generated/graphql';
import { countingTestDatabase } from '../support/countingDatabase';
import { postGraphQL, startSeededService, startTestService, stopService } from '../support/testService';

type Fact = {
  text: string;
  predicate: string;
  strength: EvidenceStrength | null;
  subject: { id: string };
  object: { id: string };
  sources: { id: string; title: string }[];
};
type Sheet = { entity: { id: string; kind: string; name: string }; facts: Fact[]; disclaimer: string; alternatives: { id: string }[] };
type FactsData = { facts: Sheet | null };

const FACTS = `
query Facts($about: String!, $minStrength: EvidenceStrength, $first: Int) {
  facts(about: $about, minStrength: $minStrength, first: $first) {
    entity { id kind name }
    facts {
      text
      predicate
      strength
      subject { id }
      object { id }
      sources { id title }
    }
    disclaimer
    alternatives { id }
  }
}`;

describe('facts over HTTP → Apollo → neo4j-driver → Neo4j', () => {
  let db: Database;
  let service: RunningService;

  beforeAll(async () => {
    ({ db, service } = await startSeededService());
  });
  afterAll(() => stopService(service, db));

  const ask = (about: string, extra: { minStrength?: EvidenceStrength; first?: number } = {}) =>
    postGraphQL<FactsData>(service, FACTS, { about, ...extra });

  async function sheet(about: string, extra: { minStrength?: EvidenceStrength; first?: number } = {}): Promise<Sheet | null> {
    const response = await ask(about, extra);
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.facts;
  }

  const texts = (s: Sheet | null) => (s?.facts ?? []).map((f) => f.text);

  it('finds an entity by id', async () => {
    const s = await sheet('plantar-fasciitis');
    expect(s?.entity).toEqual({ id: 'plantar-fasciitis', kind: 'CONDITION', name: 'Plantar fasciitis' });
    expect(texts(s)).toContain('Plantar fasciitis presents heel pain.');
    expect(texts(s)).toContain('Plantar fasciitis affects the heel.');
    expect(texts(s)).toContain('Plantar fasciitis is a kind of running injury.');
    expect(s?.alternatives).toEqual([]);
  });

  it('answers a sheet with every fact sourced in one Cypher round trip (three when found by name: the search candidates, the hits, the sheet)', async () => {
    const counting = countingTestDatabase();
    const uncached = await startTestService(counting, { responseCache: null });
    try {
      const byId = await postGraphQL<FactsData>(uncached, FACTS, { about: 'plantar-fasciitis' });
      const facts = byId.body.data!.facts!.facts;
      expect(facts.length).toBeGreaterThan(3);
      expect(facts.every((f) => f.sources.length > 0 && f.sources.every((src) => src.title.length > 0))).toBe(true);
      expect(counting.reads).toBe(1);

      await postGraphQL<FactsData>(uncached, FACTS, { about: 'Plantar Fasciitis' });
      expect(counting.reads).toBe(4);
    } finally {
      await uncached.stop();
      await counting.close();
    }
  });

  it('finds an entity by name, in any case and punctuation', async () => {
    expect((await sheet('Plantar fasciitis'))?.entity.id).toBe('plantar-fasciitis');
    expect((await sheet('  PLANTAR-FASCIITIS! '))?.entity.id).toBe('plantar-fasciitis');
    expect((await sheet('patellofemoral pain syndrome'))?.entity.id).toBe('runners-knee');
  });

  it('finds an entity by an alias, with a typo', async () => {
    expect((await sheet('achilles tendonitus'))?.entity.id).toBe('achilles-tendinitis');
    expect((await sheet('medial tibial stres syndrome'))?.entity.id).toBe('shin-splints');
    expect((await sheet('plantar fascitis'))?.entity.id).toBe('plantar-fasciitis');
    expect((await sheet('ITBS'))?.entity.id).toBe('it-band-syndrome');
  });

  it('answers null for what it does not know, rather than guessing', async () => {
    for (const about of ['xyzzy', 'no-such-entity', 'cancer', 'back pain', 'ankle sprain', '', '   ', '🦵', '"(*?']) {
      expect(await sheet(about)).toBeNull();
    }
  });

  it('lists the other entities when the words name several', async () => {
    const knee = await sheet("runner's knee");
    expect(knee?.entity.id).toBe('runners-knee');
    expect(knee?.alternatives).toEqual([{ id: 'it-band-syndrome' }]);

    const joint = await sheet('joint pain');
    expect(['joint-pain', 'joint-pain-symptom']).toContain(joint?.entity.id);
    expect(joint?.alternatives).toHaveLength(1);
    expect(joint?.alternatives[0]?.id).not.toBe(joint?.entity.id);
    expect(texts(joint).join(' ')).toMatch(/\(the (condition|symptom)\)/);

    expect((await sheet('runners-knee'))?.alternatives).toEqual([]);
  });

  it('says which conditions present a symptom', async () => {
    const heel = await sheet('heel pain');
    expect(heel?.entity.id).toBe('heel-pain');
    expect(texts(heel)).toContain('Heel pain is a symptom of plantar fasciitis.');
    const presents = heel!.facts.find((f) => f.predicate === 'PRESENTS');
    expect(presents).toMatchObject({ subject: { id: 'plantar-fasciitis' }, object: { id: 'heel-pain' }, strength: null });

    const knee = await sheet('knee-pain');
    const conditions = knee!.facts.filter((f) => f.predicate === 'PRESENTS').map((f) => f.subject.id);
    expect(conditions.sort()).toEqual(['knee-injuries', 'patellar-tendinitis', 'runners-knee']);
    for (const text of ['patellofemoral pain syndrome', 'patellar tendinitis', 'knee injuries'])
      expect(texts(knee).join(' ')).toContain(text);
  });

  it("includes acupuncture's claim about a condition, with its grade and its source", async () => {
    const s = await sheet('plantar-fasciitis');
    const treats = s!.facts.find((f) => f.predicate === 'TREATS');
    expect(treats).toMatchObject({ subject: { id: 'acupuncture' }, object: { id: 'plantar-fasciitis' }, strength: 'LOW' });
    // The lay article that makes the claim, and the studies whose findings support it.
    expect(treats?.sources).toEqual(
      expect.arrayContaining([
        { id: 'source-article', title: expect.stringMatching(/^Acupuncture for runners/) },
        { id: 'cotchett-2014-php-dn', title: expect.stringMatching(/^Effectiveness of Trigger Point Dry Needling/) },
      ]),
    );
    const titles = treats!.sources.map((s) => s.title);
    expect(treats?.text).toBe(
      `Acupuncture treats plantar fasciitis (low-certainty evidence; sources: ${titles[0]}; ${titles[1]} and ${titles.length - 2} more).`,
    );
  });

  it('puts descriptive facts before claims, and claims strongest first', async () => {
    for (const about of ['achilles-tendinitis', 'running-injuries', 'acupuncture', 'knee-injuries', 'muscle-soreness']) {
      const facts = (await sheet(about, { first: 50 }))!.facts;
      const firstClaim = facts.findIndex((f) => f.strength !== null);
      expect(firstClaim).toBeGreaterThan(0);
      expect(facts.slice(firstClaim).every((f) => f.strength !== null)).toBe(true);
      const ranks = facts.slice(firstClaim).map((f) => STRENGTH_RANK[f.strength!]);
      expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    }
    const achilles = (await sheet('achilles-tendinitis'))!.facts.filter((f) => f.strength !== null);
    expect(achilles.map((f) => f.strength)).toEqual(['LOW', 'VERY_LOW']);
  });

  it('leaves out claims below minStrength, and keeps the descriptive facts', async () => {
    const all = (await sheet('achilles-tendinitis'))!.facts;
    const low = (await sheet('achilles-tendinitis', { minStrength: 'LOW' }))!.facts;
    const high = (await sheet('achilles-tendinitis', { minStrength: 'HIGH' }))!.facts;
    expect(all.some((f) => f.strength === 'VERY_LOW')).toBe(true);
    expect(low.some((f) => f.strength === 'VERY_LOW')).toBe(false);
    expect(low.some((f) => f.strength === 'LOW')).toBe(true);
    expect(high.filter((f) => f.strength !== null)).toEqual([]);
    expect(high.map((f) => f.text)).toEqual(all.filter((f) => f.strength === null).map((f) => f.text));
    expect(low).toHaveLength(all.length - 1);
  });

  it('bounds the number of facts with `first` (1 to 50)', async () => {
    expect((await sheet('acupuncture'))!.facts).toHaveLength(20);
    expect((await sheet('acupuncture', { first: 3 }))!.facts).toHaveLength(3);
    expect((await sheet('acupuncture', { first: 50 }))!.facts.length).toBeGreaterThan(20);
    for (const first of [0, 51, -5]) {
      const response = await ask('acupuncture', { first });
      expect(response.status).toBe(200);
      expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    }
  });

  it('describes session steps with their order and duration, and safety notes', async () => {
    const acupuncture = texts(await sheet('acupuncture', { first: 50 }));
    expect(acupuncture).toContain('Step 1 of a session of acupuncture is assessment.');
    expect(acupuncture).toContain('Step 2 of a session of acupuncture is needle placement; it usually lasts 20–30 minutes.');
    expect(acupuncture).toContain('A safety note for acupuncture: see your doctor for serious injuries or pain.');
    expect(acupuncture).toContain('Acupuncture complements care from your regular doctor.');
    expect(texts(await sheet('tingling'))).toEqual(['Tingling may be felt during the sensation step of a session.']);
  });

  it('places body regions in their hierarchy', async () => {
    const heel = texts(await sheet('heel'));
    expect(heel).toContain('The heel is part of the foot.');
    expect(heel).toContain('The heel is affected by plantar fasciitis.');
    expect(heel).toContain('Heel pain is felt in the heel.');
    expect(texts(await sheet('foot'))).toContain('The foot includes the heel.');
  });

  it('gives every fact at least one source, and always the disclaimer', async () => {
    const ids = (await db.read<{ id: string }>('MATCH (n:Entity) RETURN n.id AS id ORDER BY id')).map((r) => r.id);
    expect(ids.length).toBeGreaterThan(50);
    for (const id of ids) {
      const s = await sheet(id, { first: 50 });
      expect(s?.entity.id).toBe(id);
      expect(s?.disclaimer).toMatch(/does not replace/);
      expect(s?.disclaimer).toMatch(/serious injuries or pain/);
      for (const fact of s!.facts) {
        expect(fact.sources.length).toBeGreaterThan(0);
        expect(fact.text).toMatch(/^[A-Z].*\.$/);
        expect([fact.subject.id, fact.object.id]).toContain(id);
      }
    }
  });

  it('never states a retracted claim', async () => {
    await db.write(
      "MATCH (c:Claim {id: 'acupuncture-treats-plantar-fasciitis'}) SET c.retractedAt = '2025-01-01T00:00:00Z', c.retractedBy = 'test', c.retractionReason = 'test'",
    );
    try {
      const s = await sheet('plantar-fasciitis');
      expect(s!.facts.some((f) => f.predicate === 'TREATS')).toBe(false);
      expect(texts(s)).toContain('Plantar fasciitis presents heel pain.');
    } finally {
      await db.write(
        "MATCH (c:Claim {id: 'acupuncture-treats-plantar-fasciitis'}) REMOVE c.retractedAt, c.retractedBy, c.retractionReason",
      );
    }
    expect((await sheet('plantar-fasciitis'))!.facts.some((f) => f.predicate === 'TREATS')).toBe(true);
  });

  describe('questions as people ask them', () => {
    /** Facts about `about` with the focus the question was read with. */
    const QUESTION = `
      query Q($about: String!) {
        facts(about: $about) {
          entity { id kind name }
          focus
          facts { text predicate strength subject { id } object { id } sources { id title } }
          disclaimer
          alternatives { id }
        }
      }`;
    type Asked = Sheet & { focus: string | null };
    const asked = async (about: string): Promise<Asked | null> => {
      const response = await postGraphQL<{ facts: Asked | null }>(service, QUESTION, { about });
      expect(response.body.errors).toBeUndefined();
      return response.body.data!.facts;
    };
    /** Every fact of the sheet is a sourced sentence about its entity, and the caveat comes with it. */
    const expectSourcedSheet = (s: Asked | null, id: string) => {
      expect(s?.entity.id).toBe(id);
      expect(s!.facts.length).toBeGreaterThan(0);
      for (const f of s!.facts) {
        expect(f.sources.length).toBeGreaterThan(0);
        expect([f.subject.id, f.object.id]).toContain(id);
      }
      expect(s!.disclaimer).toMatch(/does not replace, advice from your doctor/);
    };
    const graded = (s: Asked | null) => s!.facts.filter((f) => f.strength !== null);

    it('"my heel hurts when I run" is about heel pain: hurts is pain, and the conditions that present it', async () => {
      const s = await asked('my heel hurts when I run');
      expectSourcedSheet(s, 'heel-pain');
      expect(texts(s)).toContain('Heel pain is a symptom of plantar fasciitis.');
      expect(s?.focus).toBeNull();
    });

    it('"does acupuncture help shin splints" is about shin splints, with its graded claims', async () => {
      const s = await asked('does acupuncture help shin splints');
      expectSourcedSheet(s, 'shin-splints');
      const treats = graded(s).filter((f) => f.predicate === 'TREATS' && f.subject.id === 'acupuncture');
      expect(treats.length).toBeGreaterThan(0);
      expect(treats.every((f) => /certainty evidence/.test(f.text))).toBe(true);
    });

    it('"is acupuncture safe" is about acupuncture, safety first', async () => {
      const s = await asked('is acupuncture safe');
      expectSourcedSheet(s, 'acupuncture');
      expect(s?.focus).toBe('SAFETY');
      // The sheet opens with the safety notes, and the first claim it states is a safety claim.
      expect(s!.facts[0]?.predicate).toBe('HAS_SAFETY_NOTE');
      const notes = s!.facts.filter((f) => f.predicate === 'HAS_SAFETY_NOTE').map((f) => f.object.id);
      expect(notes).toEqual(expect.arrayContaining(['clean-needles', 'trained-practitioner']));
      expect(graded(s)[0]?.predicate).toBe('IS_SAFE_WHEN');
      // Asked by name, the same sheet keeps its usual order.
      expect((await asked('acupuncture'))!.facts[0]?.predicate).not.toBe('HAS_SAFETY_NOTE');
    });

    it('"how long do the needles stay in" is about the needle step, with its 20-30 minutes', async () => {
      const s = await asked('how long do the needles stay in');
      expectSourcedSheet(s, 'needle-insertion');
      expect(s?.focus).toBe('DURATION');
      expect(s!.facts[0]?.text).toBe('Needle placement is step 2 of a session of acupuncture; it usually lasts 20–30 minutes.');
    });

    it('"sore legs after a marathon" is about muscle soreness (DOMS)', async () => {
      const s = await asked('sore legs after a marathon');
      expectSourcedSheet(s, 'muscle-soreness');
      expect(graded(s).some((f) => f.predicate === 'TREATS' && f.subject.id === 'acupuncture')).toBe(true);
    });

    it('"can acupuncture make me run faster" is about performance, graded as the weak claim it is', async () => {
      const s = await asked('can acupuncture make me run faster');
      expectSourcedSheet(s, 'endurance-and-performance');
      const produces = graded(s).find((f) => f.predicate === 'PRODUCES' && f.subject.id === 'acupuncture');
      expect(produces?.strength).toBe('VERY_LOW');
    });

    it('says nothing when the words name nothing with confidence', async () => {
      for (const about of [
        'does acupuncture help back pain',
        'is it safe',
        'my back hurts when I run',
        'can acupuncture cure cancer',
        'how long does a marathon take',
        'what should I eat before a race',
        'sore throat after a race',
        'chondromalacia patellae',
        'stress fracture',
      ]) {
        expect({ about, sheet: await asked(about) }).toEqual({ about, sheet: null });
      }
    });

    it('still answers a name, an alias with a typo, and an ambiguous name inside a question', async () => {
      expect((await asked('what is plantar fascitis'))?.entity.id).toBe('plantar-fasciitis');
      expect((await asked('does acupuncture help with DOMS?'))?.entity.id).toBe('muscle-soreness');
      const knee = await asked("can acupuncture help my runner's knee");
      expect(knee?.entity.id).toBe('runners-knee');
      expect(knee?.alternatives).toEqual([{ id: 'it-band-syndrome' }]);
      expect((await asked('acupuncture for Achilles tendonitis pain'))?.entity.id).toBe('achilles-tendinitis');
    });
  });

  it.each([
    ['a Lucene operator', 'AND'],
    ['a field query', 'title:foo'],
    ['brackets and quotes', '"[()]"'],
    ['a backslash', '\\'],
    ['boolean operators', 'a && b || c'],
    ['accented letters', 'ñandú ünïcödé'],
    ['10 kB of a', 'a'.repeat(10240)],
    ['10 kB of symbols', '*?~^:\\/'.repeat(1463)],
  ])('answers %s with data or a BAD_USER_INPUT error, never an internal one', async (_label, about) => {
    const response = await ask(about);
    expect(response.status).toBe(200);
    expect(JSON.stringify(response.body)).not.toMatch(/lucene|neo4j|cypher|parse|procedure|stack/i);
    if (response.body.errors) {
      expect(response.body.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'about' });
    } else {
      expect(response.body.data).toHaveProperty('facts');
    }
  });
});
