import { getArgumentValues, isObjectType, isInterfaceType, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { Direction, EntityShape } from '../domain/records';
import type { LinkType } from '../domain/vocabulary';
import { LINK_FIELDS, linkShape } from './linkFields';
import { collectFields, shapeOfSelections } from './selection';

/**
 * What a query asks of the entity at `Query.entity`, one level down: which of its links, and its claims with
 * which arguments and whether with their ends and sources. The resolver fetches all of it in one round trip
 * (ENTITY_PAGE_BUNDLE) and primes the request's loaders, so that the nested resolvers find it there; whatever
 * the plan leaves out (a second `claims` with other arguments, deeper levels) they load as before.
 */
export type PagePlan = {
  /** Links per concrete type the query names them under (`... on Condition { symptoms }`). */
  links: { typeName: string; field: string; type: LinkType; direction: Direction; shape: EntityShape }[];
  /** `ends`: the shape the claims' subject and object are asked in, null when neither is asked. */
  claims: null | { args: Record<string, unknown>; ends: EntityShape | null; sources: boolean };
};

/** The fields named one of `names` at the top level of a selection set. */
function fieldsNamed(set: SelectionSetNode | undefined, info: GraphQLResolveInfo, names: string[]): FieldNode[] {
  return set ? collectFields(set, info).flatMap((f) => (names.includes(f.node.name.value) ? [f.node] : [])) : [];
}

/** The shape the entities of these fields are asked in; null when there are none. */
function shapeOfFields(fields: FieldNode[], info: GraphQLResolveInfo): EntityShape | null {
  return fields.length === 0
    ? null
    : shapeOfSelections(
        fields.flatMap((f) => (f.selectionSet ? [f.selectionSet] : [])),
        info,
      );
}

export function planEntityPage(info: GraphQLResolveInfo): PagePlan {
  const plan: PagePlan = { links: [], claims: null };
  const field = info.fieldNodes[0];
  if (!field?.selectionSet) return plan;
  const fields = collectFields(field.selectionSet, info);
  // The interface (or no type condition) covers every type; links live on the concrete types only.
  const concreteOf = (typeName: string | null) => (typeName && typeName !== 'Entity' ? typeName : null);
  for (const { typeName, node } of fields) {
    const name = node.name.value;
    const concrete = concreteOf(typeName);
    const link = concrete ? LINK_FIELDS[concrete]?.[name] : undefined;
    if (link && !plan.links.some((l) => l.typeName === concrete && l.field === name)) {
      // In the shape every occurrence of the link (under any alias) needs; an occurrence that needs less finds no
      // list primed in its shape and loads its own.
      const occurrences = fields.filter((f) => concreteOf(f.typeName) === concrete && f.node.name.value === name).map((f) => f.node);
      const shape = linkShape(concrete!, name, shapeOfFields(occurrences, info)!);
      plan.links.push({ typeName: concrete!, field: name, type: link[0], direction: link[1], shape });
    }
    if (name === 'claims' && !plan.claims) {
      const owner = info.schema.getType(concrete ?? 'Entity');
      const definition = owner && (isObjectType(owner) || isInterfaceType(owner)) ? owner.getFields().claims : undefined;
      if (!definition) continue;
      plan.claims = {
        args: getArgumentValues(definition, node, info.variableValues),
        ends: shapeOfFields(fieldsNamed(node.selectionSet, info, ['subject', 'object']), info),
        sources: fieldsNamed(node.selectionSet, info, ['sources']).length > 0,
      };
    }
  }
  return plan;
}
