import type { Database } from '../../src/graph/database';
import type { RunningService } from '../../src/server/app';
import { STRENGTH_RANK } from '../../src/domain/vocabulary';
import { postGraphQL, startSeededService, stopService } from '../support/testService';

type Strength = keyof typeof STRENGTH_RANK;
type Figure = {
  measure: string;
  arm: string | null;
  value: number | null;
  unit: string | null;
  ciLower: number | null;
  ciUpper: number | null;
  p: string | null;
  events: number | null;
  total: number | null;
};
type Finding = {
  id: string;
  outcome: string;
  outcomeKind: string;
  direction: string;
  interventionTypes: string[];
  comparatorType: string;
  n: number | null;
  caveat: string | null;
  figures: Figure[];
  source: { id: string };
};
type ClaimFinding = { stance: string; note: string | null; finding: Finding; claim: { id: string } };
type Claim = {
  id: string;
  grade: Strength;
  strength: Strength;
  gradeStart: Strength;
  gradeStartReason: string;
  balance: string;
  onlyLaySupport: boolean;
  statement: string;
  gradeReasons: { factor: string; levelsDown: number; explanation: string; findings: { id: string }[] }[];
  qualifiers: { kind: string; text: string; entities: { id: string }[] }[];
  sources: { id: string; kind: string }[];
  findings: ClaimFinding[];
};
type Study = {
  id: string;
  title: string;
  kind: string;
  authors: string[];
  journal: string | null;
  year: number | null;
  doi: string | null;
  pmid: string | null;
  study: {
    design: string;
    randomised: boolean;
    population: string;
    sampleSize: number | null;
    interventionTypes: string[];
    comparatorTypes: string[];
    outcomes: string[];
  } | null;
};

const FIGURE = 'measure arm value unit ciLower ciUpper p events total';
const FINDING = `id outcome outcomeKind direction interventionTypes comparatorType n caveat figures { ${FIGURE} } source { id }`;
const CLAIM = `id grade strength gradeStart gradeStartReason balance onlyLaySupport statement
  gradeReasons { factor levelsDown explanation findings { id } }
  qualifiers { kind text entities { id } }
  sources { id kind }
  findings { stance note claim { id } finding { ${FINDING} } }`;
const STUDY =
  'id title kind authors journal year doi pmid study { design randomised population sampleSize interventionTypes comparatorTypes outcomes }';

const CONDITION_EVIDENCE = `query Evidence($id: ID!) {
  conditionEvidence(condition: $id) {
    condition { id }
    claims { ${CLAIM} }
    strongest { id grade }
    weakest { id grade }
    studies { ${STUDY} }
    findings { stance claim { id } finding { id source { id } } }
  }
}`;

type Evidence = {
  condition: { id: string };
  claims: Claim[];
  strongest: { id: string; grade: Strength }[];
  weakest: { id: string; grade: Strength }[];
  studies: Study[];
  findings: { stance: string; claim: { id: string }; finding: { id: string; source: { id: string } } }[];
};

