import { createHash } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import type { ClaimPredicate, EvidenceStrength, SourceKind } from '../generated/graphql';
import { CLAIM_PREDICATES, KIND_LABEL, SOURCE_KIND_CAP, STRENGTH_RANK } from '../domain/vocabulary';
import { normalizedNames, searchNamesProperty } from '../domain/entityProps';
import { normalizeText } from '../domain/normalize';
import { badUserInput } from '../core/errors';
import {
  AMBIGUITY_INPUTS,
  CLAIM_ENDS,
  CLAIM_ID_TAKEN,
  CLAIM_STATE,
  CREATE_CLAIM,
  CREATE_SOURCES,
  ENTITY_KIND_AND_PARTNERS,
  NAME_SHARERS,
  RETRACT_CLAIM,
  SET_AMBIGUITY,
  SOURCE_KINDS_BY_ID,
  UPSERT_ENTITY,
} from './cypher';
import type { Writer } from './idempotency';
import { rankingsAfterClaimChange } from '../related/repository';
import type { CleanClaim, CleanEntity } from './inputRules';

/** Who writes and when: recorded on every node a mutation touches. */
export type Author = { by: string; at: string };

async function rows<T>(tx: ManagedTransaction, cypher: string, params: Record<string, unknown>): Promise<T[]> {
  const result = await tx.run(cypher, params);
  return result.records.map((r) => r.toObject() as T);
}

/** Recomputes which names are ambiguous for the given entities, against every entity that shares one of them. */
async function refreshAmbiguity(tx: ManagedTransaction, ids: string[]): Promise<void> {
  const inputs = await rows<{ id: string; name: string; aliases: string[]; sharers: { id: string; normNames: string[] }[] }>(
    tx,
    AMBIGUITY_INPUTS,
    { ids },
  );
  const updates = inputs.map((e) => ({
    id: e.id,
    ambiguousAliases: [e.name, ...e.aliases].filter((text) => e.sharers.some((o) => o.normNames.includes(normalizeText(text)))),
    ambiguousWith: e.sharers.map((o) => o.id).sort(),
  }));
  await tx.run(SET_AMBIGUITY, { rows: updates });
}

export async function upsertEntity(db: Writer, entity: CleanEntity, author: Author): Promise<void> {
  await db.writeTx(async (tx) => {
    const [existing] = await rows<{ kind: string | null; partners: string[] }>(tx, ENTITY_KIND_AND_PARTNERS, { id: entity.id });
    if (existing?.kind && existing.kind !== entity.kind) {
      throw badUserInput(`Entity "${entity.id}" is a ${existing.kind}; its kind cannot change to ${entity.kind}.`, 'input.kind');
    }
    const normNames = normalizedNames(entity.name, entity.aliases);
    if (normNames.length === 0) throw badUserInput('input.name must contain letters or digits.', 'input.name');
    await tx.run(UPSERT_ENTITY, {
      id: entity.id,
      label: KIND_LABEL[entity.kind],
      at: author.at,
      by: author.by,
      props: {
        kind: entity.kind,
        name: entity.name,
        aliases: entity.aliases,
        description: entity.description,
        normNames,
        searchNames: searchNamesProperty(normNames),
        ...entity.identifiers,
      },
    });
    const sharers = await rows<{ id: string }>(tx, NAME_SHARERS, { id: entity.id, normNames });
    const touched = new Set([entity.id, ...(existing?.partners ?? []), ...sharers.map((s) => s.id)]);
    await refreshAmbiguity(tx, [...touched]);
  });
}

/** The highest grade any of these source kinds allows (editorial and ontology sources allow VERY_LOW at most). */
function capOf(kinds: SourceKind[]): EvidenceStrength {
  const caps = kinds.map((k) => SOURCE_KIND_CAP[k] ?? 'VERY_LOW');
  return caps.reduce((best, c) => (STRENGTH_RANK[c] > STRENGTH_RANK[best] ? c : best), 'VERY_LOW' as EvidenceStrength);
}

/**
 * The id of a claim given without one: readable ends and predicate, then a hash of what it says and on which
 * sources. The same request always gets the same id, so a retry finds the claim its first attempt wrote
 * (src/mutations/idempotency.ts) instead of adding a second one.
 */
