import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createStores } from '../../src/storage';

const run = promisify(execFile);
const cli = (dataDir: string, ...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'scripts/keyworker.ts', ...args], {
    env: { ...process.env, DATA_DIR: dataDir, KEYWORKER_PASSWORD: 'correct horse battery', DATABASE_URL: '' },
  }).then(
    (done) => ({ code: 0, out: done.stdout, err: done.stderr }),
    (failed: { code: number; stdout: string; stderr: string }) => ({ code: failed.code, out: failed.stdout, err: failed.stderr }),
  );

describe('npm run keyworker: safeguarding leads', () => {
  it('adds a lead, makes and unmakes an existing account a lead, and warns when none is left', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'kw-lead-cli-'));
    const leadEmails = async () => {
      const stores = await createStores({ dataDir });
      try {
        return (await stores.concerns.leads()).map((lead) => lead.email);
      } finally {
        await stores.close();
      }
    };
    try {
      expect(await cli(dataDir, 'add', 'dsl@school.example', 'Dana Lead', '--safeguarding-lead')).toMatchObject({ code: 0, out: expect.stringContaining('as a safeguarding lead') });
      expect((await cli(dataDir, 'add', 'kw@school.example', 'Kim Worker')).code).toBe(0);
      expect(await leadEmails()).toEqual(['dsl@school.example']);

      expect((await cli(dataDir, 'lead', 'KW@school.example')).code).toBe(0);
      expect(await cli(dataDir, 'lead', 'nobody@school.example')).toMatchObject({ code: 1, err: expect.stringContaining('No account') });
      expect((await cli(dataDir, 'unlead', 'dsl@school.example')).code).toBe(0);
      expect(await leadEmails()).toEqual(['kw@school.example']);
      expect((await cli(dataDir, 'list')).out).toMatch(/kw@school\.example\tKim Worker\tactive\tsafeguarding lead/);
      expect(await cli(dataDir, 'unlead', 'kw@school.example')).toMatchObject({ code: 0, err: expect.stringContaining('no safeguarding lead') });
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 180_000);
});
