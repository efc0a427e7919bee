// Unit tests of the fact sentences (src/facts/sentences.ts), which facts builds on search.
import type { EntityRecord } from '../../src/domain/records';
import type { EntityKind } from '../../src/generated/graphql';
import {
  DESCRIPTIVE_ORDER,
  DISCLAIMER,
  agree,
  buildFacts,
  claimSentence,
  durationText,
  isPlural,
  linkSentence,
  mention,
  singular,
  type ClaimRow,
  type LinkRow,
} from '../../src/facts/sentences';
import { LINK_TYPE_NAMES } from '../../src/domain/vocabulary';

function entity(id: string, kind: EntityKind, name: string, extra: Partial<EntityRecord> = {}): EntityRecord {
  return {
    id,
    kind,
    name,
    aliases: [],
    ambiguousAliases: [],
    ambiguousWith: [],
    normNames: [],
    description: null,
    mesh: null,
    icd10cm: [],
    doid: null,
    mondo: null,
    umls: null,
    snomed: null,
    uberon: null,
    identifierNote: null,
    order: null,
    durationMin: null,
    durationMax: null,
    ...extra,
  };
}

const plantarFasciitis = entity('plantar-fasciitis', 'CONDITION', 'Plantar fasciitis');
const shinSplints = entity('shin-splints', 'CONDITION', 'Shin splints', { aliases: ['MTSS'] });
const runningInjuries = entity('running-injuries', 'CONDITION', 'Running injuries');
const achilles = entity('achilles-tendinitis', 'CONDITION', 'Achilles tendinitis', { aliases: ['Achilles tendonitis'] });
const itbs = entity('it-band-syndrome', 'CONDITION', 'IT band syndrome');
const heelPain = entity('heel-pain', 'SYMPTOM', 'Heel pain');
const heel = entity('heel', 'BODY_REGION', 'Heel');
const foot = entity('foot', 'BODY_REGION', 'Foot');
const acupuncture = entity('acupuncture', 'TREATMENT', 'Acupuncture');
const doctor = entity('medical-care', 'TREATMENT', 'Care from your regular doctor');
const needles = entity('needle-insertion', 'SESSION_STEP', 'Needle placement', { order: 2, durationMin: 20, durationMax: 30 });
const assessment = entity('assessment', 'SESSION_STEP', 'Assessment', { order: 1 });
const tingling = entity('tingling', 'SENSATION', 'Tingling');
const trained = entity('trained-practitioner', 'SAFETY_NOTE', 'Choose a trained practitioner');
const looser = entity('loosened-muscles', 'BENEFIT', 'Looser muscles');
const identifying = entity('imbalance-identification', 'BENEFIT', 'Identifying imbalances');
const prevention = entity('injury-prevention', 'BENEFIT', 'Injury prevention');
const jointPainCondition = entity('joint-pain', 'CONDITION', 'Joint pain', {
  ambiguousAliases: ['Joint pain'],
  ambiguousWith: ['joint-pain-symptom'],
});
const jointPainSymptom = entity('joint-pain-symptom', 'SYMPTOM', 'Joint pain', {
  ambiguousAliases: ['Joint pain'],
  ambiguousWith: ['joint-pain'],
});

const ARTICLE = { id: 'source-article', title: 'Acupuncture for runners' };

const link = (type: LinkRow['type'], direction: LinkRow['direction'], other: EntityRecord, sourceIds = ['source-article']): LinkRow => ({
  type,
  direction,
  other,
  sourceIds,
});

const claim = (
  id: string,
  predicate: ClaimRow['predicate'],
  strength: ClaimRow['strength'],
  subject: EntityRecord,
  object: EntityRecord,
): ClaimRow => ({
  id,
  predicate,
  strength,
  subject,
  object,
  sources: [ARTICLE],
});

