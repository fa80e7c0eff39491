import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOURNEY } from '../../bench/script';
import { bundleServer } from '../../scripts/bundle';
import { primeCodeCache } from '../../scripts/codeCache';
import { journeyTurn, postBotFramework, repliesOf } from '../support/appClients';
import { startAppProcess, type RunningApp } from '../support/appProcess';

/*
 * `npm start` runs the server as one bundled file (dist/server.js). The bundle is built here as
 * `npm run build` builds it (into a folder of its own inside dist/, so a build running beside it is
 * untouched), started with plain `node`, and a person types a whole journey to it: the words, the
 * language models and the storage must all be found from the bundle's place. As the build does, the
 * server is first started once to write its code cache, and the server tested starts from that cache.
 */
describe('the bundled server', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'outcomes-bundle-'));
  const outDir = path.join('dist', `bundle-test-${process.pid}`);
  let app: RunningApp | undefined;

  beforeAll(async () => {
    await bundleServer(path.join(outDir, 'server.js'));
    expect(await primeCodeCache(path.join(outDir, 'server.js'))).toMatch(/^wrote .*server\.bundle\.cache/);
    app = await startAppProcess({ dataDir, script: path.join(outDir, 'server.js') });
  }, 180_000);

  afterAll(async () => {
    await app?.stop();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  });

  it('answers a new conversation and walks a typed journey to the end', async () => {
    const started = await postBotFramework(app!.url, { type: 'conversationUpdate', conversation: { id: 'bundle-hello' }, membersAdded: [{ id: 'person-1' }] });
    expect(started.status).toBe(200);
    expect(repliesOf(started).map((a) => a.text).join(' ')).toMatch(/Outcomes Bot/);

    for (const [index, step] of JOURNEY.entries()) {
      expect(await journeyTurn(app!.url, 'bundle-journey', step.say), `turn ${index}: "${step.say ?? '(start)'}"`).toBe(step.expect);
    }
  }, 180_000);

  it('hands a person who typed the whole journey their plan as a Word document (docx is read from node_modules on first use)', async () => {
    for (const step of JOURNEY.slice(0, -1)) await journeyTurn(app!.url, 'bundle-word', step.say);
    const last = await postBotFramework(app!.url, { type: 'message', text: JOURNEY.at(-1)!.say, conversation: { id: 'bundle-word' }, from: { id: 'person-bundle-word' } });
    const link = JSON.stringify(repliesOf(last)).match(/https?:\/\/[^"\s]+\/downloads\/[^"\s]+\.docx/)?.[0];
    expect(link, 'a Word download link at the end').toBeDefined();
    const word = await fetch(link!.replace(/^https?:\/\/[^/]+/, app!.url));
    expect(word.status).toBe(200);
    expect(Buffer.from(await word.arrayBuffer()).subarray(0, 2).toString()).toBe('PK');
  }, 180_000);

  it('hears a disclosure typed in the middle of an answer (the concern model is loaded)', async () => {
    for (const step of JOURNEY.slice(0, 8)) await journeyTurn(app!.url, 'bundle-worry', step.say);
    const reply = await postBotFramework(app!.url, {
      type: 'message',
      text: 'my step dad hits me when he is drunk',
      conversation: { id: 'bundle-worry' },
      from: { id: 'person-bundle-worry' },
    });
    expect(repliesOf(reply).map((a) => a.text).join(' ')).toMatch(/Childline|NSPCC|Are you OK/);
  }, 120_000);
});
