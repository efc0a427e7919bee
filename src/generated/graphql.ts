export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
};

/** A new efficacy claim. */
export type AddClaimInput = {
  /** Optional stable slug; one is made from subject, predicate and object when omitted. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** New sources to create with it (at least one source in all, at most 10 with sourceIds: more is BAD_USER_INPUT, as Claim.sources lists 10). */
  newSources?: InputMaybe<Array<SourceInput>>;
  /** Id of the object. */
  object: Scalars['ID']['input'];
  /** What the claim asserts; it must fit the kinds of subject and object. */
  predicate: ClaimPredicate;
  /** Ids of existing sources that support it. */
  sourceIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The claim in one sentence (1 to 1,000 characters). */
  statement: Scalars['String']['input'];
  /** GRADE certainty; it cannot exceed what the strongest source's kind supports. */
  strength: EvidenceStrength;
  /** Id of the subject (a treatment, or a benefit for HELPS and CONTRIBUTES_TO). */
  subject: Scalars['ID']['input'];
};

/** A word people use for an entity. */
export type Alias = {
  __typename?: 'Alias';
  /** The other entities these words also name (at most 20). */
  alsoNames: Array<Entity>;
  /** True when the same words also name another entity ("runner's knee"), so a client should ask which one is meant. */
  ambiguous: Scalars['Boolean']['output'];
  /** The alias as written. */
  text: Scalars['String']['output'];
};

/** An effect or mechanism claimed for a treatment. */
export type Benefit = Entity & {
  __typename?: 'Benefit';
  /** Aliases with their ambiguity spelt out (at most 50). */
  aliasDetails: Array<Alias>;
  /** Other names and spellings (at most 50). */
  aliases: Array<Scalars['String']['output']>;
  /** Aliases that also name another entity (at most 50). */
  ambiguousAliases: Array<Scalars['String']['output']>;
  /** Claims about this benefit (produced by a treatment, helping a condition), strongest first; at most `first` (1 to 200, default 50), see Entity.claims. */
  claims: Array<Claim>;
  /** A short description. */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable slug. */
  id: Scalars['ID']['output'];
  /** External identifiers. */
  identifiers: ExternalIdentifiers;
  /** Always BENEFIT. */
  kind: EntityKind;
  /** Display name. */
  name: Scalars['String']['output'];
};

/** An effect or mechanism claimed for a treatment. */
export type BenefitClaimsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  minStrength?: InputMaybe<EvidenceStrength>;
  role?: InputMaybe<ClaimRole>;
};

/** A part of the body, in a hierarchy. */
export type BodyRegion = Entity & {
  __typename?: 'BodyRegion';
  /** Aliases with their ambiguity spelt out (at most 50). */
  aliasDetails: Array<Alias>;
  /** Other names and spellings (at most 50). */
  aliases: Array<Scalars['String']['output']>;
  /** Aliases that also name another entity (at most 50). */
  ambiguousAliases: Array<Scalars['String']['output']>;
  /** Every broader region up to the top, nearest first (at most 10 levels). */
  ancestors: Array<BodyRegion>;
  /** Regions that are part of this one; at most 100, by name. */
  children: Array<BodyRegion>;
  /** Claims about this region, strongest first; at most `first` (1 to 200, default 50), see Entity.claims. */
  claims: Array<Claim>;
  /** Conditions that affect this region; at most 100, by name. */
  conditions: Array<Condition>;
  /** A short description. */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable slug. */
  id: Scalars['ID']['output'];
  /** External identifiers (UBERON). */
  identifiers: ExternalIdentifiers;
  /** Always BODY_REGION. */
  kind: EntityKind;
  /** Display name. */
  name: Scalars['String']['output'];
  /** The region this one is part of (heel → foot). Null at the top. */
  parent?: Maybe<BodyRegion>;
  /** Symptoms felt in this region; at most 100, by name. */
  symptoms: Array<Symptom>;
};

/** A part of the body, in a hierarchy. */
export type BodyRegionClaimsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  minStrength?: InputMaybe<EvidenceStrength>;
  role?: InputMaybe<ClaimRole>;
};

/** A bulk import (`npm run import` or `POST /import`): who brought which files when, and what they changed. */
export type BulkImport = {
  __typename?: 'BulkImport';
  /** When the import committed, ISO-8601. */
  at: Scalars['String']['output'];
  /** Who imported: `key:<api key id>` over HTTP, `cli:<user>` from the command line. */
  by: Scalars['String']['output'];
  /** Ids of the claims this import wrote and no later import changed, by id. */
  claimIds: Array<Scalars['ID']['output']>;
  /** Claims added, updated and unchanged. */
  claims: ImportChanges;
  /** Entities added, updated and unchanged. */
  entities: ImportChanges;
  /** Ids of the entities this import wrote and no later import changed, by id. */
  entityIds: Array<Scalars['ID']['output']>;
  /** The files read, with their size and SHA-256. */
  files: Array<ImportedFile>;
  /** Findings (results of studies) added, updated and unchanged. */
  findings: ImportChanges;
  /** The input format: kgx, jsonl, csv or seed. */
  format: Scalars['String']['output'];
  /** Stable id, also stored as `importId` on everything the import wrote. */
  id: Scalars['ID']['output'];
  /** Descriptive links added, updated and unchanged. */
  links: ImportChanges;
  /** Relationships the imported records stand for. */
  relationships: Scalars['Int']['output'];
  /** Ids of the sources this import wrote and no later import changed, by id. */
  sourceIds: Array<Scalars['ID']['output']>;
  /** Sources added, updated and unchanged. */
  sources: ImportChanges;
};

/** A bulk import (`npm run import` or `POST /import`): who brought which files when, and what they changed. */
export type BulkImportClaimIdsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A bulk import (`npm run import` or `POST /import`): who brought which files when, and what they changed. */
export type BulkImportEntityIdsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A bulk import (`npm run import` or `POST /import`): who brought which files when, and what they changed. */
export type BulkImportSourceIdsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An efficacy claim: subject, predicate, object, graded and sourced. */
export type Claim = {
  __typename?: 'Claim';
  /** Where the findings point, taken together. */
  balance: EvidenceBalance;
  /** When the claim was recorded, ISO-8601 (null for curated seed claims). */
  createdAt?: Maybe<Scalars['String']['output']>;
  /** Who recorded it: a writer key id, or `seed` for the curated graph. */
  createdBy: Scalars['String']['output'];
  /** Findings that bear on the claim, optionally of one stance: supporting first, then contradicting, then open. */
  findings: Array<ClaimFinding>;
  /** The grade; the same as `strength`, named as GRADE names it. */
  grade: EvidenceStrength;
  /** Each reason the grade moved down from its start, in the rubric's order. */
  gradeReasons: Array<GradeReason>;
  /** Where the grade started: HIGH when randomised evidence supports the claim, otherwise LOW. */
  gradeStart: EvidenceStrength;
  /** Why it started there. */
  gradeStartReason: Scalars['String']['output'];
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The bulk import that last wrote this claim; null for a claim seeded or written through the API. */
  importedBy?: Maybe<BulkImport>;
  /** What the subject acts on (a condition or a benefit). */
  object: Entity;
  /** True when nothing but lay writing supports it (findings may still contradict it). */
  onlyLaySupport: Scalars['Boolean']['output'];
  /** What the claim asserts. */
  predicate: ClaimPredicate;
  /** Conditions the claim is made under (safe only with clean needles; alongside other care; for whom). */
  qualifiers: Array<ClaimQualifier>;
  /** Set when the claim was retracted. */
  retraction?: Maybe<Retraction>;
  /** True when the claim rests on a single source. */
  singleSource: Scalars['Boolean']['output'];
  /** Sources that support the claim (at least one): the source that makes it, and the studies whose findings support it; at most 10, by id. */
  sources: Array<Source>;
  /** The claim in one sentence. */
  statement: Scalars['String']['output'];
  /** GRADE certainty of the evidence. */
  strength: EvidenceStrength;
  /** What the claim is about (a treatment or a benefit). */
  subject: Entity;
};

