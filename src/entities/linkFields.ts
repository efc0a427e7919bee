import type { Direction, EntityShape } from '../domain/records';
import type { LinkType } from '../domain/vocabulary';

/**
 * The list fields of each entity type that are one typed hop in the graph: the resolvers answer them through the
 * links loader, and the entity page (src/entities/pagePlan.ts) fetches the ones a query asks for up front.
 */
export const LINK_FIELDS: Record<string, Record<string, readonly [LinkType, Direction]>> = {
  Condition: { symptoms: ['PRESENTS', 'OUT'], regions: ['AFFECTS', 'OUT'], broader: ['SUBTYPE_OF', 'OUT'], narrower: ['SUBTYPE_OF', 'IN'] },
  Symptom: { conditions: ['PRESENTS', 'IN'], regions: ['LOCATED_IN', 'OUT'] },
  // parent and steps are resolved from these links too (the first parent; steps in their order).
  BodyRegion: { parent: ['PART_OF', 'OUT'], children: ['PART_OF', 'IN'], conditions: ['AFFECTS', 'IN'], symptoms: ['LOCATED_IN', 'IN'] },
  Treatment: {
    steps: ['HAS_STEP', 'OUT'],
    safetyNotes: ['HAS_SAFETY_NOTE', 'OUT'],
    complements: ['COMPLEMENTS', 'OUT'],
    complementedBy: ['COMPLEMENTS', 'IN'],
  },
  Benefit: {},
  SessionStep: { sensations: ['HAS_SENSATION', 'OUT'], treatments: ['HAS_STEP', 'IN'] },
  Sensation: { steps: ['HAS_SENSATION', 'IN'] },
  SafetyNote: { appliesTo: ['HAS_SAFETY_NOTE', 'IN'] },
};

/**
 * The shape a link field reads its entities in: what its own selection asks of them (src/entities/selection.ts),
 * except Treatment.steps, which orders the steps by their `order` and so reads them whole.
 */
export function linkShape(typeName: string, field: string, asked: EntityShape): EntityShape {
  return typeName === 'Treatment' && field === 'steps' ? 'full' : asked;
}
