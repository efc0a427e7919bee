/**
 * Deterministic synthetic graphs with the curated graph's shape: the same entity kinds, descriptive
 * link types, claim predicates (as :Claim nodes plus direct relationships) and source kinds, at sizes
 * from a few hundred to about two million relationships.
 *
 * - Seeded: a seed and a size always give the same graph (mulberry32 streams, no Math.random).
 * - Skewed: targets are drawn with Zipf laws, so a few regions, symptoms, treatments and benefits are
 *   hubs with thousands of links while most conditions are rare, with a handful of claims at most.
 * - Streamed: entities are small enough to hold (50k at the largest size), but links and claims come
 *   out in batches from generators, so memory stays flat however large the graph.
 *
 * Rows have the shapes seed/write.ts stores, so the service reads them like curated data.
 */
import { computeAmbiguity, normalizedNames, searchNamesProperty } from '../src/domain/entityProps';
import {
  CLAIM_PREDICATES,
  KIND_LABEL,
  LINK_TYPES,
  SOURCE_KIND_CAP,
  STRENGTH_RANK,
  strengthFromRank,
  type LinkType,
} from '../src/domain/vocabulary';
import type { ClaimPredicate, EntityKind, EvidenceStrength, SourceKind } from '../src/generated/graphql';
import { hash32, PairSet, rng, Zipf, type Rng } from './rng';
import * as W from './words';

export const SIZE_NAMES = ['tiny', 'small', 'medium', 'hetionet'] as const;
export type SizeName = (typeof SIZE_NAMES)[number];

export type SizeSpec = {
  /** Entities per kind. */
  entities: Record<EntityKind, number>;
  /** Mean out-degree per descriptive link type (per entity of the `from` kind). */
  degree: Record<Exclude<LinkType, 'PART_OF'>, number>;
  /** Claims in all (each is a :Claim node, SUBJECT, OBJECT, 1-3 SUPPORTED_BY and, when live, a direct relationship). */
  claims: number;
  sources: number;
};

/**
 * The sizes. Relationship totals (links + claims x about 4.6) land near: tiny 500, small 10k,
 * medium 200k, hetionet 2M (Hetionet v1.0 has 47k nodes and 2.25M edges; this has 50k entities).
 */
export const SIZES: Record<SizeName, SizeSpec> = {
  tiny: {
    entities: {
      CONDITION: 30,
      SYMPTOM: 24,
      BODY_REGION: 15,
      TREATMENT: 5,
      BENEFIT: 10,
      SESSION_STEP: 8,
      SENSATION: 4,
      SAFETY_NOTE: 4,
    },
    degree: {
      PRESENTS: 2.5,
      AFFECTS: 1.5,
      LOCATED_IN: 1.2,
      SUBTYPE_OF: 1,
      HAS_STEP: 2,
      HAS_SENSATION: 1.5,
      HAS_SAFETY_NOTE: 1,
      COMPLEMENTS: 1,
    },
    claims: 55,
    sources: 6,
  },
  small: {
    entities: {
      CONDITION: 640,
      SYMPTOM: 480,
      BODY_REGION: 120,
      TREATMENT: 100,
      BENEFIT: 240,
      SESSION_STEP: 280,
      SENSATION: 60,
      SAFETY_NOTE: 80,
    },
    degree: {
      PRESENTS: 4,
      AFFECTS: 3,
      LOCATED_IN: 2,
      SUBTYPE_OF: 1.2,
      HAS_STEP: 3,
      HAS_SENSATION: 1.5,
      HAS_SAFETY_NOTE: 2,
      COMPLEMENTS: 2,
    },
    claims: 600,
    sources: 40,
  },
  medium: {
    entities: {
      CONDITION: 3200,
      SYMPTOM: 2400,
      BODY_REGION: 600,
      TREATMENT: 500,
      BENEFIT: 1200,
      SESSION_STEP: 1400,
      SENSATION: 300,
      SAFETY_NOTE: 400,
    },
    degree: {
      PRESENTS: 10,
      AFFECTS: 5,
      LOCATED_IN: 3,
      SUBTYPE_OF: 1.3,
      HAS_STEP: 4,
      HAS_SENSATION: 2,
      HAS_SAFETY_NOTE: 3,
      COMPLEMENTS: 3,
    },
    claims: 28000,
    sources: 300,
  },
  hetionet: {
    entities: {
      CONDITION: 16000,
      SYMPTOM: 12000,
      BODY_REGION: 3000,
      TREATMENT: 2500,
      BENEFIT: 6000,
      SESSION_STEP: 7000,
      SENSATION: 1500,
      SAFETY_NOTE: 2000,
    },
    degree: {
      PRESENTS: 14,
      AFFECTS: 6,
      LOCATED_IN: 4,
      SUBTYPE_OF: 1.3,
      HAS_STEP: 5,
      HAS_SENSATION: 2,
      HAS_SAFETY_NOTE: 3,
      COMPLEMENTS: 3,
    },
    claims: 340000,
    sources: 1500,
  },
};