describe('wording', () => {
  it('lower-cases common names inside a sentence and keeps proper nouns and acronyms', () => {
    expect(mention(plantarFasciitis)).toBe('plantar fasciitis');
    expect(mention(achilles)).toBe('Achilles tendinitis');
    expect(mention(itbs)).toBe('IT band syndrome');
    expect(mention(heel)).toBe('the heel');
    expect(
      mention(entity('x', 'CONDITION', 'Morton neuroma', { description: 'Pain from a nerve, named after Morton who described it.' })),
    ).toBe('Morton neuroma');
  });

  it('says which entity a shared name means', () => {
    expect(mention(jointPainSymptom)).toBe('joint pain (the symptom)');
    expect(mention(jointPainCondition)).toBe('joint pain (the condition)');
  });

  it('tells plural names from singular ones', () => {
    expect(isPlural(shinSplints)).toBe(true);
    expect(isPlural(runningInjuries)).toBe(true);
    expect(isPlural(looser)).toBe(true);
    expect(isPlural(plantarFasciitis)).toBe(false);
    expect(isPlural(entity('m', 'CONDITION', 'Muscle soreness'))).toBe(false);
    expect(isPlural(identifying)).toBe(false);
    expect(isPlural(entity('s', 'BODY_REGION', 'Shin bone (tibia)'))).toBe(false);
  });

  it('makes verbs agree and nouns singular', () => {
    expect(agree('treats', true)).toBe('treat');
    expect(agree('is felt in', true)).toBe('are felt in');
    expect(agree('contributes to', true)).toBe('contribute to');
    expect(agree('produces', true)).toBe('produce');
    expect(agree('treats', false)).toBe('treats');
    expect(singular('running injuries')).toBe('running injury');
    expect(singular('shin splints')).toBe('shin splint');
  });

  it('writes durations', () => {
    expect(durationText(needles)).toBe('20–30 minutes');
    expect(durationText({ durationMin: 20, durationMax: 20 })).toBe('about 20 minutes');
    expect(durationText(assessment)).toBeNull();
  });
});

describe('linkSentence', () => {
  it('has a sentence for every link type in both directions', () => {
    for (const type of LINK_TYPE_NAMES) {
      expect(DESCRIPTIVE_ORDER).toContain(`${type}:OUT`);
      expect(DESCRIPTIVE_ORDER).toContain(`${type}:IN`);
    }
  });

  it('says what a condition presents, and what a symptom is a symptom of', () => {
    expect(linkSentence(plantarFasciitis, link('PRESENTS', 'OUT', heelPain))).toBe('Plantar fasciitis presents heel pain.');
    expect(linkSentence(heelPain, link('PRESENTS', 'IN', plantarFasciitis))).toBe('Heel pain is a symptom of plantar fasciitis.');
    expect(linkSentence(shinSplints, link('PRESENTS', 'OUT', heelPain))).toBe('Shin splints present heel pain.');
  });

  it('places conditions, symptoms and regions', () => {
    expect(linkSentence(plantarFasciitis, link('AFFECTS', 'OUT', heel))).toBe('Plantar fasciitis affects the heel.');
    expect(linkSentence(heel, link('AFFECTS', 'IN', plantarFasciitis))).toBe('The heel is affected by plantar fasciitis.');
    expect(linkSentence(heelPain, link('LOCATED_IN', 'OUT', heel))).toBe('Heel pain is felt in the heel.');
    expect(linkSentence(heel, link('LOCATED_IN', 'IN', heelPain))).toBe('Heel pain is felt in the heel.');
    expect(linkSentence(heel, link('PART_OF', 'OUT', foot))).toBe('The heel is part of the foot.');
    expect(linkSentence(foot, link('PART_OF', 'IN', heel))).toBe('The foot includes the heel.');
  });

  it('says what kind of thing a condition is', () => {
    expect(linkSentence(plantarFasciitis, link('SUBTYPE_OF', 'OUT', runningInjuries))).toBe(
      'Plantar fasciitis is a kind of running injury.',
    );
    expect(linkSentence(shinSplints, link('SUBTYPE_OF', 'OUT', runningInjuries))).toBe('Shin splints are a kind of running injury.');
    expect(linkSentence(runningInjuries, link('SUBTYPE_OF', 'IN', achilles))).toBe('Running injuries include Achilles tendinitis.');
  });

  it('describes session steps with their order and duration', () => {
    expect(linkSentence(acupuncture, link('HAS_STEP', 'OUT', needles))).toBe(
      'Step 2 of a session of acupuncture is needle placement; it usually lasts 20–30 minutes.',
    );
    expect(linkSentence(needles, link('HAS_STEP', 'IN', acupuncture))).toBe(
      'Needle placement is step 2 of a session of acupuncture; it usually lasts 20–30 minutes.',
    );
    expect(linkSentence(acupuncture, link('HAS_STEP', 'OUT', assessment))).toBe('Step 1 of a session of acupuncture is assessment.');
    expect(linkSentence(tingling, link('HAS_SENSATION', 'IN', needles))).toBe(
      'Tingling may be felt during the needle placement step of a session.',
    );
  });

  it('states safety notes and what complements what', () => {
    expect(linkSentence(acupuncture, link('HAS_SAFETY_NOTE', 'OUT', trained))).toBe(
      'A safety note for acupuncture: choose a trained practitioner.',
    );
    expect(linkSentence(doctor, link('COMPLEMENTS', 'IN', acupuncture))).toBe('Acupuncture complements care from your regular doctor.');
  });

  it('keeps namesakes apart', () => {
    expect(linkSentence(jointPainCondition, link('PRESENTS', 'OUT', jointPainSymptom))).toBe(
      'Joint pain (the condition) presents joint pain (the symptom).',
    );
  });
});

