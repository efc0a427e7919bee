import {
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  type FieldNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import type { EntityShape } from '../domain/records';
import { LINK_FIELDS } from './linkFields';

/** What reading a selection set needs besides the set: the operation's fragments and the request's variables. */
export type SelectionContext = Pick<GraphQLResolveInfo, 'fragments' | 'variableValues'>;

/** A field of a selection set with the type condition it sits under (null: the field's own type). */
export type CollectedField = { typeName: string | null; node: FieldNode };

/** The fields of a selection set, through inline fragments and fragment spreads, minus those @skip'ped or not @include'd. */
export function collectFields(
  set: SelectionSetNode,
  info: SelectionContext,
  typeName: string | null = null,
  out: CollectedField[] = [],
): CollectedField[] {
  for (const selection of set.selections) {
    const skip = getDirectiveValues(GraphQLSkipDirective, selection, info.variableValues);
    const include = getDirectiveValues(GraphQLIncludeDirective, selection, info.variableValues);
    if (skip?.if === true || include?.if === false) continue;
    if (selection.kind === Kind.FIELD) out.push({ typeName, node: selection });
    else if (selection.kind === Kind.INLINE_FRAGMENT)
      collectFields(selection.selectionSet, info, selection.typeCondition?.name.value ?? typeName, out);
    else {
      const fragment = info.fragments[selection.name.value];
      if (fragment) collectFields(fragment.selectionSet, info, fragment.typeCondition.name.value, out);
    }
  }
  return out;
}

/**
 * The entity fields a brief record answers: id, kind and name themselves, and the fields whose resolvers read only
 * the entity's id (they load what they show by id). Any other field, including one added to the schema later and
 * not listed here, makes the read full, so a brief record never answers a field it lacks.
 */
export const BRIEF_ENTITY_FIELDS: ReadonlySet<string> = new Set([
  '__typename',
  'id',
  'kind',
  'name',
  'claims',
  'treatments',
  'ancestors',
  ...Object.values(LINK_FIELDS).flatMap((fields) => Object.keys(fields)),
]);

/** The sub-selections reached from `sets` by following the field names of `path`, through fragments. */
function follow(sets: SelectionSetNode[], path: readonly string[], info: SelectionContext) {
  let current = sets;
  for (const name of path) {
    current = current.flatMap((set) =>
      collectFields(set, info)
        .filter((f) => f.node.name.value === name && f.node.selectionSet)
        .map((f) => f.node.selectionSet!),
    );
  }
  return current;
}

/** Brief when every field the selection sets ask of an entity (in every fragment) is in BRIEF_ENTITY_FIELDS. */
export function shapeOfSelections(sets: readonly SelectionSetNode[], info: SelectionContext): EntityShape {
  return sets.some((set) => collectFields(set, info).some((f) => !BRIEF_ENTITY_FIELDS.has(f.node.name.value))) ? 'full' : 'brief';
}

/**
 * The shape the entities at `paths` below the current field need, each path the field names leading from the
 * field's result to entities (['nodes'] for a subgraph; [] for a field that is itself an entity or a list of them):
 * brief when every field asked of them, in every fragment and under every occurrence of the field, is in
 * BRIEF_ENTITY_FIELDS; full otherwise.
 */
export function entityShapeOf(info: GraphQLResolveInfo, paths: readonly (readonly string[])[] = [[]]): EntityShape {
  const roots = info.fieldNodes.flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
  return paths.some((path) => shapeOfSelections(follow(roots, path, info), info) === 'full') ? 'full' : 'brief';
}