/** Share of claims per predicate. */
const PREDICATE_SHARE: Record<ClaimPredicate, number> = {
  TREATS: 0.45,
  PREVENTS: 0.1,
  PRODUCES: 0.2,
  HELPS: 0.2,
  CONTRIBUTES_TO: 0.05,
  // Safety claims are a handful in the curated graph; the synthetic graphs keep the benchmark's mix unchanged.
  IS_SAFE_WHEN: 0,
};

/** Source kinds: how common each is among synthetic sources. */
const SOURCE_KIND_SHARE: [SourceKind, number][] = [
  ['LAY_ARTICLE', 0.3],
  ['EXPERT_OPINION', 0.15],
  ['TRIAL', 0.25],
  ['SYSTEMATIC_REVIEW', 0.1],
  ['ONTOLOGY', 0.1],
  ['EDITORIAL', 0.1],
];

/** Kinds whose entities are listed in this order (it is also the import order). */
export const KIND_ORDER: EntityKind[] = [
  'BODY_REGION',
  'CONDITION',
  'SYMPTOM',
  'TREATMENT',
  'BENEFIT',
  'SESSION_STEP',
  'SENSATION',
  'SAFETY_NOTE',
];

export type SourceRow = {
  id: string;
  kind: SourceKind;
  props: { title: string; kind: SourceKind; url: string | null; publisher: string | null; year: number | null; note: string | null };
};

export type EntityRow = { id: string; label: string; props: Record<string, unknown> };

export type LinkRow = { from: string; to: string; sources: string[] };

export type ClaimRow = {
  id: string;
  subject: string;
  object: string;
  /** False for retracted claims: they keep their :Claim node but lose the direct relationship. */
  live: boolean;
  sources: string[];
  props: Record<string, unknown>;
};

type Named = { id: string; name: string; aliases: string[] };

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A permutation of 0..n-1 by a stride coprime with n: neighbouring indices get unrelated names. */
function scramble(i: number, n: number): number {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  let stride = 7919;
  while (gcd(stride, n) !== 1) stride += 2;
  return (i * stride) % n;
}

/** The i-th combination of one word from each list (mixed radix over a scrambled index). */
function combination(lists: readonly (readonly string[])[], i: number): string[] {
  const total = lists.reduce((t, l) => t * l.length, 1);
  let k = scramble(i % total, total);
  const words: string[] = [];
  for (const list of lists) {
    words.push(list[k % list.length]!);
    k = Math.floor(k / list.length);
  }
  return words;
}

/** Creation dates of synthetic claims: one per day of 2024 (formatting a Date per claim costs more than the claim). */
const CREATED_DAYS = Array.from({ length: 366 }, (_, d) => new Date(Date.UTC(2024, 0, 1 + d, 9)).toISOString());

const join = (...words: string[]) => words.filter((w) => w.length > 0).join(' ');

export class SyntheticGraph {
  readonly spec: SizeSpec;
  readonly sourceRows: SourceRow[];
  /** Entities per kind, index = Zipf rank (index 0 is the biggest hub of its kind). */
  readonly entities: Record<EntityKind, Named[]>;
  /** Parent index of each body region (-1 at the top), and the step order / primary treatment of each step. */
  private readonly regionParent: Int32Array;
  private readonly stepTreatment: Int32Array;
  private readonly stepOrder: Int32Array;
  /** Regions conditions and symptoms attach to: everything below the top two levels, broad regions first. */
  private readonly attachableRegions: number[];
  private readonly zipf = new Map<string, Zipf>();

