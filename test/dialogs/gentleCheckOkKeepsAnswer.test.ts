import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { detectConcern } from '../../src/language';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/* How people should talk to me is no worry; and after "I'm OK" an answer the check interrupted is kept, and the chat moves on. */

const standard = createWords().forMode('standard');

const hana = () =>
  startWith({ today: '2026-12-04', name: 'Hana', age: 15, schoolYear: 10, hopes: [], at: () => ({ stage: 'aboutMe', step: Step.aboutMeSupport }) });

describe('how people should talk to me, at "How can people support you best?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const said of [
    'i wear hearing aids so people need to look at me when they talk and not cover their mouth. dont shout tho',
    'please face me and dont cover your mouth when you speak to me, i lip read',
    'i need people to look at me and not cover their mouths cos im deaf in one ear',
  ]) {
    it(`is kept with no check: "${said}"`, async () => {
      ({ chat } = await hana());
      const replies = await chat.say(said);
      expect(saidIn(replies)).not.toContain(standard('safeguarding:gentle.question'));
      expect(replies.at(-1)?.channelData?.outcomes?.step).not.toBe(Step.aboutMeSupport);
      expect(JSON.stringify((await chat.draft())!.aboutMe.support)).toMatch(/cover/);
      expect((await chat.draft())!.flags).toHaveLength(0);
    });
  }

  it('after "I\'m OK", an answer the check interrupted is kept and the next question follows', async () => {
    ({ chat } = await hana());
    const check = await chat.say('people need to be calm around me and not get in my face when im upset');
    expect(saidIn(check)).toContain(standard('safeguarding:gentle.question'));
    const replies = await chat.say('yeah im fine, its just how i like people to talk to me');
    expect(replies.at(-1)?.channelData?.outcomes?.step).not.toBe(Step.aboutMeSupport);
    expect(JSON.stringify((await chat.draft())!.aboutMe.support)).toMatch(/calm around me/);
    expect((await chat.draft())!.flags).toHaveLength(0);
  });

  it('after "I\'m OK", a feeling alone is not kept as how to support them', async () => {
    ({ chat } = await hana());
    expect(saidIn(await chat.say('i dont see the point in anything anymore to be honest'))).toContain(standard('safeguarding:gentle.question'));
    const replies = await chat.say('yeah im ok');
    expect(replies.at(-1)?.channelData?.outcomes?.step).toBe(Step.aboutMeSupport);
    expect(JSON.stringify((await chat.draft())!.aboutMe.support)).not.toMatch(/point/);
  });
});

describe('a mouth covered or shouting like a parent still reads as harm', () => {
  for (const said of [
    'dont shout at me like dad does',
    'he covers my mouth so i cant scream',
    'she puts her hand over my mouth when i cry',
    'my step dad puts his hand over my mouth when he hits me',
    'they dont cover their mouth when they hit me',
    'my carer slaps me when i get it wrong',
    'i cut myself where nobody sees',
    'mum leaves me without food for days',
    'my boyfriend makes me send pics',
    'an older lad gives me money to carry packages',
  ]) {
    it(`flags "${said}"`, () => {
      expect(detectConcern(said).concern).toBe(true);
    });
  }
});