describe('claimSentence', () => {
  it('gives the grade and the source', () => {
    expect(claimSentence(claim('c1', 'TREATS', 'LOW', acupuncture, plantarFasciitis))).toBe(
      'Acupuncture treats plantar fasciitis (low-certainty evidence; source: Acupuncture for runners).',
    );
    expect(
      claimSentence({
        ...claim('c2', 'HELPS', 'MODERATE', prevention, runningInjuries),
        sources: [ARTICLE, { id: 't', title: 'A trial' }],
      }),
    ).toBe('Injury prevention helps with running injuries (moderate-certainty evidence; sources: Acupuncture for runners; A trial).');
    expect(claimSentence(claim('c3', 'CONTRIBUTES_TO', 'VERY_LOW', looser, prevention))).toBe(
      'Looser muscles contribute to injury prevention (very-low-certainty evidence; source: Acupuncture for runners).',
    );
    expect(claimSentence(claim('c4', 'CONTRIBUTES_TO', 'LOW', identifying, prevention))).toMatch(/^Identifying imbalances contributes to/);
  });
});

describe('buildFacts', () => {
  const links = [
    link('SUBTYPE_OF', 'OUT', runningInjuries),
    link('AFFECTS', 'OUT', heel, ['source-article', 'editorial-anatomy', 'source-article']),
    link('PRESENTS', 'OUT', heelPain),
  ];
  const claims = [
    claim('b', 'TREATS', 'VERY_LOW', doctor, plantarFasciitis),
    claim('a', 'TREATS', 'LOW', acupuncture, plantarFasciitis),
    claim('c', 'PREVENTS', 'HIGH', acupuncture, plantarFasciitis),
  ];

  it('puts descriptive facts first, in the documented order, then claims strongest first', () => {
    const facts = buildFacts(plantarFasciitis, links, claims, 50);
    expect(facts.map((f) => f.predicate)).toEqual(['PRESENTS', 'AFFECTS', 'SUBTYPE_OF', 'PREVENTS', 'TREATS', 'TREATS']);
    expect(facts.map((f) => f.strength)).toEqual([null, null, null, 'HIGH', 'LOW', 'VERY_LOW']);
  });

  it('reads subject, predicate and object along the relationship, whichever side was asked about', () => {
    const [fact] = buildFacts(heelPain, [link('PRESENTS', 'IN', plantarFasciitis)], [], 5);
    expect(fact).toMatchObject({
      subject: plantarFasciitis,
      predicate: 'PRESENTS',
      object: heelPain,
      strength: null,
      sourceIds: ['source-article'],
    });
    expect(fact?.text).toBe('Heel pain is a symptom of plantar fasciitis.');
  });

  it('keeps sources once each and leaves out facts without a source', () => {
    const facts = buildFacts(plantarFasciitis, [...links, link('AFFECTS', 'OUT', foot, [])], [{ ...claims[0]!, sources: [] }], 50);
    expect(facts.find((f) => f.object === heel)?.sourceIds).toEqual(['source-article', 'editorial-anatomy']);
    expect(facts.some((f) => f.object === foot)).toBe(false);
    expect(facts.every((f) => f.sourceIds.length > 0)).toBe(true);
    expect(facts.filter((f) => f.strength !== null)).toHaveLength(0);
  });

  it('stops at `first`', () => {
    expect(buildFacts(plantarFasciitis, links, claims, 4).map((f) => f.predicate)).toEqual([
      'PRESENTS',
      'AFFECTS',
      'SUBTYPE_OF',
      'PREVENTS',
    ]);
  });

  it('comes with a disclaimer that sends serious cases to a doctor', () => {
    expect(DISCLAIMER).toMatch(/does not replace/);
    expect(DISCLAIMER).toMatch(/doctor/);
    expect(DISCLAIMER).toMatch(/serious injuries or pain/);
  });
});