/** An efficacy claim: subject, predicate, object, graded and sourced. */
export type ClaimFindingsArgs = {
  stance?: InputMaybe<FindingStance>;
};

/** A page of claims. */
export type ClaimConnection = {
  __typename?: 'ClaimConnection';
  /** Claims on this page, strongest first, then by id. */
  edges: Array<ClaimEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many claims match in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One claim on a page. */
export type ClaimEdge = {
  __typename?: 'ClaimEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The claim. */
  node: Claim;
};

/** A finding as it bears on one claim. */
export type ClaimFinding = {
  __typename?: 'ClaimFinding';
  /** The claim. */
  claim: Claim;
  /** The finding. */
  finding: Finding;
  /** Why the curators read it so (the comparator, the population). */
  note?: Maybe<Scalars['String']['output']>;
  /** Supports, contradicts or leaves open. */
  stance: FindingStance;
};

/** What a claim asserts between its subject and object. */
export type ClaimPredicate =
  /** A benefit contributes to another benefit. */
  | 'CONTRIBUTES_TO'
  /** A benefit helps with a condition. */
  | 'HELPS'
  /** A treatment is safe under the condition its object names (a safety note); qualifiers may add further conditions. */
  | 'IS_SAFE_WHEN'
  /** A treatment prevents a condition. */
  | 'PREVENTS'
  /** A treatment produces a benefit (an effect or mechanism). */
  | 'PRODUCES'
  /** A treatment treats a condition. */
  | 'TREATS';

/** A condition attached to a claim, in words, with the entities it names. */
export type ClaimQualifier = {
  __typename?: 'ClaimQualifier';
  /** Entities it names (a safety note such as clean needles), when any. */
  entities: Array<Entity>;
  /** What kind of condition. */
  kind: QualifierKind;
  /** The condition in words. */
  text: Scalars['String']['output'];
};

/** Which end of a claim an entity is at. */
export type ClaimRole =
  /** Either end. */
  | 'ANY'
  /** The entity is the claim's object (e.g. X in 'acupuncture treats X'). */
  | 'OBJECT'
  /** The entity is the claim's subject (e.g. acupuncture in 'acupuncture treats X'). */
  | 'SUBJECT';

/** What the intervention was compared with; what a finding can tell depends on it. */
export type ComparatorType =
  /** Another active treatment (eccentric exercise, shockwave therapy). */
  | 'ACTIVE_TREATMENT'
  /** A mix of controls, not separated in the figures seen (reviews). */
  | 'MIXED_CONTROLS'
  /** No comparison group (incidence surveys). */
  | 'NONE'
  /** No treatment (or a waiting list). */
  | 'NO_TREATMENT'
  /** Another form of needling (other points, another mode): tests which needling, not whether needling. */
  | 'OTHER_NEEDLING'
  /** A sham procedure (sham needles, sham laser, minimal superficial needling described as placebo). */
  | 'SHAM'
  /** The same usual care without the needling: an add-on design. */
  | 'USUAL_CARE_ALONE';

/** A running injury or condition. */
export type Condition = Entity & {
  __typename?: 'Condition';
  /** Aliases with their ambiguity spelt out (at most 50). */
  aliasDetails: Array<Alias>;
  /** Other names and spellings (at most 50). */
  aliases: Array<Scalars['String']['output']>;
  /** Aliases that also name another entity (at most 50). */
  ambiguousAliases: Array<Scalars['String']['output']>;
  /** Broader conditions this one is a kind of (Achilles tendinitis → tendinitis); at most 100, by name. */
  broader: Array<Condition>;
  /** Claims about this condition, strongest first; at most `first` (1 to 200, default 50), see Entity.claims. */
  claims: Array<Claim>;
  /** A short description. */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable slug. */
  id: Scalars['ID']['output'];
  /** External identifiers. */
  identifiers: ExternalIdentifiers;
  /** Always CONDITION. */
  kind: EntityKind;
  /** Display name. */
  name: Scalars['String']['output'];
  /** Narrower conditions that are kinds of this one; at most 100, by name. */
  narrower: Array<Condition>;
  /** Body regions this condition affects; at most 100, by name. */
  regions: Array<BodyRegion>;
  /** Symptoms this condition presents; at most 100, by name. */
  symptoms: Array<Symptom>;
  /** Treatments that claim to treat or prevent this condition, each with its claims, strongest first; at most 20 (all claims: `Query.claims(object: ...)`). */
  treatments: Array<TreatmentEvidence>;
};

/** A running injury or condition. */
export type ConditionClaimsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  minStrength?: InputMaybe<EvidenceStrength>;
  role?: InputMaybe<ClaimRole>;
};

/** A running injury or condition. */
export type ConditionTreatmentsArgs = {
  minStrength?: InputMaybe<EvidenceStrength>;
};

/** Everything the graph holds on the evidence about one condition. */
export type ConditionEvidence = {
  __typename?: 'ConditionEvidence';
  /** Every live claim whose object is the condition, strongest first, then by id. */
  claims: Array<Claim>;
  /** The condition. */
  condition: Condition;
  /** Those findings, each with the claim and the stance: supporting first, then contradicting, then open. */
  findings: Array<ClaimFinding>;
  /** The claims at the highest grade among them. */
  strongest: Array<Claim>;
  /** The studies whose findings bear on these claims, ordered by id. */
  studies: Array<Source>;
  /** The claims at the lowest grade among them. */
  weakest: Array<Claim>;
};

/** How a related condition stands to the condition asked about. */
export type ConditionRelation =
  /** An umbrella with kinds of its own (knee injuries), though not one the condition asked about belongs to. */
  | 'CATEGORY'
  /** A kind of the condition asked about (Achilles tendinitis for tendinitis). */
  | 'NARROWER'
  /** Neither a kind of it nor a category. The condition's own broader categories (running injuries for shin splints) are never listed: see Condition.broader. */
  | 'PEER';

/** A Cytoscape.js edge element. */
export type CytoscapeEdge = {
  __typename?: 'CytoscapeEdge';
  /** The edge's data: Cytoscape.js reads `id`, `source` and `target`; the rest is for styles and labels. */
  data: CytoscapeEdgeData;
};

/** What a Cytoscape.js edge carries. */
export type CytoscapeEdgeData = {
  __typename?: 'CytoscapeEdgeData';
  /** The claim behind this edge, when it is one. */
  claimId?: Maybe<Scalars['ID']['output']>;
  /** The relationship id (a claim id, or `from|TYPE|to`). */
  id: Scalars['ID']['output'];
  /** Id of the start entity. */
  source: Scalars['ID']['output'];
  /** Evidence strength on claims; null on descriptive links (for styling edges by grade). */
  strength?: Maybe<EvidenceStrength>;
  /** Id of the end entity. */
  target: Scalars['ID']['output'];
  /** Relationship type, e.g. TREATS, PRESENTS, PART_OF. */
  type: Scalars['String']['output'];
};

/** Cytoscape.js elements JSON in its object form, `{ nodes: [{ data }], edges: [{ data }] }`. */
export type CytoscapeElements = {
  __typename?: 'CytoscapeElements';
  /** One element per relationship. */
  edges: Array<CytoscapeEdge>;
  /** One element per entity, the centre first. */
  nodes: Array<CytoscapeNode>;
};

