import type { Database } from '../../src/graph/database';

/**
 * Layers of `width` entities (conditions and symptoms alternating), each joined to every entity of the
 * next layer: width^(layers-2) shortest paths from `<prefix>-0-0` to `<prefix>-<layers-1>-0`, so a real
 * `paths` query over it is as slow as a test needs. Ids start with `prefix` so a test can remove them.
 */
export async function writeLayeredGraph(db: Database, prefix: string, width: number, layers: number): Promise<void> {
  const rows = [];
  for (let layer = 0; layer < layers; layer += 1) {
    for (let i = 0; i < width; i += 1) {
      const odd = layer % 2 === 1;
      const name = `${prefix} test ${odd ? 'symptom' : 'condition'} ${layer}-${i}`;
      rows.push({ id: `${prefix}-${layer}-${i}`, layer, label: odd ? 'Symptom' : 'Condition', kind: odd ? 'SYMPTOM' : 'CONDITION', name });
    }
  }
  await db.write(
    `UNWIND $rows AS row
     CREATE (n:Entity {id: row.id, kind: row.kind, name: row.name, aliases: [], normNames: [toLower(row.name)],
                       searchNames: toLower(row.name), ambiguousAliases: [], ambiguousWith: [], icd10cm: [], layer: row.layer})
     SET n:$(row.label)`,
    { rows },
  );
  await db.write(
    `MATCH (a:Condition), (b:Symptom)
     WHERE a.id STARTS WITH $prefix AND b.id STARTS WITH $prefix AND abs(a.layer - b.layer) = 1
     CREATE (a)-[:PRESENTS]->(b)`,
    { prefix: `${prefix}-` },
  );
}
