import { createHash } from 'node:crypto';
import { makeApiKey } from '../../src/auth/apiKeys';
import type { ApiKeyEntry } from '../../src/config';
import type { Database } from '../../src/graph/database';
import type { RunningService } from '../../src/server/app';
import { exportTo, filesOf } from '../support/interchange';
import { postGraphQL, startSeededService, stopService } from '../support/testService';

const writer = makeApiKey('researcher-1', 'writer');
const reader = makeApiKey('app-1', 'reader');
const keys: ApiKeyEntry[] = [writer, reader].map(({ entry }) => {
  const [id, role, sha256] = entry.split(':') as [string, 'reader' | 'writer', string];
  return { id, role, sha256 };
});

const NODES = 'id\tcategory\tname\nAKG:arch-pain\tbiolink:PhenotypicFeature\tArch pain\n';
const EDGES =
  'id\tsubject\tpredicate\tobject\tsources\tgrade\tstatement\n' +
  '\tAKG:plantar-fasciitis\tbiolink:has_phenotype\tAKG:arch-pain\tAKG:source-article\t\t\n' +
  'AKG:upload-claim\tAKG:acupuncture\tbiolink:treats\tAKG:plantar-fasciitis\tAKG:source-article\tLOW\tUploaded for the test.\n';

function upload(service: RunningService, files: Record<string, string>, query = '', key?: string) {
  const form = new FormData();
  for (const [name, text] of Object.entries(files)) form.append(name.replace(/\W/g, '_'), new Blob([text]), name);
  return fetch(`${service.url.replace('/graphql', '')}/import${query}`, {
    method: 'POST',
    body: form,
    headers: key ? { authorization: `Bearer ${key}` } : {},
  });
}

describe('bulk import and export over HTTP', () => {
  let db: Database;
  let service: RunningService;
  beforeAll(async () => {
    ({ db, service } = await startSeededService({ auth: { keys, readsRequireKey: false } }));
  });
  afterAll(() => stopService(service, db));

  it('streams each export file to a reader, the same bytes as the command line writes', async () => {
    const base = service.url.replace('/graphql', '');
    const expected = filesOf(await exportTo(db, 'kgx'));
    const nodes = await fetch(`${base}/export/nodes.tsv`);
    expect(nodes.status).toBe(200);
    expect(nodes.headers.get('content-type')).toMatch(/text\/tab-separated-values/);
    expect(await nodes.text()).toBe(expected['nodes.tsv']);
    const graphml = await fetch(`${base}/export/graph.graphml`);
    expect(await graphml.text()).toMatch(/^<\?xml[\s\S]*<node id="plantar-fasciitis"><data key="label">Plantar fasciitis<\/data>/);
    const missing = await fetch(`${base}/export/everything.zip`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(/choose one of nodes\.tsv/);
  });

  it('takes uploads from writer keys only', async () => {
    const files = { 'x_nodes.tsv': NODES, 'x_edges.tsv': EDGES };
    expect((await upload(service, files)).status).toBe(401);
    expect((await upload(service, files, '', 'akg_not-a-key')).status).toBe(401);
    const asReader = await upload(service, files, '', reader.key);
    expect(asReader.status).toBe(403);
    expect(((await asReader.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('FORBIDDEN');
  });

  it('refuses an invalid upload with every problem, a dry run writes nothing, then the import is recorded with who and which files', async () => {
    const bad = await upload(service, { 'x_nodes.tsv': NODES, 'x_edges.tsv': EDGES.replace('\tLOW\t', '\tHIGH\t') }, '', writer.key);
    expect(bad.status).toBe(422);
    const badBody = (await bad.json()) as {
      problems: string[];
      problemsFound: number;
      errors: { message: string; extensions: { code: string } }[];
    };
    expect(badBody.errors[0]!.extensions.code).toBe('IMPORT_INVALID');
    expect(badBody.errors[0]!.message).toBe('1 problem(s); nothing was written.');
    expect(badBody.problemsFound).toBe(1);
    expect(badBody.problems).toEqual([expect.stringMatching(/^x_edges\.tsv:3:6: grade HIGH is above what its sources allow/)]);

    const dry = await upload(service, { 'x_nodes.tsv': NODES, 'x_edges.tsv': EDGES }, '?dryRun=true', writer.key);
    expect(dry.status).toBe(200);
    const dryBody = (await dry.json()) as { importId: string | null; changes: { claims: { added: number } } };
    expect(dryBody).toMatchObject({ importId: null, changes: { claims: { added: 1 } } });
    expect((await postGraphQL(service, '{ claim(id: "upload-claim") { id } }')).body.data).toEqual({ claim: null });

    const ok = await upload(service, { 'x_nodes.tsv': NODES, 'x_edges.tsv': EDGES }, '?format=kgx', writer.key);
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as { importId: string; by: string };
    expect(body.by).toBe('key:researcher-1');
    const provenance = await postGraphQL<{
      claim: {
        importedBy: {
          id: string;
          by: string;
          format: string;
          files: { name: string; sha256: string }[];
          claims: { added: number };
          claimIds: string[];
        };
      };
    }>(service, '{ claim(id: "upload-claim") { importedBy { id by format files { name sha256 } claims { added } claimIds } } }');
    expect(provenance.body.errors).toBeUndefined();
    expect(provenance.body.data!.claim.importedBy).toEqual({
      id: body.importId,
      by: 'key:researcher-1',
      format: 'kgx',
      files: [
        { name: 'x_nodes.tsv', sha256: createHash('sha256').update(NODES).digest('hex') },
        { name: 'x_edges.tsv', sha256: createHash('sha256').update(EDGES).digest('hex') },
      ],
      claims: { added: 1 },
      claimIds: ['upload-claim'],
    });
    const list = await postGraphQL<{ bulkImports: { id: string; entityIds: string[] }[] }>(
      service,
      '{ bulkImports(first: 5) { id entityIds } }',
    );
    expect(list.body.data!.bulkImports[0]).toEqual({ id: body.importId, entityIds: ['arch-pain'] });
    const seeded = await postGraphQL(service, '{ claim(id: "acupuncture-treats-plantar-fasciitis") { importedBy { id } } }');
    expect(seeded.body.data).toEqual({ claim: { importedBy: null } });
  });
});
