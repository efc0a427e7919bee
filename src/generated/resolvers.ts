import type * as Types from './graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type {
  EntityRecord,
  ClaimRecord,
  SourceRecord,
  FindingRecord,
  ClaimFindingRecord,
  GradeReasonRecord,
  QualifierRecord,
  ConditionEvidenceRecord,
  AliasRecord,
  TreatmentEvidenceRecord,
  SearchHitRecord,
  RelatedConditionRecord,
  RelationshipRecord,
  PathRecord,
  PathSearchRecord,
  SubgraphRecord,
  FactRecord,
  FactSheetRecord,
  ImportRecord,
} from '../domain/records';
import type { GraphQLContext } from '../core/context';
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<
  TResult,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs> | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<
  TResult,
  TKey extends string,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo,
) => Types.Maybe<TTypes> | Promise<Types.Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  obj: T,
  context: TContext,
  info: GraphQLResolveInfo,
) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<
  TResult = Record<PropertyKey, never>,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AddClaimInput: Types.AddClaimInput;
  Alias: ResolverTypeWrapper<AliasRecord>;
  Benefit: ResolverTypeWrapper<EntityRecord>;
  BodyRegion: ResolverTypeWrapper<EntityRecord>;
  Boolean: ResolverTypeWrapper<Types.Scalars['Boolean']['output']>;
  BulkImport: ResolverTypeWrapper<ImportRecord>;
  Claim: ResolverTypeWrapper<ClaimRecord>;
  ClaimConnection: ResolverTypeWrapper<Omit<Types.ClaimConnection, 'edges'> & { edges: Array<ResolversTypes['ClaimEdge']> }>;
  ClaimEdge: ResolverTypeWrapper<Omit<Types.ClaimEdge, 'node'> & { node: ResolversTypes['Claim'] }>;
  ClaimFinding: ResolverTypeWrapper<ClaimFindingRecord>;
  ClaimPredicate: Types.ClaimPredicate;
  ClaimQualifier: ResolverTypeWrapper<QualifierRecord>;
  ClaimRole: Types.ClaimRole;
  ComparatorType: Types.ComparatorType;
  Condition: ResolverTypeWrapper<EntityRecord>;
  ConditionEvidence: ResolverTypeWrapper<ConditionEvidenceRecord>;
  ConditionRelation: Types.ConditionRelation;
  CytoscapeEdge: ResolverTypeWrapper<Types.CytoscapeEdge>;
  CytoscapeEdgeData: ResolverTypeWrapper<Types.CytoscapeEdgeData>;
  CytoscapeElements: ResolverTypeWrapper<Types.CytoscapeElements>;
  CytoscapeNode: ResolverTypeWrapper<Types.CytoscapeNode>;
  CytoscapeNodeData: ResolverTypeWrapper<Types.CytoscapeNodeData>;
  DurationRange: ResolverTypeWrapper<Types.DurationRange>;
  Entity: ResolverTypeWrapper<EntityRecord>;
  EntityConnection: ResolverTypeWrapper<Omit<Types.EntityConnection, 'edges'> & { edges: Array<ResolversTypes['EntityEdge']> }>;
  EntityEdge: ResolverTypeWrapper<Omit<Types.EntityEdge, 'node'> & { node: ResolversTypes['Entity'] }>;
  EntityInput: Types.EntityInput;
  EntityKind: Types.EntityKind;
  EvidenceBalance: Types.EvidenceBalance;
  EvidenceStrength: Types.EvidenceStrength;
  ExternalIdentifiers: ResolverTypeWrapper<Types.ExternalIdentifiers>;
  ExternalIdentifiersInput: Types.ExternalIdentifiersInput;
  Fact: ResolverTypeWrapper<FactRecord>;
  FactSheet: ResolverTypeWrapper<FactSheetRecord>;
  Figure: ResolverTypeWrapper<Types.Figure>;
  Finding: ResolverTypeWrapper<FindingRecord>;
  FindingDirection: Types.FindingDirection;
  FindingStance: Types.FindingStance;
  Float: ResolverTypeWrapper<Types.Scalars['Float']['output']>;
  GradeFactor: Types.GradeFactor;
  GradeReason: ResolverTypeWrapper<GradeReasonRecord>;
  GraphStats: ResolverTypeWrapper<Types.GraphStats>;
  ID: ResolverTypeWrapper<Types.Scalars['ID']['output']>;
  ImportChanges: ResolverTypeWrapper<Types.ImportChanges>;
  ImportedFile: ResolverTypeWrapper<Types.ImportedFile>;
  Int: ResolverTypeWrapper<Types.Scalars['Int']['output']>;
  InterventionType: Types.InterventionType;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OutcomeKind: Types.OutcomeKind;
  PageInfo: ResolverTypeWrapper<Types.PageInfo>;
  Path: ResolverTypeWrapper<PathRecord>;
  PathSearch: ResolverTypeWrapper<PathSearchRecord>;
  QualifierKind: Types.QualifierKind;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  QuestionFocus: Types.QuestionFocus;
  RelatedCondition: ResolverTypeWrapper<RelatedConditionRecord>;
  Relationship: ResolverTypeWrapper<RelationshipRecord>;
  Retraction: ResolverTypeWrapper<Types.Retraction>;
  SafetyNote: ResolverTypeWrapper<EntityRecord>;
  SearchHit: ResolverTypeWrapper<SearchHitRecord>;
  Sensation: ResolverTypeWrapper<EntityRecord>;
  SessionStep: ResolverTypeWrapper<EntityRecord>;
  Source: ResolverTypeWrapper<SourceRecord>;
  SourceInput: Types.SourceInput;
  SourceKind: Types.SourceKind;
  String: ResolverTypeWrapper<Types.Scalars['String']['output']>;
  StudyDescription: ResolverTypeWrapper<Types.StudyDescription>;
  StudyDesign: Types.StudyDesign;
  Subgraph: ResolverTypeWrapper<SubgraphRecord>;
  Symptom: ResolverTypeWrapper<EntityRecord>;
  Treatment: ResolverTypeWrapper<EntityRecord>;
  TreatmentEvidence: ResolverTypeWrapper<TreatmentEvidenceRecord>;
  TreatmentSafety: ResolverTypeWrapper<EntityRecord>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddClaimInput: Types.AddClaimInput;
  Alias: AliasRecord;
  Benefit: EntityRecord;
  BodyRegion: EntityRecord;
  Boolean: Types.Scalars['Boolean']['output'];
  BulkImport: ImportRecord;
  Claim: ClaimRecord;
  ClaimConnection: Omit<Types.ClaimConnection, 'edges'> & { edges: Array<ResolversParentTypes['ClaimEdge']> };
  ClaimEdge: Omit<Types.ClaimEdge, 'node'> & { node: ResolversParentTypes['Claim'] };
  ClaimFinding: ClaimFindingRecord;
  ClaimQualifier: QualifierRecord;
  Condition: EntityRecord;
  ConditionEvidence: ConditionEvidenceRecord;
  CytoscapeEdge: Types.CytoscapeEdge;
  CytoscapeEdgeData: Types.CytoscapeEdgeData;
  CytoscapeElements: Types.CytoscapeElements;
  CytoscapeNode: Types.CytoscapeNode;
  CytoscapeNodeData: Types.CytoscapeNodeData;
  DurationRange: Types.DurationRange;
  Entity: EntityRecord;
  EntityConnection: Omit<Types.EntityConnection, 'edges'> & { edges: Array<ResolversParentTypes['EntityEdge']> };
  EntityEdge: Omit<Types.EntityEdge, 'node'> & { node: ResolversParentTypes['Entity'] };
  EntityInput: Types.EntityInput;
  ExternalIdentifiers: Types.ExternalIdentifiers;
  ExternalIdentifiersInput: Types.ExternalIdentifiersInput;
  Fact: FactRecord;
  FactSheet: FactSheetRecord;
  Figure: Types.Figure;
  Finding: FindingRecord;
  Float: Types.Scalars['Float']['output'];
  GradeReason: GradeReasonRecord;
  GraphStats: Types.GraphStats;
  ID: Types.Scalars['ID']['output'];
  ImportChanges: Types.ImportChanges;
  ImportedFile: Types.ImportedFile;
  Int: Types.Scalars['Int']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: Types.PageInfo;
  Path: PathRecord;
  PathSearch: PathSearchRecord;
  Query: Record<PropertyKey, never>;
  RelatedCondition: RelatedConditionRecord;
  Relationship: RelationshipRecord;
  Retraction: Types.Retraction;
  SafetyNote: EntityRecord;
  SearchHit: SearchHitRecord;
  Sensation: EntityRecord;
  SessionStep: EntityRecord;
  Source: SourceRecord;
  SourceInput: Types.SourceInput;
  String: Types.Scalars['String']['output'];
  StudyDescription: Types.StudyDescription;
  Subgraph: SubgraphRecord;
  Symptom: EntityRecord;
  Treatment: EntityRecord;
  TreatmentEvidence: TreatmentEvidenceRecord;
  TreatmentSafety: EntityRecord;
};

