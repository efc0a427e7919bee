import { z } from 'zod';
import { STRENGTH_RANK } from '../../domain/vocabulary';
import { factSheet } from '../../facts/resolvers';
import { MAX_TEXT_LENGTH } from '../../search/query';
import { CAVEAT, gradeText, sourcesText, withCaveat } from '../render';
import { caveatSchema, countInput, entityRef, entityRefSchema, gradeSchema, minGradeInput, sourceOut, sourceSchema } from '../shapes';
import { defineTool } from '../tool';

const input = z.strictObject({
  question: z
    .string()
    .min(1, 'question must not be empty: ask about a condition, treatment or symptom, e.g. "acupuncture for shin splints"')
    .max(MAX_TEXT_LENGTH, `question must be at most ${MAX_TEXT_LENGTH} characters: ask about one or two things at a time`)
    .describe('A free-text question or just a name, alias or id, e.g. "Does acupuncture help plantar fasciitis?"'),
  minGrade: minGradeInput,
  limit: countInput('limit', 1, 30, 10).describe('Facts per entity, 1 to 30 (default 10)'),
});

const factSchema = z.object({
  text: z.string().describe('A short self-contained sentence, generated from the graph'),
  subject: entityRefSchema,
  predicate: z.string(),
  object: entityRefSchema,
  grade: gradeSchema.nullable().describe('GRADE of a claim; null for a descriptive fact, which is sourced but not graded'),
  sources: z.array(sourceSchema),
});

const output = z.object({
  answers: z.array(
    z.object({
      entity: entityRefSchema,
      facts: z.array(factSchema),
      alternatives: z.array(entityRefSchema).describe('Other entities the same words name: ask which one is meant'),
    }),
  ),
  caveat: caveatSchema,
});

export const getFactsTool = defineTool({
  name: 'get_facts',
  title: 'Facts for a question',
  description:
    'Answers a question about running injuries and acupuncture with short sourced sentences from the knowledge graph: ' +
    'what a condition presents and where, how a session goes, and graded claims (what a treatment treats or prevents, strongest ' +
    'first). Pass the question as the user asked it ("my heel hurts when I run", "is acupuncture safe"), or just a name, ' +
    'alias or id (typos forgiven). The entity the question names gets its facts; every claim carries its GRADE and sources. Empty when the ' +
    'question names nothing in the graph. Always pass on the caveat: acupuncture does not replace a doctor.',
  input,
  output,
  run: async ({ question, minGrade, limit }, { db }) => {
    // The facts query's own reading of a question (facts/question.ts): the entity it names, or none.
    const found = await factSheet(db, { about: question, minStrength: minGrade ?? null, first: limit });
    const sheets = found ? [found] : [];
    const answers = sheets.map((sheet) => {
      const sources = new Map(sheet.sources.map((s) => [s.id, sourceOut(s)]));
      return {
        entity: entityRef(sheet.entity),
        facts: sheet.facts.map((f) => ({
          text: f.text,
          subject: entityRef(f.subject),
          predicate: f.predicate,
          object: entityRef(f.object),
          grade: f.strength,
          sources: f.sourceIds.flatMap((id) => sources.get(id) ?? []),
        })),
        alternatives: sheet.alternatives.map(entityRef),
      };
    });
    const lines: string[] = [];
    if (answers.length === 0) {
      lines.push(`The graph has nothing that matches "${question}" confidently. Try search_entities with a name from the question.`);
    }
    for (const answer of answers) {
      lines.push(`About ${answer.entity.name} (id ${answer.entity.id}):`);
      if (answer.facts.length === 0) lines.push('- No sourced facts recorded' + (minGrade ? ` at grade ${minGrade} or above.` : '.'));
      for (const fact of answer.facts) {
        // Claim sentences already name their grade and sources; descriptive ones get theirs appended.
        lines.push(fact.grade === null ? `- ${fact.text} (descriptive, not graded; ${sourcesText(fact.sources)})` : `- ${fact.text}`);
      }
      const strongest = answer.facts.flatMap((f) => (f.grade ? [f.grade] : [])).sort((a, b) => STRENGTH_RANK[b] - STRENGTH_RANK[a])[0];
      if (strongest) lines.push(`Strongest evidence here: ${gradeText(strongest)}.`);
      if (answer.alternatives.length > 0) {
        lines.push(
          `The same words also name: ${answer.alternatives.map((a) => `${a.name} (id ${a.id})`).join(', ')}; ask which one is meant.`,
        );
      }
    }
    return { structured: { answers, caveat: CAVEAT }, text: withCaveat(lines) };
  },
});