  constructor(
    readonly size: SizeName,
    readonly seed = 20240601,
  ) {
    this.spec = SIZES[size];
    this.sourceRows = this.makeSources();
    const names = new Set<string>();
    const ids = new Set<string>();
    const regions = this.makeRegions(names, ids);
    this.regionParent = regions.parents;
    this.attachableRegions = regions.attachable;
    this.entities = {
      BODY_REGION: regions.named,
      CONDITION: this.makeConditions(names, ids),
      SYMPTOM: this.makeSymptoms(names, ids),
      TREATMENT: this.makeTreatments(names, ids),
      BENEFIT: this.makeBenefits(names, ids),
      SESSION_STEP: this.makeSteps(names, ids),
      SENSATION: this.makeSensations(names, ids),
      SAFETY_NOTE: this.makeSafetyNotes(names, ids),
    };
    // Each step belongs to one treatment first (a hub treatment has many), in order.
    const steps = this.spec.entities.SESSION_STEP;
    this.stepTreatment = new Int32Array(steps);
    this.stepOrder = new Int32Array(steps);
    const r = this.stream('step-owner');
    const perTreatment = new Map<number, number>();
    for (let i = 0; i < steps; i++) {
      const t = this.zipfOf('TREATMENT', 0.9).sample(r.next());
      const order = (perTreatment.get(t) ?? 0) + 1;
      perTreatment.set(t, order);
      this.stepTreatment[i] = t;
      this.stepOrder[i] = order;
    }
  }

  /** An independent PRNG stream per purpose, so adding one phase never shifts another. */
  private stream(...purpose: (string | number)[]): Rng {
    return rng(hash32(this.seed, this.size, ...purpose));
  }

  private zipfOf(kind: EntityKind | 'ATTACHABLE_REGION' | 'CLAIM_SOURCE' | 'LINK_SOURCE', s: number): Zipf {
    const key = `${kind}:${s}`;
    let z = this.zipf.get(key);
    if (!z) {
      const n =
        kind === 'ATTACHABLE_REGION'
          ? this.attachableRegions.length
          : kind === 'CLAIM_SOURCE'
            ? this.claimSources().length
            : kind === 'LINK_SOURCE'
              ? this.sourceRows.length
              : this.spec.entities[kind];
      z = new Zipf(n, s);
      this.zipf.set(key, z);
    }
    return z;
  }

  // ---------------------------------------------------------------- names

  /** Makes `name` unique among all entities (a suffix counts up), and its id unique too. */
  private unique(base: string, suffixWord: string, names: Set<string>, ids: Set<string>, kind: EntityKind): { id: string; name: string } {
    let name = base;
    for (let k = 2; names.has(name); k++) name = `${base} ${suffixWord} ${k}`;
    names.add(name);
    let id = slug(name);
    if (ids.has(id)) id = `${id}-${kind.toLowerCase().replace(/_/g, '-')}`;
    for (let k = 2; ids.has(id); k++) id = `${slug(name)}-${k}`;
    ids.add(id);
    return { id, name };
  }

  private makeRegions(names: Set<string>, ids: Set<string>) {
    const n = this.spec.entities.BODY_REGION;
    const named: Named[] = [];
    const parents = new Int32Array(n).fill(-1);
    const level1Of: Record<string, string> = {
      shoulder: 'upper limb',
      elbow: 'upper limb',
      wrist: 'upper limb',
      hand: 'upper limb',
      neck: 'head and neck',
      abdomen: 'trunk',
      chest: 'trunk',
      groin: 'pelvis',
      buttock: 'pelvis',
      'lower back': 'spine',
      'upper back': 'spine',
    };
    const index = new Map<string, number>();
    const add = (base: string, parent: number, aliases: string[] = []) => {
      const { id, name } = this.unique(base, 'segment', names, ids, 'BODY_REGION');
      index.set(base, named.length);
      parents[named.length] = parent;
      named.push({ id, name, aliases });
    };
    const r = this.stream('regions');
    add(W.REGION_TOP[0]!, -1, ['whole body']);
    for (const l1 of W.REGION_LEVEL1) if (named.length < n) add(l1, 0);
    for (const l2 of W.REGION_LEVEL2) if (named.length < n) add(l2, index.get(level1Of[l2] ?? 'lower limb') ?? 0);
    const level3Start = named.length;
    const level2 = W.REGION_LEVEL2.filter((l2) => index.has(l2));
    const level3Total = W.REGION_SIDES.length * level2.length * W.REGION_PARTS.length;
    for (let i = 0; named.length < n; i++) {
      if (i < level3Total) {
        const [side, l2, part] = combination([W.REGION_SIDES, level2, W.REGION_PARTS], i) as [string, string, string];
        const aliases = r.chance(0.4) ? [join(l2, part, side)] : [];
        add(join(side, l2, part), index.get(l2)!, aliases);
      } else {
        // Deeper still: segments of a level-3 region, so the hierarchy has four or five levels.
        const parent = level3Start + r.int(Math.max(1, named.length - level3Start));
        add(`${named[parent]!.name} segment ${i - level3Total + 1}`, parent);
      }
    }
    // Conditions and symptoms attach below the top two levels (body, lower limb are too broad).
    const attachable = named.map((_, i) => i).filter((i) => i >= 1 + W.REGION_LEVEL1.length || n <= 1 + W.REGION_LEVEL1.length);
    return { named, parents, attachable: attachable.length > 0 ? attachable : [0] };
  }

