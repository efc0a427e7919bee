/**
 * How long every list in the API can be. The cost model (src/server/costModel.ts) multiplies through
 * nested lists with these numbers before a query runs, and the resolvers never return more, so the
 * estimate is an upper bound and not a guess. The SDL documents each one in the field's description.
 *
 * - `argument`: the field's own argument (`first`, `limit`) sets the length; `max` is the most it accepts.
 * - `parentArgument`: an argument of the field that returned the parent object sets it (Subgraph.nodes
 *   is as long as neighborhood's `limit`).
 * - `fixed`: a documented cap; the list is cut there, in a stable order (see the field's description).
 */
export type ListBound = { argument: string; max: number } | { parentArgument: string; max: number } | { fixed: number };

/** Lists of entities one typed link away (Condition.symptoms, Treatment.steps, ...), ordered by name. */
export const LINKED_ENTITIES_CAP = 100;
/** Claim.sources and Fact.sources, ordered by id. */
export const SOURCES_PER_CLAIM_CAP = 10;
/** Condition.treatments, strongest first. */
export const TREATMENTS_PER_CONDITION_CAP = 20;
/** TreatmentEvidence.claims, strongest first. */
export const CLAIMS_PER_TREATMENT_CAP = 10;
/** Entity.aliases (the input rules allow 50), ambiguousAliases and aliasDetails. */
export const ALIASES_CAP = 50;
/** ExternalIdentifiers.icd10cm. */
export const ICD10_CODES_CAP = 20;
/** Alias.alsoNames and FactSheet.alternatives: entities that share a name. */
export const NAMESAKES_CAP = 20;
/** Subgraph.relationships, ordered by id. */
export const SUBGRAPH_RELATIONSHIPS_CAP = 2000;
/** BodyRegion.ancestors: the region hierarchy is read at most this deep. */
export const ANCESTORS_CAP = 10;

const linked = { fixed: LINKED_ENTITIES_CAP };
const entityLists = {
  aliases: { fixed: ALIASES_CAP },
  ambiguousAliases: { fixed: ALIASES_CAP },
  aliasDetails: { fixed: ALIASES_CAP },
  claims: { argument: 'first', max: 200 },
};

/** Every list field of the schema, by `Type.field`; test/unit/listBounds.test.ts fails when one is missing. */
export const LIST_BOUNDS: Record<string, ListBound> = {
  'Query.sources': { argument: 'first', max: 500 },
  'Query.search': { argument: 'first', max: 50 },
  'Query.relatedConditions': { argument: 'first', max: 50 },
  'Query.paths': { argument: 'first', max: 10 },
  'PathSearch.paths': { parentArgument: 'first', max: 10 },
  'EntityConnection.edges': { parentArgument: 'first', max: 100 },
  'ClaimConnection.edges': { parentArgument: 'first', max: 100 },
  'ExternalIdentifiers.icd10cm': { fixed: ICD10_CODES_CAP },
  'Alias.alsoNames': { fixed: NAMESAKES_CAP },
  ...Object.fromEntries(
    ['Entity', 'Condition', 'Symptom', 'BodyRegion', 'Treatment', 'Benefit', 'SessionStep', 'Sensation', 'SafetyNote'].flatMap((type) =>
      Object.entries(entityLists).map(([field, bound]) => [`${type}.${field}`, bound]),
    ),
  ),
  'Condition.symptoms': linked,
  'Condition.regions': linked,
  'Condition.broader': linked,
  'Condition.narrower': linked,
  'Condition.treatments': { fixed: TREATMENTS_PER_CONDITION_CAP },
  'TreatmentEvidence.claims': { fixed: CLAIMS_PER_TREATMENT_CAP },
  'Symptom.conditions': linked,
  'Symptom.regions': linked,
  'BodyRegion.ancestors': { fixed: ANCESTORS_CAP },
  'BodyRegion.children': linked,
  'BodyRegion.conditions': linked,
  'BodyRegion.symptoms': linked,
  'Treatment.steps': linked,
  'Treatment.safetyNotes': linked,
  'Treatment.complements': linked,
  'Treatment.complementedBy': linked,
  'SessionStep.sensations': linked,
  'SessionStep.treatments': linked,
  'Sensation.steps': linked,
  'SafetyNote.appliesTo': linked,
  'Source.claims': { argument: 'first', max: 200 },
  'Claim.sources': { fixed: SOURCES_PER_CLAIM_CAP },
  'RelatedCondition.shared': { fixed: 20 },
  // A path of at most 6 hops (paths' maxHops) has at most 7 entities.
  'Path.nodes': { fixed: 7 },
  'Path.relationships': { fixed: 6 },
  'Subgraph.nodes': { parentArgument: 'limit', max: 500 },
  'Subgraph.relationships': { fixed: SUBGRAPH_RELATIONSHIPS_CAP },
  // The same nodes and relationships again, as Cytoscape.js elements (neighborhood's limit is at most 500).
  'CytoscapeElements.nodes': { fixed: 500 },
  'CytoscapeElements.edges': { fixed: SUBGRAPH_RELATIONSHIPS_CAP },
  'FactSheet.facts': { parentArgument: 'first', max: 50 },
  'FactSheet.alternatives': { fixed: NAMESAKES_CAP },
  'Fact.sources': { fixed: SOURCES_PER_CLAIM_CAP },
  // The evidence model (studies, findings, grades) and bulk imports.
  'Query.studies': { fixed: 500 },
  'Query.bulkImports': { argument: 'first', max: 100 },
  'BulkImport.files': { fixed: 20 },
  'BulkImport.claimIds': { argument: 'first', max: 1000 },
  'BulkImport.entityIds': { argument: 'first', max: 1000 },
  'BulkImport.sourceIds': { argument: 'first', max: 1000 },
  'Source.authors': { fixed: 100 },
  'Source.seenAt': { fixed: 20 },
  'Source.findings': { fixed: 100 },
  'StudyDescription.interventionTypes': { fixed: 20 },
  'StudyDescription.comparatorTypes': { fixed: 20 },
  'StudyDescription.outcomes': { fixed: 50 },
  'Finding.interventionTypes': { fixed: 20 },
  'Finding.figures': { fixed: 10 },
  'Finding.claims': { fixed: 50 },
  'GradeReason.findings': { fixed: 20 },
  'ClaimQualifier.entities': { fixed: 20 },
  'Claim.gradeReasons': { fixed: 10 },
  'Claim.findings': { fixed: 10 },
  'Claim.qualifiers': { fixed: 10 },
  'ConditionEvidence.claims': { fixed: 50 },
  'ConditionEvidence.strongest': { fixed: 10 },
  'ConditionEvidence.weakest': { fixed: 10 },
  'ConditionEvidence.studies': { fixed: 50 },
  'ConditionEvidence.findings': { fixed: 100 },
  'TreatmentSafety.claims': { fixed: 100 },
  'TreatmentSafety.adverseEvents': { fixed: 50 },
  'TreatmentSafety.notes': { fixed: LINKED_ENTITIES_CAP },
};

/** The most a list field can hold whatever its arguments; undefined for a field not in the table. */
export function maxListLength(typeName: string, fieldName: string): number | undefined {
  const bound = LIST_BOUNDS[`${typeName}.${fieldName}`];
  if (!bound) return undefined;
  return 'fixed' in bound ? bound.fixed : bound.max;
}
