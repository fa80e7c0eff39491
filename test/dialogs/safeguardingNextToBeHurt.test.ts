import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { CRISIS, saidIn as said, typedTo } from '../support/typedWay';

/*
 * Other young people being hurt, told with the fear of being next: a threat to the one typing, so
 * the warm answer and a bullying flag. The same story with no fear for themselves is not a crisis.
 */

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

const categories = async (chat: Transcript) => ((await chat.draft())?.flags ?? []).map((f) => f.category);

describe('others hurt, and fear of being next', () => {
  it.each(["some boys in year 10 keep hurting the new kid and i think i'm next", 'they beat up a boy in my class yesterday and they said im next'])(
    '%j at the dream gets the warm answer and a bullying flag, not a hope',
    async (typed) => {
      chat = await typedTo(Step.hopesDream, { name: 'Sam', age: '14' });
      const replies = await chat.say(typed);
      expect(said(replies)).toMatch(CRISIS);
      expect(await categories(chat)).toEqual(['bullying']);
      expect((await chat.draft())?.aspirations).toEqual([]);
    },
  );

  it('the story alone, already told to a teacher, gets no crisis answer and no flag', async () => {
    chat = await typedTo(Step.hopesDream, { name: 'Sam', age: '14' });
    const replies = await chat.say('boys in year 10 keep hurting the new kid, I told Miss');
    expect(said(replies)).not.toMatch(CRISIS);
    expect(await categories(chat)).toEqual([]);
  });

  it('at the dream, the story told to Miss is no hope: a kind word for telling, then the dream asked again', async () => {
    chat = await typedTo(Step.hopesDream, { name: 'Sam', age: '14' });
    const replies = said(await chat.say('boys in year 10 keep hurting the new kid, I told Miss'));
    expect(replies).not.toMatch(/one of your hopes/i);
    expect(replies).toMatch(/right thing to tell/i);
    expect(replies).toMatch(/hopes and dreams|in the future/i);
    const draft = await chat.draft();
    expect(draft?.aspirations).toEqual([]);
    expect(draft?.flags).toEqual([]);
    const next = said(await chat.say('to be a vet'));
    expect(next).toMatch(/one of your hopes is: .*vet/i);
  });

  it('leave alone: "they keep hurting me, I told Miss" still gets the warm answer and a flag', async () => {
    chat = await typedTo(Step.hopesDream, { name: 'Sam', age: '14' });
    const replies = said(await chat.say('boys in year 10 keep hurting me, I told Miss'));
    expect(replies).toMatch(CRISIS);
    expect(await categories(chat)).toHaveLength(1);
  });
});