  private makeConditions(names: Set<string>, ids: Set<string>): Named[] {
    const n = this.spec.entities.CONDITION;
    const out: Named[] = [];
    const lists = [['', ...W.CONDITION_MODIFIERS], W.ANATOMY_ADJECTIVES, W.PATHOLOGIES];
    for (let i = 0; i < n; i++) {
      const r = this.stream('condition', i);
      let base: string;
      const aliases: string[] = [];
      if (i < W.CONDITION_HEADS.length) {
        base = W.CONDITION_HEADS[i]!;
        if (base === 'patellofemoral pain syndrome') aliases.push("runner's knee", 'anterior knee pain');
        if (base === 'it band syndrome') aliases.push('iliotibial band syndrome', "runner's knee");
        if (base === 'achilles tendinitis') aliases.push('achilles tendonitis');
      } else {
        const [modifier, adjective, pathology] = combination(lists, i - W.CONDITION_HEADS.length) as [string, string, string];
        base = join(modifier, adjective, pathology);
        for (const synonym of W.PATHOLOGY_SYNONYMS[pathology] ?? []) {
          if (r.chance(0.6)) aliases.push(join(modifier, adjective, synonym));
        }
        if (modifier && r.chance(0.25)) aliases.push(`${join(adjective, pathology)}, ${modifier}`);
        if (r.chance(0.03)) aliases.push(join(adjective, pathology)); // shared by its siblings: ambiguous
      }
      const { id, name } = this.unique(base, 'type', names, ids, 'CONDITION');
      out.push({ id, name, aliases: aliases.filter((a) => a !== name) });
    }
    return out;
  }

  private makeSymptoms(names: Set<string>, ids: Set<string>): Named[] {
    const n = this.spec.entities.SYMPTOM;
    const out: Named[] = [];
    const lists = [W.SYMPTOM_QUALITIES, W.SYMPTOM_LOCATIONS, W.SYMPTOM_NOUNS, ['', 'left', 'right', 'bilateral']];
    for (let i = 0; i < n; i++) {
      const r = this.stream('symptom', i);
      let base: string;
      const aliases: string[] = [];
      if (i < W.SYMPTOM_HEADS.length) {
        base = W.SYMPTOM_HEADS[i]!;
      } else {
        const [quality, location, noun, side] = combination(lists, i - W.SYMPTOM_HEADS.length) as [string, string, string, string];
        base = join(side, quality, location, noun);
        if (r.chance(0.5)) aliases.push(`${join(quality, noun)} in the ${location}`);
        if (r.chance(0.1)) aliases.push(join(location, noun)); // e.g. "knee pain": names a head symptom too
      }
      const { id, name } = this.unique(base, 'variant', names, ids, 'SYMPTOM');
      out.push({ id, name, aliases: aliases.filter((a) => a !== name) });
    }
    return out;
  }

  private makeTreatments(names: Set<string>, ids: Set<string>): Named[] {
    const n = this.spec.entities.TREATMENT;
    const out: Named[] = [];
    const lists = [W.TREATMENT_STYLES, W.TREATMENT_KINDS, ['', ...W.REGION_LEVEL2.map((r) => `for the ${r}`)]];
    for (let i = 0; i < n; i++) {
      const r = this.stream('treatment', i);
      const aliases: string[] = [];
      let base: string;
      if (i < W.TREATMENT_HEADS.length) {
        base = W.TREATMENT_HEADS[i]!;
        if (base === 'acupuncture') aliases.push('needle therapy');
        if (base === 'medical care') aliases.push('seeing a doctor');
      } else {
        const [style, kind, target] = combination(lists, i - W.TREATMENT_HEADS.length) as [string, string, string];
        base = join(style, kind, target);
        if (r.chance(0.3)) aliases.push(join(kind, target, `(${style})`));
      }
      const { id, name } = this.unique(base, 'protocol', names, ids, 'TREATMENT');
      out.push({ id, name, aliases: aliases.filter((a) => a !== name) });
    }
    return out;
  }

