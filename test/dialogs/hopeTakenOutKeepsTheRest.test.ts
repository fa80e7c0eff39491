import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { outcomesOf, type Transcript } from '../support/transcript';
import { closeAfterEach } from '../support/typedWay';
import { parentSeed, startWith, type Seed, type SeedHope } from './journeySeed';

/*
 * A parent whose paragraph was kept as four hopes, one of them a question to the bot, types "delete
 * hope 1, it's not a hope", then "I want it gone. Remove it please", then "delete". Only that one
 * hope goes; the other three stay. No answer is ever lost.
 */

const texts = (replies: Partial<Activity>[]) => replies.filter((a) => !outcomesOf(a)).map((a) => a.text ?? '').join('\n');
const HOPES: SeedHope[] = [
  { text: 'Is that my hopes or hers, because she can tell you herself', theme: null, needs: [] },
  { text: 'Tia to have friends her own age', theme: 'friends_and_community', needs: [] },
  { text: 'Tia to go to secondary school with her friends', theme: 'learning_and_work', needs: [] },
  { text: 'Tia to ride her bike to the park', theme: 'independent_living', needs: [] },
];
const IDS = ['hope-one', 'hope-two', 'hope-three', 'hope-four'];
const AT_DREAM: Seed = parentSeed({ name: 'Tia', age: 9, schoolYear: 5 }, HOPES, {
  change: (d) => ({ ...d, aspirations: d.aspirations.map((a, i) => ({ ...a, id: IDS[i]! })) }),
  at: () => ({ stage: 'hopes', step: Step.hopesMore }),
  journey: { history: [{ stage: 'hopes', step: Step.hopesDream }], answered: { [`${Step.hopesDream}|`]: IDS } },
});

let chat: Transcript | undefined;
closeAfterEach(() => chat);

const hopes = async () => (await chat!.draft())!.aspirations.map((a) => a.text);

describe('one hope taken out at the hopes, the others kept', () => {
  it('"delete hope 1, it\'s not a hope" takes out only the first hope, after a yes', async () => {
    ({ chat } = await startWith(AT_DREAM));
    const asked = await chat.say("delete hope 1, it's not a hope");
    expect(texts(asked)).not.toMatch(/say instead/i);
    await chat.say('yes');
    expect(await hopes()).toEqual(HOPES.slice(1).map((h) => h.text));
  });

  it.each(['I want it gone. Remove it please', 'delete', 'remove it', 'I want it gone'])(
    'after the bot asked for new words, %j takes out only that hope',
    async (typed) => {
      ({ chat } = await startWith(AT_DREAM));
      await chat.say("that first one, it's not a hope");
      const said = [...(await chat.say(typed))];
      if ((await hopes()).length === 4) said.push(...(await chat.say('yes')));
      expect(await hopes()).toEqual(HOPES.slice(1).map((h) => h.text));
      expect(texts(said)).not.toMatch(/haven't kept that as an answer/i);
    },
  );

  it('"delete" alone, just after one answer kept four hopes, never takes all four out', async () => {
    ({ chat } = await startWith(AT_DREAM));
    await chat.say('delete');
    await chat.say('yes');
    expect((await hopes()).length).toBeGreaterThanOrEqual(3);
  });
});
