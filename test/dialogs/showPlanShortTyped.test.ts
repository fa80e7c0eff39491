import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { outcomesOf, type Transcript } from '../support/transcript';
import { closeAfterEach } from '../support/typedWay';
import { startWith, type Seed, type SeedHope } from './journeySeed';

/*
 * "show my plan" showed the plan, but "show plan" got "Sorry. I did not get that." The short ways
 * people ask for it show the plan too, and the same question is asked again; nothing is kept.
 */

const texts = (replies: Partial<Activity>[]) => replies.filter((a) => !outcomesOf(a)).map((a) => a.text ?? '').join('\n');
const HOPES: SeedHope[] = [{ text: 'go to football matches with my mate dan', theme: 'friends_and_community', needs: [] }];
const AT_MORE: Seed = { today: '2026-12-02', who: 'self', name: 'Kai', age: 15, hopes: HOPES, at: () => ({ stage: 'hopes', step: Step.hopesMore }) };

let chat: Transcript | undefined;
closeAfterEach(() => chat);

describe('asking for the plan in few words', () => {
  it.each(['show plan', 'see plan', 'show me the plan', 'wheres my plan', "where's my plan?", 'view plan'])('%j shows the plan and asks the same question again', async (typed) => {
    let seeded;
    ({ chat, seeded } = await startWith(AT_MORE));
    const replies = await chat.say(typed);
    expect(texts(replies)).toContain('Here is your draft so far.');
    expect(chat.step).toBe(Step.hopesMore);
    const draft = (await chat.draft())!;
    expect(draft.aspirations).toHaveLength(seeded.aspirations.length);
    expect(JSON.stringify(draft)).not.toMatch(/plan/i);
  });

  it('"make a plan for the holidays" is still a hope', async () => {
    ({ chat } = await startWith(AT_MORE));
    const replies = await chat.say('make a plan for the holidays');
    expect(texts(replies)).not.toContain('Here is your draft so far.');
    expect(JSON.stringify((await chat.draft())!.aspirations)).toMatch(/plan for the holidays/);
  });
});
