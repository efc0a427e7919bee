import { z } from 'zod';
import type { ClaimRecord, EntityRecord } from '../../domain/records';
import { findClaimsByIds } from '../../evidence/repository';
import { MAX_PATH_HOPS } from '../../traversal/cypher';
import { findPaths } from '../../traversal/repository';
import { claimContext, mustFindEntities } from '../lookup';
import { CAVEAT, gradeText, sourcesText, withCaveat } from '../render';
import { caveatSchema, countInput, entityRef, entityRefSchema, gradeSchema, idInput, sourceOut, sourceSchema } from '../shapes';
import { defineTool } from '../tool';

const input = z.strictObject({
  from: idInput('from'),
  to: idInput('to'),
  maxHops: countInput('maxHops', 1, MAX_PATH_HOPS, 4),
  limit: countInput('limit', 1, 5, 3),
});

const hopSchema = z.object({
  from: entityRefSchema.describe('Where the relationship starts (a hop may run against the arrow)'),
  type: z.string().describe('Relationship type, e.g. PRESENTS, AFFECTS, TREATS'),
  to: entityRefSchema,
  claimId: z.string().nullable().describe('The claim behind a graded hop (TREATS, PREVENTS, PRODUCES, HELPS, CONTRIBUTES_TO)'),
  grade: gradeSchema.nullable().describe('GRADE of the claim; null for a descriptive link'),
  statement: z.string().nullable(),
  sources: z.array(sourceSchema).describe('Sources of the claim; empty for a descriptive link'),
});

const output = z.object({
  from: entityRefSchema,
  to: entityRefSchema,
  paths: z.array(z.object({ length: z.number().int(), hops: z.array(hopSchema) })),
  truncated: z
    .boolean()
    .describe('True when the search hit its work budget: the paths listed are the shortest found, and longer ones may be missing'),
  caveat: caveatSchema,
});

export const findPathsTool = defineTool({
  name: 'find_paths',
  title: 'Paths between two entities',
  description:
    'The shortest chains of relationships between two entities (ids from search_entities), following links either way, ' +
    'e.g. how acupuncture connects to heel pain (acupuncture TREATS plantar fasciitis, which PRESENTS heel pain). Each hop ' +
    'says its type and, when it is a graded claim, its GRADE, statement and sources; descriptive hops are not graded. ' +
    `maxHops 1 to ${MAX_PATH_HOPS}, limit 1 to 5. Empty when no path is that short. A chain is not a claim that its ends are linked.`,
  input,
  output,
  run: async ({ from, to, maxHops, limit }, { db }) => {
    const [start, end] = await mustFindEntities(db, [from, to]);
    const { paths, truncated } = await findPaths(db, from, to, maxHops, limit);
    const claimIds = [...new Set(paths.flatMap((p) => p.relationships.flatMap((r) => (r.claimId ? [r.claimId] : []))))];
    const claims = claimIds.length > 0 ? await findClaimsByIds(db, claimIds) : new Map<string, ClaimRecord>();
    const nodes = new Map<string, EntityRecord>(paths.flatMap((p) => p.nodes.map((n) => [n.id, n] as const)));
    const { sources } = await claimContext(db, [...claims.values()], [...nodes.values()]);
    const structured = {
      from: entityRef(start!),
      to: entityRef(end!),
      paths: paths.map((p) => ({
        length: p.length,
        hops: p.relationships.map((r) => {
          const claim = r.claimId ? claims.get(r.claimId) : undefined;
          return {
            from: entityRef(nodes.get(r.from)!),
            type: r.type,
            to: entityRef(nodes.get(r.to)!),
            claimId: r.claimId,
            grade: claim?.strength ?? r.strength,
            statement: claim?.statement ?? null,
            sources: (claim?.sourceIds ?? []).flatMap((id) => {
              const s = sources.get(id);
              return s ? [sourceOut(s)] : [];
            }),
          };
        }),
      })),
      truncated,
      caveat: CAVEAT,
    };
    const lines =
      paths.length === 0
        ? [`No path of at most ${maxHops} hops joins ${start!.name} and ${end!.name}. Try a larger maxHops (up to ${MAX_PATH_HOPS}).`]
        : [`Shortest paths from ${start!.name} to ${end!.name}:`];
    structured.paths.forEach((p, i) => {
      const hops = p.hops.map(
        (h) =>
          `${h.from.name} ${h.type} ${h.to.name}` +
          (h.grade ? ` (${gradeText(h.grade)}; ${sourcesText(h.sources)})` : ' (descriptive link, not graded)'),
      );
      lines.push(`${i + 1}. ${p.length} ${p.length === 1 ? 'hop' : 'hops'}: ${hops.join(' → ') || 'the same entity'}`);
    });
    if (truncated) lines.push('The search stopped at its work budget: longer paths may exist. Try a smaller maxHops.');
    return { structured, text: withCaveat(lines) };
  },
});
