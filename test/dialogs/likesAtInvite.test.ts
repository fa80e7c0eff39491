import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/* At the code question, a child types what she likes and is good at: kept for "about me", never lost. */

const nia = () => startWith({ today: '2026-12-04', name: 'Nia', age: 11, schoolYear: 6, hopes: [], at: () => ({ stage: 'welcome', step: Step.welcomeInvite }) });

describe('likes typed at the code question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const said of ['i like drawing and my cat biscuit. im good at lego', 'i love swimming and my nan', 'my favourite thing is drawing']) {
    it(`keeps "${said}" with what is important, and says so`, async () => {
      ({ chat } = await nia());
      const text = saidIn(await chat.say(said));
      expect(text).toMatch(/doesn't look like a code/);
      expect(text).toMatch(/kept it with what is important/);
      expect((await chat.draft())!.aboutMe.important).toContain(said);
      expect(chat.step).not.toBe(Step.welcomeInvite);
    });
  }

  it('leave alone: a plain no-code sentence keeps nothing', async () => {
    ({ chat } = await nia());
    const text = saidIn(await chat.say('my mum said we dont have one yet'));
    expect(text).not.toMatch(/kept it with what is important/);
    expect((await chat.draft())!.aboutMe.important ?? []).toHaveLength(0);
  });

  it('still heard: a worry typed with a like is a concern', async () => {
    ({ chat } = await nia());
    await chat.say('i like drawing but my dad hits me');
    expect((await chat.draft())!.flags.length).toBeGreaterThan(0);
  });
});