export function claimIdFor(claim: CleanClaim): string {
  if (claim.id) return claim.id;
  const base = `${claim.subject}-${claim.predicate.toLowerCase().replace(/_/g, '-')}-${claim.object}`.slice(0, 90);
  const content = JSON.stringify([claim.strength, claim.statement, claim.sourceIds, claim.newSources.map((s) => s.id)]);
  return `${base}-${createHash('sha256').update(content).digest('hex').slice(0, 8)}`;
}

/** Checks the claim against the graph, then writes sources, claim node, its edges and its direct relationship: one transaction. */
export async function addClaim(db: Writer, claim: CleanClaim, author: Author): Promise<string> {
  const id = claimIdFor(claim);
  await db.writeTx(async (tx) => {
    const rule = CLAIM_PREDICATES[claim.predicate];
    const [ends] = await rows<{ subjectKind: string | null; objectKind: string | null }>(tx, CLAIM_ENDS, claim);
    if (!ends?.subjectKind) throw badUserInput(`No entity has the id "${claim.subject}".`, 'input.subject');
    if (!ends.objectKind) throw badUserInput(`No entity has the id "${claim.object}".`, 'input.object');
    if (ends.subjectKind !== rule.from || ends.objectKind !== rule.to) {
      throw badUserInput(
        `${claim.predicate} joins a ${rule.from} to a ${rule.to}, not a ${ends.subjectKind} to a ${ends.objectKind}.`,
        'input.predicate',
      );
    }
    const existing = await rows<{ id: string; kind: SourceKind | null }>(tx, SOURCE_KINDS_BY_ID, {
      ids: [...claim.sourceIds, ...claim.newSources.map((s) => s.id)],
    });
    existing.forEach((s, i) => {
      if (i < claim.sourceIds.length && s.kind === null) {
        throw badUserInput(`No source has the id "${s.id}".`, `input.sourceIds.${i}`);
      }
    });
    const cap = capOf([...claim.sourceIds.map((_, i) => existing[i]!.kind!), ...claim.newSources.map((s) => s.kind)]);
    if (STRENGTH_RANK[claim.strength] > STRENGTH_RANK[cap]) {
      throw badUserInput(`${claim.strength} is stronger than these sources can support (at most ${cap}).`, 'input.strength');
    }
    const [taken] = await rows<{ taken: boolean }>(tx, CLAIM_ID_TAKEN, { id });
    if (taken?.taken) throw badUserInput(`A claim with the id "${id}" already exists.`, 'input.id');

    await tx.run(CREATE_SOURCES, {
      at: author.at,
      by: author.by,
      sources: claim.newSources.map(({ id: sourceId, ...props }) => ({ id: sourceId, props })),
    });
    await tx.run(CREATE_CLAIM, {
      id,
      subject: claim.subject,
      object: claim.object,
      predicate: claim.predicate,
      strength: claim.strength,
      strengthRank: STRENGTH_RANK[claim.strength],
      statement: claim.statement,
      sourceIds: [...claim.sourceIds, ...claim.newSources.map((s) => s.id)],
      at: author.at,
      by: author.by,
    });
    // In the same transaction: a client that wrote reads related conditions that include its write.
    await rankingsAfterClaimChange(tx, claim, 'added');
  });
  return id;
}

export async function retractClaim(db: Writer, id: string, reason: string, author: Author): Promise<void> {
  await db.writeTx(async (tx) => {
    const [state] = await rows<{ exists: boolean; retractedAt: string | null }>(tx, CLAIM_STATE, { id });
    if (!state?.exists) throw badUserInput(`No claim has the id "${id}".`, 'id');
    if (state.retractedAt) throw badUserInput(`Claim "${id}" was already retracted at ${state.retractedAt}.`, 'id');
    const [retracted] = await rows<{ subject: string; predicate: ClaimPredicate; object: string }>(tx, RETRACT_CLAIM, {
      id,
      reason,
      at: author.at,
      by: author.by,
    });
    if (retracted) await rankingsAfterClaimChange(tx, retracted, 'removed');
  });
}