/** A Cytoscape.js node element. */
export type CytoscapeNode = {
  __typename?: 'CytoscapeNode';
  /** The node's data: Cytoscape.js reads `id`; the rest is for styles and labels. */
  data: CytoscapeNodeData;
};

/** What a Cytoscape.js node carries. */
export type CytoscapeNodeData = {
  __typename?: 'CytoscapeNodeData';
  /** The entity id. */
  id: Scalars['ID']['output'];
  /** The entity's kind, for colouring by kind. */
  kind: EntityKind;
  /** The entity's display name, for the node label. */
  label: Scalars['String']['output'];
};

/** A duration range in minutes. */
export type DurationRange = {
  __typename?: 'DurationRange';
  /** Longest usual duration, minutes. */
  max: Scalars['Int']['output'];
  /** Shortest usual duration, minutes. */
  min: Scalars['Int']['output'];
};

/** Anything in the graph a person can look up. */
export type Entity = {
  /** Aliases with their ambiguity spelt out (at most 50). */
  aliasDetails: Array<Alias>;
  /** Other names and spellings people type (at most 50). */
  aliases: Array<Scalars['String']['output']>;
  /** Aliases that also name another entity (at most 50). */
  ambiguousAliases: Array<Scalars['String']['output']>;
  /**
   * Claims in which this entity is the subject or the object, strongest first, then by id. Retracted claims are
   * left out unless asked for. At most `first` (1 to 200, default 50): a hub such as acupuncture has thousands;
   * page through all of them with `Query.claims(subject: ...)` or `Query.claims(object: ...)`.
   */
  claims: Array<Claim>;
  /** A short description in plain English. */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable slug, e.g. `plantar-fasciitis`. */
  id: Scalars['ID']['output'];
  /** Identifiers in MeSH, ICD-10-CM, Disease Ontology, MONDO, UMLS, SNOMED, UBERON. */
  identifiers: ExternalIdentifiers;
  /** What kind of entity this is. */
  kind: EntityKind;
  /** Display name. */
  name: Scalars['String']['output'];
};

/** Anything in the graph a person can look up. */
export type EntityClaimsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  minStrength?: InputMaybe<EvidenceStrength>;
  role?: InputMaybe<ClaimRole>;
};

