import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/* What is hard, typed at the friends-and-community hope question: kept for the hard things, never as help or a hope. */
describe('a hard thing at the friends hope question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    'people talking fast and when theres loads of noise i cant follow. and spelling',
    'in big groups i cant keep up',
    'teachers go too fast and i cant follow',
  ])('"%s" is kept as hard, not help', async (typed) => {
    ({ chat } = await startWith({
      today: '2026-12-02',
      name: 'Rhys',
      age: 16,
      hopes: [{ text: 'work in a garage', theme: 'learning_and_work', needs: [] }],
      at: () => ({ stage: 'hopes', step: Step.hopesTheme, topic: 'friends_and_community' }),
    }));
    const replies = saidIn(await chat.say(typed));
    const draft = (await chat.draft())!;
    expect(draft.aboutMe.support ?? '').not.toContain(typed.slice(0, 12));
    expect(draft.aspirations.map((a) => a.text)).toEqual(['work in a garage']);
    expect(replies).not.toMatch(/help that works for you/);
    expect(chat.step).toMatch(/^hopes\./);
  });
});
