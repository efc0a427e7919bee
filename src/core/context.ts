import type DataLoader from 'dataloader';
import type { Caller } from '../auth/apiKeys';
import type { Database } from '../graph/database';
import type {
  ClaimFindingRecord,
  ClaimRecord,
  Direction,
  EntityClaim,
  EntityClaimFilter,
  EntityRecord,
  EntityShape,
  FindingRecord,
  SourceClaimFilter,
  SourceRecord,
} from '../domain/records';
import type { LinkType } from '../domain/vocabulary';

/** A link list of one entity, its entities in `shape` (src/entities/selection.ts). */
export type LinkKey = { id: string; type: LinkType; direction: Direction; shape: EntityShape };
export type EntityClaimsKey = EntityClaimFilter & { id: string };
export type SourceClaimsKey = SourceClaimFilter & { id: string };
/** A condition and the weakest strength (rank) of treatment claims to show. */
export type TreatmentClaimsKey = { id: string; minRank: number };

/**
 * The per-request batch loaders a resolver may ask. Only their shape lives here: server/loaders.ts builds
 * them from the domains' repositories, which sit above this module, so naming the shape (instead of
 * inferring it from that code) is what lets every layer see the context without importing upwards.
 */
export type Loaders = {
  entity: DataLoader<string, EntityRecord | null>;
  /** Entities by id with only id, kind and name: for fields that ask no more of them (src/entities/selection.ts). */
  briefEntity: DataLoader<string, EntityRecord | null>;
  claim: DataLoader<string, ClaimRecord | null>;
  source: DataLoader<string, SourceRecord | null>;
  claimsOfEntity: DataLoader<string, EntityClaim[]>;
  /** What Condition.treatments shows of each condition's claims, bounded in Cypher. */
  treatmentClaimsOfCondition: DataLoader<TreatmentClaimsKey, EntityClaim[], string>;
  topClaimsOfEntity: DataLoader<EntityClaimsKey, EntityClaim[], string>;
  finding: DataLoader<string, FindingRecord | null>;
  /** Every finding of each study, in curated order. */
  findingsOfSource: DataLoader<string, FindingRecord[]>;
  /** Each claim's findings with their stance. */
  findingsOfClaim: DataLoader<string, ClaimFindingRecord[]>;
  /** The live claims each finding bears on, with the stance. */
  claimsOfFinding: DataLoader<string, ClaimFindingRecord[]>;
  adverseEventsOfTreatment: DataLoader<string, FindingRecord[]>;
  topClaimsOfSource: DataLoader<SourceClaimsKey, ClaimRecord[], string>;
  ancestors: DataLoader<string, EntityRecord[]>;
  links: DataLoader<LinkKey, EntityRecord[], string>;
};

/** What every resolver gets: the database, the caller, and per-request state (loaders cache per request only). */
export type GraphQLContext = {
  db: Database;
  loaders: Loaders;
  requestId: string;
  caller: Caller;
  /** The request's `Idempotency-Key` header, when sent: the client's name for its writes (mutations/idempotency.ts). */
  idempotencyKey?: string;
};
