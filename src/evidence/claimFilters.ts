import type { ClaimRecord } from '../domain/records';
import type { EvidenceStrength } from '../generated/graphql';
import { STRENGTH_RANK } from '../domain/vocabulary';

export function isLive(claim: ClaimRecord): boolean {
  return claim.retractedAt === null;
}

export function atLeast(min: EvidenceStrength | null | undefined): (claim: ClaimRecord) => boolean {
  const floor = min ? STRENGTH_RANK[min] : 0;
  return (claim) => STRENGTH_RANK[claim.strength] >= floor;
}

/** Strongest first, then by id: the order every claim list in the API uses. */
export function byStrengthThenId(a: ClaimRecord, b: ClaimRecord): number {
  return STRENGTH_RANK[b.strength] - STRENGTH_RANK[a.strength] || a.id.localeCompare(b.id);
}
