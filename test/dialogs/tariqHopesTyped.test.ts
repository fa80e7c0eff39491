import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';

/*
 * A young adult on a supported internship types short full sentences at the hopes. Each sentence
 * that is a hope of its own is kept as one, and what he says later about his hopes is heard.
 */

const AT_DREAM = { today: '2026-12-05', name: 'Tariq', age: 19, hopes: [], at: () => ({ stage: 'hopes' as const, step: Step.hopesDream }) };

describe('two hopes said as two sentences', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"A paid job in a warehouse. And to live in a shared house with my friends one day." keeps two hopes', async () => {
    ({ chat } = await startWith(AT_DREAM));
    await chat.say('A paid job in a warehouse. And to live in a shared house with my friends one day.');
    const hopes = (await chat.draft())!.aspirations.map((a) => a.text);
    expect(hopes).toHaveLength(2);
    expect(hopes[0]).toMatch(/paid job in a warehouse/i);
    expect(hopes[1]).toMatch(/live in a shared house with my friends one day/i);
  });

  it('"A flat of my own. And a job in a shop." keeps two hopes', async () => {
    ({ chat } = await startWith(AT_DREAM));
    await chat.say('A flat of my own. And a job in a shop.');
    expect((await chat.draft())!.aspirations.map((a) => a.text)).toHaveLength(2);
  });
});

const MERGED = 'A paid job in a warehouse. to live in a shared house with my friends one day';
const AT_MORE = { ...AT_DREAM, hopes: [{ text: MERGED, theme: 'learning_and_work' as const, needs: [] }], at: () => ({ stage: 'hopes' as const, step: Step.hopesMore }) };

describe('a missed hope pointed out at "another hope?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const said of ['I said two. The shared house is the second one.', 'I said two.', 'The second one is to live in a shared house.']) {
    it(`"${said}" keeps the shared house as a hope of its own, in the words said before`, async () => {
      ({ chat } = await startWith(AT_MORE));
      await chat.say(said);
      const hopes = (await chat.draft())!.aspirations.map((a) => a.text);
      expect(hopes).toHaveLength(2);
      expect(hopes.some((h) => /^A paid job in a warehouse$/i.test(h))).toBe(true);
      expect(hopes.some((h) => /live in a shared house with my friends one day/i.test(h))).toBe(true);
      expect(hopes.join(' ')).not.toMatch(/\btwo\b|second/i);
    });
  }

  it('"I said two. The shared house is the second one." with both hopes kept adds nothing', async () => {
    ({ chat } = await startWith({ ...AT_MORE, hopes: [{ text: 'A paid job in a warehouse', theme: 'learning_and_work', needs: [] }, { text: 'to live in a shared house with my friends one day', theme: 'independent_living', needs: [] }] }));
    await chat.say('I said two. The shared house is the second one.');
    const hopes = (await chat.draft())!.aspirations.map((a) => a.text);
    expect(hopes).toHaveLength(2);
    expect(hopes.join(' ')).not.toMatch(/\btwo\b|second/i);
  });
});

const WHOLE = 'A paid job in a warehouse. And to live in a shared house with my friends one day';
const CUT_SHORT = {
  ...AT_DREAM,
  hopes: [{ text: 'A paid job in a warehouse', theme: 'learning_and_work' as const, needs: [] }, { text: 'to live in a shared house with my friends', theme: 'independent_living' as const, needs: [] }],
};

describe('a complaint that a hope\'s words were cut', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const said of ["that's wrong. You cut my words. I said one day. Not now.", 'You cut off my words. I said one day.', 'you cut my words']) {
    it(`"${said}" brings back the whole words, keeps the money hope, and keeps no complaint`, async () => {
      ({ chat } = await startWith({ ...CUT_SHORT, at: (d) => ({ stage: 'hopes', step: Step.hopesMore, data: { splitIds: d.aspirations.map((a) => a.id).join(','), splitWhole: WHOLE } }) }));
      await chat.say(said);
      const hopes = (await chat.draft())!.aspirations.map((a) => a.text);
      expect(hopes).toEqual(['A paid job in a warehouse', 'to live in a shared house with my friends one day']);
      expect(chat.step).toBe(Step.hopesMore);
    });
  }

  it('"You cut my words. I said one day." when the hope has them: nothing changes', async () => {
    ({ chat } = await startWith({ ...CUT_SHORT, hopes: [CUT_SHORT.hopes[0]!, { ...CUT_SHORT.hopes[1]!, text: 'to live in a shared house with my friends one day' }], at: () => ({ stage: 'hopes', step: Step.hopesMore }) }));
    await chat.say('You cut my words. I said one day.');
    const hopes = (await chat.draft())!.aspirations.map((a) => a.text);
    expect(hopes).toEqual(['A paid job in a warehouse', 'to live in a shared house with my friends one day']);
  });
});
