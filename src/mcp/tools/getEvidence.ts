import { z } from 'zod';
import type { ClaimFindingRecord, ClaimRecord, EntityRecord, SourceRecord } from '../../domain/records';
import { findClaimFindingsByClaimIds, findClaimPage, findClaimsByIds, findSourcesByIds } from '../../evidence/repository';
import { claimContext, mustFindEntities } from '../lookup';
import { CAVEAT, balanceWords, capitalised, citation, gradeText, sourcesText, withCaveat } from '../render';
import {
  caveatSchema,
  claimOut,
  claimSchema,
  countInput,
  entityRef,
  entityRefSchema,
  findingOut,
  findingSchema,
  idInput,
  type FindingOut,
} from '../shapes';
import { badInput, notFound } from '../toolErrors';
import { defineTool } from '../tool';

const input = z.strictObject({
  claimId: idInput('claimId').optional().describe('A claim id (from get_condition, get_facts or find_paths); give this or conditionId'),
  conditionId: idInput('conditionId').optional().describe('A condition id: every live claim about it; give this or claimId'),
  limit: countInput('limit', 1, 50, 20).describe('Claims about a condition, strongest first, 1 to 50 (default 20)'),
});

const evidenceSchema = claimSchema.extend({
  gradeStartReason: z.string(),
  singleSource: z.boolean().describe('True when the claim rests on one source only'),
  qualifiers: z.array(z.object({ kind: z.string(), text: z.string() })).describe('Conditions the claim is made under'),
  findings: z
    .array(findingSchema)
    .describe('Findings of published studies that bear on the claim: supporting, then contradicting, then open'),
  retraction: z.object({ at: z.string(), reason: z.string() }).nullable().describe('Set when the claim was retracted'),
});

const output = z.object({
  about: entityRefSchema.nullable().describe('The condition asked about; null when a claim was asked for'),
  claims: z.array(evidenceSchema),
  totalClaims: z.number().int().describe('How many live claims there are in all (more than listed when limit cut them)'),
  caveat: caveatSchema,
});

const STANCE_WORDS: Record<FindingOut['stance'], string> = {
  SUPPORTS: 'supports',
  CONTRADICTS: 'goes against',
  LEAVES_OPEN: 'leaves open',
};

/** "Supports: “Title” (trial, 2014): summary" — one line per finding. */
function findingLine(f: FindingOut): string {
  return `  ${capitalised(STANCE_WORDS[f.stance])} it: ${citation(f.source)}: ${f.summary}${f.caveat ? ` (caveat: ${f.caveat})` : ''}`;
}

export const getEvidenceTool = defineTool({
  name: 'get_evidence',
  title: 'Evidence for a claim or a condition',
  description:
    'The evidence behind one claim (claimId) or behind every live claim about a condition (conditionId), strongest first: ' +
    'each claim with its GRADE (HIGH > MODERATE > LOW > VERY_LOW), where the grade started and every reason it moved down ' +
    '(risk of bias, inconsistency, indirectness, imprecision, no study...), whether the findings support it, contradict it or ' +
    'conflict, the published studies (design, population, size) and each finding with its figures, and the sources. Give exactly ' +
    'one of claimId and conditionId. Use it before telling a user how well a treatment works, and say the grade in your answer.',
  input,
  output,
  run: async ({ claimId, conditionId, limit }, { db }) => {
    if ((claimId === undefined) === (conditionId === undefined)) {
      throw badInput('Give exactly one of claimId (one claim) or conditionId (every claim about a condition).');
    }
    let about: EntityRecord | null = null;
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
        balance: null,
        onlyLaySupport: false,
        minRank: 0,
        singleSourceOnly: false,
        after: null,
        limit,
      });
      claims = page.claims;
      total = page.total;
    }
    const [context, links] = await Promise.all([
      claimContext(db, claims, about ? [about] : []),
      claims.length > 0
        ? findClaimFindingsByClaimIds(
            db,
            claims.map((c) => c.id),
          )
        : new Map<string, ClaimFindingRecord[]>(),
    ]);
    // The studies behind the findings: most are among the claims' sources already, the rest are fetched.
    const missing = [...new Set([...links.values()].flat().map((l) => l.finding.sourceId))].filter((id) => !context.sources.has(id));
    const studies: Map<string, SourceRecord> = missing.length > 0 ? await findSourcesByIds(db, missing) : new Map();
    for (const [id, s] of context.sources) studies.set(id, s);
    const structured = {
      about: about ? entityRef(about) : null,
      claims: claims.map((c) => ({
        ...claimOut(c, context.entities, context.sources),
        gradeStartReason: c.gradeStartReason,
        singleSource: c.sourceIds.length === 1,
        qualifiers: c.qualifiers.map((q) => ({ kind: q.kind, text: q.text })),
        findings: (links.get(c.id) ?? []).flatMap((l) => findingOut(l, studies) ?? []),
        retraction: c.retractedAt ? { at: c.retractedAt, reason: c.retractionReason ?? '' } : null,
      })),
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
      const reasons = c.gradeReasons
        .filter((r) => r.levelsDown > 0)
        .map((r) => `${r.factor.toLowerCase().replace(/_/g, ' ')} (−${r.levelsDown}): ${r.explanation}`);
      lines.push(
        `- ${c.statement} ${capitalised(gradeText(c.grade))}: started at ${c.gradeStart} (${c.gradeStartReason})` +
          (reasons.length > 0 ? `; down for ${reasons.join('; ')}` : '') +
          `. Balance: ${balanceWords(c.balance)}. ${capitalised(sourcesText(c.sources))}.` +
          (c.retraction ? ` Retracted ${c.retraction.at}: ${c.retraction.reason}` : '') +
          ` (claim ${c.id})`,
      );
      for (const f of c.findings) lines.push(findingLine(f));
    }
    return { structured, text: withCaveat(lines) };
  },
});
