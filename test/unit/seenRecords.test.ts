import { RepeatedRecords, SeenRecords } from '../../src/interchange/seenRecords';

describe('SeenRecords: repeated and conflicting records by identity, in typed arrays', () => {
  it('tells a first sight, a repeat with the same data and a conflict, with where the first one was', () => {
    const seen = new SeenRecords();
    expect(seen.see('entity a', '{"id":"a","name":"A"}', { file: 'n.tsv', line: 2 })).toBeNull();
    expect(seen.see('entity b', '{"id":"b"}', { file: 'n.tsv', line: 3 })).toBeNull();
    expect(seen.see('entity a', '{"id":"a","name":"A"}', { file: 'm.tsv', line: 9 })).toEqual({
      at: { file: 'n.tsv', line: 2 },
      same: true,
    });
    expect(seen.see('entity a', '{"id":"a","name":"B"}', { file: 'm.tsv', line: 10 })).toEqual({
      at: { file: 'n.tsv', line: 2 },
      same: false,
    });
    // The same id as another kind of record is another identity.
    expect(seen.see('claim a', '{"id":"a","name":"A"}', { file: 'e.tsv', line: 2 })).toBeNull();
    expect(seen.size).toBe(3);
  });

  it('keeps every record through its growth (200,000 records, every seventh repeated and conflicting)', () => {
    const seen = new SeenRecords();
    const n = 200000;
    const wrong: string[] = [];
    for (let i = 0; i < n; i++) if (seen.see(`link ${i}`, `data ${i}`, { file: `f${i % 3}`, line: i + 2 }) !== null) wrong.push(`new ${i}`);
    for (let i = 0; i < n; i += 7) {
      const repeat = seen.see(`link ${i}`, `data ${i}`, { file: 'g', line: 1 });
      const conflict = seen.see(`link ${i}`, `other ${i}`, { file: 'g', line: 1 });
      if (repeat?.same !== true || repeat.at.file !== `f${i % 3}` || repeat.at.line !== i + 2) wrong.push(`repeat ${i}`);
      if (conflict?.same !== false || conflict.at.line !== i + 2) wrong.push(`conflict ${i}`);
    }
    expect(wrong).toEqual([]);
    expect(seen.size).toBe(n);
    seen.clear();
    expect(seen.size).toBe(0);
    expect(seen.see('link 5', 'data 5', { file: 'g', line: 1 })).toBeNull();
  });
});

describe('RepeatedRecords: the places of repeated records, for the writing pass to skip', () => {
  it('finds every place added, in order or not, and no other', () => {
    const repeats = new RepeatedRecords();
    // Mostly increasing, as the validation adds them; findings checked in a later batch add lower places.
    const added = [3, 7, 8, 1000, 5, 200000, 200001, 6];
    for (const place of added) repeats.add(place);
    for (let i = 0; i < 300; i++) repeats.add(300000 + i * 3);
    const held = new Set([...added, ...Array.from({ length: 300 }, (_, i) => 300000 + i * 3)]);
    const wrong: number[] = [];
    for (let place = 0; place < 301000; place++) if (repeats.has(place) !== held.has(place)) wrong.push(place);
    expect(wrong).toEqual([]);
    expect(repeats.size).toBe(held.size);
  });
});
