import type DataLoader from 'dataloader';
import type { Caller } from '../auth/apiKeys';
import type { Database } from '../graph/database';
import type { ClaimRecord, Direction, EntityClaim, EntityClaimFilter, EntityRecord, SourceRecord } from '../domain/records';
import type { LinkType } from '../domain/vocabulary';

export type LinkKey = { id: string; type: LinkType; direction: Direction };
export type EntityClaimsKey = EntityClaimFilter & { id: string };

/**
 * The per-request batch loaders a resolver may ask. Only their shape lives here: server/loaders.ts builds
 * them from the domains' repositories, which sit above this module, so naming the shape (instead of
 * inferring it from that code) is what lets every layer see the context without importing upwards.
 */
export type Loaders = {
  entity: DataLoader<string, EntityRecord | null>;
  claim: DataLoader<string, ClaimRecord | null>;
  source: DataLoader<string, SourceRecord | null>;
  claimsOfEntity: DataLoader<string, EntityClaim[]>;
  topClaimsOfEntity: DataLoader<EntityClaimsKey, EntityClaim[], string>;
  claimsOfSource: DataLoader<string, ClaimRecord[]>;
  ancestors: DataLoader<string, EntityRecord[]>;
  links: DataLoader<LinkKey, EntityRecord[], string>;
};

/** What every resolver gets: the database, the caller, and per-request state (loaders cache per request only). */
export type GraphQLContext = {
  db: Database;
  loaders: Loaders;
  requestId: string;
  caller: Caller;
};
