import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_SEED_DIR } from '../../seed';
import { SeedValidationError, loadSeedDir } from '../../seed/validate';

/** A copy of the curated seed with one file edited, so each test breaks exactly one thing. */
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

describe('seed validation', () => {
  it('accepts the curated seed', () => {
    const seed = loadSeedDir(DEFAULT_SEED_DIR);
    expect(seed.entities.length).toBeGreaterThan(30);
    expect(seed.claims.length).toBeGreaterThan(20);
  });

  it('names file, record and field for a duplicate id', () => {
    const problems = problemsOf(seedWith('entities.json', (r) => r.push({ ...r[0]! })));
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'entities.json', field: 'id', message: expect.stringMatching(/duplicate id/) }),
    );
    expect(problems[0]!.record).toMatch(/record #\d+ \(id "[a-z-]+"\)/);
  });

  it('names the field of a link to an unknown id', () => {
    const problems = problemsOf(seedWith('links.json', (r) => (r[0]!.to = 'no-such-entity')));
    expect(problems).toEqual([expect.objectContaining({ file: 'links.json', field: 'to', message: 'unknown entity id "no-such-entity"' })]);
  });

  it('rejects a claim without a source', () => {
    const problems = problemsOf(seedWith('claims.json', (r) => (r[0]!.sources = [])));
    expect(problems).toEqual([
      expect.objectContaining({ file: 'claims.json', field: 'sources', message: 'a claim needs at least one source' }),
    ]);
    expect(problems[0]!.record).toContain(`id "`);
  });

  it('rejects a claim citing an unknown source', () => {
    const problems = problemsOf(seedWith('claims.json', (r) => (r[0]!.sources = ['made-up-study'])));
    expect(problems).toEqual([
      expect.objectContaining({ file: 'claims.json', field: 'sources.0', message: 'unknown source id "made-up-study"' }),
    ]);
  });

  it('rejects an unknown strength', () => {
    const problems = problemsOf(seedWith('claims.json', (r) => (r[1]!.strength = 'STRONG')));
    expect(problems).toEqual([expect.objectContaining({ file: 'claims.json', field: 'strength' })]);
  });

  it('rejects a grade above what the sources support (a lay article cannot carry HIGH)', () => {
    const problems = problemsOf(
      seedWith('claims.json', (r) => (r.find((c) => c.id === 'acupuncture-produces-immune-support')!.strength = 'HIGH')),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: 'claims.json',
          field: 'strength',
          message: 'HIGH is stronger than its sources support (at most LOW)',
        }),
      ]),
    );
  });

  it('rejects a claim whose predicate does not fit the kinds it joins', () => {
    const problems = problemsOf(
      seedWith('claims.json', (r) => {
        r[0]!.subject = 'heel-pain';
      }),
    );
    expect(problems).toEqual([
      expect.objectContaining({ file: 'claims.json', field: 'subject', message: expect.stringMatching(/is a SYMPTOM, but this needs a/) }),
    ]);
  });

  it('reports a file that is not JSON', () => {
    const dir = seedWith('links.json', () => {});
    writeFileSync(join(dir, 'links.json'), '[{ not json');
    const problems = problemsOf(dir);
    expect(problems[0]).toEqual(expect.objectContaining({ file: 'links.json', record: '(whole file)' }));
  });
});
