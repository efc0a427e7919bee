import { z } from 'zod';
import type { ClaimFindingRecord, EntityRecord, SourceRecord } from '../../domain/records';
import { CLAIMS_PER_TREATMENT_CAP, TREATMENTS_PER_CONDITION_CAP } from '../../domain/listBounds';
import { FINDING_STANCES, STRENGTH_RANK } from '../../domain/vocabulary';
import { findClaimFindingsByClaimIds, findSourcesByIds, findTreatmentClaimsByConditionIds } from '../../evidence/repository';
import { findLinkedEntities } from '../../entities/repository';
import { treatmentClaims } from '../../evidence/treatmentEvidence';
import { inSentence } from '../../facts/sentences';
import { claimContext, mustFindEntities } from '../lookup';
import { CAVEAT, balanceWords, gradeText, nameList, sourcesText, withCaveat } from '../render';
import {
  caveatSchema,
  claimOut,
  claimSchema,
  entityRef,
  entityRefSchema,
  findingOut,
  findingSchema,
  gradeSchema,
  idInput,
  minGradeInput,
} from '../shapes';
import { defineTool } from '../tool';

const input = z.strictObject({
  id: idInput('id'),
  minGrade: minGradeInput,
});

const output = z.object({
  condition: entityRefSchema.extend({
    description: z.string().nullable(),
    aliases: z.array(z.string()),
    identifiers: z.object({
      mesh: z.string().nullable(),
      icd10cm: z.array(z.string()),
      doid: z.string().nullable(),
      mondo: z.string().nullable(),
    }),
  }),
  symptoms: z.array(entityRefSchema),
  regions: z.array(entityRefSchema),
  broader: z.array(entityRefSchema),
  narrower: z.array(entityRefSchema),
  treatments: z
    .array(
      z.object({
        treatment: entityRefSchema,
        strongestGrade: gradeSchema,
        claims: z.array(
          claimSchema.extend({ findings: z.array(findingSchema).describe('Findings of published studies bearing on the claim') }),
        ),
        safetyNotes: z.array(entityRefSchema.extend({ description: z.string().nullable() })),
      }),
    )
    .describe('Treatments claimed to treat or prevent the condition, strongest evidence first'),
  caveat: caveatSchema,
});

const STANCE_COUNT_WORDS = { SUPPORTS: 'supporting', CONTRADICTS: 'against', LEAVES_OPEN: 'open' } as const;

/** Names as they read inside a sentence ("heel pain", "Achilles tendinitis"), as the facts write them. */
const names = (entities: readonly EntityRecord[]) => entities.map(inSentence);