  private makeBenefits(names: Set<string>, ids: Set<string>): Named[] {
    const n = this.spec.entities.BENEFIT;
    const out: Named[] = [];
    const settings = ['', 'after long runs', 'during a taper', ...W.REGION_LEVEL2.map((r) => `in the ${r}`)];
    const lists = [W.BENEFIT_DIRECTIONS, W.BENEFIT_TARGETS, settings];
    for (let i = 0; i < n; i++) {
      const r = this.stream('benefit', i);
      const aliases: string[] = [];
      let base: string;
      if (i < W.BENEFIT_HEADS.length) base = W.BENEFIT_HEADS[i]!;
      else {
        const [direction, target, setting] = combination(lists, i - W.BENEFIT_HEADS.length) as [string, string, string];
        base = join(direction, target, setting);
        if (r.chance(0.3)) aliases.push(join(target, direction, setting));
      }
      const { id, name } = this.unique(base, 'variant', names, ids, 'BENEFIT');
      out.push({ id, name, aliases: aliases.filter((a) => a !== name) });
    }
    return out;
  }

  private makeSteps(names: Set<string>, ids: Set<string>): Named[] {
    const n = this.spec.entities.SESSION_STEP;
    const out: Named[] = [];
    const lists = [W.STEP_ACTIONS, W.ACUPOINTS, ['', 'briefly', 'for 5 minutes', 'for 10 minutes', 'for 20 minutes']];
    for (let i = 0; i < n; i++) {
      const [action, point, duration] = combination(lists, i) as [string, string, string];
      const { id, name } = this.unique(join(action, point, duration), 'protocol', names, ids, 'SESSION_STEP');
      out.push({ id, name, aliases: [] });
    }
    return out;
  }

  private makeSensations(names: Set<string>, ids: Set<string>): Named[] {
    const n = this.spec.entities.SENSATION;
    const out: Named[] = [];
    for (let i = 0; i < n; i++) {
      const base =
        i < W.SENSATION_HEADS.length
          ? W.SENSATION_HEADS[i]!
          : join(...(combination([W.SENSATION_QUALIFIERS, W.SENSATION_HEADS], i - W.SENSATION_HEADS.length) as [string, string]));
      const { id, name } = this.unique(base, 'variant', names, ids, 'SENSATION');
      out.push({ id, name, aliases: i === 1 ? ['de qi'] : [] });
    }
    return out;
  }

  private makeSafetyNotes(names: Set<string>, ids: Set<string>): Named[] {
    const n = this.spec.entities.SAFETY_NOTE;
    const out: Named[] = [];
    for (let i = 0; i < n; i++) {
      const [template, region] = combination([W.SAFETY_TEMPLATES, W.REGION_LEVEL2], i) as [string, string];
      const { id, name } = this.unique(template.replace('{r}', `the ${region}`), 'note', names, ids, 'SAFETY_NOTE');
      out.push({ id, name, aliases: [] });
    }
    return out;
  }

  private makeSources(): SourceRow[] {
    const r = this.stream('sources');
    const rows: SourceRow[] = [];
    for (let i = 0; i < this.spec.sources; i++) {
      // Every kind at least once, then by share.
      let kind: SourceKind;
      if (i < SOURCE_KIND_SHARE.length) kind = SOURCE_KIND_SHARE[i]![0];
      else {
        let u = r.next();
        kind = SOURCE_KIND_SHARE.find(([, share]) => (u -= share) < 0)?.[0] ?? 'LAY_ARTICLE';
      }
      const topic = r.pick(W.SOURCE_TOPICS);
      const what: Record<SourceKind, string> = {
        LAY_ARTICLE: 'Lay article on',
        EXPERT_OPINION: 'Expert opinion on',
        TRIAL: 'Randomised trial of',
        SYSTEMATIC_REVIEW: 'Systematic review of',
        OBSERVATIONAL_STUDY: 'Observational study of',
        CLINICAL_REPORT: 'Clinical report on',
        EXPERIMENTAL_STUDY: 'Experiment on',
        ONTOLOGY: 'Ontology extract:',
        EDITORIAL: 'Editorial notes on',
      };
      const id = `synthetic-source-${String(i + 1).padStart(5, '0')}`;
      rows.push({
        id,
        kind,
        props: {
          title: `[synthetic] ${what[kind]} ${topic} (bench source ${i + 1})`,
          kind,
          url: null,
          publisher: 'Synthetic Benchmark Press',
          year: 2000 + r.int(26),
          note: 'Generated for benchmarks; not a real document.',
        },
      });
    }
    return rows;
  }

