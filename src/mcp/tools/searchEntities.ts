import { z } from 'zod';
import { ENTITY_KINDS } from '../../domain/vocabulary';
import { MAX_TEXT_LENGTH } from '../../search/query';
import { searchEntities } from '../../search/repository';
import { CAVEAT, withCaveat } from '../render';
import { caveatSchema, countInput, entityRefSchema } from '../shapes';
import { defineTool } from '../tool';

const input = z.strictObject({
  text: z
    .string()
    .min(1, 'text must not be empty: give a name, alias or a few words such as "heel pain"')
    .max(MAX_TEXT_LENGTH, `text must be at most ${MAX_TEXT_LENGTH} characters: give a name or a few words, not a whole message`)
    .describe('What the user called the thing: a name, an alias or a few words, e.g. "runner\'s knee"'),
  kinds: z
    .array(z.enum(ENTITY_KINDS))
    .min(1, 'kinds, when given, must name at least one kind')
    .max(ENTITY_KINDS.length)
    .optional()
    .describe('Only entities of these kinds, e.g. ["CONDITION"]'),
  limit: countInput('limit', 1, 25, 10),
});

const output = z.object({
  hits: z.array(
    entityRefSchema.extend({
      matched: z.string().describe('The name or alias that matched'),
      ambiguous: z.boolean().describe('True when the matched words also name another entity: ask the user which one is meant'),
      score: z.number(),
      description: z.string().nullable(),
    }),
  ),
  caveat: caveatSchema,
});

export const searchEntitiesTool = defineTool({
  name: 'search_entities',
  title: 'Search the knowledge graph',
  description:
    'Finds entities of the running-injury and acupuncture knowledge graph (conditions, symptoms, body regions, treatments, ' +
    'benefits, session steps, sensations, safety notes) by name or alias. Case-, punctuation- and typo-tolerant; best match first. ' +
    'Use it first to turn what the user said into ids for the other tools. A hit marked ambiguous shares its words with another ' +
    'entity ("runner\'s knee"): ask which one is meant. Hits carry no evidence grade; get_condition and get_evidence give grades and sources.',
  input,
  output,
  run: async ({ text, kinds, limit }, { db }) => {
    const hits = await searchEntities(db, { text, kinds: kinds ?? null, first: limit, field: 'text' });
    const structured = {
      hits: hits.map((h) => ({
        id: h.entity.id,
        kind: h.entity.kind,
        name: h.entity.name,
        matched: h.matched,
        ambiguous: h.ambiguous,
        score: h.score,
        description: h.entity.description,
      })),
      caveat: CAVEAT,
    };
    const lines =
      hits.length === 0
        ? [`Nothing in the graph matches "${text}". Try another name, fewer words, or no kinds filter.`]
        : [
            `${hits.length} ${hits.length === 1 ? 'entity matches' : 'entities match'} "${text}", best first:`,
            ...hits.map(
              (h) =>
                `- ${h.entity.name} (${h.entity.kind.toLowerCase().replace('_', ' ')}, id ${h.entity.id})` +
                (h.matched !== h.entity.name ? `, matched "${h.matched}"` : '') +
                (h.ambiguous ? ' — these words also name another entity; ask which one is meant' : ''),
            ),
            'Search hits are not graded and cite no source; get_condition, get_facts and get_evidence give the grade and the source.',
          ];
    return { structured, text: withCaveat(lines) };
  },
});
