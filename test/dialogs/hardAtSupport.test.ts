import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/* Asked what helps, a child says only what is hard: kept with what is hard, and what helps is asked again. */

const nia = () => startWith({ today: '2026-12-04', name: 'Nia', age: 11, schoolYear: 6, hopes: [], at: () => ({ stage: 'aboutMe', step: Step.aboutMeSupport }) });
const needTexts = async (chat: Transcript) => (await chat.draft())!.needs.map((n) => n.text).join(' | ');

describe('hard things said where support was asked', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const said of ['pe because i always drop the ball and people laugh. and writing takes ages and my hand hurts', 'writing takes ages and my hand hurts', 'maths is really hard']) {
    it(`keeps "${said}" as hard, not as help, and asks again`, async () => {
      ({ chat } = await nia());
      const text = saidIn(await chat.say(said));
      expect(text).toMatch(/things you find hard/);
      expect(text).not.toMatch(/That will really help/);
      expect(text).toMatch(/support you best/);
      expect(chat.step).toBe(Step.aboutMeSupport);
      expect((await chat.draft())!.aboutMe.support ?? []).toHaveLength(0);
      expect(await needTexts(chat)).toMatch(/hurts|hard/);
    });
  }

  for (const said of ['writing hurts my hand so a laptop helps', 'when i drop the ball people should not laugh, a quiet word helps', 'give me extra time because writing takes ages', 'a teacher who doesnt laugh when i get stuck', 'not rushing me when writing takes ages', 'being patient when i drop things']) {
    it(`leave alone: help said beside the hard thing is kept as support: "${said}"`, async () => {
      ({ chat } = await nia());
      await chat.say(said);
      expect((await chat.draft())!.aboutMe.support ?? []).not.toHaveLength(0);
    });
  }

  it('still heard: people hurting her is a concern, not a hard thing', async () => {
    ({ chat } = await nia());
    await chat.say('people laugh at me and they hit me and it hurts');
    expect((await chat.draft())!.flags.length).toBeGreaterThan(0);
  });
});