  private claimSourcesCache?: SourceRow[];
  /** Sources that may support efficacy claims (EDITORIAL and ONTOLOGY may not). */
  private claimSources(): SourceRow[] {
    this.claimSourcesCache ??= this.sourceRows.filter((s) => SOURCE_KIND_CAP[s.kind] !== null);
    return this.claimSourcesCache;
  }

  // ---------------------------------------------------------------- entities

  /** Entity rows of one kind, in batches, with the search and ambiguity properties computed as the seed loader does. */
  *entityBatches(batchSize: number): Generator<{ kind: EntityKind; label: string; rows: EntityRow[] }> {
    const ambiguity = computeAmbiguity(KIND_ORDER.flatMap((k) => this.entities[k]));
    for (const kind of KIND_ORDER) {
      const list = this.entities[kind];
      for (let start = 0; start < list.length; start += batchSize) {
        const rows = list.slice(start, start + batchSize).map((e, k) => this.entityRow(kind, start + k, e, ambiguity.get(e.id)));
        yield { kind, label: KIND_LABEL[kind], rows };
      }
    }
  }

  private entityRow(kind: EntityKind, i: number, e: Named, amb?: { ambiguousAliases: string[]; ambiguousWith: string[] }): EntityRow {
    const r = this.stream('entity-props', kind, i);
    const normNames = normalizedNames(e.name, e.aliases);
    const region = this.entities.BODY_REGION[this.attachableRegions[i % this.attachableRegions.length]!]!.name;
    const descriptions: Record<EntityKind, string> = {
      CONDITION: `Synthetic benchmark condition: ${e.name}, an overuse problem runners report around the ${region}.`,
      SYMPTOM: `Synthetic benchmark symptom: ${e.name}, as a runner describes it.`,
      BODY_REGION: `Synthetic benchmark body region: ${e.name}.`,
      TREATMENT: `Synthetic benchmark treatment: ${e.name}, offered to injured runners.`,
      BENEFIT: `Synthetic benchmark benefit: ${e.name}, an effect claimed for a treatment.`,
      SESSION_STEP: `Synthetic benchmark session step: ${e.name}.`,
      SENSATION: `Synthetic benchmark sensation: ${e.name}, sometimes felt during a session.`,
      SAFETY_NOTE: `Synthetic benchmark caveat: ${e.name}.`,
    };
    const isStep = kind === 'SESSION_STEP';
    const retains = isStep && e.name.startsWith('retain needles');
    return {
      id: e.id,
      label: KIND_LABEL[kind],
      props: {
        id: e.id,
        kind,
        name: e.name,
        aliases: e.aliases,
        description: descriptions[kind],
        normNames,
        searchNames: searchNamesProperty(normNames),
        ambiguousAliases: amb?.ambiguousAliases ?? [],
        ambiguousWith: amb?.ambiguousWith ?? [],
        mesh: kind === 'CONDITION' && r.chance(0.2) ? `D0${String(10000 + r.int(89999))}` : null,
        icd10cm: kind === 'CONDITION' && r.chance(0.3) ? [`M${60 + r.int(20)}.${r.int(10)}`] : [],
        doid: kind === 'CONDITION' && r.chance(0.1) ? `DOID:${1000 + r.int(9000)}` : null,
        mondo: null,
        umls: kind === 'CONDITION' && r.chance(0.1) ? `C${String(r.int(9999999)).padStart(7, '0')}` : null,
        snomed: null,
        uberon: kind === 'BODY_REGION' && r.chance(0.5) ? `UBERON:${String(r.int(9999999)).padStart(7, '0')}` : null,
        order: isStep ? this.stepOrder[i]! : null,
        durationMin: retains ? 20 : null,
        durationMax: retains ? 30 : null,
      },
    };
  }

  // ---------------------------------------------------------------- links

