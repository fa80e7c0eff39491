import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { closeAfterEach } from '../support/typedWay';
import { throughAboutMe, throughWelcome } from './throughWelcome';

/*
 * Carol, Jayden's grandmother, says sorry and asks what the hopes question means: "I am sorry, I am
 * not sure what you mean by this. Do you mean what I hope for Jayden when he is older?". The question
 * is answered and asked again; no part of it is kept as a hope.
 */
describe('a polite question about what the hopes question means', () => {
  let chat: Transcript | undefined;
  closeAfterEach(() => chat);

  it.each([
    'I am sorry, I am not sure what you mean by this. Do you mean what I hope for Jayden when he is older?',
    'sorry i dont get it. like when hes older?',
    'Sorry, I do not understand what you mean. Do you mean when he is grown up?',
    'soz i dont get what u mean. as in the future?',
  ])('"%s" is answered, nothing is kept and the hopes question is asked again', async (typed) => {
    chat = await throughWelcome({ who: 'A parent or carer', name: 'Jayden', age: 'Year 2' });
    await throughAboutMe(chat);
    await chat.say(typed);
    expect(chat.step).toBe(Step.hopesDream);
    expect((await chat.draft())?.aspirations ?? []).toEqual([]);
    await chat.say('I would like him to use his cards to ask for things');
    expect((await chat.draft())!.aspirations.map((a) => a.text)).toHaveLength(1);
  });
});