/** A page of entities. */
export type EntityConnection = {
  __typename?: 'EntityConnection';
  /** The entities on this page, ordered by id. */
  edges: Array<EntityEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many entities match in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One entity on a page. */
export type EntityEdge = {
  __typename?: 'EntityEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The entity. */
  node: Entity;
};

/** An entity to create, or to replace by id. Its kind cannot change. */
export type EntityInput = {
  /** Other names and spellings (at most 50, each 1 to 200 characters). */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** A short description (at most 2,000 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Stable lowercase slug, e.g. `hamstring-strain` (2 to 100 characters). */
  id: Scalars['ID']['input'];
  /** External identifiers. */
  identifiers?: InputMaybe<ExternalIdentifiersInput>;
  /** What kind of entity it is. */
  kind: EntityKind;
  /** Display name (1 to 200 characters). */
  name: Scalars['String']['input'];
};

/** The kinds of entity in the graph. */
export type EntityKind =
  /** An effect or mechanism claimed for a treatment, such as increased blood flow. */
  | 'BENEFIT'
  /** A part of the body; regions form a hierarchy (heel → foot → lower limb). */
  | 'BODY_REGION'
  /** A running injury or condition, such as plantar fasciitis. */
  | 'CONDITION'
  /** A safety caveat that applies to a treatment. */
  | 'SAFETY_NOTE'
  /** A sensation a person may feel during a session, such as tingling. */
  | 'SENSATION'
  /** A step of an acupuncture session, in order. */
  | 'SESSION_STEP'
  /** Something a runner feels or notices, such as heel pain. */
  | 'SYMPTOM'
  /** A form of care, such as acupuncture or seeing a doctor. */
  | 'TREATMENT';

/** Where the findings on a claim point, taken together. */
export type EvidenceBalance =
  /** Findings on both sides: the studies disagree. */
  | 'CONFLICTING'
  /** Findings go against it and none supports it. */
  | 'CONTRADICTED'
  /** Findings bear on it but neither support nor contradict it. */
  | 'OPEN'
  /** Findings support it and none goes against it. */
  | 'SUPPORTED'
  /** No study bears on it: it rests on writing that reports none. */
  | 'UNTESTED';

/**
 * GRADE certainty of the evidence behind a claim, strongest first: HIGH > MODERATE > LOW > VERY_LOW.
 * The kind of source caps the grade (a lay article or expert opinion at LOW, a single trial at MODERATE,
 * a systematic review of trials can reach HIGH); hedging in the source lowers it within that cap.
 */
export type EvidenceStrength =
  /** Very confident the true effect is close to the claimed one. */
  | 'HIGH'
  /** Limited confidence in the claimed effect. */
  | 'LOW'
  /** Likely close to the claimed effect, but could differ substantially. */
  | 'MODERATE'
  /** Very little confidence in the claimed effect. */
  | 'VERY_LOW';

/** Identifiers of the same thing in other vocabularies, only where they were confirmed. */
export type ExternalIdentifiers = {
  __typename?: 'ExternalIdentifiers';
  /** Disease Ontology id, e.g. DOID:9600. */
  doid?: Maybe<Scalars['String']['output']>;
  /** ICD-10-CM codes, e.g. M72.2 (at most 20). */
  icd10cm: Array<Scalars['String']['output']>;
  /** MeSH descriptor, e.g. D036981. */
  mesh?: Maybe<Scalars['String']['output']>;
  /** MONDO id. */
  mondo?: Maybe<Scalars['String']['output']>;
  /** A caveat about these identifiers: a code that also covers another condition, or a non-billable parent code replaced by its leaf codes. */
  note?: Maybe<Scalars['String']['output']>;
  /** SNOMED CT concept id. */
  snomed?: Maybe<Scalars['String']['output']>;
  /** UBERON anatomy id (body regions). */
  uberon?: Maybe<Scalars['String']['output']>;
  /** UMLS concept id. */
  umls?: Maybe<Scalars['String']['output']>;
};

/** Identifiers to set on an entity; omitted ones are cleared. */
export type ExternalIdentifiersInput = {
  /** Disease Ontology id. */
  doid?: InputMaybe<Scalars['String']['input']>;
  /** ICD-10-CM codes, at most 20 (more: BAD_USER_INPUT). */
  icd10cm?: InputMaybe<Array<Scalars['String']['input']>>;
  /** MeSH descriptor. */
  mesh?: InputMaybe<Scalars['String']['input']>;
  /** MONDO id. */
  mondo?: InputMaybe<Scalars['String']['input']>;
  /** A caveat about these identifiers (at most 1,000 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** SNOMED CT concept id. */
  snomed?: InputMaybe<Scalars['String']['input']>;
  /** UBERON anatomy id. */
  uberon?: InputMaybe<Scalars['String']['input']>;
  /** UMLS concept id. */
  umls?: InputMaybe<Scalars['String']['input']>;
};

/** A sentence about an entity, generated from the graph. */
export type Fact = {
  __typename?: 'Fact';
  /** The other entity. */
  object: Entity;
  /** The relationship it states, e.g. TREATS or PRESENTS. */
  predicate: Scalars['String']['output'];
  /** Where it comes from (at most 10, by id). */
  sources: Array<Source>;
  /** Evidence strength for claims; null for descriptive facts. */
  strength?: Maybe<EvidenceStrength>;
  /** The entity the relationship starts at (for "heel pain is a symptom of plantar fasciitis", plantar fasciitis). */
  subject: Entity;
  /** A short, self-contained sentence in plain English. */
  text: Scalars['String']['output'];
};

/** Short, sourced facts about one entity, for chatbots. */
export type FactSheet = {
  __typename?: 'FactSheet';
  /** Set when the words asked about name more than one entity; lists the others (at most 20). */
  alternatives: Array<Entity>;
  /** Always show this with the facts. */
  disclaimer: Scalars['String']['output'];
  /** The entity the request resolved to. */
  entity: Entity;
  /** Descriptive facts first, then claims strongest first. */
  facts: Array<Fact>;
  /** What the question asked about the entity, when `about` was a question that said ("is acupuncture safe": SAFETY). */
  focus?: Maybe<QuestionFocus>;
};

/** One number a study reports, as printed (apparent misprints are flagged in `note`). */
export type Figure = {
  __typename?: 'Figure';
  /** The group it belongs to, when it is a per-group value. */
  arm?: Maybe<Scalars['String']['output']>;
  /** Confidence level of the interval, in percent. */
  ciLevel?: Maybe<Scalars['Int']['output']>;
  /** Lower bound of the confidence interval. */
  ciLower?: Maybe<Scalars['Float']['output']>;
  /** Upper bound of the confidence interval. */
  ciUpper?: Maybe<Scalars['Float']['output']>;
  /** Events counted (numerator of a rate). */
  events?: Maybe<Scalars['Int']['output']>;
  /** What the number is ("adjusted mean difference in first-step pain VAS, mm"). */
  measure: Scalars['String']['output'];
  /** What a reader should know about this number. */
  note?: Maybe<Scalars['String']['output']>;
  /** p value as printed ("0.002", "<0.001"). */
  p?: Maybe<Scalars['String']['output']>;
  /** Out of how many (denominator of a rate). */
  total?: Maybe<Scalars['Int']['output']>;
  /** Unit of the value (mm, points, %, per 10,000 patients). */
  unit?: Maybe<Scalars['String']['output']>;
  /** The value, when a single number. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** One result of one study for one outcome. */
export type Finding = {
  __typename?: 'Finding';
  /** The authors' own caveat; null when none was seen. */
  caveat?: Maybe<Scalars['String']['output']>;
  /** The claims this finding bears on, and how. */
  claims: Array<ClaimFinding>;
  /** The comparator, in words; null when there was none. */
  comparator?: Maybe<Scalars['String']['output']>;
  /** Kind of comparator. */
  comparatorType: ComparatorType;
  /** What the curators flag (misprints, third-party-only data left out, quality concerns). */
  curatorNote?: Maybe<Scalars['String']['output']>;
  /** Which way it points. */
  direction: FindingDirection;
  /** The figures the study reports for it. */
  figures: Array<Figure>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The intervention, in words. */
  intervention: Scalars['String']['output'];
  /** Kinds of needling behind this finding. */
  interventionTypes: Array<InterventionType>;
  /** How many the result rests on, when seen. */
  n?: Maybe<Scalars['Int']['output']>;
  /** What `n` counts. */
  nUnit?: Maybe<Scalars['String']['output']>;
  /** What was measured. */
  outcome: Scalars['String']['output'];
  /** Efficacy, adverse events or mechanism. */
  outcomeKind: OutcomeKind;
  /** The study that reports it. */
  source: Source;
  /** The result in the curators' own words. */
  summary: Scalars['String']['output'];
  /** When it was measured, when stated. */
  timepoint?: Maybe<Scalars['String']['output']>;
};

/** Which way a finding points for its outcome. */
export type FindingDirection =
  /** Better with the comparator (for adverse events: more with the intervention). */
  | 'FAVOURS_COMPARATOR'
  /** Better with the intervention than with the comparator (for adverse events: fewer with the intervention). */
  | 'FAVOURS_INTERVENTION'
  /** Mixed or too uncertain to say. */
  | 'INCONCLUSIVE'
  /** Rates without a comparison group (incidence surveys); no direction to give. */
  | 'NOT_COMPARED'
  /** No difference from the comparator. */
  | 'NO_DIFFERENCE';

/** How a finding bears on a claim. */
export type FindingStance =
  /** The finding goes against the claim. */
  | 'CONTRADICTS'
  /** The finding neither supports nor contradicts it (for example two needling modes that did equally well). */
  | 'LEAVES_OPEN'
  /** The finding supports the claim. */
  | 'SUPPORTS';

/** A GRADE domain (or a rule of this graph's rubric) that moved a claim's grade. */
export type GradeFactor =
  /** The source itself hedges ("is thought to", "in hopes of"). */
  | 'HEDGED'
  /** Too few participants or events, wide intervals, no effect sizes. */
  | 'IMPRECISION'
  /** Studies disagree. */
  | 'INCONSISTENCY'
  /** The studies answer a different question (dry needling is not acupuncture, untrained volunteers are not runners). */
  | 'INDIRECTNESS'
  /** The curators drew it by joining two statements the source makes separately. */
  | 'INFERRED'
  /** No study stands behind it: the only sources report none (a lay article). */
  | 'NO_STUDY'
  /** Small positive studies more likely to be published than null ones. */
  | 'PUBLICATION_BIAS'
  /** Flaws in how the studies were run or reported. */
  | 'RISK_OF_BIAS';

/** One reason a claim's grade moved from where it started, recorded with the findings it concerns. */
export type GradeReason = {
  __typename?: 'GradeReason';
  /** Why, in a sentence or two. */
  explanation: Scalars['String']['output'];
  /** The GRADE domain or rubric rule. */
  factor: GradeFactor;
  /** The findings this reason concerns. */
  findings: Array<Finding>;
  /** Levels down (0 when considered but not downgraded). */
  levelsDown: Scalars['Int']['output'];
};

/** How big the graph is. */
export type GraphStats = {
  __typename?: 'GraphStats';
  /** Number of nodes in the database (entities, claims and sources). */
  nodeCount: Scalars['Int']['output'];
  /** Number of relationships in the database. */
  relationshipCount: Scalars['Int']['output'];
};

/** Records an import added, changed, and found already as they were (left untouched). */
export type ImportChanges = {
  __typename?: 'ImportChanges';
  /** Records the graph did not hold. */
  added: Scalars['Int']['output'];
  /** Records the graph held exactly so; not written, so they keep pointing at the import that brought them. */
  unchanged: Scalars['Int']['output'];
  /** Records the graph held with other data, now replaced. */
  updated: Scalars['Int']['output'];
};

/** One file of a bulk import. */
export type ImportedFile = {
  __typename?: 'ImportedFile';
  /** Size in bytes. */
  bytes: Scalars['Int']['output'];
  /** The file's name (an upload's own name). */
  name: Scalars['String']['output'];
  /** SHA-256 of the file, hex. */
  sha256: Scalars['String']['output'];
};

/** The needling a study tested. Acupuncture, electroacupuncture and dry needling are different interventions. */
export type InterventionType =
  /** Manual needle acupuncture at acupuncture points. */
  | 'ACUPUNCTURE'
  /** Trigger-point (dry) needling of muscle or tendon, outside the acupuncture-point tradition. */
  | 'DRY_NEEDLING'
  /** Acupuncture with electrical stimulation through the needles. */
  | 'ELECTROACUPUNCTURE'
  /** Low-level laser applied to acupuncture points, without needles. */
  | 'LASER_ACUPUNCTURE'
  /** Several forms pooled or not told apart (reviews). */
  | 'MIXED_NEEDLING'
  /** Percutaneous needle electrolysis (a galvanic current through a needle). */
  | 'NEEDLE_ELECTROLYSIS';

/**
 * Changes to the graph. Every mutation needs a writer API key (`Authorization: Bearer <key>`), is checked in full before anything is written, and runs as one transaction: all or nothing.
 *
 * Every mutation is safe to retry. Send an `Idempotency-Key` header (1 to 255 visible ASCII characters, e.g. a UUID per intended write) and resend the same request with the same key after a timeout, a dropped connection or a retryable error: if the first attempt committed, the retry returns the record it wrote (as it is now) instead of writing again; the same key with a different input is refused (`BAD_USER_INPUT`, field `Idempotency-Key`). Without a key the record's own id is the key: the entity id, the claim id (made from the claim's content when none is given), the retracted claim's id. Keys are per API key and kept for 24 hours.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a graded, sourced claim. Records who added it and when. */
  addClaim: Claim;
  /** Retracts a live claim: it stays in history with who, when and why, and reads hide it unless asked. */
  retractClaim: Claim;
  /** Creates an entity or replaces the one with this id (same kind only). Records who changed it and when. */
  upsertEntity: Entity;
};

/**
 * Changes to the graph. Every mutation needs a writer API key (`Authorization: Bearer <key>`), is checked in full before anything is written, and runs as one transaction: all or nothing.
 *
 * Every mutation is safe to retry. Send an `Idempotency-Key` header (1 to 255 visible ASCII characters, e.g. a UUID per intended write) and resend the same request with the same key after a timeout, a dropped connection or a retryable error: if the first attempt committed, the retry returns the record it wrote (as it is now) instead of writing again; the same key with a different input is refused (`BAD_USER_INPUT`, field `Idempotency-Key`). Without a key the record's own id is the key: the entity id, the claim id (made from the claim's content when none is given), the retracted claim's id. Keys are per API key and kept for 24 hours.
 */
export type MutationAddClaimArgs = {
  input: AddClaimInput;
};

/**
 * Changes to the graph. Every mutation needs a writer API key (`Authorization: Bearer <key>`), is checked in full before anything is written, and runs as one transaction: all or nothing.
 *
 * Every mutation is safe to retry. Send an `Idempotency-Key` header (1 to 255 visible ASCII characters, e.g. a UUID per intended write) and resend the same request with the same key after a timeout, a dropped connection or a retryable error: if the first attempt committed, the retry returns the record it wrote (as it is now) instead of writing again; the same key with a different input is refused (`BAD_USER_INPUT`, field `Idempotency-Key`). Without a key the record's own id is the key: the entity id, the claim id (made from the claim's content when none is given), the retracted claim's id. Keys are per API key and kept for 24 hours.
 */
export type MutationRetractClaimArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

/**
 * Changes to the graph. Every mutation needs a writer API key (`Authorization: Bearer <key>`), is checked in full before anything is written, and runs as one transaction: all or nothing.
 *
 * Every mutation is safe to retry. Send an `Idempotency-Key` header (1 to 255 visible ASCII characters, e.g. a UUID per intended write) and resend the same request with the same key after a timeout, a dropped connection or a retryable error: if the first attempt committed, the retry returns the record it wrote (as it is now) instead of writing again; the same key with a different input is refused (`BAD_USER_INPUT`, field `Idempotency-Key`). Without a key the record's own id is the key: the entity id, the claim id (made from the claim's content when none is given), the retracted claim's id. Keys are per API key and kept for 24 hours.
 */
export type MutationUpsertEntityArgs = {
  input: EntityInput;
};

/** What a finding measured. */
export type OutcomeKind =
  /** Adverse events (harm). */
  | 'ADVERSE_EVENTS'
  /** A clinical outcome such as pain or function. */
  | 'EFFICACY'
  /** A physiological mechanism such as tendon blood volume. */
  | 'MECHANISM';

/** Relay-style page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge on this page; pass it as `after` to get the next page. Null on an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when another page follows this one. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** A path between two entities. */
export type Path = {
  __typename?: 'Path';
  /** Number of relationships. */
  length: Scalars['Int']['output'];
  /** The entities along the path, starting at `from` and ending at `to`. */
  nodes: Array<Entity>;
  /** The relationships along the path, in order (a step may run against the arrow). */
  relationships: Array<Relationship>;
};

/**
 * What `pathSearch` found: the paths, and whether its work budget cut the search short.
 *
 * The search never passes through a hub (an entity with more than 1,000 relationships; either end may be one):
 * paths through hubs say little and fan out to most of the graph. See docs/paths.md.
 */
export type PathSearch = {
  __typename?: 'PathSearch';
  /** How many hubs the search reached and did not pass through. */
  hubsAvoided: Scalars['Int']['output'];
  /** Up to `first` shortest paths, by length, then node ids, then relationship ids. */
  paths: Array<Path>;
  /**
   * True when the search spent its work budget before it could list `first` paths or rule more out. The paths
   * listed are still the first ones in order; longer ones may be missing. Ask with a smaller `maxHops`, or
   * between less connected entities.
   */
  truncated: Scalars['Boolean']['output'];
};

/** A condition a claim is made under: safety only with clean needles, use alongside other care, the population it is claimed for. */
export type QualifierKind =
  /** The treatment is used alongside other care, not instead of it. */
  | 'ALONGSIDE'
  /** The claim holds only when this is so. */
  | 'ONLY_WHEN'
  /** Who the claim is made for. */
  | 'POPULATION';

/**
 * A knowledge graph about acupuncture for running injuries: conditions, symptoms, body regions,
 * treatments and the benefits claimed for them, with the strength of the evidence and its sources.
 */
export type Query = {
  __typename?: 'Query';
  /** A bulk import by id. */
  bulkImport?: Maybe<BulkImport>;
  /** The latest bulk imports, newest first (first: 1 to 100). */
  bulkImports: Array<BulkImport>;
  /** One claim by id (retracted ones too, with their retraction); null when unknown. */
  claim?: Maybe<Claim>;
  /**
   * Claims, filtered by subject id, object id and minimum strength (HIGH > MODERATE > LOW > VERY_LOW),
   * strongest first then by id, in pages of `first` (1 to 100) after the cursor `after`.
   * Retracted claims are left out. `singleSourceOnly` keeps the claims that rest on one source.
   */
  claims: ClaimConnection;
  /**
   * The evidence about one condition: every live claim whose object it is, the strongest and the weakest,
   * the studies and their findings. Null when no condition has that id.
   */
  conditionEvidence?: Maybe<ConditionEvidence>;
  /** Entities, optionally of one kind, ordered by id, in pages of `first` (1 to 100) after the cursor `after`. */
  entities: EntityConnection;
  /** One entity by id; null when no entity has that id. */
  entity?: Maybe<Entity>;
  /** Short sourced sentences about an entity given by id, name or alias (fuzzy, typo-tolerant), or named in a question as people type it ("my heel hurts when I run", "is acupuncture safe"). Null when nothing is named confidently, never a guess. `about` up to 200 characters; `first` 1 to 50. */
  facts?: Maybe<FactSheet>;
  /** One finding by id; null when unknown. */
  finding?: Maybe<Finding>;
  /**
   * Entities and relationships around one entity, bounded by design (docs/neighborhood.md): the centre gives up to
   * `limit - 1` neighbours and every other entity at most 50 new ones, strongest link first (descriptive links,
   * then claims by grade, then by id); an entity with more than 1,000 relationships is listed but not expanded
   * further; a request reads at most 20,000 relationships. Listed centre first, then by distance, then by id.
   * `depth` 1 to 3, `limit` 1 to 500 nodes. Empty for an unknown id.
   */
  neighborhood: Subgraph;
  /**
   * Shortest paths between two entities, following relationships either way, by a search bounded by design:
   * it never passes through a hub, and it stops at a work budget with `truncated` set instead of timing out.
   * `maxHops` 1 to 6, `first` 1 to 10. No paths when none, or when an id is unknown.
   */
  pathSearch: PathSearch;
  /**
   * Shortest paths between two entities, following relationships either way. `maxHops` 1 to 6, `first` 1 to 10.
   * Empty when none or an id is unknown. The same bounded search as `pathSearch`, which also says whether its
   * work budget cut the search short and how many hubs it did not pass through.
   */
  paths: Array<Path>;
  /** Conditions that share the most with the given one (symptoms, regions, benefits, treatments), best first. `first` 1 to 50. Empty for an unknown id. */
  relatedConditions: Array<RelatedCondition>;
  /** Finds entities by name or alias: case- and punctuation-insensitive, typo-tolerant, prefix-friendly; every word typed must match a word of the name (small words such as "the" or "of" aside), so one shared word is not a hit. `text` up to 200 characters (longer: BAD_USER_INPUT); text with nothing searchable, or `kinds: []`, returns []. `first` 1 to 50. */
  search: Array<SearchHit>;
  /** One source by id; null when unknown. */
  source?: Maybe<Source>;
  /** Sources ordered by id, at most `first` (1 to 500, default 100). */
  sources: Array<Source>;
  /** Counts of what the graph holds, read from the database. */
  stats: GraphStats;
  /** Every published study (sources with a study description), ordered by id; at most 500. */
  studies: Array<Source>;
};

/**
 * A knowledge graph about acupuncture for running injuries: conditions, symptoms, body regions,
 * treatments and the benefits claimed for them, with the strength of the evidence and its sources.
 */
export type QueryBulkImportArgs = {
  id: Scalars['ID']['input'];
};

/**
 * A knowledge graph about acupuncture for running injuries: conditions, symptoms, body regions,
 * treatments and the benefits claimed for them, with the strength of the evidence and its sources.
 */
export type QueryBulkImportsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * A knowledge graph about acupuncture for running injuries: conditions, symptoms, body regions,
 * treatments and the benefits claimed for them, with the strength of the evidence and its sources.
 */
export type QueryClaimArgs = {
  id: Scalars['ID']['input'];
};

/**
 * A knowledge graph about acupuncture for running injuries: conditions, symptoms, body regions,
 * treatments and the benefits claimed for them, with the strength of the evidence and its sources.
 */
export type QueryClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  balance?: InputMaybe<EvidenceBalance>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minStrength?: InputMaybe<EvidenceStrength>;
  object?: InputMaybe<Scalars['ID']['input']>;
  onlyLaySupport?: InputMaybe<Scalars['Boolean']['input']>;
  singleSourceOnly?: InputMaybe<Scalars['Boolean']['input']>;
  source?: InputMaybe<Scalars['ID']['input']>;
  subject?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * A knowledge graph about acupuncture for running injuries: conditions, symptoms, body regions,
 * treatments and the benefits claimed for them, with the strength of the evidence and its sources.
 */
export type QueryConditionEvidenceArgs = {
  condition: Scalars['ID']['input'];
};

/**
 * A knowledge graph about acupuncture for running injuries: conditions, symptoms, body regions,
 * treatments and the benefits claimed for them, with the strength of the evidence and its sources.
 */
export type QueryEntitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<EntityKind>;
};

/**
 * A knowledge graph about acupuncture for running injuries: conditions, symptoms, body regions,
 * treatments and the benefits claimed for them, with the strength of the evidence and its sources.
 */
export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};

