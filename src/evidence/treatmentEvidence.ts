import type { ClaimRecord, EntityClaim } from '../domain/records';
import type { EvidenceStrength } from '../generated/graphql';
import { atLeast, byStrengthThenId, isLive } from './claimFilters';

/** A treatment's id with its live claims to treat or prevent one condition, strongest first. */
export type TreatmentClaims = { treatmentId: string; claims: ClaimRecord[] };

/**
 * From every claim touching a condition, the ones saying a treatment treats or prevents it (live, at least
 * `minStrength`), grouped by treatment, strongest group first. Condition.treatments and the MCP condition
 * page both read a condition's treatments through this, so they always agree.
 */
export function treatmentClaims(conditionClaims: readonly EntityClaim[], minStrength?: EvidenceStrength | null): TreatmentClaims[] {
  const claims = conditionClaims
    .filter((c) => c.role === 'OBJECT' && (c.claim.predicate === 'TREATS' || c.claim.predicate === 'PREVENTS'))
    .map((c) => c.claim)
    .filter(isLive)
    .filter(atLeast(minStrength))
    .sort(byStrengthThenId);
  const byTreatment = new Map<string, ClaimRecord[]>();
  for (const claim of claims) byTreatment.set(claim.subjectId, [...(byTreatment.get(claim.subjectId) ?? []), claim]);
  return [...byTreatment.entries()]
    .map(([treatmentId, grouped]) => ({ treatmentId, claims: grouped }))
    .sort((a, b) => byStrengthThenId(a.claims[0]!, b.claims[0]!));
}
