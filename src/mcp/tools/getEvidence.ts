import { z } from 'zod';
import type { ClaimRecord, SourceRecord } from '../../domain/records';
import { SOURCE_KIND_CAP, STRENGTH_RANK } from '../../domain/vocabulary';
import { findClaimPage, findClaimsByIds } from '../../evidence/repository';
import { claimContext, mustFindEntities } from '../lookup';
import { CAVEAT, capitalised, gradeText, sourceKindWords, sourcesText, withCaveat } from '../render';
import { caveatSchema, claimOut, claimSchema, countInput, entityRef, entityRefSchema, idInput } from '../shapes';
import { badInput, notFound } from '../toolErrors';
import { defineTool } from '../tool';

const input = z.strictObject({
  claimId: idInput('claimId').optional().describe('A claim id (from get_condition, get_facts or find_paths); give this or conditionId'),
  conditionId: idInput('conditionId').optional().describe('A condition id: every live claim about it; give this or claimId'),
  limit: countInput('limit', 1, 50, 20).describe('Claims about a condition, strongest first, 1 to 50 (default 20)'),
});

const evidenceSchema = claimSchema.extend({
  singleSource: z.boolean().describe('True when the claim rests on one source only'),
  gradeReasons: z.array(z.string()).describe('Why the claim has this grade'),
  retraction: z.object({ at: z.string(), reason: z.string() }).nullable().describe('Set when the claim was retracted'),
});

const output = z.object({
  about: entityRefSchema.nullable().describe('The condition asked about; null when a claim was asked for'),
  claims: z.array(evidenceSchema),
  totalClaims: z.number().int().describe('How many live claims there are in all (more than listed when limit cut them)'),
  caveat: caveatSchema,
});

/**
 * Why a claim has its grade, from what the graph records today: the kind of its strongest source caps the
 * grade (SOURCE_KIND_CAP, the GRADE rule the seed validator enforces), and resting on one source is said.
 */
export function gradeReasons(claim: ClaimRecord, sources: readonly SourceRecord[]): string[] {
  const capped = sources
    .map((s) => ({ s, cap: SOURCE_KIND_CAP[s.kind] }))
    .filter((x): x is { s: SourceRecord; cap: NonNullable<typeof x.cap> } => x.cap !== null)
    .sort((a, b) => STRENGTH_RANK[b.cap] - STRENGTH_RANK[a.cap])[0];
  const reasons: string[] = [];
  if (capped) {
    reasons.push(`Its strongest source is a ${sourceKindWords(capped.s.kind)}, which caps a claim at ${capped.cap}.`);
    if (STRENGTH_RANK[claim.strength] < STRENGTH_RANK[capped.cap]) reasons.push(`It is graded below that cap, at ${claim.strength}.`);
  }
  if (claim.sourceIds.length === 1) reasons.push('It rests on a single source.');
  return reasons;
}

export const getEvidenceTool = defineTool({
  name: 'get_evidence',
  title: 'Evidence for a claim or a condition',
  description:
    'The evidence behind one claim (claimId) or behind every live claim about a condition (conditionId), strongest first: ' +
    'each claim with its GRADE (HIGH > MODERATE > LOW > VERY_LOW), the reasons for that grade, its statement and its sources ' +
    '(title, kind, year, publisher, link). Give exactly one of claimId and conditionId. Use it before telling a user how well ' +
    'a treatment works, and say the grade in your answer.',
  input,
  output,
  run: async ({ claimId, conditionId, limit }, { db }) => {
    if ((claimId === undefined) === (conditionId === undefined)) {
      throw badInput('Give exactly one of claimId (one claim) or conditionId (every claim about a condition).');
    }
    let about = null;
    let claims: ClaimRecord[];
    let total: number;
    if (claimId !== undefined) {
      const claim = (await findClaimsByIds(db, [claimId])).get(claimId);
      if (!claim) throw notFound(`No claim has id "${claimId}". Claim ids come with get_condition, get_facts and find_paths answers.`);
      claims = [claim];
      total = 1;
    } else {
      const [condition] = await mustFindEntities(db, [conditionId!], 'CONDITION');
      about = condition!;
      const page = await findClaimPage(db, {
        subject: null,
        object: conditionId!,
        source: null,
        minRank: 0,
        singleSourceOnly: false,
        after: null,
        limit,
      });
      claims = page.claims;
      total = page.total;
    }
    const context = await claimContext(db, claims, about ? [about] : []);
    const structured = {
      about: about ? entityRef(about) : null,
      claims: claims.map((c) => {
        const cited = c.sourceIds.flatMap((id) => context.sources.get(id) ?? []);
        return {
          ...claimOut(c, context.entities, context.sources),
          singleSource: c.sourceIds.length === 1,
          gradeReasons: gradeReasons(c, cited),
          retraction: c.retractedAt ? { at: c.retractedAt, reason: c.retractionReason ?? '' } : null,
        };
      }),
      totalClaims: total,
      caveat: CAVEAT,
    };
    const lines: string[] = [];
    if (about) {
      lines.push(
        structured.claims.length === 0
          ? `No live claim is recorded about ${about.name}.`
          : `Evidence about ${about.name}: ${total} ${total === 1 ? 'claim' : 'claims'}${total > claims.length ? `, the strongest ${claims.length} listed` : ''}:`,
      );
    }
    for (const c of structured.claims) {
      lines.push(
        `- ${c.statement} ${capitalised(gradeText(c.grade))}. ${c.gradeReasons.join(' ')} ${capitalised(sourcesText(c.sources))}.` +
          (c.retraction ? ` Retracted ${c.retraction.at}: ${c.retraction.reason}` : '') +
          ` (claim ${c.id})`,
      );
    }
    return { structured, text: withCaveat(lines) };
  },
});