  private linkSources(r: Rng): string[] {
    const z = this.zipfOf('LINK_SOURCE', 1.1);
    const first = this.sourceRows[z.sample(r.next())]!.id;
    if (!r.chance(0.2)) return [first];
    const second = this.sourceRows[z.sample(r.next())]!.id;
    return second === first ? [first] : [first, second];
  }

  /**
   * Descriptive links, one type at a time, in batches. Duplicates (same type, same ends) are dropped,
   * so the counts are a little under `degree x entities` where hubs saturate.
   */
  *linkBatches(batchSize: number): Generator<{ type: LinkType; rows: LinkRow[] }> {
    const E = this.entities;
    const types = Object.keys(LINK_TYPES) as LinkType[];
    for (const type of types) {
      const r = this.stream('links', type);
      let batch: LinkRow[] = [];
      const { from, to } = LINK_TYPES[type];
      const fromCount = this.spec.entities[from as EntityKind];
      const seen = new PairSet(fromCount, this.spec.entities[to as EntityKind]);
      const emit = (a: number, b: number): LinkRow[] | null => {
        if (!seen.add(a, b)) return null;
        batch.push({ from: E[from as EntityKind][a]!.id, to: E[to as EntityKind][b]!.id, sources: this.linkSources(r) });
        if (batch.length < batchSize) return null;
        const full = batch;
        batch = [];
        return full;
      };
      for (let a = 0; a < fromCount; a++) {
        for (const b of this.linkTargets(type, a, r)) {
          const full = emit(a, b);
          if (full) yield { type, rows: full };
        }
      }
      if (batch.length > 0) yield { type, rows: batch };
    }
  }

  /** Target indices for one source entity of a link type. */
  private linkTargets(type: LinkType, a: number, r: Rng): number[] {
    const attach = () => this.attachableRegions[this.zipfOf('ATTACHABLE_REGION', 1.0).sample(r.next())]!;
    const n = (mean: number, min = 0) => r.count(mean, min);
    switch (type) {
      case 'PART_OF': {
        const parent = this.regionParent[a]!;
        return parent >= 0 ? [parent] : [];
      }
      case 'PRESENTS':
        return Array.from({ length: n(this.spec.degree.PRESENTS, 1) }, () => this.zipfOf('SYMPTOM', 0.9).sample(r.next()));
      case 'AFFECTS':
        return Array.from({ length: n(this.spec.degree.AFFECTS, 1) }, attach);
      case 'LOCATED_IN':
        return Array.from({ length: n(this.spec.degree.LOCATED_IN, 1) }, attach);
      case 'SUBTYPE_OF': {
        if (a === 0) return [];
        // A broader condition listed earlier (so the hierarchy is acyclic); "running injuries" is the big hub.
        const z = this.zipfOf('CONDITION', 1.1);
        return Array.from({ length: n(this.spec.degree.SUBTYPE_OF, 1) }, () => {
          for (let tries = 0; tries < 8; tries++) {
            const b = z.sample(r.next());
            if (b < a) return b;
          }
          return 0;
        });
      }
      case 'HAS_STEP': {
        // The steps this treatment owns (in order), and now and then a step it borrows from another.
        const owned: number[] = [];
        for (let s = 0; s < this.stepTreatment.length; s++) if (this.stepTreatment[s] === a) owned.push(s);
        if (r.chance(0.2) && this.stepTreatment.length > 0) owned.push(r.int(this.stepTreatment.length));
        return owned;
      }
      case 'HAS_SENSATION':
        return Array.from({ length: n(this.spec.degree.HAS_SENSATION) }, () => this.zipfOf('SENSATION', 1.0).sample(r.next()));
      case 'HAS_SAFETY_NOTE':
        return Array.from({ length: n(this.spec.degree.HAS_SAFETY_NOTE) }, () => this.zipfOf('SAFETY_NOTE', 0.9).sample(r.next()));
      case 'COMPLEMENTS':
        return Array.from({ length: n(this.spec.degree.COMPLEMENTS) }, () => this.zipfOf('TREATMENT', 1.0).sample(r.next())).filter(
          (b) => b !== a,
        );
    }
  }

  // ---------------------------------------------------------------- claims

  /** How many claims of each predicate this size has. */
  claimCounts(): Record<ClaimPredicate, number> {
    const predicates = Object.keys(CLAIM_PREDICATES) as ClaimPredicate[];
    return Object.fromEntries(predicates.map((p) => [p, Math.round(this.spec.claims * PREDICATE_SHARE[p])])) as Record<
      ClaimPredicate,
      number
    >;
  }