describe('published studies, findings and grades over GraphQL', () => {
  let db: Database;
  let service: RunningService;

  beforeAll(async () => {
    ({ db, service } = await startSeededService());
  });
  afterAll(() => stopService(service, db));

  async function evidence(id: string): Promise<Evidence> {
    const { body } = await postGraphQL<{ conditionEvidence: Evidence }>(service, CONDITION_EVIDENCE, { id });
    expect(body.errors).toBeUndefined();
    return body.data!.conditionEvidence;
  }
  const claimOf = (e: Evidence, id: string) => e.claims.find((c) => c.id === id)!;
  const studyOf = (e: Evidence, id: string) => e.studies.find((s) => s.id === id)!;
  const findingOf = (c: Claim, id: string) => c.findings.find((f) => f.finding.id === id)!;

  describe('plantar fasciitis', () => {
    let e: Evidence;
    beforeAll(async () => {
      e = await evidence('plantar-fasciitis');
    });

    it('lists its studies with what each is: design, population and n, intervention, comparator, identifiers', () => {
      expect(e.studies.map((s) => s.id)).toEqual([
        'clark-tighe-2012-php-sr',
        'cotchett-2014-php-dn',
        'he-ma-2017-php-dn-ma',
        'karagounis-2011-pf-athletes',
        'wang-2020-php-ea-vs-ma',
        'zhang-sp-2011-pf-pc7',
      ]);
      expect(studyOf(e, 'cotchett-2014-php-dn')).toEqual(
        expect.objectContaining({
          title: 'Effectiveness of Trigger Point Dry Needling for Plantar Heel Pain: A Randomized Controlled Trial',
          kind: 'TRIAL',
          authors: ['Matthew P. Cotchett', 'Shannon E. Munteanu', 'Karl B. Landorf'],
          journal: 'Physical Therapy',
          year: 2014,
          doi: '10.2522/ptj.20130255',
          pmid: null,
          study: expect.objectContaining({
            design: 'RANDOMISED_TRIAL',
            randomised: true,
            sampleSize: 84,
            interventionTypes: ['DRY_NEEDLING'],
            comparatorTypes: ['SHAM'],
          }),
        }),
      );
      // Acupuncture, electroacupuncture and dry needling stay different interventions.
      expect(studyOf(e, 'wang-2020-php-ea-vs-ma').study).toMatchObject({
        interventionTypes: ['ELECTROACUPUNCTURE'],
        comparatorTypes: ['OTHER_NEEDLING'],
      });
      expect(studyOf(e, 'zhang-sp-2011-pf-pc7')).toMatchObject({ pmid: '19933769', study: { interventionTypes: ['ACUPUNCTURE'] } });
      // What was not seen stays unknown: the review's DOI string was never printed in a record.
      expect(studyOf(e, 'clark-tighe-2012-php-sr')).toMatchObject({ doi: null, pmid: null, year: 2012 });
    });

    it('carries one finding per study and outcome, with the figures as printed', () => {
      const claim = claimOf(e, 'acupuncture-treats-plantar-fasciitis');
      const firstStep = findingOf(claim, 'cotchett-2014-first-step-pain');
      expect(firstStep.stance).toBe('SUPPORTS');
      expect(firstStep.finding).toMatchObject({
        direction: 'FAVOURS_INTERVENTION',
        comparatorType: 'SHAM',
        interventionTypes: ['DRY_NEEDLING'],
        n: 84,
      });
      expect(firstStep.finding.figures[0]).toMatchObject({ value: -14.4, unit: 'mm', ciLower: -23.5, ciUpper: -5.2, p: '0.002' });
      expect(firstStep.finding.caveat).toMatch(/therapist could not be blinded/);
      const success = findingOf(claim, 'he-ma-2017-success-rate');
      expect(success).toMatchObject({ stance: 'CONTRADICTS', finding: { direction: 'NO_DIFFERENCE' } });
      expect(success.finding.figures[0]).toMatchObject({ value: 1.15, ciLower: 0.87, ciUpper: 1.51, p: '0.320' });
      const responders = findingOf(claim, 'wang-2020-responders');
      expect(responders.stance).toBe('LEAVES_OPEN');
      expect(responders.finding.figures).toEqual(
        expect.arrayContaining([expect.objectContaining({ arm: 'electroacupuncture', events: 23, total: 42, value: 54.8 })]),
      );
    });

    it('grades the claim by the rubric, each reason recorded, and above a claim resting on the lay article alone', () => {
      const claim = claimOf(e, 'acupuncture-treats-plantar-fasciitis');
      expect(claim).toMatchObject({ gradeStart: 'HIGH', grade: 'LOW', strength: 'LOW', balance: 'CONFLICTING', onlyLaySupport: false });
      expect(claim.gradeReasons.filter((r) => r.levelsDown > 0).map((r) => r.factor)).toEqual(['INCONSISTENCY', 'INDIRECTNESS']);
      expect(claim.gradeReasons.find((r) => r.factor === 'INDIRECTNESS')!.explanation).toMatch(/dry needling, which is not acupuncture/);
      expect(claim.sources.map((s) => s.id)).toEqual(expect.arrayContaining(['source-article', 'cotchett-2014-php-dn']));
      // A study that only contradicts or leaves the claim open is not among its supporting sources.
      expect(claim.sources.map((s) => s.id)).not.toContain('wang-2020-php-ea-vs-ma');
    });
  });

  it('Achilles tendinopathy: two small trials, one against exercise and one against sham, both in favour', async () => {
    const e = await evidence('achilles-tendinitis');
    expect(e.studies.map((s) => s.id)).toEqual(['kishmishian-2019-achilles-feasibility', 'zhang-bm-2013-achilles']);
    const claim = claimOf(e, 'acupuncture-treats-achilles-tendinitis');
    expect(claim).toMatchObject({ balance: 'SUPPORTED', gradeStart: 'HIGH', grade: 'LOW' });
    expect(claim.gradeReasons.filter((r) => r.levelsDown > 0).map((r) => r.factor)).toEqual(['RISK_OF_BIAS', 'IMPRECISION']);
    const visa = findingOf(claim, 'zhang-bm-2013-visa-a').finding;
    expect(visa).toMatchObject({ comparatorType: 'ACTIVE_TREATMENT', direction: 'FAVOURS_INTERVENTION' });
    expect(visa.figures).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ arm: 'acupuncture', value: 67.1, ciLower: 64.1, ciUpper: 70.2 }),
        expect.objectContaining({ measure: 'difference in VISA-A at 8 weeks', value: 18.6, p: '0.0000' }),
      ]),
    );
    expect(findingOf(claim, 'kishmishian-2019-visa-a').finding).toMatchObject({
      comparatorType: 'SHAM',
      n: 22,
      caveat: expect.stringMatching(/small/),
    });
    expect(studyOf(e, 'zhang-bm-2013-achilles')).toMatchObject({ pmid: '23263998', doi: '10.1007/s11655-012-1218-4' });
  });

  it('patellofemoral pain: acupuncture beats no treatment, deep needling does not beat superficial needling', async () => {
    const e = await evidence('runners-knee');
    expect(e.studies.map((s) => s.id)).toEqual(['jensen-1999-pfps', 'naslund-2002-akp']);
    // Only the first author of the 1999 trial was seen.
    expect(studyOf(e, 'jensen-1999-pfps')).toMatchObject({ authors: ['R. Jensen'], study: { comparatorTypes: ['NO_TREATMENT'] } });
    const claim = claimOf(e, 'acupuncture-treats-runners-knee');
    expect(claim.balance).toBe('CONFLICTING');
    expect(findingOf(claim, 'jensen-1999-knee-rating')).toMatchObject({ stance: 'SUPPORTS', finding: { comparatorType: 'NO_TREATMENT' } });
    expect(findingOf(claim, 'jensen-1999-knee-rating').finding.figures).toEqual(
      expect.arrayContaining([expect.objectContaining({ arm: 'acupuncture', value: 75.2, p: '0.005' })]),
    );
    expect(findingOf(claim, 'naslund-2002-pain')).toMatchObject({
      stance: 'CONTRADICTS',
      finding: { comparatorType: 'SHAM', direction: 'NO_DIFFERENCE' },
    });
    const reasons = Object.fromEntries(claim.gradeReasons.map((r) => [r.factor, r]));
    expect(reasons.INCONSISTENCY!.levelsDown).toBe(1);
    // Idiopathic anterior knee pain is not exactly PFPS: recorded, and it weakens the contradiction.
    expect(reasons.INDIRECTNESS!.explanation).toMatch(/not exactly patellofemoral pain syndrome/);
    expect(claim.grade).toBe('LOW');
  });

  describe('muscle soreness: the conflict, from both sides', () => {
    let claim: Claim;
    beforeAll(async () => {
      const e = await evidence('muscle-soreness');
      claim = claimOf(e, 'acupuncture-treats-muscle-soreness');
      expect(e.studies.map((s) => s.id)).toEqual(['chang-2020-doms-ma', 'fleckenstein-2016-doms-rct', 'huang-2020-doms-ma']);
    });

    it('shows the supporting meta-analysis and the contradicting meta-analysis and trial', async () => {
      const ids = (stance: string) => claim.findings.filter((f) => f.stance === stance).map((f) => f.finding.id);
      expect(ids('SUPPORTS')).toEqual(expect.arrayContaining(['huang-2020-soreness']));
      expect(ids('CONTRADICTS')).toEqual(expect.arrayContaining(['chang-2020-pain-vs-sham', 'fleckenstein-2016-pain']));
      expect(findingOf(claim, 'huang-2020-soreness').finding.figures[0]).toMatchObject({
        value: -0.49,
        ciLower: -0.73,
        ciUpper: -0.24,
        p: '<0.001',
      });
      // The misprinted interval is carried as printed and flagged.
      const day1 = findingOf(claim, 'chang-2020-pain-day-1-vs-control').finding.figures[0]!;
      expect(day1).toMatchObject({ value: -0.62, ciLower: -1.12, ciUpper: 0.11 });

      const { body } = await postGraphQL<{ claim: { findings: { finding: { id: string } }[] } }>(
        service,
        '{ claim(id: "acupuncture-treats-muscle-soreness") { findings(stance: CONTRADICTS) { finding { id } } } }',
      );
      expect(body.data!.claim.findings.map((f) => f.finding.id)).toEqual(ids('CONTRADICTS'));
    });

    it('each side, asked from the finding, points back at the same claim with its stance', async () => {
      const { body } = await postGraphQL<{
        huang: { claims: { stance: string; claim: { id: string } }[] };
        chang: { claims: { stance: string; claim: { id: string } }[] };
      }>(
        service,
        `{ huang: finding(id: "huang-2020-soreness") { claims { stance claim { id } } }
           chang: finding(id: "chang-2020-pain-vs-sham") { claims { stance claim { id } } } }`,
      );
      expect(body.data!.huang.claims).toContainEqual({ stance: 'SUPPORTS', claim: { id: 'acupuncture-treats-muscle-soreness' } });
      expect(body.data!.chang.claims).toContainEqual({ stance: 'CONTRADICTS', claim: { id: 'acupuncture-treats-muscle-soreness' } });
    });

    it('grades the disagreement: randomised evidence starts HIGH, inconsistency and the rest take it to VERY_LOW', () => {
      expect(claim).toMatchObject({ balance: 'CONFLICTING', gradeStart: 'HIGH', grade: 'VERY_LOW', onlyLaySupport: false });
      const inconsistency = claim.gradeReasons.find((r) => r.factor === 'INCONSISTENCY')!;
      expect(inconsistency.levelsDown).toBe(1);
      expect(inconsistency.findings.map((f) => f.id)).toEqual(['huang-2020-soreness', 'chang-2020-pain-vs-sham', 'fleckenstein-2016-pain']);
      expect(claim.gradeReasons.map((r) => r.factor)).toEqual(['INCONSISTENCY', 'RISK_OF_BIAS', 'INDIRECTNESS']);
      expect(claim.gradeReasons.find((r) => r.factor === 'INDIRECTNESS')!.explanation).toMatch(/untrained volunteers are not runners/);
    });
  });

  it('lists every claim where studies disagree', async () => {
    const { body } = await postGraphQL<{
      claims: { totalCount: number; edges: { node: { id: string; balance: string; findings: { stance: string }[] } }[] };
    }>(service, '{ claims(balance: CONFLICTING, first: 100) { totalCount edges { node { id balance findings { stance } } } } }');
    const nodes = body.data!.claims.edges.map((e) => e.node);
    expect(nodes.map((n) => n.id)).toEqual(
      expect.arrayContaining([
        'acupuncture-treats-muscle-soreness',
        'acupuncture-treats-plantar-fasciitis',
        'acupuncture-treats-runners-knee',
        'acupuncture-treats-patellar-tendinitis',
      ]),
    );
    for (const n of nodes) {
      expect(n.findings.map((f) => f.stance)).toEqual(expect.arrayContaining(['SUPPORTS', 'CONTRADICTS']));
    }
    const [row] = await db.read<{ n: number }>(
      `MATCH (c:Claim) WHERE c.retractedAt IS NULL
         AND EXISTS { (c)<-[:BEARS_ON {stance: 'SUPPORTS'}]-() } AND EXISTS { (c)<-[:BEARS_ON {stance: 'CONTRADICTS'}]-() }
       RETURN count(c) AS n`,
    );
    expect(body.data!.claims.totalCount).toBe(row!.n);
  });

  it('lists the claims whose only support is the lay article, each VERY_LOW, and none a study supports', async () => {
    const { body } = await postGraphQL<{ claims: { edges: { node: Claim }[] } }>(
      service,
      `{ claims(onlyLaySupport: true, first: 100) { edges { node { ${CLAIM} } } } }`,
    );
    const nodes = body.data!.claims.edges.map((e) => e.node);
    expect(nodes.length).toBeGreaterThan(10);
    expect(nodes.map((n) => n.id)).toEqual(
      expect.arrayContaining(['acupuncture-produces-immune-support', 'acupuncture-produces-endurance-and-performance']),
    );
    expect(nodes.map((n) => n.id)).not.toContain('acupuncture-treats-plantar-fasciitis');
    for (const n of nodes) {
      expect(n.sources).toEqual([{ id: 'source-article', kind: 'LAY_ARTICLE' }]);
      expect(n.findings.filter((f) => f.stance === 'SUPPORTS')).toEqual([]);
      expect(n).toMatchObject({ onlyLaySupport: true, gradeStart: 'LOW', grade: 'VERY_LOW' });
      expect(n.gradeReasons[0]).toMatchObject({ factor: 'NO_STUDY', levelsDown: 1 });
    }
  });

  it('puts every claim a positive randomised trial backs above every claim the lay article alone backs', async () => {
    const { body } = await postGraphQL<{
      claims: { edges: { node: { id: string; grade: Strength; gradeStart: string; balance: string; onlyLaySupport: boolean } }[] };
    }>(service, '{ claims(first: 100) { edges { node { id grade gradeStart balance onlyLaySupport } } } }');
    const nodes = body.data!.claims.edges.map((e) => e.node);
    const layOnly = nodes.filter((n) => n.onlyLaySupport);
    const trialBacked = nodes.filter((n) => n.gradeStart === 'HIGH' && n.balance === 'SUPPORTED');
    expect(trialBacked.map((n) => n.id)).toEqual(
      expect.arrayContaining([
        'acupuncture-treats-achilles-tendinitis',
        'acupuncture-treats-shin-splints',
        'acupuncture-treats-it-band-syndrome',
      ]),
    );
    const strongestLayOnly = Math.max(...layOnly.map((n) => STRENGTH_RANK[n.grade]));
    for (const n of trialBacked) expect(STRENGTH_RANK[n.grade]).toBeGreaterThan(strongestLayOnly);
  });

  it('gives the strongest and the weakest evidence for a condition', async () => {
    const e = await evidence('shin-splints');
    const grades = e.claims.map((c) => STRENGTH_RANK[c.grade]);
    expect(grades).toEqual([...grades].sort((a, b) => b - a));
    expect(e.strongest.map((c) => c.grade)).toEqual(e.strongest.map(() => e.claims[0]!.grade));
    expect(e.strongest.map((c) => c.id)).toEqual(
      expect.arrayContaining(['acupuncture-treats-shin-splints', 'pain-relief-helps-shin-splints']),
    );
    expect(e.weakest.every((c) => c.grade === e.claims.at(-1)!.grade)).toBe(true);
    expect(e.findings.map((f) => f.finding.source.id)).toContain('dong-reverse-horse-mtss-runners');
    const { body } = await postGraphQL(
      service,
      '{ a: conditionEvidence(condition: "no-such-condition") { claims { id } } b: conditionEvidence(condition: "heel-pain") { claims { id } } }',
    );
    expect(body).toEqual({ data: { a: null, b: null } });
  });

  it('gives every finding of one study, in order, each pointing back at its study', async () => {
    const { body } = await postGraphQL<{ source: { findings: Finding[]; study: { design: string } } }>(
      service,
      `{ source(id: "baumler-2021-ae-sr-ma") { study { design } findings { ${FINDING} } } }`,
    );
    const { findings, study } = body.data!.source;
    expect(study.design).toBe('SYSTEMATIC_REVIEW_OF_OBSERVATIONAL_STUDIES');
    expect(findings.map((f) => f.id)).toEqual([
      'baumler-2021-any-event-per-patient',
      'baumler-2021-any-event-per-treatment',
      'baumler-2021-serious-events',
      'baumler-2021-events-needing-treatment',
    ]);
    expect(findings.every((f) => f.source.id === 'baumler-2021-ae-sr-ma' && f.outcomeKind === 'ADVERSE_EVENTS')).toBe(true);
  });

  it('answers "is acupuncture safe" with adverse-event rates, their intervals and sources, and the graded condition', async () => {
    const { body } = await postGraphQL<{
      entity: {
        safety: { claims: Claim[]; adverseEvents: (Finding & { source: { id: string; doi: string | null } })[]; notes: { id: string }[] };
      };
    }>(
      service,
      `{ entity(id: "acupuncture") { ... on Treatment { safety {
          claims { ${CLAIM} }
          adverseEvents { ${FINDING} source { id doi } }
          notes { id }
      } } } }`,
    );
    const safety = body.data!.entity.safety;
    const serious = safety.adverseEvents.find((f) => f.id === 'baumler-2021-serious-events')!;
    expect(serious.source).toEqual({ id: 'baumler-2021-ae-sr-ma', doi: '10.1136/bmjopen-2020-045961' });
    expect(serious.figures).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ measure: 'serious adverse events per 10,000 patients', value: 1.01, ciLower: 0.23, ciUpper: 2.33 }),
        expect.objectContaining({ measure: 'serious adverse events per million treatments', value: 7.98, ciLower: 1.39, ciUpper: 20 }),
      ]),
    );
    expect(safety.adverseEvents.find((f) => f.id === 'baumler-2021-any-event-per-patient')!.figures[0]).toMatchObject({
      value: 9.31,
      unit: '%',
    });
    expect(safety.adverseEvents.map((f) => f.source.id)).toEqual(
      expect.arrayContaining(['white-2001-safa-survey', 'cotchett-2014-php-dn']),
    );
    expect(safety.notes.map((n) => n.id)).toEqual(expect.arrayContaining(['trained-practitioner', 'clean-needles']));

    // The article's condition is kept: safe only when a trained professional uses clean needles.
    const [claim] = safety.claims;
    expect(claim).toMatchObject({
      id: 'acupuncture-is-safe-when-trained-practitioner-uses-clean-needles',
      grade: 'MODERATE',
      gradeStart: 'HIGH',
    });
    expect(claim!.qualifiers).toEqual([
      {
        kind: 'ONLY_WHEN',
        text: 'a trained professional does it, with clean needles',
        entities: [{ id: 'trained-practitioner' }, { id: 'clean-needles' }],
      },
    ]);
    expect(claim!.gradeReasons.filter((r) => r.levelsDown > 0).map((r) => r.factor)).toEqual(['INDIRECTNESS']);

    // A chatbot asking about acupuncture gets the graded safety claim as a sentence.
    const sheet = await postGraphQL<{ facts: { facts: { text: string }[] } }>(
      service,
      '{ facts(about: "acupuncture", first: 50) { facts { text } } }',
    );
    expect(sheet.body.data!.facts.facts.map((f) => f.text)).toContainEqual(
      expect.stringMatching(
        /^Acupuncture is safe with this precaution: choose a trained practitioner \(moderate-certainty evidence; sources: /,
      ),
    );
  });

  it('models the article\'s adjunct, "promote healing" and "runners at various levels" statements as claims', async () => {
    const { body } = await postGraphQL<{ adjunct: Claim; healing: Claim; recovery: Claim; stress: Claim }>(
      service,
      `{ adjunct: claim(id: "acupuncture-treats-running-injuries-alongside-other-care") { ${CLAIM} }
         healing: claim(id: "acupuncture-produces-natural-healing") { ${CLAIM} }
         recovery: claim(id: "acupuncture-produces-accelerated-recovery") { ${CLAIM} }
         stress: claim(id: "acupuncture-produces-chronic-stress-reduction") { ${CLAIM} } }`,
    );
    const { adjunct, healing, recovery, stress } = body.data!;
    expect(adjunct.qualifiers.map((q) => q.kind)).toEqual(['ALONGSIDE', 'POPULATION']);
    expect(adjunct.qualifiers[0]!.entities).toEqual([{ id: 'medical-care' }]);
    expect(adjunct.findings.find((f) => f.finding.id === 'karagounis-2011-pain-disability')!.finding.comparatorType).toBe(
      'USUAL_CARE_ALONE',
    );
    expect(adjunct.balance).toBe('CONFLICTING');
    // Stated plainly, so no hedge is counted against it.
    expect(healing.statement).toMatch(/states plainly that acupuncture is used to promote healing/);
    expect(healing.gradeReasons.map((r) => r.factor)).not.toContain('HEDGED');
    for (const claim of [recovery, stress]) {
      expect(claim.qualifiers).toEqual([{ kind: 'POPULATION', text: 'runners at various levels of experience', entities: [] }]);
    }
  });

  it('lists every study, and finds nothing for an unknown finding id', async () => {
    const { body } = await postGraphQL<{ studies: Study[]; finding: null }>(service, `{ studies { ${STUDY} } finding(id: "nope") { id } }`);
    const [row] = await db.read<{ n: number }>('MATCH (s:Source) WHERE s.design IS NOT NULL RETURN count(s) AS n');
    expect(body.data!.studies).toHaveLength(row!.n);
    expect(body.data!.studies.every((s) => s.study !== null)).toBe(true);
    expect(body.data!.studies.map((s) => s.id)).not.toContain('source-article');
    expect(body.data!.finding).toBeNull();
  });
});