/**
 * A knowledge graph about acupuncture for running injuries: conditions, symptoms, body regions,
 * treatments and the benefits claimed for them, with the strength of the evidence and its sources.
 */
export type QueryFactsArgs = {
  about: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  minStrength?: InputMaybe<EvidenceStrength>;
};

/**
 * A knowledge graph about acupuncture for running injuries: conditions, symptoms, body regions,
 * treatments and the benefits claimed for them, with the strength of the evidence and its sources.
 */
export type QueryFindingArgs = {
  id: Scalars['ID']['input'];
};

/**
 * A knowledge graph about acupuncture for running injuries: conditions, symptoms, body regions,
 * treatments and the benefits claimed for them, with the strength of the evidence and its sources.
 */
export type QueryNeighborhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * A knowledge graph about acupuncture for running injuries: conditions, symptoms, body regions,
 * treatments and the benefits claimed for them, with the strength of the evidence and its sources.
 */
export type QueryPathSearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};

/**
 * A knowledge graph about acupuncture for running injuries: conditions, symptoms, body regions,
 * treatments and the benefits claimed for them, with the strength of the evidence and its sources.
 */
export type QueryPathsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};

/**
 * A knowledge graph about acupuncture for running injuries: conditions, symptoms, body regions,
 * treatments and the benefits claimed for them, with the strength of the evidence and its sources.
 */
