import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  getVariableValues,
  valueFromAST,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { LIST_BOUNDS } from '../domain/listBounds';

/**
 * The cost model: before an operation runs, how many values its response can hold at most.
 *
 * Every field selected counts 1, times the length its enclosing lists can reach; a list's length is
 * its `first`/`limit` argument (variables resolved, capped at the argument's maximum) or its documented
 * fixed cap (src/domain/listBounds.ts), and the resolvers never return more. So
 * `source { claims { sources { claims { id } } } }` is 50 × 20 × 50 × 2 values, not 4.
 * Fragments on different types of one interface are added up, which can only overcount.
 * The estimate also bounds the work: each level of a nested list is one batched database read per
 * distinct parent, and there are no more parents than values.
 */

/** The largest estimate an operation may have. See LIMITS.maxEstimatedValues for how it was chosen. */
export type CostLimits = { maxEstimatedValues: number };

type Args = Record<string, unknown>;

/** Arguments as the resolver will see them: literals and variables coerced, defaults filled in. */
function argumentValues(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Args): Args {
  const values: Args = {};
  for (const arg of field.args) {
    const given = node.arguments?.find((a) => a.name.value === arg.name);
    let value: unknown = arg.defaultValue;
    if (given) {
      // A variable the client left out keeps the argument's default, as execution does.
      const missingVariable = given.value.kind === Kind.VARIABLE && !(given.value.name.value in variables);
      if (!missingVariable) value = valueFromAST(given.value, arg.type, variables);
    }
    values[arg.name] = value;
  }
  return values;
}

/** How long this list can be; a bad or missing length argument counts as its maximum (the resolver refuses it anyway). */
function listLength(typeName: string, fieldName: string, args: Args, parentArgs: Args): number {
  const bound = LIST_BOUNDS[`${typeName}.${fieldName}`];
  // A list the table does not know is a schema change without a bound: count it as unbounded.
  if (!bound) return Number.POSITIVE_INFINITY;
  if ('fixed' in bound) return bound.fixed;
  const value = 'argument' in bound ? args[bound.argument] : parentArgs[bound.parentArgument];
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? Math.min(value, bound.max) : bound.max;
}

export function estimateValues(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Args): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }

  // A fragment spread twice in each of a chain of fragments doubles per link: count each fragment once per context.
  const fragmentCosts = new Map<string, number>();
  const selectionCost = (selectionSet: SelectionSetNode, parentType: GraphQLCompositeType, parentArgs: Args): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        // Introspection answers are bounded by the schema's size; the response ceiling backs this up.
        if (name.startsWith('__')) {
          total += 1;
          continue;
        }
        if (!isObjectType(parentType) && !isInterfaceType(parentType)) continue;
        const field = parentType.getFields()[name];
        if (!field) continue; // validation has already refused it
        const args = argumentValues(field, selection, variables);
        const length = isListType(getNullableType(field.type)) ? listLength(parentType.name, name, args, parentArgs) : 1;
        const childType = getNamedType(field.type);
        const below = selection.selectionSet && isCompositeType(childType) ? selectionCost(selection.selectionSet, childType, args) : 0;
        total += length * (1 + below);
      } else {
        const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments.get(selection.name.value);
        if (!fragment) continue;
        const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : parentType;
        if (!condition || !isCompositeType(condition)) continue;
        if (selection.kind === Kind.INLINE_FRAGMENT) {
          total += selectionCost(fragment.selectionSet, condition, parentArgs);
          continue;
        }
        const key = `${selection.name.value}|${JSON.stringify(parentArgs)}`;
        let cost = fragmentCosts.get(key);
        if (cost === undefined) {
          cost = selectionCost(fragment.selectionSet, condition, parentArgs);
          fragmentCosts.set(key, cost);
        }
        total += cost;
      }
    }
    return total;
  };

  const root = schema.getRootType(operation.operation);
  return root ? selectionCost(operation.selectionSet, root, {}) : 0;
}

export function tooManyValues(estimate: number, limits: CostLimits): GraphQLError {
  const shown = Number.isFinite(estimate) ? Math.round(estimate).toLocaleString('en-US') : 'unbounded';
  return new GraphQLError(
    `This operation could return up to ${shown} values, over the limit of ${limits.maxEstimatedValues.toLocaleString('en-US')}. ` +
      'Ask for fewer nested lists, or pass a smaller `first` to them.',
    {
      extensions: {
        code: 'QUERY_TOO_COMPLEX',
        limit: 'maxEstimatedValues',
        estimate: Number.isFinite(estimate) ? Math.round(estimate) : null,
        http: { status: 400 },
      },
    },
  );
}

/**
 * Refuses, before anything runs, an operation whose estimate is above the limit (QUERY_TOO_COMPLEX,
 * HTTP 400). Variables that do not coerce are left to execution, which refuses them with BAD_USER_INPUT.
 */
export function costPlugin<C extends BaseContext>(limits: CostLimits): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
          if (coerced.errors) return;
          const estimate = estimateValues(schema, document, operation, coerced.coerced);
          if (!(estimate <= limits.maxEstimatedValues)) throw tooManyValues(estimate, limits);
        },
      };
    },
  };
}
