/**
 * The graph's GRADE-style rubric as a pure function, so the seed validator, the loader and the docs all
 * mean the same thing by a grade (docs/model.md explains it with a worked example per level).
 *
 * 1. Start: HIGH when a randomised study (a randomised trial, or a systematic review of randomised trials)
 *    has a finding that supports the claim; LOW when only non-randomised studies support it, or none does.
 * 2. When no study supports the claim and every source is lay writing, it drops one level (NO_STUDY): such
 *    writing reports no data and cannot be checked. This is what puts a lay-article-only claim below one
 *    backed by a positive trial.
 * 3. The curators' reasons (risk of bias, inconsistency, indirectness, imprecision, publication bias, hedging,
 *    inference) each move it down by the levels they record; the grade never goes below VERY_LOW.
 * 4. Findings on both sides (balance CONFLICTING) must carry an INCONSISTENCY reason; the validator enforces it.
 */
import type { EvidenceBalance, EvidenceStrength, FindingStance, GradeFactor, SourceKind } from '../generated/graphql';
import { SOURCE_KIND_CAP, STRENGTH_RANK, strengthFromRank } from './vocabulary';

/** A finding as the rubric sees it: its stance on the claim and whether its study was randomised. */
export type GradedFinding = { id: string; stance: FindingStance; randomised: boolean };
export type Reason = { factor: GradeFactor; levelsDown: number; explanation: string; findingIds: string[] };

export type GradeInput = {
  findings: GradedFinding[];
  /** Kinds of the sources the claim itself names (the source that makes it). */
  sourceKinds: SourceKind[];
  /** The curators' recorded reasons, in order. */
  reasons: Reason[];
};

export type GradeResult = {
  start: EvidenceStrength;
  startReason: string;
  /** The curated reasons, with the automatic NO_STUDY reason first when it applies. */
  reasons: Reason[];
  grade: EvidenceStrength;
  balance: EvidenceBalance;
  /** Nothing but a lay article supports it (the API's `onlyLaySupport`; Cypher computes the same for API-added claims). */
  onlyLaySupport: boolean;
};

/** Writing that reports no study of its own. */
const NO_STUDY_KINDS: ReadonlySet<SourceKind> = new Set(['LAY_ARTICLE', 'EXPERT_OPINION']);

export function balanceOf(stances: FindingStance[]): EvidenceBalance {
  const supports = stances.includes('SUPPORTS');
  const contradicts = stances.includes('CONTRADICTS');
  if (supports && contradicts) return 'CONFLICTING';
  if (supports) return 'SUPPORTED';
  if (contradicts) return 'CONTRADICTED';
  return stances.length > 0 ? 'OPEN' : 'UNTESTED';
}

export const NO_STUDY_EXPLANATION =
  'No study supports it: its only source is lay writing, which reports no data of its own and names no study, so it cannot be checked.';

export function gradeClaim(input: GradeInput): GradeResult {
  const supporting = input.findings.filter((f) => f.stance === 'SUPPORTS');
  const randomised = supporting.filter((f) => f.randomised);
  const noStudy = supporting.length === 0 && input.sourceKinds.length > 0 && input.sourceKinds.every((k) => NO_STUDY_KINDS.has(k));
  const onlyLay = supporting.length === 0 && input.sourceKinds.length > 0 && input.sourceKinds.every((k) => k === 'LAY_ARTICLE');

  let start: EvidenceStrength;
  let startReason: string;
  if (randomised.length > 0) {
    start = 'HIGH';
    startReason = `Starts HIGH: randomised evidence supports it (${randomised.map((f) => f.id).join(', ')}).`;
  } else if (supporting.length > 0) {
    start = 'LOW';
    startReason = `Starts LOW: only non-randomised evidence supports it (${supporting.map((f) => f.id).join(', ')}).`;
  } else {
    start = 'LOW';
    startReason = 'Starts LOW: no study supports it; it rests on writing that reports no study (lay writing starts low).';
  }

  const reasons: Reason[] = [
    ...(noStudy ? [{ factor: 'NO_STUDY' as const, levelsDown: 1, explanation: NO_STUDY_EXPLANATION, findingIds: [] }] : []),
    ...input.reasons,
  ];
  const down = reasons.reduce((sum, r) => sum + r.levelsDown, 0);
  const grade = strengthFromRank(Math.max(STRENGTH_RANK.VERY_LOW, STRENGTH_RANK[start] - down));
  return { start, startReason, reasons, grade, balance: balanceOf(input.findings.map((f) => f.stance)), onlyLaySupport: onlyLay };
}

/** The highest grade any of the given source kinds allows, or null when none can grade a claim. */
export function strongestAllowed(kinds: SourceKind[]): EvidenceStrength | null {
  const caps = kinds.map((k) => SOURCE_KIND_CAP[k]).filter((c): c is EvidenceStrength => c !== null);
  if (caps.length === 0) return kinds.length === 0 ? null : 'VERY_LOW';
  return caps.reduce((best, c) => (STRENGTH_RANK[c] > STRENGTH_RANK[best] ? c : best));
}
