import { Writable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dialog } from '../../dialogs/dialogKit';
import { Step } from '../../dialogs/ids';
import { createLogger } from '../../src/log';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from '../dialogs/journeySeed';

/*
 * A turn that would have been silent is logged as a warning for whoever runs the service: the open
 * step and how many such turns there have been, never what the person typed or their name. The
 * talk-about-the-chat reading is stubbed at its boundary so that one sentence goes quiet.
 */
const { QUIET } = vi.hoisted(() => ({ QUIET: 'my cousin Zebedee flies turquoise kites at Pendlebury' }));
vi.mock('../../dialogs/chatTalk', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../dialogs/chatTalk')>();
  return {
    ...original,
    readTalkAboutChat: async (...args: Parameters<typeof original.readTalkAboutChat>) =>
      args[2] === QUIET ? Dialog.EndOfTurn : original.readTalkAboutChat(...args),
  };
});

/** Everything that must never reach a log line. */
const SECRETS = ['Zebedee', 'turquoise', 'kites', 'Pendlebury', 'Philomena'];

function capturedLog(): { log: ReturnType<typeof createLogger>; lines: string[] } {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { log: createLogger({ level: 'trace', destination: sink }), lines };
}

describe('the warning for a turn that would have been silent', () => {
  let chat: Transcript | undefined;
  afterEach(async () => chat?.close());

  it('carries the open step and a count, never the typed words or the name', async () => {
    const { log, lines } = capturedLog();
    ({ chat } = await startWith(
      {
        today: '2025-03-10',
        name: 'Philomena',
        age: 15,
        schoolYear: 10,
        hopes: [{ text: 'work with animals as a vet', theme: 'learning_and_work', needs: [] }],
        at: () => ({ stage: 'hopes', step: Step.hopesMore }),
      },
      { log },
    ));
    expect(saidIn(await chat.say(QUIET))).toMatch(/lost my place/);
    expect(saidIn(await chat.say(QUIET))).toMatch(/lost my place/);

    const warnings = lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((entry) => entry.silentTurns !== undefined);
    expect(warnings.map((w) => [w.level, w.step, w.silentTurns])).toEqual([
      [40, Step.hopesMore, 1],
      [40, Step.hopesMore, 2],
    ]);
    const all = lines.join('');
    for (const secret of SECRETS) expect(all, `log lines contain ${secret}`).not.toContain(secret);
  });
});
