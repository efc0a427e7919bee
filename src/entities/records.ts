import type { EntityKind } from '../generated/graphql';
import type { EntityRecord } from '../domain/records';

type Props = Record<string, unknown>;

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** Stored node properties → the record resolvers work with. */
export function toEntityRecord(p: Props): EntityRecord {
  return {
    id: String(p.id),
    kind: p.kind as EntityKind,
    name: String(p.name),
    aliases: strs(p.aliases),
    ambiguousAliases: strs(p.ambiguousAliases),
    ambiguousWith: strs(p.ambiguousWith),
    normNames: strs(p.normNames),
    description: str(p.description),
    mesh: str(p.mesh),
    icd10cm: strs(p.icd10cm),
    doid: str(p.doid),
    mondo: str(p.mondo),
    umls: str(p.umls),
    snomed: str(p.snomed),
    uberon: str(p.uberon),
    identifierNote: str(p.identifierNote),
    order: num(p.order),
    durationMin: num(p.durationMin),
    durationMax: num(p.durationMax),
  };
}