export type AliasResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Alias'] = ResolversParentTypes['Alias'],
> = {
  alsoNames?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  ambiguous?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BenefitResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Benefit'] = ResolversParentTypes['Benefit'],
> = {
  aliasDetails?: Resolver<Array<ResolversTypes['Alias']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  ambiguousAliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  claims?: Resolver<
    Array<ResolversTypes['Claim']>,
    ParentType,
    ContextType,
    RequireFields<Types.BenefitClaimsArgs, 'first' | 'includeRetracted' | 'role'>
  >;
  description?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identifiers?: Resolver<ResolversTypes['ExternalIdentifiers'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BodyRegionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['BodyRegion'] = ResolversParentTypes['BodyRegion'],
> = {
  aliasDetails?: Resolver<Array<ResolversTypes['Alias']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  ambiguousAliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  ancestors?: Resolver<Array<ResolversTypes['BodyRegion']>, ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['BodyRegion']>, ParentType, ContextType>;
  claims?: Resolver<
    Array<ResolversTypes['Claim']>,
    ParentType,
    ContextType,
    RequireFields<Types.BodyRegionClaimsArgs, 'first' | 'includeRetracted' | 'role'>
  >;
  conditions?: Resolver<Array<ResolversTypes['Condition']>, ParentType, ContextType>;
  description?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identifiers?: Resolver<ResolversTypes['ExternalIdentifiers'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Types.Maybe<ResolversTypes['BodyRegion']>, ParentType, ContextType>;
  symptoms?: Resolver<Array<ResolversTypes['Symptom']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BulkImportResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['BulkImport'] = ResolversParentTypes['BulkImport'],
> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  claimIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<Types.BulkImportClaimIdsArgs, 'first'>>;
  claims?: Resolver<ResolversTypes['ImportChanges'], ParentType, ContextType>;
  entities?: Resolver<ResolversTypes['ImportChanges'], ParentType, ContextType>;
  entityIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<Types.BulkImportEntityIdsArgs, 'first'>>;
  files?: Resolver<Array<ResolversTypes['ImportedFile']>, ParentType, ContextType>;
  findings?: Resolver<ResolversTypes['ImportChanges'], ParentType, ContextType>;
  format?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  links?: Resolver<ResolversTypes['ImportChanges'], ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sourceIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<Types.BulkImportSourceIdsArgs, 'first'>>;
  sources?: Resolver<ResolversTypes['ImportChanges'], ParentType, ContextType>;
};

export type ClaimResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Claim'] = ResolversParentTypes['Claim'],
> = {
  balance?: Resolver<ResolversTypes['EvidenceBalance'], ParentType, ContextType>;
  createdAt?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  findings?: Resolver<Array<ResolversTypes['ClaimFinding']>, ParentType, ContextType, Partial<Types.ClaimFindingsArgs>>;
  grade?: Resolver<ResolversTypes['EvidenceStrength'], ParentType, ContextType>;
  gradeReasons?: Resolver<Array<ResolversTypes['GradeReason']>, ParentType, ContextType>;
  gradeStart?: Resolver<ResolversTypes['EvidenceStrength'], ParentType, ContextType>;
  gradeStartReason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  importedBy?: Resolver<Types.Maybe<ResolversTypes['BulkImport']>, ParentType, ContextType>;
  object?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  onlyLaySupport?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  predicate?: Resolver<ResolversTypes['ClaimPredicate'], ParentType, ContextType>;
  qualifiers?: Resolver<Array<ResolversTypes['ClaimQualifier']>, ParentType, ContextType>;
  retraction?: Resolver<Types.Maybe<ResolversTypes['Retraction']>, ParentType, ContextType>;
  singleSource?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  statement?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  strength?: Resolver<ResolversTypes['EvidenceStrength'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type ClaimConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ClaimConnection'] = ResolversParentTypes['ClaimConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['ClaimEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClaimEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ClaimEdge'] = ResolversParentTypes['ClaimEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
};

export type ClaimFindingResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ClaimFinding'] = ResolversParentTypes['ClaimFinding'],
> = {
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  finding?: Resolver<ResolversTypes['Finding'], ParentType, ContextType>;
  note?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  stance?: Resolver<ResolversTypes['FindingStance'], ParentType, ContextType>;
};

export type ClaimQualifierResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ClaimQualifier'] = ResolversParentTypes['ClaimQualifier'],
> = {
  entities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['QualifierKind'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ConditionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Condition'] = ResolversParentTypes['Condition'],
> = {
  aliasDetails?: Resolver<Array<ResolversTypes['Alias']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  ambiguousAliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  broader?: Resolver<Array<ResolversTypes['Condition']>, ParentType, ContextType>;
  claims?: Resolver<
    Array<ResolversTypes['Claim']>,
    ParentType,
    ContextType,
    RequireFields<Types.ConditionClaimsArgs, 'first' | 'includeRetracted' | 'role'>
  >;
  description?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identifiers?: Resolver<ResolversTypes['ExternalIdentifiers'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  narrower?: Resolver<Array<ResolversTypes['Condition']>, ParentType, ContextType>;
  regions?: Resolver<Array<ResolversTypes['BodyRegion']>, ParentType, ContextType>;
  symptoms?: Resolver<Array<ResolversTypes['Symptom']>, ParentType, ContextType>;
  treatments?: Resolver<Array<ResolversTypes['TreatmentEvidence']>, ParentType, ContextType, Partial<Types.ConditionTreatmentsArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ConditionEvidenceResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ConditionEvidence'] = ResolversParentTypes['ConditionEvidence'],
> = {
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  condition?: Resolver<ResolversTypes['Condition'], ParentType, ContextType>;
  findings?: Resolver<Array<ResolversTypes['ClaimFinding']>, ParentType, ContextType>;
  strongest?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  studies?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  weakest?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
};

export type CytoscapeEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['CytoscapeEdge'] = ResolversParentTypes['CytoscapeEdge'],
> = {
  data?: Resolver<ResolversTypes['CytoscapeEdgeData'], ParentType, ContextType>;
};

export type CytoscapeEdgeDataResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['CytoscapeEdgeData'] = ResolversParentTypes['CytoscapeEdgeData'],
> = {
  claimId?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  strength?: Resolver<Types.Maybe<ResolversTypes['EvidenceStrength']>, ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CytoscapeElementsResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['CytoscapeElements'] = ResolversParentTypes['CytoscapeElements'],
> = {
  edges?: Resolver<Array<ResolversTypes['CytoscapeEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CytoscapeNode']>, ParentType, ContextType>;
};

export type CytoscapeNodeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['CytoscapeNode'] = ResolversParentTypes['CytoscapeNode'],
> = {
  data?: Resolver<ResolversTypes['CytoscapeNodeData'], ParentType, ContextType>;
};

export type CytoscapeNodeDataResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['CytoscapeNodeData'] = ResolversParentTypes['CytoscapeNodeData'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DurationRangeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['DurationRange'] = ResolversParentTypes['DurationRange'],
> = {
  max?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  min?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EntityResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity'],
> = {
  __resolveType: TypeResolveFn<
    'Benefit' | 'BodyRegion' | 'Condition' | 'SafetyNote' | 'Sensation' | 'SessionStep' | 'Symptom' | 'Treatment',
    ParentType,
    ContextType
  >;
};

export type EntityConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['EntityConnection'] = ResolversParentTypes['EntityConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['EntityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EntityEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['EntityEdge'] = ResolversParentTypes['EntityEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type ExternalIdentifiersResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ExternalIdentifiers'] = ResolversParentTypes['ExternalIdentifiers'],
> = {
  doid?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  icd10cm?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  mesh?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mondo?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  snomed?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  uberon?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  umls?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type FactResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Fact'] = ResolversParentTypes['Fact']> = {
  object?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  predicate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  strength?: Resolver<Types.Maybe<ResolversTypes['EvidenceStrength']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FactSheetResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['FactSheet'] = ResolversParentTypes['FactSheet'],
> = {
  alternatives?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  disclaimer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  facts?: Resolver<Array<ResolversTypes['Fact']>, ParentType, ContextType>;
  focus?: Resolver<Types.Maybe<ResolversTypes['QuestionFocus']>, ParentType, ContextType>;
};

export type FigureResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Figure'] = ResolversParentTypes['Figure'],
> = {
  arm?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ciLevel?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  ciLower?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  ciUpper?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  events?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  p?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  total?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  unit?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type FindingResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Finding'] = ResolversParentTypes['Finding'],
> = {
  caveat?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['ClaimFinding']>, ParentType, ContextType>;
  comparator?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  comparatorType?: Resolver<ResolversTypes['ComparatorType'], ParentType, ContextType>;
  curatorNote?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['FindingDirection'], ParentType, ContextType>;
  figures?: Resolver<Array<ResolversTypes['Figure']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  intervention?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  interventionTypes?: Resolver<Array<ResolversTypes['InterventionType']>, ParentType, ContextType>;
  n?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  nUnit?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outcomeKind?: Resolver<ResolversTypes['OutcomeKind'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timepoint?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type GradeReasonResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['GradeReason'] = ResolversParentTypes['GradeReason'],
> = {
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  factor?: Resolver<ResolversTypes['GradeFactor'], ParentType, ContextType>;
  findings?: Resolver<Array<ResolversTypes['Finding']>, ParentType, ContextType>;
  levelsDown?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GraphStatsResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['GraphStats'] = ResolversParentTypes['GraphStats'],
> = {
  nodeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationshipCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportChangesResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ImportChanges'] = ResolversParentTypes['ImportChanges'],
> = {
  added?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportedFileResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ImportedFile'] = ResolversParentTypes['ImportedFile'],
> = {
  bytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation'],
> = {
  addClaim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType, RequireFields<Types.MutationAddClaimArgs, 'input'>>;
  retractClaim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType, RequireFields<Types.MutationRetractClaimArgs, 'id' | 'reason'>>;
  upsertEntity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType, RequireFields<Types.MutationUpsertEntityArgs, 'input'>>;
};

export type PageInfoResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo'],
> = {
  endCursor?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PathResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType>;
};

export type PathSearchResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['PathSearch'] = ResolversParentTypes['PathSearch'],
> = {
  hubsAvoided?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paths?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QueryResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query'],
> = {
  bulkImport?: Resolver<Types.Maybe<ResolversTypes['BulkImport']>, ParentType, ContextType, RequireFields<Types.QueryBulkImportArgs, 'id'>>;
  bulkImports?: Resolver<Array<ResolversTypes['BulkImport']>, ParentType, ContextType, RequireFields<Types.QueryBulkImportsArgs, 'first'>>;
  claim?: Resolver<Types.Maybe<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<Types.QueryClaimArgs, 'id'>>;
  claims?: Resolver<
    ResolversTypes['ClaimConnection'],
    ParentType,
    ContextType,
    RequireFields<Types.QueryClaimsArgs, 'first' | 'onlyLaySupport' | 'singleSourceOnly'>
  >;
  conditionEvidence?: Resolver<
    Types.Maybe<ResolversTypes['ConditionEvidence']>,
    ParentType,
    ContextType,
    RequireFields<Types.QueryConditionEvidenceArgs, 'condition'>
  >;
  entities?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, RequireFields<Types.QueryEntitiesArgs, 'first'>>;
  entity?: Resolver<Types.Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<Types.QueryEntityArgs, 'id'>>;
  facts?: Resolver<
    Types.Maybe<ResolversTypes['FactSheet']>,
    ParentType,
    ContextType,
    RequireFields<Types.QueryFactsArgs, 'about' | 'first'>
  >;
  finding?: Resolver<Types.Maybe<ResolversTypes['Finding']>, ParentType, ContextType, RequireFields<Types.QueryFindingArgs, 'id'>>;
  neighborhood?: Resolver<
    ResolversTypes['Subgraph'],
    ParentType,
    ContextType,
    RequireFields<Types.QueryNeighborhoodArgs, 'depth' | 'id' | 'limit'>
  >;
  pathSearch?: Resolver<
    ResolversTypes['PathSearch'],
    ParentType,
    ContextType,
    RequireFields<Types.QueryPathSearchArgs, 'first' | 'from' | 'maxHops' | 'to'>
  >;
  paths?: Resolver<
    Array<ResolversTypes['Path']>,
    ParentType,
    ContextType,
    RequireFields<Types.QueryPathsArgs, 'first' | 'from' | 'maxHops' | 'to'>
  >;
  relatedConditions?: Resolver<
    Array<ResolversTypes['RelatedCondition']>,
    ParentType,
    ContextType,
    RequireFields<Types.QueryRelatedConditionsArgs, 'first' | 'id'>
  >;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<Types.QuerySearchArgs, 'first' | 'text'>>;
  source?: Resolver<Types.Maybe<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<Types.QuerySourceArgs, 'id'>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<Types.QuerySourcesArgs, 'first'>>;
  stats?: Resolver<ResolversTypes['GraphStats'], ParentType, ContextType>;
  studies?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
};

export type RelatedConditionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['RelatedCondition'] = ResolversParentTypes['RelatedCondition'],
> = {
  condition?: Resolver<ResolversTypes['Condition'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['ConditionRelation'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  shared?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  sharedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RelationshipResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Relationship'] = ResolversParentTypes['Relationship'],
> = {
  claim?: Resolver<Types.Maybe<ResolversTypes['Claim']>, ParentType, ContextType>;
  claimId?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  strength?: Resolver<Types.Maybe<ResolversTypes['EvidenceStrength']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RetractionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Retraction'] = ResolversParentTypes['Retraction'],
> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SafetyNoteResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['SafetyNote'] = ResolversParentTypes['SafetyNote'],
> = {
  aliasDetails?: Resolver<Array<ResolversTypes['Alias']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  ambiguousAliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  appliesTo?: Resolver<Array<ResolversTypes['Treatment']>, ParentType, ContextType>;
  claims?: Resolver<
    Array<ResolversTypes['Claim']>,
    ParentType,
    ContextType,
    RequireFields<Types.SafetyNoteClaimsArgs, 'first' | 'includeRetracted' | 'role'>
  >;
  description?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identifiers?: Resolver<ResolversTypes['ExternalIdentifiers'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SearchHitResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit'],
> = {
  ambiguous?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  matched?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SensationResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Sensation'] = ResolversParentTypes['Sensation'],
> = {
  aliasDetails?: Resolver<Array<ResolversTypes['Alias']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  ambiguousAliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  claims?: Resolver<
    Array<ResolversTypes['Claim']>,
    ParentType,
    ContextType,
    RequireFields<Types.SensationClaimsArgs, 'first' | 'includeRetracted' | 'role'>
  >;
  description?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identifiers?: Resolver<ResolversTypes['ExternalIdentifiers'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['SessionStep']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SessionStepResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['SessionStep'] = ResolversParentTypes['SessionStep'],
> = {
  aliasDetails?: Resolver<Array<ResolversTypes['Alias']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  ambiguousAliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  claims?: Resolver<
    Array<ResolversTypes['Claim']>,
    ParentType,
    ContextType,
    RequireFields<Types.SessionStepClaimsArgs, 'first' | 'includeRetracted' | 'role'>
  >;
  description?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  durationMinutes?: Resolver<Types.Maybe<ResolversTypes['DurationRange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identifiers?: Resolver<ResolversTypes['ExternalIdentifiers'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sensations?: Resolver<Array<ResolversTypes['Sensation']>, ParentType, ContextType>;
  treatments?: Resolver<Array<ResolversTypes['Treatment']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SourceResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source'],
> = {
  authors?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  authorsComplete?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  claims?: Resolver<
    Array<ResolversTypes['Claim']>,
    ParentType,
    ContextType,
    RequireFields<Types.SourceClaimsArgs, 'first' | 'includeRetracted'>
  >;
  doi?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  findings?: Resolver<Array<ResolversTypes['Finding']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issue?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  journal?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SourceKind'], ParentType, ContextType>;
  note?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pages?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pmcid?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pmid?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publisher?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  registration?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  seenAt?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  study?: Resolver<Types.Maybe<ResolversTypes['StudyDescription']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  volume?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  year?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type StudyDescriptionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['StudyDescription'] = ResolversParentTypes['StudyDescription'],
> = {
  comparator?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  comparatorTypes?: Resolver<Array<ResolversTypes['ComparatorType']>, ParentType, ContextType>;
  design?: Resolver<ResolversTypes['StudyDesign'], ParentType, ContextType>;
  designNote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  intervention?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  interventionTypes?: Resolver<Array<ResolversTypes['InterventionType']>, ParentType, ContextType>;
  outcomes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  population?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  randomised?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sampleSize?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sampleUnit?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SubgraphResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph'],
> = {
  elements?: Resolver<ResolversTypes['CytoscapeElements'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SymptomResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Symptom'] = ResolversParentTypes['Symptom'],
> = {
  aliasDetails?: Resolver<Array<ResolversTypes['Alias']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  ambiguousAliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  claims?: Resolver<
    Array<ResolversTypes['Claim']>,
    ParentType,
    ContextType,
    RequireFields<Types.SymptomClaimsArgs, 'first' | 'includeRetracted' | 'role'>
  >;
  conditions?: Resolver<Array<ResolversTypes['Condition']>, ParentType, ContextType>;
  description?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identifiers?: Resolver<ResolversTypes['ExternalIdentifiers'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regions?: Resolver<Array<ResolversTypes['BodyRegion']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TreatmentResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Treatment'] = ResolversParentTypes['Treatment'],
> = {
  aliasDetails?: Resolver<Array<ResolversTypes['Alias']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  ambiguousAliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  claims?: Resolver<
    Array<ResolversTypes['Claim']>,
    ParentType,
    ContextType,
    RequireFields<Types.TreatmentClaimsArgs, 'first' | 'includeRetracted' | 'role'>
  >;
  complementedBy?: Resolver<Array<ResolversTypes['Treatment']>, ParentType, ContextType>;
  complements?: Resolver<Array<ResolversTypes['Treatment']>, ParentType, ContextType>;
  description?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identifiers?: Resolver<ResolversTypes['ExternalIdentifiers'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  safety?: Resolver<ResolversTypes['TreatmentSafety'], ParentType, ContextType>;
  safetyNotes?: Resolver<Array<ResolversTypes['SafetyNote']>, ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['SessionStep']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TreatmentEvidenceResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['TreatmentEvidence'] = ResolversParentTypes['TreatmentEvidence'],
> = {
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  strongest?: Resolver<ResolversTypes['EvidenceStrength'], ParentType, ContextType>;
  treatment?: Resolver<ResolversTypes['Treatment'], ParentType, ContextType>;
};

export type TreatmentSafetyResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['TreatmentSafety'] = ResolversParentTypes['TreatmentSafety'],
> = {
  adverseEvents?: Resolver<Array<ResolversTypes['Finding']>, ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['SafetyNote']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  Alias?: AliasResolvers<ContextType>;
  Benefit?: BenefitResolvers<ContextType>;
  BodyRegion?: BodyRegionResolvers<ContextType>;
  BulkImport?: BulkImportResolvers<ContextType>;
  Claim?: ClaimResolvers<ContextType>;
  ClaimConnection?: ClaimConnectionResolvers<ContextType>;
  ClaimEdge?: ClaimEdgeResolvers<ContextType>;
  ClaimFinding?: ClaimFindingResolvers<ContextType>;
  ClaimQualifier?: ClaimQualifierResolvers<ContextType>;
  Condition?: ConditionResolvers<ContextType>;
  ConditionEvidence?: ConditionEvidenceResolvers<ContextType>;
  CytoscapeEdge?: CytoscapeEdgeResolvers<ContextType>;
  CytoscapeEdgeData?: CytoscapeEdgeDataResolvers<ContextType>;
  CytoscapeElements?: CytoscapeElementsResolvers<ContextType>;
  CytoscapeNode?: CytoscapeNodeResolvers<ContextType>;
  CytoscapeNodeData?: CytoscapeNodeDataResolvers<ContextType>;
  DurationRange?: DurationRangeResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  EntityConnection?: EntityConnectionResolvers<ContextType>;
  EntityEdge?: EntityEdgeResolvers<ContextType>;
  ExternalIdentifiers?: ExternalIdentifiersResolvers<ContextType>;
  Fact?: FactResolvers<ContextType>;
  FactSheet?: FactSheetResolvers<ContextType>;
  Figure?: FigureResolvers<ContextType>;
  Finding?: FindingResolvers<ContextType>;
  GradeReason?: GradeReasonResolvers<ContextType>;
  GraphStats?: GraphStatsResolvers<ContextType>;
  ImportChanges?: ImportChangesResolvers<ContextType>;
  ImportedFile?: ImportedFileResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  PathSearch?: PathSearchResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RelatedCondition?: RelatedConditionResolvers<ContextType>;
  Relationship?: RelationshipResolvers<ContextType>;
  Retraction?: RetractionResolvers<ContextType>;
  SafetyNote?: SafetyNoteResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Sensation?: SensationResolvers<ContextType>;
  SessionStep?: SessionStepResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  StudyDescription?: StudyDescriptionResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  Symptom?: SymptomResolvers<ContextType>;
  Treatment?: TreatmentResolvers<ContextType>;
  TreatmentEvidence?: TreatmentEvidenceResolvers<ContextType>;
  TreatmentSafety?: TreatmentSafetyResolvers<ContextType>;
};
