import {
  getArgumentValues,
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isObjectType,
  isInterfaceType,
  Kind,
  type FieldNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import type { Direction } from '../domain/records';
import type { LinkType } from '../domain/vocabulary';
import { LINK_FIELDS } from './linkFields';

/**
 * What a query asks of the entity at `Query.entity`, one level down: which of its links, and its claims with
 * which arguments and whether with their ends and sources. The resolver fetches all of it in one round trip
 * (ENTITY_PAGE_BUNDLE) and primes the request's loaders, so that the nested resolvers find it there; whatever
 * the plan leaves out (a second `claims` with other arguments, deeper levels) they load as before.
 */
export type PagePlan = {
  /** Links per concrete type the query names them under (`... on Condition { symptoms }`). */
  links: { typeName: string; field: string; type: LinkType; direction: Direction }[];
  claims: null | { args: Record<string, unknown>; ends: boolean; sources: boolean };
};

type Collected = { typeName: string | null; node: FieldNode };

/** The fields of a selection set, through inline fragments and fragment spreads, minus those @skip'ped or not @include'd. */
function collect(set: SelectionSetNode, info: GraphQLResolveInfo, typeName: string | null, out: Collected[]): Collected[] {
  for (const selection of set.selections) {
    const skip = getDirectiveValues(GraphQLSkipDirective, selection, info.variableValues);
    const include = getDirectiveValues(GraphQLIncludeDirective, selection, info.variableValues);
    if (skip?.if === true || include?.if === false) continue;
    if (selection.kind === Kind.FIELD) out.push({ typeName, node: selection });
    else if (selection.kind === Kind.INLINE_FRAGMENT)
      collect(selection.selectionSet, info, selection.typeCondition?.name.value ?? typeName, out);
    else {
      const fragment = info.fragments[selection.name.value];
      if (fragment) collect(fragment.selectionSet, info, fragment.typeCondition.name.value, out);
    }
  }
  return out;
}

/** Whether a selection set asks for one of `names` at its top level. */
function asks(set: SelectionSetNode | undefined, info: GraphQLResolveInfo, names: string[]): boolean {
  return !!set && collect(set, info, null, []).some((f) => names.includes(f.node.name.value));
}

export function planEntityPage(info: GraphQLResolveInfo): PagePlan {
  const plan: PagePlan = { links: [], claims: null };
  const field = info.fieldNodes[0];
  if (!field?.selectionSet) return plan;
  for (const { typeName, node } of collect(field.selectionSet, info, null, [])) {
    const name = node.name.value;
    // The interface (or no type condition) covers every type; links live on the concrete types only.
    const concrete = typeName && typeName !== 'Entity' ? typeName : null;
    const link = concrete ? LINK_FIELDS[concrete]?.[name] : undefined;
    if (link && !plan.links.some((l) => l.typeName === concrete && l.field === name)) {
      plan.links.push({ typeName: concrete!, field: name, type: link[0], direction: link[1] });
    }
    if (name === 'claims' && !plan.claims) {
      const owner = info.schema.getType(concrete ?? 'Entity');
      const definition = owner && (isObjectType(owner) || isInterfaceType(owner)) ? owner.getFields().claims : undefined;
      if (!definition) continue;
      plan.claims = {
        args: getArgumentValues(definition, node, info.variableValues),
        ends: asks(node.selectionSet, info, ['subject', 'object']),
        sources: asks(node.selectionSet, info, ['sources']),
      };
    }
  }
  return plan;
}
