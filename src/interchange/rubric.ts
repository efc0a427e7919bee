/**
 * The grading rubric (src/domain/grading.ts) applied to an imported claim, as the seed validator applies it
 * to a curated one. A claim that carries a rubric record (its findings, its reasons, or where its grade
 * started) is graded again from them: its grade must be the rubric's, and the start, its reason and the
 * balance are derived (values given that disagree are refused). A claim with none of these was graded by
 * whoever wrote it and keeps its grade, subject only to what its sources' kinds allow.
 */
import type { SourceKind } from '../generated/graphql';
import { gradeClaim } from '../domain/grading';
import type { ClaimData } from './model';

/** What grading needs to know of a finding: whether its study was randomised. */
export type FindingFacts = { source: string; randomised: boolean };

export type RubricProblem = { field: string; message: string };

export function hasRubricRecord(claim: ClaimData): boolean {
  return (
    claim.gradeStart !== undefined ||
    claim.balance !== undefined ||
    (claim.findings ?? []).length > 0 ||
    (claim.gradeReasons ?? []).length > 0
  );
}

/**
 * The claim with its derived grade fields, or the problems that stop it. `facts` answers for every
 * finding the claim lists (unknown findings are reported by the caller, and grading is skipped).
 */
export function gradeImportedClaim(
  claim: ClaimData,
  facts: (findingId: string) => FindingFacts | undefined,
  sourceKinds: SourceKind[],
  /** Grade it by the rubric even without a rubric record: every curated (seed) claim is. */
  always = false,
): { claim: ClaimData; problems: RubricProblem[] } {
  if (!always && !hasRubricRecord(claim)) return { claim, problems: [] };
  const problems: RubricProblem[] = [];
  const findings = claim.findings ?? [];
  const own = new Set(findings.map((f) => f.finding));
  if (own.size !== findings.length) problems.push({ field: 'findings', message: 'lists a finding twice; keep one' });
  const curated = (claim.gradeReasons ?? []).filter((r) => r.factor !== 'NO_STUDY');
  const statedNoStudy = curated.length !== (claim.gradeReasons ?? []).length;
  curated.forEach((r) =>
    (r.findings ?? []).forEach((id) => {
      if (!own.has(id))
        problems.push({ field: 'gradeReasons', message: `a ${r.factor} reason names "${id}", which is not among this claim's findings` });
    }),
  );
  const graded = findings.map((f) => ({ link: f, facts: facts(f.finding) }));
  if (graded.some((g) => g.facts === undefined)) return { claim, problems };
  const result = gradeClaim({
    findings: graded.map((g) => ({ id: g.link.finding, stance: g.link.stance, randomised: g.facts!.randomised })),
    sourceKinds,
    reasons: curated.map((r) => ({ factor: r.factor, levelsDown: r.levelsDown, explanation: r.explanation, findingIds: r.findings ?? [] })),
  });
  const down = result.reasons.reduce((n, r) => n + r.levelsDown, 0);
  if (statedNoStudy && !result.reasons.some((r) => r.factor === 'NO_STUDY'))
    problems.push({
      field: 'gradeReasons',
      message: 'NO_STUDY applies only when no study supports the claim and every source is lay writing; remove that reason',
    });
  if (result.balance === 'CONFLICTING' && !result.reasons.some((r) => r.factor === 'INCONSISTENCY' && r.levelsDown > 0))
    problems.push({ field: 'gradeReasons', message: 'findings on both sides need an INCONSISTENCY downgrade; add one' });
  if (result.grade !== claim.strength)
    problems.push({
      field: 'strength',
      message: `grade ${claim.strength} is not what the rubric gives from its findings and reasons (starts ${result.start}, down ${down} → ${result.grade}); grade it ${result.grade} or change its findings or reasons`,
    });
  if (claim.gradeStart !== undefined && claim.gradeStart !== result.start)
    problems.push({
      field: 'gradeStart',
      message: `the grade starts ${result.start} by the rubric, not ${claim.gradeStart}; leave it empty or write ${result.start}`,
    });
  if (claim.balance !== undefined && claim.balance !== result.balance)
    problems.push({
      field: 'balance',
      message: `the findings' balance is ${result.balance}, not ${claim.balance}; leave it empty or write ${result.balance}`,
    });
  if (claim.gradeStartReason !== undefined && claim.gradeStartReason !== result.startReason)
    problems.push({ field: 'gradeStartReason', message: `is written by the rubric ("${result.startReason}"); leave it empty` });
  return {
    claim: {
      ...claim,
      gradeStart: result.start,
      gradeStartReason: result.startReason,
      balance: result.balance,
      gradeReasons: result.reasons.map((r) => ({
        factor: r.factor,
        levelsDown: r.levelsDown,
        explanation: r.explanation,
        findings: r.findingIds,
      })),
    },
    problems,
  };
}
