import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/*
 * Amira told of someone online asking her for pictures; the note was made. Later she asks for a plan line
 * ("i cant phone ppl tho") to come out: that is a request about her plan, never a take-back of the note.
 * And when a note was marked as taken back though she took nothing back, saying so lifts the mark.
 */

const std = createWords().forMode('standard');
let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

const flagged = (takenBack: boolean) => (d: Draft): Draft => ({
  ...d,
  flags: [{ kind: 'safeguarding', category: 'sexual_abuse', at: '2026-12-07T09:00:00.000Z', step: Step.aboutMeSafe, ...(takenBack ? { takenBackAt: '2026-12-07T09:10:00.000Z' } : {}) }],
});

async function amira(takenBack: boolean): Promise<Transcript> {
  ({ chat } = await startWith({
    today: '2026-12-07',
    name: 'Amira',
    age: 12,
    schoolYear: 7,
    hopes: [{ text: 'to be an artist', theme: 'learning_and_work', needs: ['i cant phone ppl tho'] }],
    change: flagged(takenBack),
    at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }),
  }));
  return chat;
}

describe('taking a plan line out is no take-back of the note, and a wrong mark is lifted', () => {
  it('"take off the phone one. that was about childline not school" leaves the note as told', async () => {
    const c = await amira(false);
    const reply = saidIn(await c.say('take off the phone one. that was about childline not school'));
    expect(reply).not.toContain(std('safeguarding:objection.note'));
    expect((await c.draft())?.flags.every((f) => !f.takenBackAt)).toBe(true);
  });

  for (const typed of ['what?? i didnt take anything back', 'it did happen. dont mark it taken back', 'it was true. i never said it was a mistake']) {
    it(`"${typed}" lifts the take-back mark and says so`, async () => {
      const c = await amira(true);
      const reply = saidIn(await c.say(typed));
      expect(reply).toContain(std('safeguarding:takeBackLifted.lifted'));
      expect((await c.draft())?.flags.map((f) => f.takenBackAt)).toEqual([undefined]);
      expect(c.step).toBe(Step.needsBarrier);
    });
  }

  it('"it didnt happen" keeps the mark: that is no lifting', async () => {
    const c = await amira(true);
    const reply = saidIn(await c.say('it didnt happen'));
    expect(reply).not.toContain(std('safeguarding:takeBackLifted.lifted'));
    expect((await c.draft())?.flags[0]?.takenBackAt).toBeDefined();
  });
});
