import {
  MAX_TOKENS,
  MAX_TOKEN_LENGTH,
  SEARCH_FIELD,
  bigrams,
  buildLuceneQuery,
  escapeLuceneTerm,
  fuzziness,
  prepareSearch,
  textLength,
  tokenClause,
  tokenGrams,
  tokenize,
} from '../../src/search/query';

// A term is letters and digits, or any character escaped with a backslash; nothing else may reach Lucene.
const TERM = String.raw`(?:\\.|[\p{L}\p{N}])+`;
const CLAUSE = String.raw`${SEARCH_FIELD}:\(${TERM}\^3 OR ${TERM}\*\^2(?: OR ${TERM}~[12])?\)`;
const WELL_FORMED = new RegExp(`^${CLAUSE}(?: OR ${CLAUSE})*$`, 'u');

const HOSTILE = [
  '"',
  '(',
  '[]',
  'AND',
  'OR NOT',
  '*',
  '?',
  '~',
  '^2',
  'title:foo',
  '\\',
  '/',
  'a && b || c',
  '+knee -pain',
  'knee~2^10',
  '{!lucene}',
  'name:/.*/',
  'ñandú ünïcödé',
  '🏃‍♀️🦵',
  '',
  '   ',
  'a'.repeat(10000),
  '!@#$%^&*()_+{}|:"<>?~`-=[]\\;\',./'.repeat(300),
  'NOT AND OR TO',
  'knee\u0000pain',
  '膝の痛み',
];

describe('escapeLuceneTerm', () => {
  it.each(['+', '-', '&', '|', '!', '(', ')', '{', '}', '[', ']', '^', '"', '~', '*', '?', ':', '\\', '/', ' '])('escapes %j', (char) => {
    expect(escapeLuceneTerm(`a${char}b`)).toBe(`a\\${char}b`);
  });

  it('escapes doubled operators character by character', () => {
    expect(escapeLuceneTerm('a&&b||c')).toBe('a\\&\\&b\\|\\|c');
  });

  it('lower-cases the operator words so that they are plain terms', () => {
    expect(escapeLuceneTerm('AND')).toBe('and');
    expect(escapeLuceneTerm('OR')).toBe('or');
    expect(escapeLuceneTerm('NOT')).toBe('not');
    expect(escapeLuceneTerm('TO')).toBe('to');
    expect(escapeLuceneTerm('ANDROID')).toBe('ANDROID');
  });

  it('leaves letters and digits alone', () => {
    expect(escapeLuceneTerm('fasciitis2')).toBe('fasciitis2');
    expect(escapeLuceneTerm('ñandú')).toBe('ñandú');
  });
});

describe('fuzziness', () => {
  it('allows no typo under 3 characters, one for 3 to 5, two from 6', () => {
    expect(fuzziness('it')).toBe(0);
    expect(fuzziness('a')).toBe(0);
    expect(fuzziness('kne')).toBe(1);
    expect(fuzziness('knees')).toBe(1);
    expect(fuzziness('achill')).toBe(2);
    expect(fuzziness('fascitis')).toBe(2);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(fuzziness('𝔞𝔟')).toBe(0);
  });
});

describe('tokenClause and buildLuceneQuery', () => {
  it('asks for the exact term, the prefix and a fuzzy term on the names field', () => {
    expect(tokenClause('plantar')).toBe('searchNames:(plantar^3 OR plantar*^2 OR plantar~2)');
    expect(tokenClause('knee')).toBe('searchNames:(knee^3 OR knee*^2 OR knee~1)');
    expect(tokenClause('it')).toBe('searchNames:(it^3 OR it*^2)');
  });

  it('joins tokens with OR', () => {
    expect(buildLuceneQuery(['runners', 'knee'])).toBe(
      'searchNames:(runners^3 OR runners*^2 OR runners~2) OR searchNames:(knee^3 OR knee*^2 OR knee~1)',
    );
  });

  it('escapes whatever a token holds, even though normalised tokens hold only letters and digits', () => {
    expect(tokenClause('a:b')).toBe('searchNames:(a\\:b^3 OR a\\:b*^2 OR a\\:b~1)');
    expect(tokenClause('NOT')).toBe('searchNames:(not^3 OR not*^2 OR not~1)');
  });
});

describe('tokenize', () => {
  it('keeps distinct tokens in typing order', () => {
    expect(tokenize('knee pain knee')).toEqual(['knee', 'pain']);
  });

  it('caps the number and the length of tokens', () => {
    expect(tokenize('a b c d e f g h i j k l')).toHaveLength(MAX_TOKENS);
    expect(tokenize('x'.repeat(500))[0]).toHaveLength(MAX_TOKEN_LENGTH);
  });
});

describe('bigrams', () => {
  it('lists adjacent character pairs', () => {
    expect(bigrams('heel')).toEqual(['he', 'ee', 'el']);
    expect(bigrams('a')).toEqual([]);
  });
});

describe('tokenGrams', () => {
  it('lists distinct bigrams, and a one-character token as itself so that the list is never empty', () => {
    expect(tokenGrams('aaaa')).toEqual(['aa']);
    expect(tokenGrams('knee')).toEqual(['kn', 'ne', 'ee']);
    expect(tokenGrams('a')).toEqual(['a']);
  });

  it('never holds the separators the query uses to pass lists as strings', () => {
    for (const text of ['a, b', 'runner’s knee', 'x,y z', '膝の痛み 🦵 ñ']) {
      for (const grams of prepareSearch(text)?.grams ?? []) for (const gram of grams) expect(gram).not.toMatch(/[ ,]/);
    }
  });
});

describe('prepareSearch', () => {
  it('normalises case, apostrophes and punctuation', () => {
    const a = prepareSearch("Runner's Knee");
    const b = prepareSearch('RUNNERS-KNEE!!');
    expect(a?.norm).toBe('runners knee');
    expect(b?.norm).toBe('runners knee');
    expect(a?.lucene).toBe(b?.lucene);
    expect(a?.tokens).toEqual(['runners', 'knee']);
    expect(a?.grams[1]).toEqual(['kn', 'ne', 'ee']);
  });

  it('folds accents', () => {
    expect(prepareSearch('ñandú ünïcödé')?.tokens).toEqual(['nandu', 'unicode']);
  });

  it('gives nothing to search for empty text, blanks, punctuation or emoji', () => {
    for (const text of ['', '   ', '!!!', '"', '()', '🏃‍♀️🦵', '\\', '*?~^']) expect(prepareSearch(text)).toBeNull();
  });

  it('turns operators into plain words', () => {
    expect(prepareSearch('OR NOT')?.lucene).toBe('searchNames:(or^3 OR or*^2) OR searchNames:(not^3 OR not*^2 OR not~1)');
    expect(prepareSearch('title:foo')?.tokens).toEqual(['title', 'foo']);
  });

  it.each(HOSTILE.map((text) => [text.length > 40 ? `${text.slice(0, 40)}… (${text.length})` : text, text]))(
    'builds a well-formed query or none for %j',
    (_label, text) => {
      const prepared = prepareSearch(text);
      if (prepared === null) return;
      expect(prepared.lucene).toMatch(WELL_FORMED);
      expect(prepared.tokens.length).toBeGreaterThan(0);
      expect(prepared.tokens.length).toBeLessThanOrEqual(MAX_TOKENS);
      for (const token of prepared.tokens) expect(token).toMatch(/^[\p{L}\p{N}]+$/u);
    },
  );
});

describe('textLength', () => {
  it('counts code points', () => {
    expect(textLength('knee')).toBe(4);
    expect(textLength('🦵')).toBe(1);
  });
});
