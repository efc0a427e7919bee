import { GraphQLError } from 'graphql';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';

/** The stable code of an answer that grew past the response ceiling. */
export const RESPONSE_TOO_LARGE = 'RESPONSE_TOO_LARGE';

/** Roughly what a resolved value adds to the JSON answer: its key, punctuation, and the value itself. */
function jsonBytes(fieldName: string, value: unknown): number {
  let bytes = fieldName.length + 4;
  if (typeof value === 'string') bytes += value.length;
  else if (Array.isArray(value)) {
    // Lists of objects are counted through their own fields; lists of scalars (aliases) here.
    for (const item of value) bytes += typeof item === 'string' ? item.length + 3 : 1;
  } else bytes += 8;
  return bytes;
}

/**
 * The last line of defence behind the cost model: while an operation executes, the size of what it has
 * resolved so far is added up, field by field; past `maxBytes` every further field fails at once (no more
 * database reads), and the whole answer is replaced by one RESPONSE_TOO_LARGE error, so the partial
 * result is dropped before it is serialized. The cost model should make this unreachable for the data
 * the graph holds; it exists for what the estimate cannot know (long texts, an unforeseen schema change).
 */
export function responseCeilingPlugin<C extends BaseContext>(maxBytes: number): ApolloServerPlugin<C> {
  const message = `The answer would be larger than ${Math.round(maxBytes / 1024)} kB, so it was not sent. Ask for fewer fields or smaller pages.`;
  return {
    async requestDidStart() {
      let bytes = 0;
      let over = false;
      return {
        async executionDidStart() {
          return {
            willResolveField({ info }) {
              if (over) throw new GraphQLError(message, { extensions: { code: RESPONSE_TOO_LARGE } });
              return (_error, result) => {
                bytes += jsonBytes(info.fieldName, result);
                if (bytes > maxBytes) over = true;
              };
            },
          };
        },
        async willSendResponse({ response }) {
          if (!over || response.body.kind !== 'single') return;
          response.body.singleResult = { errors: [{ message, extensions: { code: RESPONSE_TOO_LARGE, limitBytes: maxBytes } }] };
        },
      };
    },
  };
}
