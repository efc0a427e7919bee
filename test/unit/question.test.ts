import type { EntityKind } from '../../src/generated/graphql';
import type { EntityRecord } from '../../src/domain/records';
import { normalizedNames } from '../../src/domain/entityProps';
import { namedBy, pickSubject, readQuestion, sameWord } from '../../src/facts/question';

function entity(id: string, kind: EntityKind, name: string, aliases: string[] = []): EntityRecord {
  return {
    id,
    kind,
    name,
    aliases,
    ambiguousAliases: [],
    ambiguousWith: [],
    normNames: normalizedNames(name, aliases),
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
  };
}

const acupuncture = entity('acupuncture', 'TREATMENT', 'Acupuncture');
const heel = entity('heel', 'BODY_REGION', 'Heel');
const heelPain = entity('heel-pain', 'SYMPTOM', 'Heel pain');
const shinSplints = entity('shin-splints', 'CONDITION', 'Shin splints');
const soreness = entity('muscle-soreness', 'CONDITION', 'Muscle soreness', ['DOMS']);
const muscle = entity('skeletal-muscle', 'BODY_REGION', 'Skeletal muscle', ['muscle']);
const performance = entity('endurance-and-performance', 'BENEFIT', 'Better endurance and performance', ['performance']);
const cleanNeedles = entity('clean-needles', 'SAFETY_NOTE', 'Clean needles');
const needleStep = entity('needle-insertion', 'SESSION_STEP', 'Needle placement', ['needles']);

describe('readQuestion', () => {
  it('drops question words and maps everyday words to the names the graph uses', () => {
    expect(readQuestion('My heel hurts when I run!')).toEqual({ words: ['heel', 'pain', 'run'], focus: null });
    expect(readQuestion('does acupuncture help shin splints?')).toEqual({ words: ['acupuncture', 'shin', 'splints'], focus: null });
    expect(readQuestion('sore legs after a marathon')).toEqual({ words: ['muscle', 'soreness', 'marathon'], focus: null });
    expect(readQuestion('can acupuncture make me run faster')).toEqual({ words: ['acupuncture', 'performance'], focus: null });
  });

  it('reads what the question is after as its focus, not as words to find', () => {
    expect(readQuestion('is acupuncture safe')).toEqual({ words: ['acupuncture'], focus: 'SAFETY' });
    expect(readQuestion('any side effects of acupuncture?')).toEqual({ words: ['acupuncture'], focus: 'SAFETY' });
    expect(readQuestion('how long do the needles stay in')).toEqual({ words: ['needles'], focus: 'DURATION' });
  });

  it('leaves a plain name as it is', () => {
    expect(readQuestion('Plantar fasciitis')).toEqual({ words: ['plantar', 'fasciitis'], focus: null });
    expect(readQuestion('pain along the shin bone').words).toEqual(['pain', 'shin', 'bone']);
  });
});

describe('sameWord', () => {
  it('takes plurals and typos, not other words', () => {
    expect(sameWord('splint', 'splints')).toBe(true);
    expect(sameWord('tendonitus', 'tendonitis')).toBe(true);
    expect(sameWord('fascitis', 'fasciitis')).toBe(true);
    expect(sameWord('back', 'heel')).toBe(false);
    expect(sameWord('run', 'runners')).toBe(false);
    expect(sameWord('pain', 'painless')).toBe(false);
  });
});

describe('namedBy and pickSubject', () => {
  it('names an entity only when every word of one of its names is in the question', () => {
    expect(namedBy(heelPain, ['heel', 'pain', 'run'])).toEqual({ entity: heelPain, name: 'heel pain', covers: ['heel', 'pain'] });
    expect(namedBy(heelPain, ['back', 'pain'])).toBeNull();
    expect(namedBy(performance, ['acupuncture', 'performance'])?.name).toBe('performance');
  });

  it('picks the longest name, then what is acted on over the treatment acting', () => {
    const pick = (about: string, candidates: EntityRecord[]) => pickSubject(readQuestion(about), candidates)?.entity.id ?? null;
    expect(pick('my heel hurts when I run', [heel, heelPain, acupuncture])).toBe('heel-pain');
    expect(pick('does acupuncture help shin splints', [acupuncture, shinSplints])).toBe('shin-splints');
    expect(pick('can acupuncture make me run faster', [acupuncture, performance])).toBe('endurance-and-performance');
    expect(pick('sore legs after a marathon', [muscle, soreness])).toBe('muscle-soreness');
    expect(pick('is acupuncture safe', [cleanNeedles, acupuncture])).toBe('acupuncture');
    expect(pick('how long do the needles stay in', [cleanNeedles, needleStep])).toBe('needle-insertion');
  });

  it('answers nothing rather than guess', () => {
    const pick = (about: string, candidates: EntityRecord[]) => pickSubject(readQuestion(about), candidates);
    // A word nothing explains: the question is about something the graph does not hold.
    expect(pick('does acupuncture help back pain', [acupuncture, heelPain])).toBeNull();
    // Safety asked of no treatment.
    expect(pick('are shin splints safe', [shinSplints])).toBeNull();
    expect(pick('what is this', [acupuncture])).toBeNull();
    // "pain" is explained by a condition answer, not by a treatment.
    expect(pick('shin splints pain', [shinSplints])?.entity.id).toBe('shin-splints');
    expect(pick('acupuncture pain', [acupuncture])).toBeNull();
  });
});
