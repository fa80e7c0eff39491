import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, startWith, type SeedHope } from './journeySeed';

/*
 * "the other kids stop laughing at him" as the outcome: the bot says it is important, that an
 * outcome is what the child will do, offers one, keeps the others' part for the adults (a need of
 * the hope), and asks for the child's own step. No outcome is made of what others do.
 */
const FRIENDS: SeedHope = { text: 'have friends at school', theme: 'friends_and_community', needs: [] };
const texts = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join(' ');

describe('an outcome about what other children do', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  // "the other kids stop laughing at him" is heard first as bullying: the safeguarding answer comes before any coaching.
  it.each(['the other kids include him at break', 'i want the other children to be kinder to him'])('"%s", typed by a parent', async (typed) => {
    ({ chat } = await startWith(parentSeed({ name: 'Leo', age: 9, schoolYear: 4 }, [FRIENDS])));
    const replies = await chat.say(typed);
    expect(texts(replies)).toMatch(/important/i);
    expect(texts(replies)).toMatch(/what Leo will do/);
    expect(texts(replies)).toMatch(/Leo will tell an adult/);
    expect(chat.step).toBe(Step.outcomeStep);
    const draft = (await chat.draft())!;
    expect(draft.outcomes).toEqual([]);
    expect(draft.needs.map((n) => n.text)).toEqual([typed]);
    await chat.say('Leo will tell his teacher when someone laughs at him');
    expect((await chat.draft())!.outcomes[0]?.statement).toMatch(/tell his teacher/);
  });

  it('a young person\'s own step with others in it is their outcome', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Sam', age: 14, schoolYear: 9, hopes: [FRIENDS] }));
    await chat.say('I will play with the other kids at break by christmas');
    expect((await chat.draft())!.needs).toEqual([]);
  });
});
