import { z } from 'zod';
import type { EntityKind } from '../../generated/graphql';
import type { EntityRecord } from '../../domain/records';
import { inSentence } from '../../facts/sentences';
import { findRelatedConditions } from '../../related/repository';
import { mustFindEntities } from '../lookup';
import { CAVEAT, nameList, withCaveat } from '../render';
import { caveatSchema, countInput, entityRef, entityRefSchema, idInput } from '../shapes';
import { defineTool } from '../tool';

const input = z.strictObject({
  id: idInput('id'),
  limit: countInput('limit', 1, 20, 5),
});

const output = z.object({
  condition: entityRefSchema,
  related: z.array(
    z.object({
      condition: entityRefSchema,
      score: z.number().describe('How strongly related: the weights of everything shared, summed'),
      sharedCount: z.number().int().describe('How many entities the two share in all'),
      shared: z.array(entityRefSchema).describe('What they share, heaviest first (at most 20): the reasons'),
      reasons: z.array(z.string()).describe('The shared entities in words, one line per kind'),
    }),
  ),
  caveat: caveatSchema,
});

const REASON_WORDS: Partial<Record<EntityKind, [string, string]>> = {
  SYMPTOM: ['symptom', 'symptoms'],
  BODY_REGION: ['body region', 'body regions'],
  TREATMENT: ['treatment', 'treatments'],
  BENEFIT: ['claimed benefit', 'claimed benefits'],
};

/** "shares the symptoms heel pain and arch pain", one line per kind, in the order the kinds first appear. */
export function reasons(shared: readonly EntityRecord[]): string[] {
  const byKind = new Map<EntityKind, string[]>();
  for (const e of shared) byKind.set(e.kind, [...(byKind.get(e.kind) ?? []), inSentence(e)]);
  return [...byKind.entries()].map(([kind, names]) => {
    const [one, many] = REASON_WORDS[kind] ?? [kind.toLowerCase(), `${kind.toLowerCase()}s`];
    return `shares the ${names.length === 1 ? one : many} ${nameList(names)}`;
  });
}

export const getRelatedConditionsTool = defineTool({
  name: 'get_related_conditions',
  title: 'Related conditions with reasons',
  description:
    'Conditions related to one condition (by id) because they share symptoms, body regions, treatments or claimed benefits, ' +
    'best first, each with a score and the shared entities that explain it. Useful for "what else could it be" and "what ' +
    'else does this treatment help". Relatedness is computed from the graph, not graded evidence, and it is not a diagnosis.',
  input,
  output,
  run: async ({ id, limit }, { db }) => {
    const [condition] = await mustFindEntities(db, [id], 'CONDITION');
    const related = await findRelatedConditions(db, id, limit);
    const structured = {
      condition: entityRef(condition!),
      related: related.map((r) => ({
        condition: entityRef(r.condition),
        score: r.score,
        sharedCount: r.sharedCount,
        shared: r.shared.map(entityRef),
        reasons: reasons(r.shared),
      })),
      caveat: CAVEAT,
    };
    const lines =
      related.length === 0
        ? [`No condition shares a symptom, region, treatment or benefit with ${condition!.name} in the graph.`]
        : [
            `Conditions related to ${condition!.name}, most related first:`,
            ...structured.related.map(
              (r) =>
                `- ${r.condition.name} (id ${r.condition.id}, score ${r.score}): ${r.reasons.join('; ')}` +
                (r.sharedCount > r.shared.length ? ` (and ${r.sharedCount - r.shared.length} more)` : '') +
                '.',
            ),
          ];
    lines.push(
      'Grade: none — relatedness is computed from shared links in the graph, not a graded claim; source: the graph’s curated links. It is not a diagnosis.',
    );
    return { structured, text: withCaveat(lines) };
  },
});
