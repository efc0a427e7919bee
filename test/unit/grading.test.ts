import { gradeClaim } from '../../src/domain/grading';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { DEFAULT_SEED_DIR } from '../../seed';
import { SeedValidationError, loadSeedDir } from '../../seed/validate';

const rct = (id: string, stance: 'SUPPORTS' | 'CONTRADICTS' | 'LEAVES_OPEN') => ({ id, stance, randomised: true });
const obs = (id: string, stance: 'SUPPORTS' | 'CONTRADICTS' | 'LEAVES_OPEN') => ({ id, stance, randomised: false });
const reason = (factor: 'INCONSISTENCY' | 'INDIRECTNESS' | 'IMPRECISION' | 'RISK_OF_BIAS', levelsDown: number) => ({
  factor,
  levelsDown,
  explanation: 'test',
  findingIds: [],
});

describe('the grading rubric', () => {
  it('starts randomised support HIGH and takes one level per recorded downgrade', () => {
    expect(gradeClaim({ findings: [rct('a', 'SUPPORTS')], sourceKinds: ['LAY_ARTICLE'], reasons: [] })).toMatchObject({
      start: 'HIGH',
      grade: 'HIGH',
      balance: 'SUPPORTED',
      onlyLaySupport: false,
    });
    expect(gradeClaim({ findings: [rct('a', 'SUPPORTS')], sourceKinds: ['LAY_ARTICLE'], reasons: [reason('IMPRECISION', 1)] }).grade).toBe(
      'MODERATE',
    );
    expect(
      gradeClaim({
        findings: [rct('a', 'SUPPORTS')],
        sourceKinds: ['LAY_ARTICLE'],
        reasons: [reason('IMPRECISION', 1), reason('INDIRECTNESS', 1)],
      }).grade,
    ).toBe('LOW');
  });

  it('starts non-randomised support LOW, and never goes below VERY_LOW', () => {
    const graded = gradeClaim({
      findings: [obs('a', 'SUPPORTS')],
      sourceKinds: ['LAY_ARTICLE'],
      reasons: [reason('IMPRECISION', 2), reason('INDIRECTNESS', 1)],
    });
    expect(graded).toMatchObject({ start: 'LOW', grade: 'VERY_LOW' });
    expect(graded.reasons).toHaveLength(2);
  });

  it('puts a claim only lay writing supports one level below its LOW start, with the reason recorded', () => {
    const graded = gradeClaim({ findings: [rct('x', 'CONTRADICTS')], sourceKinds: ['LAY_ARTICLE'], reasons: [] });
    expect(graded).toMatchObject({ start: 'LOW', grade: 'VERY_LOW', balance: 'CONTRADICTED', onlyLaySupport: true });
    expect(graded.reasons[0]).toMatchObject({ factor: 'NO_STUDY', levelsDown: 1 });
    // An expert opinion reports no study either, but it is not lay writing.
    expect(gradeClaim({ findings: [], sourceKinds: ['EXPERT_OPINION'], reasons: [] })).toMatchObject({
      grade: 'VERY_LOW',
      onlyLaySupport: false,
      balance: 'UNTESTED',
    });
  });

  it('tells the balance of findings apart', () => {
    const balance = (findings: ReturnType<typeof rct>[]) => gradeClaim({ findings, sourceKinds: ['LAY_ARTICLE'], reasons: [] }).balance;
    expect(balance([rct('a', 'SUPPORTS'), rct('b', 'CONTRADICTS')])).toBe('CONFLICTING');
    expect(balance([rct('a', 'LEAVES_OPEN')])).toBe('OPEN');
    expect(balance([])).toBe('UNTESTED');
  });
});

function seedWith(file: string, edit: (records: Record<string, unknown>[]) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'seed-'));
  cpSync(DEFAULT_SEED_DIR, dir, { recursive: true });
  const records = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>[];
  edit(records);
  writeFileSync(join(dir, file), JSON.stringify(records));
  return dir;
}

function problemsOf(dir: string) {
  try {
    loadSeedDir(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(SeedValidationError);
    return (error as SeedValidationError).problems;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  throw new Error('expected the seed to be rejected');
}

const byId = (records: Record<string, unknown>[], id: string) => records.find((r) => r.id === id)!;

describe('seed rules for studies, references and grades', () => {
  it('refuses a study that carries a bibliographic field of its own instead of taking it from the list of references', () => {
    const withDoi = problemsOf(seedWith('sources.json', (r) => (byId(r, 'cotchett-2014-php-dn').doi = '10.9999/made-up')));
    expect(withDoi).toContainEqual(expect.objectContaining({ file: 'sources.json', message: 'Unrecognized key: "doi"' }));
    const withTitle = problemsOf(seedWith('sources.json', (r) => (byId(r, 'cotchett-2014-php-dn').title = 'A title of our own')));
    expect(withTitle).toEqual([
      expect.objectContaining({
        file: 'sources.json',
        field: 'title',
        message: 'a referenced source takes its bibliographic fields from references.json only',
      }),
    ]);
  });

  it('refuses a reference that marks a field not seen and gives it a value', () => {
    const problems = problemsOf(seedWith('references.json', (r) => (byId(r, 'cotchett-2014-php-dn').pmid = '12345')));
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'references.json', field: 'notSeen', message: expect.stringMatching(/"pmid"/) }),
    );
  });

  it('refuses a grade the rubric does not give', () => {
    const problems = problemsOf(seedWith('claims.json', (r) => (byId(r, 'acupuncture-treats-plantar-fasciitis').strength = 'MODERATE')));
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'claims.json', field: 'strength', message: expect.stringMatching(/starts HIGH, down 2 → LOW/) }),
    );
  });

  it('refuses findings on both sides without an inconsistency downgrade', () => {
    const problems = problemsOf(
      seedWith('claims.json', (r) => {
        const claim = byId(r, 'acupuncture-treats-muscle-soreness') as { gradeReasons: { factor: string }[] };
        claim.gradeReasons = claim.gradeReasons.filter((g) => g.factor !== 'INCONSISTENCY');
      }),
    );
    expect(problems).toContainEqual(expect.objectContaining({ field: 'gradeReasons', message: expect.stringMatching(/INCONSISTENCY/) }));
  });

  it('refuses a finding of a source that is not a study, and a claim citing an unknown finding', () => {
    const findingProblems = problemsOf(seedWith('findings.json', (r) => (r[0]!.source = 'source-article')));
    expect(findingProblems).toContainEqual(
      expect.objectContaining({ file: 'findings.json', field: 'source', message: expect.stringMatching(/not a study/) }),
    );
    const claimProblems = problemsOf(
      seedWith('claims.json', (r) =>
        (byId(r, 'acupuncture-treats-plantar-fasciitis') as { findings: unknown[] }).findings.push({
          finding: 'no-such-finding',
          stance: 'SUPPORTS',
        }),
      ),
    );
    expect(claimProblems).toContainEqual(expect.objectContaining({ message: 'unknown finding id "no-such-finding"' }));
  });
});
