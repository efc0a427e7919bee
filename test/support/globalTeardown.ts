import { rmSync } from 'node:fs';
import { join } from 'node:path';

export default async function globalTeardown(): Promise<void> {
  await globalThis.__EMBEDDED_NEO4J__?.stop();
  const dataDir = process.env.TEST_NEO4J_DATA_DIR;
  if (dataDir) rmSync(join(__dirname, '..', '..', dataDir), { recursive: true, force: true });
}
