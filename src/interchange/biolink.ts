/**
 * The documented table between the graph's vocabulary and Biolink 4.4.4 (docs/interchange.md shows it).
 *
 * Export writes the first category of each kind and the predicate of each link type or claim predicate;
 * import accepts those and the few alternatives listed, and decides the graph's link type from the
 * predicate together with the kinds of both ends, so one Biolink predicate may serve two link types
 * that join different kinds.
 */
import type { ClaimPredicate, EntityKind } from '../generated/graphql';
import { CLAIM_PREDICATES, LINK_TYPES, type LinkType } from '../domain/vocabulary';

/** CURIE prefix of this graph's own ids in KGX files (`AKG:plantar-fasciitis`). */
export const ID_PREFIX = 'AKG:';

/** This knowledge graph as an information resource: the primary knowledge source of every edge it exports. */
export const INFORES = 'infores:acupuncture-running-kg';

/** Category per kind; the first is what export writes, the others are also read on import. */
export const KIND_CATEGORIES: Record<EntityKind, readonly string[]> = {
  CONDITION: ['biolink:Disease'],
  SYMPTOM: ['biolink:PhenotypicFeature'],
  BODY_REGION: ['biolink:GrossAnatomicalStructure', 'biolink:AnatomicalEntity'],
  TREATMENT: ['biolink:Treatment'],
  BENEFIT: ['biolink:PhysiologicalProcess'],
  SESSION_STEP: ['biolink:Procedure'],
  SENSATION: ['biolink:ClinicalFinding'],
  SAFETY_NOTE: ['biolink:ClinicalAttribute'],
};

/** Sources are nodes too (so a file carries everything an edge cites), with their kind in `source_kind`. */
export const SOURCE_CATEGORY = 'biolink:Publication';

/**
 * A finding (one result of one study for one outcome) is a node too, of category `biolink:Evidence`
 * ("dereferences detailed evidence that supports an association"): `biolink:StudyResult`, the closer
 * name, is abstract in 4.4.4, and its concrete kinds are particular analyses (chi-squared, text mining...).
 * Its study is `reported_in`; the claims it bears on list it in their `findings`.
 */
export const FINDING_CATEGORY = 'biolink:Evidence';

export type GraphRelation = LinkType | ClaimPredicate;

/** Predicate per link type and claim predicate (export), read back together with the kinds of both ends. */
export const RELATION_PREDICATES: Record<GraphRelation, string> = {
  PRESENTS: 'biolink:has_phenotype',
  AFFECTS: 'biolink:disease_has_location',
  LOCATED_IN: 'biolink:located_in',
  PART_OF: 'biolink:part_of',
  SUBTYPE_OF: 'biolink:subclass_of',
  HAS_STEP: 'biolink:has_part',
  HAS_SENSATION: 'biolink:has_output',
  HAS_SAFETY_NOTE: 'biolink:associated_with',
  COMPLEMENTS: 'biolink:coexists_with',
  TREATS: 'biolink:treats',
  PREVENTS: 'biolink:preventative_for_condition',
  PRODUCES: 'biolink:causes',
  HELPS: 'biolink:ameliorates_condition',
  CONTRIBUTES_TO: 'biolink:contributes_to',
  IS_SAFE_WHEN: 'biolink:related_to',
};

/** Every claim and link is stated by a source and encoded by curators. */
export const KNOWLEDGE_LEVEL = 'knowledge_assertion';
export const AGENT_TYPE = 'manual_agent';

const ENDS: Record<GraphRelation, { from: EntityKind; to: EntityKind }> = { ...LINK_TYPES, ...CLAIM_PREDICATES };

export function isClaimPredicate(relation: GraphRelation): relation is ClaimPredicate {
  return relation in CLAIM_PREDICATES;
}

const CATEGORY_KIND = new Map<string, EntityKind>(
  (Object.entries(KIND_CATEGORIES) as [EntityKind, readonly string[]][]).flatMap(([kind, cats]) => cats.map((c) => [c, kind] as const)),
);

/** The kind a category maps to, or undefined. */
export function kindOfCategory(category: string): EntityKind | undefined {
  return CATEGORY_KIND.get(category);
}

export function categoryOfKind(kind: EntityKind): string {
  return KIND_CATEGORIES[kind][0]!;
}

export const KNOWN_CATEGORIES = [...CATEGORY_KIND.keys(), SOURCE_CATEGORY, FINDING_CATEGORY];

const RELATION_BY_TRIPLE = new Map<string, GraphRelation>(
  (Object.entries(RELATION_PREDICATES) as [GraphRelation, string][]).map(([rel, predicate]) => [
    `${predicate} ${ENDS[rel].from} ${ENDS[rel].to}`,
    rel,
  ]),
);

/** The link type or claim predicate a Biolink predicate means between these kinds, or undefined. */
export function relationOf(predicate: string, from: EntityKind, to: EntityKind): GraphRelation | undefined {
  return RELATION_BY_TRIPLE.get(`${predicate} ${from} ${to}`);
}

/** What a predicate may join, for messages ("joins CONDITION → SYMPTOM (PRESENTS)"). */
export function predicateUses(predicate: string): string[] {
  return (Object.entries(RELATION_PREDICATES) as [GraphRelation, string][])
    .filter(([, p]) => p === predicate)
    .map(([rel]) => `${ENDS[rel].from} → ${ENDS[rel].to} (${rel})`);
}

export const KNOWN_PREDICATES = [...new Set(Object.values(RELATION_PREDICATES))];

/**
 * Identifier properties and the CURIE prefix each is written with in `xref`. The graph stores DOID, MONDO
 * and UBERON ids as CURIEs already (`DOID:9600`) and the others bare (`D036981` for MeSH): `curie` says which.
 */
export const XREFS = {
  mesh: { prefix: 'MESH:', curie: false },
  icd10cm: { prefix: 'ICD10CM:', curie: false },
  doid: { prefix: 'DOID:', curie: true },
  mondo: { prefix: 'MONDO:', curie: true },
  umls: { prefix: 'UMLS:', curie: false },
  snomed: { prefix: 'SNOMEDCT:', curie: false },
  uberon: { prefix: 'UBERON:', curie: true },
} as const;
export type IdentifierKey = keyof typeof XREFS;
export const IDENTIFIER_KEYS = Object.keys(XREFS) as IdentifierKey[];

/** An identifier as an xref CURIE. */
export function xrefOf(key: IdentifierKey, value: string): string {
  const { prefix, curie } = XREFS[key];
  return curie ? value : `${prefix}${value}`;
}

/** An xref CURIE as the identifier property and value the graph stores, or undefined for other prefixes. */
export function identifierOfXref(xref: string): { key: IdentifierKey; value: string } | undefined {
  for (const key of IDENTIFIER_KEYS) {
    const { prefix, curie } = XREFS[key];
    if (xref.toUpperCase().startsWith(prefix))
      return { key, value: curie ? `${prefix}${xref.slice(prefix.length)}` : xref.slice(prefix.length) };
  }
  return undefined;
}
