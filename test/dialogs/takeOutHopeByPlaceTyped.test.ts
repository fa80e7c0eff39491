import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, typedTo } from '../support/typedWay';

/*
 * A dad asks a question and gives three hopes in one message, then says the first hope was his
 * question, with any verb for taking out and in any word order ("take hope 1 out", "hope 1 can
 * go"). Each is read like "delete hope 1, that was my question": the first hope is offered to take
 * out, and no hope is ever reworded to his words.
 */
const PARENT = { who: 'A parent or carer', name: 'Poppy', age: '7' } as const;
const PARAGRAPH = 'do you mean now or when shes older? i want her to read on her own and to have a best friend, and one day to go swimming without armbands';

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

const hopes = async () => (await chat!.draft())!.aspirations.map((a) => a.text);

describe('the first hope named as his question, with any take-out verb', () => {
  for (const said of [
    'take hope 1 out, that was my question',
    'take out hope 1, that was my question',
    'get rid of hope 1, that was my question',
    'hope 1 can go, that was my question',
  ]) {
    it(`"${said}" offers to take out the first hope and never rewords it`, async () => {
      chat = await typedTo(Step.hopesDream, PARENT, {});
      await chat.say(PARAGRAPH);
      const kept = await hopes();
      expect(kept).toHaveLength(3);
      const replies = saidIn(await chat.say(said));
      expect(replies).not.toMatch(/changed .* to "/i);
      expect(await hopes()).toEqual(kept);
      await chat.say('yes');
      expect(await hopes()).toEqual(kept.slice(1));
    });
  }
});
