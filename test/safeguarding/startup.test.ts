import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createStores } from '../../src/storage';
import { runApp } from '../support/inProcessApp';

/** The whole app as `npm start` wires it, with and without a safeguarding lead. */
describe('starting a service', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  async function start(withLead: boolean) {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'outcomes-start-'));
    dirs.push(dataDir);
    if (withLead) {
      const stores = await createStores({ dataDir });
      await stores.keyWorkers.addKeyWorker({ email: 'lead@school.example', name: 'Lee Lead', passwordHash: 'x' }, new Date());
      await stores.concerns.setLead('lead@school.example', true);
      await stores.close();
    }
    return runApp({ DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
  }

  it('without a safeguarding lead stays ready, and warns in its log', async () => {
    const app = await start(false);
    try {
      expect((await fetch(`${app.url}/readyz`)).status).toBe(200);
      expect(app.logLines.join('')).toContain('no safeguarding lead');
    } finally {
      await app.stop();
    }
  });

  it('with one, does not warn', async () => {
    const app = await start(true);
    try {
      expect((await fetch(`${app.url}/readyz`)).status).toBe(200);
      expect(app.logLines.join('')).not.toContain('no safeguarding lead');
    } finally {
      await app.stop();
    }
  });
});