export type QueryRelatedConditionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};

/**
 * A knowledge graph about acupuncture for running injuries: conditions, symptoms, body regions,
 * treatments and the benefits claimed for them, with the strength of the evidence and its sources.
 */
export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  text: Scalars['String']['input'];
};

/**
 * A knowledge graph about acupuncture for running injuries: conditions, symptoms, body regions,
 * treatments and the benefits claimed for them, with the strength of the evidence and its sources.
 */
export type QuerySourceArgs = {
  id: Scalars['ID']['input'];
};

/**
 * A knowledge graph about acupuncture for running injuries: conditions, symptoms, body regions,
 * treatments and the benefits claimed for them, with the strength of the evidence and its sources.
 */
export type QuerySourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What a question asks about its entity, beyond naming it; the sheet puts those facts first. */
export type QuestionFocus =
  /** How long: the steps of a session, with their durations, first. */
  | 'DURATION'
  /** Is it safe, what are the risks: safety notes and safety claims first. */
  | 'SAFETY';

/** A condition related to another one, with why. */
export type RelatedCondition = {
  __typename?: 'RelatedCondition';
  /** The related condition. */
  condition: Condition;
  /** Whether the related condition is a kind of the one asked about, or a peer. */
  relation: ConditionRelation;
  /** How strongly related: each shared entity's weight scaled by how rare it is among conditions; see docs/related-conditions.md. */
  score: Scalars['Float']['output'];
  /**
   * The shared symptoms, regions, benefits and treatments that explain the score, heaviest contribution first,
   * at most 20 (two hub conditions can share hundreds); `sharedCount` says how many there are.
   */
  shared: Array<Entity>;
  /** How many entities the two conditions share in all (the score sums over every one of them). */
  sharedCount: Scalars['Int']['output'];
};

/** A typed link between two entities. */
export type Relationship = {
  __typename?: 'Relationship';
  /** The claim itself (statement, grade, sources), when the link is one; null on descriptive links. */
  claim?: Maybe<Claim>;
  /** The claim behind this link, when it is one. */
  claimId?: Maybe<Scalars['ID']['output']>;
  /** Id of the start entity. */
  from: Scalars['ID']['output'];
  /** Stable id: the claim id for claims, `from|TYPE|to` for descriptive links. */
  id: Scalars['ID']['output'];
  /** Evidence strength on claims; null on descriptive links. */
  strength?: Maybe<EvidenceStrength>;
  /** Id of the end entity. */
  to: Scalars['ID']['output'];
  /** Relationship type, e.g. TREATS, PRESENTS, PART_OF. */
  type: Scalars['String']['output'];
};

