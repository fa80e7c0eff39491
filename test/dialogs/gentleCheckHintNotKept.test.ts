import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/*
 * "people need to give me space when i feel like theres no point in anything" at "How can people
 * support you best?": "Are you OK?" first. After "yeah im fine" only how to help is kept, never the
 * words that hold the hint of self-harm; with nothing else to keep, the question is asked again.
 */

const standard = createWords().forMode('standard');

const hana = () =>
  startWith({ today: '2026-12-04', name: 'Hana', age: 15, schoolYear: 10, hopes: [], at: () => ({ stage: 'aboutMe', step: Step.aboutMeSupport }) });

const supportOf = async (chat: Transcript) => (await chat.draft())!.aboutMe.support.join(' | ');

describe('after "I\'m OK", a hint of self-harm is never kept as how to support them', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const [said, kept] of [
    ['people need to give me space when i feel like theres no point in anything', 'people need to give me space'],
    ['people need to give me space when i hate myself and everything feels pointless', 'people need to give me space'],
    ['teachers need to let me go somewhere quiet when i feel like i have had enough of everything', 'teachers need to let me go somewhere quiet'],
  ] as const) {
    it(`keeps only "${kept}" of "${said}"`, async () => {
      ({ chat } = await hana());
      expect(saidIn(await chat.say(said))).toContain(standard('safeguarding:gentle.question'));
      const replies = await chat.say('yeah im fine');
      expect(replies.at(-1)?.channelData?.outcomes?.step).not.toBe(Step.aboutMeSupport);
      expect(await supportOf(chat)).toBe(kept);
    });
  }

  it('asks again when the hint and how to help cannot be told apart, keeping nothing', async () => {
    ({ chat } = await hana());
    expect(saidIn(await chat.say('when i feel like theres no point in anything people need to give me space'))).toContain(standard('safeguarding:gentle.question'));
    const replies = await chat.say('yeah im fine');
    expect(replies.at(-1)?.channelData?.outcomes?.step).toBe(Step.aboutMeSupport);
    expect(await supportOf(chat)).toBe('');
  });

  for (const said of ['people need to hide the tablets when i feel low']) {
    it(`asks again, keeping nothing, when a part of "${said}" holds the hint itself`, async () => {
      ({ chat } = await hana());
      expect(saidIn(await chat.say(said))).toContain(standard('safeguarding:gentle.question'));
      const replies = await chat.say('yeah im fine');
      expect(replies.at(-1)?.channelData?.outcomes?.step).toBe(Step.aboutMeSupport);
      expect(await supportOf(chat)).toBe('');
    });
  }

  it('still keeps how to help when its "when" holds no hint', async () => {
    ({ chat } = await hana());
    expect(saidIn(await chat.say('people need to be calm around me and not get in my face when im upset'))).toContain(standard('safeguarding:gentle.question'));
    await chat.say('yeah im fine');
    expect(await supportOf(chat)).toMatch(/calm around me.*when im upset/);
  });
});

describe('the same words told plainly are still a disclosure', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const said of [
    'people need to give me space when i feel like hurting myself',
    'people need to give me space when i feel like ending it',
    'teachers need to let me go somewhere quiet when i want to kill myself',
  ]) {
    it(`flags "${said}" at once, with nothing kept`, async () => {
      ({ chat } = await hana());
      const replies = await chat.say(said);
      expect(saidIn(replies)).not.toContain(standard('safeguarding:gentle.question'));
      expect(chat.step).toBe(Step.safeguardingCheck);
      expect((await chat.draft())!.flags.map((f) => f.category)).toEqual(['self_harm_or_suicide']);
      expect(await supportOf(chat)).toBe('');
    });
  }
});
