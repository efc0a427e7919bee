/**
 * A small Biolink validator for KGX exports, reading the model from the LinkML YAML in vendor/biolink
 * (not from a copied list): a category must be a class that descends from `named thing`, a predicate a
 * slot that descends from `related to`, `knowledge_level` and `agent_type` values of the model's
 * enums, every edge must name its primary knowledge source (an infores CURIE), and publications must be
 * PMID or DOI CURIEs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PROJECT_DIR } from '../../src/paths';

export const BIOLINK_MODEL_FILE = join(PROJECT_DIR, 'vendor', 'biolink', 'biolink-model-4.4.4.yaml');

type Element = { is_a?: string; mixin?: boolean; abstract?: boolean; deprecated?: string };
type Model = {
  version: string;
  classes: Record<string, Element>;
  slots: Record<string, Element>;
  enums: Record<string, { permissible_values: Record<string, unknown> }>;
};

/** `biolink:PhenotypicFeature` → `phenotypic feature`; `biolink:has_phenotype` → `has phenotype`. */
export function categoryName(curie: string): string {
  return curie
    .replace(/^biolink:/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase();
}
export function predicateName(curie: string): string {
  return curie.replace(/^biolink:/, '').replace(/_/g, ' ');
}

export class BiolinkModel {
  readonly model: Model;
  constructor(file = BIOLINK_MODEL_FILE) {
    this.model = parse(readFileSync(file, 'utf8'), { maxAliasCount: -1 }) as Model;
  }

  private ancestors(name: string, table: Record<string, Element>): string[] {
    const chain: string[] = [];
    let current: string | undefined = name;
    while (current !== undefined && table[current] && !chain.includes(current)) {
      chain.push(current);
      current = table[current]!.is_a;
    }
    return chain;
  }

  /** Problems with one category CURIE, or none. */
  checkCategory(curie: string): string[] {
    if (!curie.startsWith('biolink:')) return [`category ${curie} is not a biolink CURIE`];
    const name = categoryName(curie);
    const cls = this.model.classes[name];
    if (!cls) return [`category ${curie} is not a class of Biolink ${this.model.version}`];
    const problems: string[] = [];
    if (cls.abstract) problems.push(`category ${curie} is abstract`);
    if (cls.mixin) problems.push(`category ${curie} is a mixin`);
    if (cls.deprecated) problems.push(`category ${curie} is deprecated`);
    if (!this.ancestors(name, this.model.classes).includes('named thing'))
      problems.push(`category ${curie} does not descend from named thing`);
    return problems;
  }

  checkPredicate(curie: string): string[] {
    if (!curie.startsWith('biolink:')) return [`predicate ${curie} is not a biolink CURIE`];
    const name = predicateName(curie);
    const slot = this.model.slots[name];
    if (!slot) return [`predicate ${curie} is not a slot of Biolink ${this.model.version}`];
    const problems: string[] = [];
    if (slot.deprecated) problems.push(`predicate ${curie} is deprecated`);
    if (slot.abstract) problems.push(`predicate ${curie} is abstract`);
    if (!this.ancestors(name, this.model.slots).includes('related to'))
      problems.push(`predicate ${curie} does not descend from related to`);
    return problems;
  }

  enumValues(name: string): string[] {
    return Object.keys(this.model.enums[name]?.permissible_values ?? {});
  }

  /** Every problem of a KGX node or edge (as parsed from a JSON Lines export). */
  checkNode(node: Record<string, unknown>): string[] {
    const problems: string[] = [];
    if (typeof node.id !== 'string' || !/^[A-Za-z][\w.]*:\S+$/.test(node.id)) problems.push(`node id ${String(node.id)} is not a CURIE`);
    const categories = node.category;
    if (!Array.isArray(categories) || categories.length === 0) problems.push(`node ${String(node.id)} has no category`);
    else for (const c of categories) problems.push(...this.checkCategory(String(c)).map((p) => `node ${String(node.id)}: ${p}`));
    return problems;
  }

  checkEdge(edge: Record<string, unknown>, evidence: boolean): string[] {
    const problems = this.checkPredicate(String(edge.predicate)).map((p) => `edge ${String(edge.id)}: ${p}`);
    const at = `edge ${String(edge.id)}`;
    if (typeof edge.subject !== 'string' || typeof edge.object !== 'string') problems.push(`${at}: subject and object are required`);
    if (typeof edge.primary_knowledge_source !== 'string' || !/^infores:[\w.-]+$/.test(edge.primary_knowledge_source)) {
      problems.push(`${at}: primary_knowledge_source must be an infores CURIE`);
    }
    if (!this.enumValues('KnowledgeLevelEnum').includes(String(edge.knowledge_level)))
      problems.push(`${at}: knowledge_level ${String(edge.knowledge_level)} is not in KnowledgeLevelEnum`);
    if (!this.enumValues('AgentTypeEnum').includes(String(edge.agent_type)))
      problems.push(`${at}: agent_type ${String(edge.agent_type)} is not in AgentTypeEnum`);
    const publications = edge.publications;
    if (publications !== undefined) {
      if (!Array.isArray(publications)) problems.push(`${at}: publications must be a list`);
      else
        for (const p of publications)
          if (!/^(PMID:\d+|doi:10\.\S+)$/.test(String(p))) problems.push(`${at}: publication ${String(p)} is not a PMID or DOI CURIE`);
    }
    if (evidence && !this.model.slots['publications']) problems.push('the model has no publications slot');
    return problems;
  }
}
