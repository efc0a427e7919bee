/**
 * The curated seed folder as import records. The seed keeps a study's bibliographic fields in
 * references.json (with where each was seen) and its results in findings.json, lets a finding's
 * intervention and comparator default to its study's, and names on a claim only the sources that make it
 * (the studies whose findings support it are added). Both the seed format reader (formats.ts) and the
 * seeder (seed/write.ts) go through these functions, so a seeded graph and an imported seed folder are the
 * same graph.
 */
type Fields = Record<string, unknown>;

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** A source with its reference's bibliographic record (a study's title, authors, identifiers, addresses). */
export function seedSourceFields(source: Fields, reference: Fields | undefined): Fields {
  const fields: Fields = { ...source };
  if (!reference) return fields;
  for (const key of ['title', 'url', 'publisher', 'year', 'journal', 'volume', 'issue', 'pages', 'doi', 'pmid', 'pmcid', 'registration']) {
    if (reference[key] !== undefined) fields[key] = reference[key];
  }
  if (reference.authors !== undefined) {
    fields.authors = reference.authors;
    fields.authorsComplete = reference.authorsComplete ?? true;
  }
  const fieldSeenAt = (reference.fieldSeenAt ?? {}) as Record<string, unknown>;
  fields.seenAt = [...new Set([...list(reference.seenAt), ...Object.values(fieldSeenAt).flatMap(list)])];
  return fields;
}

/** A finding with its intervention and comparator spelled out (its study's where the seed leaves them out), and its place. */
export function seedFindingFields(finding: Fields, study: Fields | undefined, order: number): Fields {
  return {
    ...finding,
    intervention: finding.intervention ?? study?.intervention,
    interventionTypes: finding.interventionTypes ?? study?.interventionTypes,
    comparator: finding.comparator ?? study?.comparator,
    comparatorType: finding.comparatorType ?? list(study?.comparatorTypes)[0],
    order,
  };
}

/** A claim resting on the sources it names and on the studies whose findings support it. */
export function seedClaimFields(claim: Fields, studyOfFinding: (findingId: string) => string | undefined): Fields {
  const supporting = list(claim.findings)
    .filter((f) => (f as Fields).stance === 'SUPPORTS')
    .map((f) => studyOfFinding(String((f as Fields).finding)))
    .filter((id): id is string => id !== undefined);
  return { ...claim, sources: [...new Set([...list(claim.sources), ...supporting])] };
}
