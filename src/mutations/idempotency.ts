import { createHash } from 'node:crypto';
import type { GraphQLResolveInfo } from 'graphql';
import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphQLContext } from '../core/context';
import { badUserInput } from '../core/errors';
import type { Database } from '../graph/database';

/**
 * Writes safe to retry. A client that got no answer (a timeout, a dropped connection, DATABASE_UNAVAILABLE)
 * cannot know whether its write committed, and retrying must not fail ("already exists") or write twice.
 * So every mutation runs with a receipt, kept in the same transaction as its writes, under a key: the
 * client's own (the `Idempotency-Key` header, per mutation field) or, without one, the id of the record the
 * mutation is about. A retry that finds a receipt for the same request returns the committed record instead
 * of writing again; the driver's own transaction retries profit from it the same way.
 *
 * Receipts are (:MutationReceipt) nodes: key (unique; a SHA-256 of the scoped key, so any id fits the index),
 * fingerprint (a hash of the mutation and its checked input), resultId, by, at. They are kept for RECEIPT_TTL_HOURS; every write drops a few expired ones.
 */

export const RECEIPT_TTL_HOURS = 24;
/** Longest client key accepted (the IETF draft and common APIs use at most a UUID's or a few hundred bytes). */
const MAX_CLIENT_KEY = 255;

/** What a repository's writes need: one transaction at a time. Database is one; a receipted writer is another. */
export type Writer = Pick<Database, 'writeTx'>;

export type IdempotentWrite = {
  /** The mutation's name, part of key and fingerprint. */
  mutation: string;
  /** Without a client key: the record's own id (`claim:<id>`), which a retry of the same request shares. */
  naturalKey: string;
  /** The checked input: a retry must carry the same, or it is a different request. */
  input: unknown;
  /** The id of the record the mutation returns, known before it writes. */
  resultId: string;
};

/** JSON with object keys sorted, so the same input always hashes alike. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

function fingerprintOf(mutation: string, input: unknown): string {
  return createHash('sha256').update(canonical({ mutation, input })).digest('hex');
}

/** The client's key from the Idempotency-Key header, checked; undefined when none was sent. */
function clientKey(context: GraphQLContext): string | undefined {
  const key = context.idempotencyKey;
  if (key === undefined) return undefined;
  if (key.length === 0 || key.length > MAX_CLIENT_KEY || !/^[\x21-\x7e]+$/.test(key)) {
    throw badUserInput(`The Idempotency-Key header must be 1 to ${MAX_CLIENT_KEY} visible ASCII characters.`, 'Idempotency-Key');
  }
  return key;
}

const CLAIM_RECEIPT = `
MERGE (r:MutationReceipt {key: $key})
ON CREATE SET r.fresh = true
RETURN r.fingerprint AS fingerprint, r.resultId AS resultId, coalesce(r.fresh, false) AS fresh`;

const SEAL_RECEIPT = `
MATCH (r:MutationReceipt {key: $key})
SET r.fingerprint = $fingerprint, r.resultId = $resultId, r.mutation = $mutation, r.by = $by, r.at = $at
REMOVE r.fresh
WITH count(*) AS sealed
CALL (sealed) {
  MATCH (old:MutationReceipt) WHERE old.at < $expiredBefore
  WITH old LIMIT 100
  DELETE old
}
RETURN sealed`;

/** Thrown inside the transaction when the request already committed: it rolls back, the caller replays. */
class AlreadyCommitted extends Error {
  constructor(readonly resultId: string) {
    super('already committed');
  }
}

type Receipt = { key: string; fingerprint: string; clientGiven: boolean; write: IdempotentWrite; by: string };

/**
 * A Writer whose every transaction first takes the receipt's key (MERGE on a unique key: a concurrent
 * twin waits here until the first commits, then sees its receipt) and seals the receipt after the writes.
 */
function receiptedWriter(db: Database, receipt: Receipt): Writer {
  return {
    writeTx: <T>(work: (tx: ManagedTransaction) => Promise<T>, timeoutMs?: number) =>
      db.writeTx(async (tx) => {
        const result = await tx.run(CLAIM_RECEIPT, { key: receipt.key });
        const prior = result.records[0]!.toObject() as { fingerprint: string | null; resultId: string | null; fresh: boolean };
        if (!prior.fresh && prior.fingerprint !== null) {
          if (prior.fingerprint === receipt.fingerprint) throw new AlreadyCommitted(prior.resultId ?? receipt.write.resultId);
          // A client key names one request; another request under it is the client's mistake. A natural key
          // (the record's id) is shared by every write of that record: a different input is simply a new write.
          if (receipt.clientGiven) {
            throw badUserInput(
              'This Idempotency-Key was already used for a different request. Use a new key for a new request.',
              'Idempotency-Key',
            );
          }
        }
        const value = await work(tx);
        const now = Date.now();
        await tx.run(SEAL_RECEIPT, {
          key: receipt.key,
          fingerprint: receipt.fingerprint,
          resultId: receipt.write.resultId,
          mutation: receipt.write.mutation,
          by: receipt.by,
          at: new Date(now).toISOString(),
          expiredBefore: new Date(now - RECEIPT_TTL_HOURS * 3600 * 1000).toISOString(),
        });
        return value;
      }, timeoutMs),
  };
}

/**
 * Runs a mutation's writes under its receipt and returns the id of the record to answer with: the one just
 * written, or, for a retry of a request that already committed, the one it wrote then.
 */
export async function writeIdempotently(
  context: GraphQLContext,
  info: GraphQLResolveInfo,
  write: IdempotentWrite,
  writes: (writer: Writer) => Promise<unknown>,
): Promise<{ resultId: string; replayed: boolean }> {
  const given = clientKey(context);
  const caller = context.caller?.keyId ?? 'unknown';
  // Scoped by caller and mutation; a client key also by the field's place in the operation (two aliased
  // mutations in one request share the header, not a receipt).
  // Stored as a SHA-256: a record id can be any length a client sends, and a unique index refuses
  // values over its key size ("Property value is too large to index"), which a retry must never hit.
  const key = createHash('sha256')
    .update(
      given ? `${caller}|${write.mutation}|client|${given}|${info.path.key}` : `${caller}|${write.mutation}|record|${write.naturalKey}`,
    )
    .digest('hex');
  const receipt: Receipt = {
    key,
    fingerprint: fingerprintOf(write.mutation, write.input),
    clientGiven: given !== undefined,
    write,
    by: caller,
  };
  try {
    await writes(receiptedWriter(context.db, receipt));
    return { resultId: write.resultId, replayed: false };
  } catch (error) {
    if (error instanceof AlreadyCommitted) return { resultId: error.resultId, replayed: true };
    throw error;
  }
}
