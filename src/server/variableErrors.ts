import type { GraphQLFormattedError } from 'graphql';

/**
 * graphql-js refuses a variable that does not coerce with BAD_USER_INPUT and a message naming it
 * (`Variable "$input" got invalid value 3 at "input.aliases[2]"; ...`) but no `extensions.field`, which
 * every other BAD_USER_INPUT carries. This adds it, spelt as the resolvers spell theirs: `input.aliases.2`.
 */
export function withVariableField(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (formatted.extensions?.code !== 'BAD_USER_INPUT' || formatted.extensions.field !== undefined) return formatted;
  const match = /^Variable "\$(\w+)"(?: got invalid value .*? at "([^"]+)")?/s.exec(formatted.message);
  if (!match) return formatted;
  const path = (match[2] ?? match[1]!).replace(/\[(\d+)\]/g, '.$1');
  return { ...formatted, extensions: { ...formatted.extensions, field: path } };
}
