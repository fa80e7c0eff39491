import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { samAtReview } from './reviewSeed';

/*
 * A hope kept as just "also" (or starting "Also"). At the review, "Also this is not hope. Delete
 * also" means that hope: it is read back to take out, and a yes takes out that one only.
 */

const SEED = samAtReview(10, [
  { text: 'be a games designer', theme: 'learning_and_work', needs: ['i find reading hard'] },
  { text: 'also', theme: null, needs: [] },
  { text: 'Also i like my dog', theme: null, needs: [] },
], (d) => d);

const hopes = async (chat: Transcript) => (await chat.draft())!.aspirations.map((a) => a.text);

describe('"X is not a hope, delete X" at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['Also this is not hope. Delete also', 'also is not a hope, delete also', 'also is not a hope. please delete also', 'that isnt a hope so remove also'])(
    '"%s" reads back the hope "also", and a yes takes out that one only',
    async (typed) => {
      ({ chat } = await startWith(SEED));
      const asked = saidIn(await chat.say(typed));
      expect(chat.step).toBe(Step.reviewChange);
      expect(asked).toMatch(/"also"/);
      expect(asked).not.toMatch(/like my dog/);
      await chat.say('yes');
      expect(await hopes(chat)).toEqual(['be a games designer', 'Also i like my dog']);
    },
  );

  it('"this is not a hope. delete Also i like my dog" takes out that hope', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('this is not a hope. delete Also i like my dog');
    await chat.say('yes');
    expect(await hopes(chat)).toEqual(['be a games designer', 'also']);
  });

  it('leaves "I also like swimming": no hope is read back to take out', async () => {
    ({ chat } = await startWith(SEED));
    const reply = saidIn(await chat.say('I also like swimming'));
    expect(reply).not.toMatch(/Take .*out/);
    expect(await hopes(chat)).toHaveLength(3);
  });

  it('still hears a disclosure said with it: "my dad hits me this is not a hope. delete also"', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('my dad hits me this is not a hope. delete also');
    expect(chat.step).toBe(Step.safeguardingCheck);
    expect(await hopes(chat)).toHaveLength(3);
  });
});
