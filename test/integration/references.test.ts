import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '../../src/graph/database';
import type { RunningService } from '../../src/server/app';
import { DEFAULT_SEED_DIR } from '../../seed';
import { REFERENCE_FIELDS, type SeedReference } from '../../seed/schema';
import { postGraphQL, startSeededService, stopService } from '../support/testService';

/** The project's own list of references, read as a reader would: the file, not the loader. */
const references = JSON.parse(readFileSync(join(DEFAULT_SEED_DIR, 'references.json'), 'utf8')) as SeedReference[];
const byId = new Map(references.map((r) => [r.id, r]));

const DOI = /\b10\.\d{4,9}\/[^\s"';,)]+/g;
const SOURCE_FIELDS = `id title kind url publisher year authors authorsComplete journal volume issue pages doi pmid pmcid registration seenAt`;
type ApiSource = Record<(typeof REFERENCE_FIELDS)[number], unknown> & { id: string; kind: string; seenAt: string[] };

describe('every identifier and bibliographic field in the graph is in the list of references', () => {
  let db: Database;
  let service: RunningService;
  let sources: ApiSource[];

  beforeAll(async () => {
    ({ db, service } = await startSeededService());
    const { body } = await postGraphQL<{ sources: ApiSource[] }>(service, `{ sources { ${SOURCE_FIELDS} } }`);
    expect(body.errors).toBeUndefined();
    sources = body.data!.sources;
  });
  afterAll(() => stopService(service, db));

  it('every DOI and PMID anywhere in the graph appears in the list of references', async () => {
    // Every string property of every node and relationship: a DOI in a note or a finding counts as much as a doi field.
    const rows = await db.read<{ values: unknown[] }>(
      `CALL () { MATCH (n) RETURN [k IN keys(n) | n[k]] AS values UNION ALL MATCH ()-[r]->() RETURN [k IN keys(r) | r[k]] AS values }
       RETURN values`,
    );
    const strings = rows.flatMap((r) => r.values.flat()).filter((v): v is string => typeof v === 'string');
    const dois = new Set(strings.flatMap((s) => s.match(DOI) ?? []));
    expect(dois.size).toBeGreaterThan(15);
    // A DOI may sit inside an address where a record was read (a protocol, a conference abstract): the list records that address.
    const listText = JSON.stringify(references);
    for (const doi of dois) expect({ doi, listed: listText.includes(doi) }).toEqual({ doi, listed: true });
    const [doiFields] = await db.read<{ dois: string[] }>('MATCH (s:Source) WHERE s.doi IS NOT NULL RETURN collect(s.doi) AS dois');
    const listedDois = new Set(references.map((r) => r.doi).filter(Boolean));
    for (const doi of doiFields!.dois) expect(listedDois).toContain(doi);

    const [pmids] = await db.read<{ pmids: string[] }>('MATCH (s:Source) WHERE s.pmid IS NOT NULL RETURN collect(s.pmid) AS pmids');
    const listedPmids = new Set(references.map((r) => r.pmid).filter(Boolean));
    expect(pmids!.pmids.length).toBeGreaterThan(10);
    for (const pmid of pmids!.pmids) expect(listedPmids).toContain(pmid);
  });

  it('no source has a field that the list lacks, and each field it has was seen at a recorded address', () => {
    const published = sources.filter((s) => byId.has(s.id));
    expect(published.length).toBe(references.length);
    for (const source of sources) {
      const ref = byId.get(source.id) as Record<string, unknown> | undefined;
      for (const field of REFERENCE_FIELDS) {
        const value = source[field];
        const empty = value === null || (Array.isArray(value) && value.length === 0);
        if (!ref) {
          // The lay article and the editorial and ontology sources: a title and a kind, no bibliographic claim.
          if (field !== 'title')
            expect({ source: source.id, field, value: empty ? null : value }).toEqual({ source: source.id, field, value: null });
          continue;
        }
        if (field === 'authorsComplete') continue;
        if (empty) {
          expect(ref[field]).toBeUndefined();
          continue;
        }
        expect({ source: source.id, field, value }).toEqual({ source: source.id, field, value: ref[field] });
        expect((ref.seenAt as string[]).length).toBeGreaterThan(0);
      }
      if (ref) expect(source.seenAt).toEqual(expect.arrayContaining(ref.seenAt as string[]));
    }
  });

  it('fields marked not seen stay unknown in the API', () => {
    let checked = 0;
    for (const ref of references) {
      const source = sources.find((s) => s.id === ref.id)!;
      for (const field of ref.notSeen) {
        const value = source[field];
        expect({ source: ref.id, field, value: Array.isArray(value) && value.length === 0 ? null : value }).toEqual({
          source: ref.id,
          field,
          value: null,
        });
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(30);
  });

  it('keeps the lay article as what it is: no author, date, identifier or address', () => {
    const article = sources.find((s) => s.id === 'source-article')!;
    expect(article).toMatchObject({ kind: 'LAY_ARTICLE', authors: [], year: null, doi: null, pmid: null, url: null, journal: null });
  });
});
