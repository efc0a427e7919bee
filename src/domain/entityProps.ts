import { normalizeText } from '../domain/normalize';

/** Name and aliases, normalised and de-duplicated: what search matches and ambiguity compares. */
export function normalizedNames(name: string, aliases: string[]): string[] {
  return [...new Set([name, ...aliases].map(normalizeText).filter((n) => n.length > 0))];
}

/** The property the full-text index reads for names: normalised names joined by a separator. */
export function searchNamesProperty(normNames: string[]): string {
  return normNames.join(' | ');
}

type Named = { id: string; name: string; aliases: string[] };

/**
 * For each entity, which of its aliases (and its name) also name another entity, and which entities.
 * "Runner's knee" naming both patellofemoral pain syndrome and IT band syndrome is the textbook case.
 */
export function computeAmbiguity(entities: Named[]): Map<string, { ambiguousAliases: string[]; ambiguousWith: string[] }> {
  const owners = new Map<string, Set<string>>();
  for (const e of entities) {
    for (const norm of normalizedNames(e.name, e.aliases)) {
      if (!owners.has(norm)) owners.set(norm, new Set());
      owners.get(norm)!.add(e.id);
    }
  }
  const result = new Map<string, { ambiguousAliases: string[]; ambiguousWith: string[] }>();
  for (const e of entities) {
    const ambiguousAliases: string[] = [];
    const others = new Set<string>();
    for (const text of [e.name, ...e.aliases]) {
      const sharers = owners.get(normalizeText(text));
      if (sharers && sharers.size > 1) {
        if (!ambiguousAliases.includes(text)) ambiguousAliases.push(text);
        sharers.forEach((id) => id !== e.id && others.add(id));
      }
    }
    result.set(e.id, { ambiguousAliases, ambiguousWith: [...others].sort() });
  }
  return result;
}
