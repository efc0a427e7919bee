import { z } from 'zod';
import type { EntityRecord } from '../../domain/records';
import { findClaimsByEntityIds } from '../../evidence/repository';
import { findLinkedEntities } from '../../entities/repository';
import { treatmentClaims } from '../../evidence/treatmentEvidence';
import { inSentence } from '../../facts/sentences';
import { claimContext, mustFindEntities } from '../lookup';
import { CAVEAT, gradeText, nameList, sourcesText, withCaveat } from '../render';
import { caveatSchema, claimOut, claimSchema, entityRef, entityRefSchema, gradeSchema, idInput, minGradeInput } from '../shapes';
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
        claims: z.array(claimSchema),
        safetyNotes: z.array(entityRefSchema.extend({ description: z.string().nullable() })),
      }),
    )
    .describe('Treatments claimed to treat or prevent the condition, strongest evidence first'),
  caveat: caveatSchema,
});

/** Names as they read inside a sentence ("heel pain", "Achilles tendinitis"), as the facts write them. */
const names = (entities: readonly EntityRecord[]) => entities.map(inSentence);

export const getConditionTool = defineTool({
  name: 'get_condition',
  title: 'A condition’s page',
  description:
    'The page of one running injury or condition, by id (get ids from search_entities with kinds ["CONDITION"]): its ' +
    'description and identifiers (MeSH, ICD-10-CM), symptoms, affected body regions, broader and narrower conditions, and ' +
    'the treatments claimed to treat or prevent it, strongest evidence first, each claim with its GRADE, statement and ' +
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
      findClaimsByEntityIds(db, [id]),
    ]);
    const groups = treatmentClaims(claims.get(id) ?? [], minGrade);
    const treatmentIds = groups.map((g) => g.treatmentId);
    const [context, safety] = await Promise.all([
      claimContext(
        db,
        groups.flatMap((g) => g.claims),
        [condition!],
      ),
      treatmentIds.length > 0 ? findLinkedEntities(db, treatmentIds, 'HAS_SAFETY_NOTE', 'OUT') : new Map<string, EntityRecord[]>(),
    ]);
    const treatments = groups.flatMap((g) => {
      const treatment = context.entities.get(g.treatmentId);
      if (!treatment) return [];
      return [
        {
          treatment: entityRef(treatment),
          strongestGrade: g.claims[0]!.strength,
          claims: g.claims.map((c) => claimOut(c, context.entities, context.sources)),
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
          lines.push(`- ${t.treatment.name} ${verb} it: ${gradeText(claim.grade)}; ${sourcesText(claim.sources)} (claim ${claim.id}).`);
        }
        const notes = safety.get(t.treatment.id) ?? [];
        if (notes.length > 0) lines.push(`  Safety notes for ${t.treatment.name}: ${notes.map((n) => inSentence(n)).join('; ')}.`);
      }
    }
    return { structured, text: withCaveat(lines) };
  },
});