  /**
   * Claims, one predicate at a time, in batches. Subjects and objects are Zipf-drawn (acupuncture,
   * pain relief and the common injuries collect most claims; rare conditions get one or none);
   * each claim rests on 1-3 sources and is graded by the rubric: the strongest source kind caps the
   * grade, and a hedge takes one level off. About 1% are retracted.
   */
  *claimBatches(batchSize: number): Generator<{ predicate: ClaimPredicate; rows: ClaimRow[] }> {
    const E = this.entities;
    const claimSources = this.claimSources();
    for (const [predicate, count] of Object.entries(this.claimCounts()) as [ClaimPredicate, number][]) {
      const r = this.stream('claims', predicate);
      const { from, to, verb } = CLAIM_PREDICATES[predicate];
      const subjects = this.zipfOf(from as EntityKind, 1.0);
      const objects = this.zipfOf(to as EntityKind, to === 'CONDITION' ? 0.8 : 1.0);
      const sourceZipf = this.zipfOf('CLAIM_SOURCE', 1.0);
      const seen = new PairSet(this.spec.entities[from as EntityKind], this.spec.entities[to as EntityKind]);
      let batch: ClaimRow[] = [];
      let made = 0;
      // Pairs near the hubs repeat often; give up on a claim after a few tries rather than loop forever.
      for (let attempt = 0; made < count && attempt < count * 6; attempt++) {
        const s = subjects.sample(r.next());
        const o = objects.sample(r.next());
        if (from === to && s === o) continue;
        if (!seen.add(s, o)) continue;
        made++;
        const subject = E[from as EntityKind][s]!;
        const object = E[to as EntityKind][o]!;
        const howMany = r.chance(0.5) ? 1 : r.chance(0.7) ? 2 : 3;
        const sources = [...new Set(Array.from({ length: howMany }, () => claimSources[sourceZipf.sample(r.next())]!))];
        const cap = Math.max(...sources.map((src) => STRENGTH_RANK[SOURCE_KIND_CAP[src.kind] ?? 'VERY_LOW']));
        const hedged = r.chance(0.35);
        const rank = Math.max(1, cap - (hedged ? 1 : 0));
        const strength: EvidenceStrength = strengthFromRank(rank);
        const retracted = r.chance(0.01);
        const id = `${subject.id}-${predicate.toLowerCase().replace(/_/g, '-')}-${object.id}`;
        batch.push({
          id,
          subject: subject.id,
          object: object.id,
          live: !retracted,
          sources: sources.map((src) => src.id),
          props: {
            id,
            predicate,
            strength,
            strengthRank: rank,
            statement: `Synthetic claim: ${capitalise(subject.name)} ${verb} ${object.name}${hedged ? ', the source hedges' : ''}.`,
            sourceCount: sources.length,
            createdBy: 'bench',
            createdAt: CREATED_DAYS[r.int(CREATED_DAYS.length)],
            retractedAt: retracted ? '2025-01-15T12:00:00.000Z' : null,
            retractedBy: retracted ? 'bench-writer' : null,
            retractionReason: retracted ? 'Synthetic retraction: the source was withdrawn.' : null,
          },
        });
        if (batch.length >= batchSize) {
          yield { predicate, rows: batch };
          batch = [];
        }
      }
      if (batch.length > 0) yield { predicate, rows: batch };
    }
  }

  // ---------------------------------------------------------------- estimates

  /** Planned totals, for progress bars (the real counts come out a little lower after de-duplication). */
  estimate(): { nodes: number; relationships: number } {
    const entityCount = Object.values(this.spec.entities).reduce((a, b) => a + b, 0);
    const d = this.spec.degree;
    const e = this.spec.entities;
    const links =
      e.CONDITION * (d.PRESENTS + d.AFFECTS + d.SUBTYPE_OF) +
      e.SYMPTOM * d.LOCATED_IN +
      e.BODY_REGION +
      e.TREATMENT * (d.HAS_SAFETY_NOTE + d.COMPLEMENTS) +
      e.SESSION_STEP * (1.2 + d.HAS_SENSATION);
    // SUBJECT + OBJECT + 1.65 sources on average + the direct relationship of 99% of claims.
    const claimRels = this.spec.claims * (2 + 1.65 + 0.99);
    return { nodes: entityCount + this.spec.claims + this.spec.sources, relationships: Math.round(links + claimRels) };
  }
}
