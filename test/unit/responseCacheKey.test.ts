import { nestedDeeperThan } from '../../src/cache/responseCache';

describe('nestedDeeperThan: which variables are too deep to hash for the response cache', () => {
  it('accepts the variables our operations take', () => {
    expect(nestedDeeperThan({ id: 'achilles-tendinitis', first: 3 }, 8)).toBe(false);
    expect(nestedDeeperThan({ k: ['CONDITION', 'SYMPTOM'] }, 8)).toBe(false);
    expect(nestedDeeperThan(undefined, 8)).toBe(false);
  });

  it('refuses nesting beyond the limit, even thousands deep, without overflowing the stack', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100000; i++) deep = [deep];
    expect(nestedDeeperThan({ k: deep }, 8)).toBe(true);
    expect(nestedDeeperThan({ a: { b: { c: 1 } } }, 2)).toBe(true);
    expect(nestedDeeperThan({ a: { b: { c: 1 } } }, 3)).toBe(false);
  });
});