export const getConditionTool = defineTool({
  name: 'get_condition',
  title: 'A condition’s page',
  description:
    'The page of one running injury or condition, by id (get ids from search_entities with kinds ["CONDITION"]): its ' +
    'description and identifiers (MeSH, ICD-10-CM), symptoms, affected body regions, broader and narrower conditions, and ' +
    `the treatments claimed to treat or prevent it (at most ${TREATMENTS_PER_CONDITION_CAP}, each with at most ${CLAIMS_PER_TREATMENT_CAP} claims), strongest evidence first, each claim ` +
    'with its GRADE, statement and ' +
    'sources, and each treatment with its safety notes. Pass minGrade to keep only stronger claims. For the studies and the ' +
    'reasons behind a grade, call get_evidence with the claim id.',
  input,
  output,
  run: async ({ id, minGrade }, { db }) => {
    const [condition] = await mustFindEntities(db, [id], 'CONDITION');
    const [symptoms, regions, broader, narrower, claims] = await Promise.all([
      findLinkedEntities(db, [id], 'PRESENTS', 'OUT'),
      findLinkedEntities(db, [id], 'AFFECTS', 'OUT'),
      findLinkedEntities(db, [id], 'SUBTYPE_OF', 'OUT'),
      findLinkedEntities(db, [id], 'SUBTYPE_OF', 'IN'),
      // Bounded in Cypher as Condition.treatments is (a hub condition has thousands of claims).
      findTreatmentClaimsByConditionIds(db, [id], minGrade ? STRENGTH_RANK[minGrade] : 0),
    ]);
    const groups = treatmentClaims(claims.get(id) ?? [], minGrade);
    const treatmentIds = groups.map((g) => g.treatmentId);
    const groupClaims = groups.flatMap((g) => g.claims);
    const [context, safety, links] = await Promise.all([
      claimContext(db, groupClaims, [condition!]),
      treatmentIds.length > 0 ? findLinkedEntities(db, treatmentIds, 'HAS_SAFETY_NOTE', 'OUT') : new Map<string, EntityRecord[]>(),
      groupClaims.length > 0
        ? findClaimFindingsByClaimIds(
            db,
            groupClaims.map((c) => c.id),
          )
        : new Map<string, ClaimFindingRecord[]>(),
    ]);
    // A contradicting study is not among a claim's sources (they support it): fetch those few.
    const missing = [...new Set([...links.values()].flat().map((l) => l.finding.sourceId))].filter((sid) => !context.sources.has(sid));
    const studies: Map<string, SourceRecord> = missing.length > 0 ? await findSourcesByIds(db, missing) : new Map();
    for (const [sid, source] of context.sources) studies.set(sid, source);
    const treatments = groups.flatMap((g) => {
      const treatment = context.entities.get(g.treatmentId);
      if (!treatment) return [];
      return [
        {
          treatment: entityRef(treatment),
          strongestGrade: g.claims[0]!.strength,
          claims: g.claims.map((c) => ({
            ...claimOut(c, context.entities, context.sources),
            findings: (links.get(c.id) ?? []).flatMap((l) => findingOut(l, studies) ?? []),
          })),
          safetyNotes: (safety.get(g.treatmentId) ?? []).map((n) => ({ ...entityRef(n), description: n.description })),
        },
      ];
    });
    const c = condition!;
    const structured = {
      condition: {
        ...entityRef(c),
        description: c.description,
        aliases: c.aliases,
        identifiers: { mesh: c.mesh, icd10cm: c.icd10cm, doid: c.doid, mondo: c.mondo },
      },
      symptoms: (symptoms.get(id) ?? []).map(entityRef),
      regions: (regions.get(id) ?? []).map(entityRef),
      broader: (broader.get(id) ?? []).map(entityRef),
      narrower: (narrower.get(id) ?? []).map(entityRef),
      treatments,
      caveat: CAVEAT,
    };
    const lines = [
      `${c.name} (condition, id ${c.id})${c.description ? `: ${c.description}` : ''}`,
      `Symptoms: ${nameList(names(symptoms.get(id) ?? []))}. Body regions: ${nameList(names(regions.get(id) ?? []))}.`,
    ];
    if (structured.broader.length > 0) lines.push(`A kind of: ${nameList(names(broader.get(id) ?? []))}.`);
    if (structured.narrower.length > 0) lines.push(`Kinds of it: ${nameList(names(narrower.get(id) ?? []))}.`);
    if (treatments.length === 0) {
      lines.push(`No treatment is claimed to treat or prevent it${minGrade ? ` at grade ${minGrade} or above` : ''}.`);
    } else {
      lines.push('Treatments, strongest evidence first:');
      for (const t of treatments) {
        for (const claim of t.claims) {
          const verb = claim.predicate === 'PREVENTS' ? 'prevents' : 'treats';
          const counts = FINDING_STANCES.map((st) => [st, claim.findings.filter((f) => f.stance === st).length] as const).filter(
            ([, n]) => n > 0,
          );
          const findings =
            counts.length === 0 ? 'no study finding recorded' : counts.map(([st, n]) => `${n} ${STANCE_COUNT_WORDS[st]}`).join(', ');
          lines.push(
            `- ${t.treatment.name} ${verb} it: ${gradeText(claim.grade)}; ${balanceWords(claim.balance)} (${findings}); ` +
              `${sourcesText(claim.sources)} (claim ${claim.id}; get_evidence gives the reasons and figures).`,
          );
        }
        const notes = safety.get(t.treatment.id) ?? [];
        if (notes.length > 0) lines.push(`  Safety notes for ${t.treatment.name}: ${notes.map((n) => inSentence(n)).join('; ')}.`);
      }
    }
    return { structured, text: withCaveat(lines) };
  },
});