/** Why, when and by whom a claim was retracted. */
export type Retraction = {
  __typename?: 'Retraction';
  /** When, as an ISO-8601 timestamp. */
  at: Scalars['String']['output'];
  /** Id of the writer key that retracted it. */
  by: Scalars['String']['output'];
  /** Why the claim was retracted. */
  reason: Scalars['String']['output'];
};

/** A safety caveat. */
export type SafetyNote = Entity & {
  __typename?: 'SafetyNote';
  /** Aliases with their ambiguity spelt out (at most 50). */
  aliasDetails: Array<Alias>;
  /** Other names and spellings (at most 50). */
  aliases: Array<Scalars['String']['output']>;
  /** Aliases that also name another entity (at most 50). */
  ambiguousAliases: Array<Scalars['String']['output']>;
  /** Treatments the caveat applies to; at most 100, by name. */
  appliesTo: Array<Treatment>;
  /** Claims about this caveat, strongest first; at most `first` (1 to 200, default 50), see Entity.claims. */
  claims: Array<Claim>;
  /** The caveat in plain English. */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable slug. */
  id: Scalars['ID']['output'];
  /** External identifiers. */
  identifiers: ExternalIdentifiers;
  /** Always SAFETY_NOTE. */
  kind: EntityKind;
  /** Short title of the caveat. */
  name: Scalars['String']['output'];
};

/** A safety caveat. */
export type SafetyNoteClaimsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  minStrength?: InputMaybe<EvidenceStrength>;
  role?: InputMaybe<ClaimRole>;
};

/** An entity found by search. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** True when `matched` also names another entity, so a client may ask which one is meant. */
  ambiguous: Scalars['Boolean']['output'];
  /** The entity. */
  entity: Entity;
  /** The name or alias that matched best. */
  matched: Scalars['String']['output'];
  /** Relevance; hits come in non-increasing score order. An exact name or alias scores above partial matches. */
  score: Scalars['Float']['output'];
};

/** A sensation a person may feel during a session. */
export type Sensation = Entity & {
  __typename?: 'Sensation';
  /** Aliases with their ambiguity spelt out (at most 50). */
  aliasDetails: Array<Alias>;
  /** Other names and spellings (at most 50). */
  aliases: Array<Scalars['String']['output']>;
  /** Aliases that also name another entity (at most 50). */
  ambiguousAliases: Array<Scalars['String']['output']>;
  /** Claims about this sensation, strongest first; at most `first` (1 to 200, default 50), see Entity.claims. */
  claims: Array<Claim>;
  /** A short description. */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable slug. */
  id: Scalars['ID']['output'];
  /** External identifiers. */
  identifiers: ExternalIdentifiers;
  /** Always SENSATION. */
  kind: EntityKind;
  /** Display name. */
  name: Scalars['String']['output'];
  /** Session steps during which it may be felt; at most 100, by name. */
  steps: Array<SessionStep>;
};

/** A sensation a person may feel during a session. */
export type SensationClaimsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  minStrength?: InputMaybe<EvidenceStrength>;
  role?: InputMaybe<ClaimRole>;
};

/** A step of a treatment session. */
export type SessionStep = Entity & {
  __typename?: 'SessionStep';
  /** Aliases with their ambiguity spelt out (at most 50). */
  aliasDetails: Array<Alias>;
  /** Other names and spellings (at most 50). */
  aliases: Array<Scalars['String']['output']>;
  /** Aliases that also name another entity (at most 50). */
  ambiguousAliases: Array<Scalars['String']['output']>;
  /** Claims about this step, strongest first; at most `first` (1 to 200, default 50), see Entity.claims. */
  claims: Array<Claim>;
  /** What happens in this step. */
  description?: Maybe<Scalars['String']['output']>;
  /** How long this step usually lasts, when the source says. */
  durationMinutes?: Maybe<DurationRange>;
  /** Stable slug. */
  id: Scalars['ID']['output'];
  /** External identifiers. */
  identifiers: ExternalIdentifiers;
  /** Always SESSION_STEP. */
  kind: EntityKind;
  /** Display name. */
  name: Scalars['String']['output'];
  /** Position in the session, from 1. */
  order: Scalars['Int']['output'];
  /** What a person may feel during this step; at most 100, by name. */
  sensations: Array<Sensation>;
  /** The treatments this step belongs to; at most 100, by name. */
  treatments: Array<Treatment>;
};

/** A step of a treatment session. */
export type SessionStepClaimsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  minStrength?: InputMaybe<EvidenceStrength>;
  role?: InputMaybe<ClaimRole>;
};

/** Where a claim or fact comes from. */
export type Source = {
  __typename?: 'Source';
  /** Authors in the order printed; empty when no author was seen. */
  authors: Array<Scalars['String']['output']>;
  /** False when only part of the author list was seen ("R. Jensen et al."); null when no author is known. */
  authorsComplete?: Maybe<Scalars['Boolean']['output']>;
  /** Claims this source supports, strongest first then by id (retracted ones left out unless asked for); at most `first` (1 to 200, default 50): page through all of them with `Query.claims(source: ...)`. */
  claims: Array<Claim>;
  /** Digital Object Identifier, when the full string was seen (e.g. 10.2522/ptj.20130255). */
  doi?: Maybe<Scalars['String']['output']>;
  /** Every finding this source reports, in the order curated (by outcome). */
  findings: Array<Finding>;
  /** Stable slug. */
  id: Scalars['ID']['output'];
  /** Issue, when seen. */
  issue?: Maybe<Scalars['String']['output']>;
  /** Journal the study appeared in, when seen. */
  journal?: Maybe<Scalars['String']['output']>;
  /** What kind of document this is. */
  kind: SourceKind;
  /** What a reader should know about this source. */
  note?: Maybe<Scalars['String']['output']>;
  /** Pages or article number, as printed, when seen. */
  pages?: Maybe<Scalars['String']['output']>;
  /** PubMed Central id, when seen. */
  pmcid?: Maybe<Scalars['String']['output']>;
  /** PubMed id, when seen. */
  pmid?: Maybe<Scalars['String']['output']>;
  /** Who published it, when known. */
  publisher?: Maybe<Scalars['String']['output']>;
  /** Registration of the trial or review (PROSPERO, ChiCTR, ...), when seen. */
  registration?: Maybe<Scalars['String']['output']>;
  /** Addresses of the records (publication, index, registry) where this source's fields were read. */
  seenAt: Array<Scalars['String']['output']>;
  /** What the study did, for published studies; null for the lay article and for editorial or ontology sources. */
  study?: Maybe<StudyDescription>;
  /** Title as we can honestly give it. */
  title: Scalars['String']['output'];
  /** Where to read it, when known. */
  url?: Maybe<Scalars['String']['output']>;
  /** Volume, when seen. */
  volume?: Maybe<Scalars['String']['output']>;
  /** Year of publication, when known. */
  year?: Maybe<Scalars['Int']['output']>;
};

