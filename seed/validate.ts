import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityKind } from '../src/generated/graphql';
import { CLAIM_PREDICATES, LINK_TYPES, STRENGTH_RANK, type LinkType } from '../src/domain/vocabulary';
import { gradeClaim, strongestAllowed, type GradeResult } from '../src/domain/grading';
import { REFERENCE_FIELDS, SEED_FILES, type Seed, type SeedClaim } from './schema';

/** One thing wrong with the seed, located precisely enough to fix it. */
export type SeedProblem = { file: string; record: string; field: string; message: string };

export class SeedValidationError extends Error {
  constructor(readonly problems: SeedProblem[]) {
    super(
      `The seed is invalid; nothing was written.\n${problems
        .map((p) => `  - ${p.file} ${p.record} field "${p.field}": ${p.message}`)
        .join('\n')}`,
    );
    this.name = 'SeedValidationError';
  }
}

type RawFiles = Record<keyof Seed, unknown>;

function describeRecord(record: unknown, index: number): string {
  const id = typeof record === 'object' && record !== null && 'id' in record ? String((record as { id: unknown }).id) : undefined;
  return id ? `record #${index} (id "${id}")` : `record #${index}`;
}

/** Reads the seed files; a missing or malformed file is a problem like any other. */
export function readSeedFiles(dir: string): { raw: Partial<RawFiles>; problems: SeedProblem[] } {
  const raw: Partial<RawFiles> = {};
  const problems: SeedProblem[] = [];
  for (const [key, { file }] of Object.entries(SEED_FILES) as [keyof Seed, { file: string }][]) {
    try {
      raw[key] = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch (error) {
      problems.push({ file, record: '(whole file)', field: '-', message: `cannot be read as JSON: ${(error as Error).message}` });
    }
  }
  return { raw, problems };
}

/** Checks each record's shape, then ids, references, kinds and grades across files. */
export function validateSeed(raw: Partial<RawFiles>): { seed: Seed; problems: SeedProblem[] } {
  const problems: SeedProblem[] = [];
  const seed: Seed = { references: [], sources: [], entities: [], links: [], findings: [], claims: [] };

  for (const [key, { file, schema }] of Object.entries(SEED_FILES) as [keyof Seed, (typeof SEED_FILES)[keyof Seed]][]) {
    const records = raw[key];
    if (records === undefined) continue;
    if (!Array.isArray(records)) {
      problems.push({ file, record: '(whole file)', field: '-', message: 'must be a JSON array of records' });
      continue;
    }
    records.forEach((record, index) => {
      const parsed = schema.safeParse(record);
      if (parsed.success) {
        (seed[key] as unknown[]).push(parsed.data);
      } else {
        for (const issue of parsed.error.issues) {
          problems.push({ file, record: describeRecord(record, index), field: issue.path.join('.') || '-', message: issue.message });
        }
      }
    });
  }

  const duplicates = (file: string, ids: string[]) => {
    const seen = new Set<string>();
    ids.forEach((id, index) => {
      if (seen.has(id)) problems.push({ file, record: `record #${index} (id "${id}")`, field: 'id', message: `duplicate id "${id}"` });
      seen.add(id);
    });
  };
  duplicates(
    SEED_FILES.sources.file,
    seed.sources.map((s) => s.id),
  );
  duplicates(
    SEED_FILES.entities.file,
    seed.entities.map((e) => e.id),
  );
  duplicates(
    SEED_FILES.claims.file,
    seed.claims.map((c) => c.id),
  );
  duplicates(
    SEED_FILES.references.file,
    seed.references.map((r) => r.id),
  );
  duplicates(
    SEED_FILES.findings.file,
    seed.findings.map((f) => f.id),
  );
  problems.push(...checkReferences(seed));

  const kindOf = new Map<string, EntityKind>(seed.entities.map((e) => [e.id, e.kind]));
  const sourceKind = new Map(seed.sources.map((s) => [s.id, s.kind]));

  const checkEndpoint = (file: string, record: string, field: string, id: string, expected: EntityKind) => {
    const kind = kindOf.get(id);
    if (!kind) problems.push({ file, record, field, message: `unknown entity id "${id}"` });
    else if (kind !== expected) problems.push({ file, record, field, message: `"${id}" is a ${kind}, but this needs a ${expected}` });
  };
  const checkSources = (file: string, record: string, ids: string[]) => {
    ids.forEach((id, i) => {
      if (!sourceKind.has(id)) problems.push({ file, record, field: `sources.${i}`, message: `unknown source id "${id}"` });
    });
  };

  seed.entities.forEach((entity, index) => {
    if (entity.kind === 'SESSION_STEP' && entity.order === undefined) {
      problems.push({
        file: SEED_FILES.entities.file,
        record: describeRecord(entity, index),
        field: 'order',
        message: 'a session step needs its order',
      });
    }
  });

  seed.links.forEach((link, index) => {
    const record = `record #${index} (${link.from} ${link.type} ${link.to})`;
    const rule = LINK_TYPES[link.type as LinkType];
    checkEndpoint(SEED_FILES.links.file, record, 'from', link.from, rule.from);
    checkEndpoint(SEED_FILES.links.file, record, 'to', link.to, rule.to);
    checkSources(SEED_FILES.links.file, record, link.sources);
  });

  const findingIds = new Set(seed.findings.map((f) => f.id));
  seed.claims.forEach((claim, index) => {
    const record = describeRecord(claim, index);
    const rule = CLAIM_PREDICATES[claim.predicate];
    checkEndpoint(SEED_FILES.claims.file, record, 'subject', claim.subject, rule.from);
    checkEndpoint(SEED_FILES.claims.file, record, 'object', claim.object, rule.to);
    checkSources(SEED_FILES.claims.file, record, claim.sources);
    claim.qualifiers.forEach((q, i) =>
      q.entities.forEach((id, j) => {
        if (!kindOf.has(id))
          problems.push({
            file: SEED_FILES.claims.file,
            record,
            field: `qualifiers.${i}.entities.${j}`,
            message: `unknown entity id "${id}"`,
          });
      }),
    );
    const own = new Set(claim.findings.map((f) => f.finding));
    claim.findings.forEach((f, i) => {
      if (!findingIds.has(f.finding))
        problems.push({
          file: SEED_FILES.claims.file,
          record,
          field: `findings.${i}.finding`,
          message: `unknown finding id "${f.finding}"`,
        });
    });
    if (own.size !== claim.findings.length)
      problems.push({ file: SEED_FILES.claims.file, record, field: 'findings', message: 'lists a finding twice' });
    claim.gradeReasons.forEach((r, i) => {
      if (r.factor === 'NO_STUDY') {
        problems.push({
          file: SEED_FILES.claims.file,
          record,
          field: `gradeReasons.${i}.factor`,
          message: 'NO_STUDY is applied by the rubric itself, not curated',
        });
      }
      r.findings.forEach((id, j) => {
        if (!own.has(id))
          problems.push({
            file: SEED_FILES.claims.file,
            record,
            field: `gradeReasons.${i}.findings.${j}`,
            message: `"${id}" is not among this claim's findings`,
          });
      });
    });
    if (problems.length === 0) {
      const graded = gradeOf(seed, claim);
      if (graded.balance === 'CONFLICTING' && !graded.reasons.some((r) => r.factor === 'INCONSISTENCY' && r.levelsDown > 0)) {
        problems.push({
          file: SEED_FILES.claims.file,
          record,
          field: 'gradeReasons',
          message: 'findings on both sides need an INCONSISTENCY downgrade',
        });
      }
      if (graded.grade !== claim.strength) {
        problems.push({
          file: SEED_FILES.claims.file,
          record,
          field: 'strength',
          message: `${claim.strength} is not what the rubric gives: starts ${graded.start}, down ${graded.reasons.reduce((n, r) => n + r.levelsDown, 0)} → ${graded.grade}`,
        });
      }
    }
    const cap = strongestAllowed(
      supportingSourceIds(seed, claim)
        .map((id) => sourceKind.get(id))
        .filter((k) => k !== undefined),
    );
    if (cap && STRENGTH_RANK[claim.strength] > STRENGTH_RANK[cap]) {
      problems.push({
        file: SEED_FILES.claims.file,
        record,
        field: 'strength',
        message: `${claim.strength} is stronger than its sources support (at most ${cap})`,
      });
    }
  });

  return { seed, problems };
}

/** Cross-checks of the list of references against the sources and of the findings against their studies. */
function checkReferences(seed: Seed): SeedProblem[] {
  const problems: SeedProblem[] = [];
  const refs = new Map(seed.references.map((r) => [r.id, r]));
  const sources = new Map(seed.sources.map((s) => [s.id, s]));
  seed.references.forEach((ref, index) => {
    const record = describeRecord(ref, index);
    const file = SEED_FILES.references.file;
    if (!sources.has(ref.id)) problems.push({ file, record, field: 'id', message: 'no source in sources.json has this id' });
    if (ref.url && !ref.seenAt.includes(ref.url))
      problems.push({ file, record, field: 'url', message: 'the address shown must be one of seenAt' });
    for (const field of Object.keys(ref.fieldSeenAt ?? {})) {
      if (ref[field as keyof typeof ref] === undefined)
        problems.push({
          file,
          record,
          field: `fieldSeenAt.${field}`,
          message: 'records where a field was seen that the entry does not hold',
        });
    }
    for (const field of ref.notSeen) {
      if (ref[field] !== undefined)
        problems.push({ file, record, field: `notSeen`, message: `"${field}" is marked not seen but has a value` });
    }
  });
  seed.sources.forEach((source, index) => {
    const record = describeRecord(source, index);
    const file = SEED_FILES.sources.file;
    const ref = refs.get(source.id);
    if (ref) {
      for (const field of REFERENCE_FIELDS) {
        if (field in source)
          problems.push({ file, record, field, message: 'a referenced source takes its bibliographic fields from references.json only' });
      }
    } else if (!source.title) {
      problems.push({ file, record, field: 'title', message: 'a source without an entry in references.json needs a title' });
    }
    if (source.study && !ref) problems.push({ file, record, field: 'study', message: 'a study needs its entry in references.json' });
  });
  seed.findings.forEach((finding, index) => {
    const source = sources.get(finding.source);
    if (source?.study && !finding.comparatorType && source.study.comparatorTypes.length === 0) {
      problems.push({
        file: SEED_FILES.findings.file,
        record: describeRecord(finding, index),
        field: 'comparatorType',
        message: 'needs a comparator type (its study names none)',
      });
    }
    if (!source?.study) {
      problems.push({
        file: SEED_FILES.findings.file,
        record: describeRecord(finding, index),
        field: 'source',
        message: source ? `"${finding.source}" is not a study` : `unknown source id "${finding.source}"`,
      });
    }
  });
  return problems;
}

/** Sources that support a claim: those it names, and the studies whose findings support it. */
export function supportingSourceIds(seed: Seed, claim: SeedClaim): string[] {
  const sourceOf = new Map(seed.findings.map((f) => [f.id, f.source]));
  const fromFindings = claim.findings.filter((f) => f.stance === 'SUPPORTS').map((f) => sourceOf.get(f.finding)!);
  return [...new Set([...claim.sources, ...fromFindings])];
}

/** The rubric applied to one seed claim (the seed must have passed the reference checks). */
export function gradeOf(seed: Seed, claim: SeedClaim): GradeResult {
  const sources = new Map(seed.sources.map((s) => [s.id, s]));
  const findings = new Map(seed.findings.map((f) => [f.id, f]));
  return gradeClaim({
    findings: claim.findings.map((f) => ({
      id: f.finding,
      stance: f.stance,
      randomised: sources.get(findings.get(f.finding)!.source)!.study!.randomised,
    })),
    sourceKinds: claim.sources.map((id) => sources.get(id)!.kind),
    reasons: claim.gradeReasons.map((r) => ({
      factor: r.factor,
      levelsDown: r.levelsDown,
      explanation: r.explanation,
      findingIds: r.findings,
    })),
  });
}

/** Reads and validates a seed folder; throws SeedValidationError listing every problem. */
export function loadSeedDir(dir: string): Seed {
  const { raw, problems: readProblems } = readSeedFiles(dir);
  const { seed, problems } = validateSeed(raw);
  const all = [...readProblems, ...problems];
  if (all.length > 0) throw new SeedValidationError(all);
  return seed;
}
