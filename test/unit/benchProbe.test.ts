import { spawn, type ChildProcess } from 'node:child_process';
import { probe } from '../../bench/servers';

/**
 * The defect behind the skipped facts × @neo4j/graphql cell of the benchmark smoke test: the harness
 * probed with fetch, whose pooled keep-alive socket the server closes after its keep-alive timeout
 * (Node's default, 5 s, as in every contender). The harness built the library's 16,384 facts bodies
 * between two of its probes, thousands of async calls that never wait for I/O; when that took longer
 * than 5 s (6 to 8 s on the loaded machine, and in the Jest process after the full suite), the next
 * fetch went out on the socket the server had closed and failed with "other side closed" though the
 * server was up. Here the server is another process, as the contenders are, and the harness is kept
 * busy the same way for 6 s between two probes. (fetch fails this test; the probe's own connection
 * per request passes it.)
 */
const SERVER = `
const server = require('node:http').createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ data: { ok: true } }));
  });
});
server.listen(0, '127.0.0.1', () => process.stdout.write(String(server.address().port) + '\\n'));
`;

/** Busy the way building thousands of request bodies is: many async calls whose awaits never wait. */
async function busyFor(ms: number): Promise<void> {
  const until = Date.now() + ms;
  await Promise.all(
    Array.from({ length: 16384 }, async (_, i) => {
      while (Date.now() < until) await Promise.resolve(i);
    }),
  );
}

describe('benchmark probe', () => {
  let child: ChildProcess;
  let url: string;

  beforeAll(async () => {
    child = spawn(process.execPath, ['-e', SERVER], { stdio: ['ignore', 'pipe', 'inherit'] });
    const port = await new Promise<string>((resolve) => child.stdout!.once('data', (chunk: Buffer) => resolve(chunk.toString().trim())));
    url = `http://127.0.0.1:${port}/graphql`;
  });

  afterAll(() => {
    child.kill();
  });

  it('still reaches a live server after the harness was busy for longer than its keep-alive timeout', async () => {
    expect(await probe(url, '{}')).toEqual({ data: { ok: true } });
    await busyFor(6000);
    expect(await probe(url, '{}')).toEqual({ data: { ok: true } });
    expect(child.exitCode).toBeNull();
  });

  it('says why when nothing answers', async () => {
    await expect(probe('http://127.0.0.1:1/graphql', '{}')).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });
});