/** Where a claim or fact comes from. */
export type SourceClaimsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A source to create along with a claim. */
export type SourceInput = {
  /** Stable lowercase slug; must not exist yet. */
  id: Scalars['ID']['input'];
  /** What kind of document it is; this caps the strength of the claims it can support. */
  kind: SourceKind;
  /** What a reader should know about it. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Publisher. */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** Title (1 to 500 characters). */
  title: Scalars['String']['input'];
  /** Where to read it (http or https). */
  url?: InputMaybe<Scalars['String']['input']>;
  /** Year of publication. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** What kind of document a source is; it caps the strength of the claims it supports. */
export type SourceKind =
  /** A clinical report of treated patients, without confirmed random allocation. */
  | 'CLINICAL_REPORT'
  /** The curators' own editorial knowledge, used for descriptive links only. */
  | 'EDITORIAL'
  /** A laboratory or physiology experiment, for example in healthy volunteers, measuring a mechanism rather than a clinical outcome. */
  | 'EXPERIMENTAL_STUDY'
  /** A clinician's or expert's opinion. */
  | 'EXPERT_OPINION'
  /** Written for the general public; reports no study of its own. */
  | 'LAY_ARTICLE'
  /** An observational study, such as a prospective survey of adverse events; no allocation of treatment. */
  | 'OBSERVATIONAL_STUDY'
  /** A curated ontology or terminology. */
  | 'ONTOLOGY'
  /** A systematic review (with or without meta-analysis) of trials or of prospective studies. */
  | 'SYSTEMATIC_REVIEW'
  /** A clinical trial. */
  | 'TRIAL';

/** What a study did: design, population, intervention, comparator, outcomes. In the curators' own words. */
export type StudyDescription = {
  __typename?: 'StudyDescription';
  /** The comparator, in words; null when there was none. */
  comparator?: Maybe<Scalars['String']['output']>;
  /** Kinds of comparator. */
  comparatorTypes: Array<ComparatorType>;
  /** Design category. */
  design: StudyDesign;
  /** The design in a few words (registration, arms, blinding). */
  designNote: Scalars['String']['output'];
  /** The intervention, in words. */
  intervention: Scalars['String']['output'];
  /** Kinds of needling tested. */
  interventionTypes: Array<InterventionType>;
  /** Outcomes measured. */
  outcomes: Array<Scalars['String']['output']>;
  /** Who was studied. */
  population: Scalars['String']['output'];
  /** True when allocation was randomised (for reviews: when every study they drew on was a randomised trial). A claim this study supports starts HIGH when true, LOW otherwise. */
  randomised: Scalars['Boolean']['output'];
  /** How many, as the study counts them (participants, studies, consultations); null when not seen. */
  sampleSize?: Maybe<Scalars['Int']['output']>;
  /** What `sampleSize` counts: participants, randomised trials, studies, consultations, practitioners. */
  sampleUnit?: Maybe<Scalars['String']['output']>;
};

/** How a study was designed. With `randomised`, it sets where a claim's grade starts (randomised evidence starts HIGH, the rest LOW). */
export type StudyDesign =
  /** Physiology experiment in volunteers, measuring a mechanism. */
  | 'EXPERIMENT'
  /** Trial or clinical report whose allocation was not randomised, or not confirmed to be. */
  | 'NON_RANDOMISED_COMPARISON'
  /** Prospective survey or audit, without a comparison group. */
  | 'PROSPECTIVE_SURVEY'
  /** Randomised controlled trial, including randomised feasibility studies. */
  | 'RANDOMISED_TRIAL'
  /** Systematic review of prospective observational studies (for example of adverse events). */
  | 'SYSTEMATIC_REVIEW_OF_OBSERVATIONAL_STUDIES'
  /** Systematic review (with or without meta-analysis) of controlled trials; `randomised` says whether they were all randomised. */
  | 'SYSTEMATIC_REVIEW_OF_TRIALS';

/** A part of the graph: entities and relationships, and the same again in Cytoscape.js's elements JSON. */
export type Subgraph = {
  __typename?: 'Subgraph';
  /** The same nodes and relationships as Cytoscape.js elements JSON: pass it to `cytoscape({ elements })` as it is. */
  elements: CytoscapeElements;
  /** Entities, the centre first. */
  nodes: Array<Entity>;
  /**
   * The relationships between two returned entities, by id; at most 2,000. They are read from the least connected
   * entities first, up to the work budget: one between two hubs (more than 1,000 relationships each) may be missing.
   */
  relationships: Array<Relationship>;
  /** True when entities within `depth` were left out: by `limit`, by the cap on neighbours per entity, by the hub rule or by the work budget. */
  truncated: Scalars['Boolean']['output'];
};

/** Something a runner feels. */
export type Symptom = Entity & {
  __typename?: 'Symptom';
  /** Aliases with their ambiguity spelt out (at most 50). */
  aliasDetails: Array<Alias>;
  /** Other names and spellings (at most 50). */
  aliases: Array<Scalars['String']['output']>;
  /** Aliases that also name another entity (at most 50). */
  ambiguousAliases: Array<Scalars['String']['output']>;
  /** Claims about this symptom, strongest first; at most `first` (1 to 200, default 50), see Entity.claims. */
  claims: Array<Claim>;
  /** Conditions that present this symptom; at most 100, by name. */
  conditions: Array<Condition>;
  /** A short description. */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable slug. */
  id: Scalars['ID']['output'];
  /** External identifiers. */
  identifiers: ExternalIdentifiers;
  /** Always SYMPTOM. */
  kind: EntityKind;
  /** Display name. */
  name: Scalars['String']['output'];
  /** Where this symptom is felt; at most 100, by name. */
  regions: Array<BodyRegion>;
};

/** Something a runner feels. */
export type SymptomClaimsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  minStrength?: InputMaybe<EvidenceStrength>;
  role?: InputMaybe<ClaimRole>;
};

/** A form of care. */
export type Treatment = Entity & {
  __typename?: 'Treatment';
  /** Aliases with their ambiguity spelt out (at most 50). */
  aliasDetails: Array<Alias>;
  /** Other names and spellings (at most 50). */
  aliases: Array<Scalars['String']['output']>;
  /** Aliases that also name another entity (at most 50). */
  ambiguousAliases: Array<Scalars['String']['output']>;
  /** Claims made for this treatment, strongest first; at most `first` (1 to 200, default 50), see Entity.claims. */
  claims: Array<Claim>;
  /** Treatments that complement this one; at most 100, by name. */
  complementedBy: Array<Treatment>;
  /** Other care this treatment complements (acupuncture complements, not replaces, a doctor); at most 100, by name. */
  complements: Array<Treatment>;
  /** A short description. */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable slug. */
  id: Scalars['ID']['output'];
  /** External identifiers. */
  identifiers: ExternalIdentifiers;
  /** Always TREATMENT. */
  kind: EntityKind;
  /** Display name. */
  name: Scalars['String']['output'];
  /** Safety evidence: graded claims, adverse-event rates with figures and sources, caveats. */
  safety: TreatmentSafety;
  /** Safety caveats for this treatment; at most 100, by name. */
  safetyNotes: Array<SafetyNote>;
  /** What happens in a session, in order; at most 100, in session order. */
  steps: Array<SessionStep>;
};

/** A form of care. */
export type TreatmentClaimsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  minStrength?: InputMaybe<EvidenceStrength>;
  role?: InputMaybe<ClaimRole>;
};

/** A treatment together with the claims that it helps a condition. */
export type TreatmentEvidence = {
  __typename?: 'TreatmentEvidence';
  /** The claims (treats, prevents), strongest first, each with its sources; at most 10. */
  claims: Array<Claim>;
  /** The strongest grade among its claims. */
  strongest: EvidenceStrength;
  /** The treatment. */
  treatment: Treatment;
};

/** What the graph holds on a treatment's safety: graded safety claims, adverse-event findings with their figures, caveats. */
export type TreatmentSafety = {
  __typename?: 'TreatmentSafety';
  /** Adverse-event findings of studies of this treatment, with their figures and sources. */
  adverseEvents: Array<Finding>;
  /** Claims that the treatment is safe under some condition, strongest first. */
  claims: Array<Claim>;
  /** Safety caveats attached to the treatment. */
  notes: Array<SafetyNote>;
};
