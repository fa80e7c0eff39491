import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');

/*
 * What a SQLite start loads decides how soon the first reply comes: botbuilder-dialogs' prompts
 * and the Microsoft text recognizers took about half a second and the journey never uses them.
 */
describe('a start on SQLite', () => {
  it('loads the bot and the app without prompts, text recognizers or the PostgreSQL client', () => {
    const probe = `
      require('./bots/createBot'); require('./src/app');
      const loaded = Object.keys(require.cache);
      const unwanted = [/@microsoft[\\\\/]recognizers-text/, /botbuilder-dialogs[\\\\/]lib[\\\\/]prompts/, /node_modules[\\\\/]pg[\\\\/]/];
      process.stdout.write(JSON.stringify({ count: loaded.length, unwanted: unwanted.filter((re) => loaded.some((path) => re.test(path))).map(String) }));`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '-e', probe], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(run.status, run.stderr).toBe(0);
    const { count, unwanted } = JSON.parse(run.stdout) as { count: number; unwanted: string[] };
    expect(count).toBeGreaterThan(100);
    expect(unwanted).toEqual([]);
  }, 90_000);
});
