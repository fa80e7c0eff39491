import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { throughWelcome } from './throughWelcome';

/* A dad chatting: a remark before his answer ("ha, good question.") is not kept; his answer is. */
describe('a remark before the answer', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['ha, good question. he loves trains', 'good question that. he loves trains', 'ooh thats a tough one, he loves trains'])(
    '"%s" at what people like keeps only "he loves trains"',
    async (typed) => {
      chat = await throughWelcome({ who: 'A parent or carer', name: 'Alfie', age: '7' });
      expect(chat.step).toBe(Step.aboutMeStrengths);
      await chat.say(typed);
      const kept = JSON.stringify((await chat.draft())?.aboutMe ?? {});
      expect(kept).toMatch(/loves trains/i);
      expect(kept).not.toMatch(/question|tough one|\bha\b/i);
    },
  );

  it('"its Alfie not Alfy" after "Alfy" renames him Alfie', async () => {
    chat = await throughWelcome({ who: 'A parent or carer', name: 'Alfy', age: '7' });
    await chat.say('its Alfie not Alfy');
    const draft = await chat.draft();
    expect(draft?.youngPerson.name).toBe('Alfie');
    expect(JSON.stringify(draft?.aboutMe ?? {})).not.toContain('Alfy');
  });
});
