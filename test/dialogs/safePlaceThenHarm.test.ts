import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { CRISIS } from '../support/typedWay';
import { saidIn, startWith } from './journeySeed';

/*
 * Sam, 15, said he feels safe "mostly". Asked "Is there a place or a time when you don't feel safe?",
 * he names the place first and what happens there after it. That is a disclosure of its own kind,
 * never a place only: the full answer, and a flag that says what happened.
 */

const TALK = { text: 'to make friends', theme: 'friends_and_community' as const, needs: ['i get shy'] };

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

const atPlaceQuestion = async (): Promise<Transcript> =>
  (await startWith({ today: '2026-12-02', name: 'Sam', age: 15, hopes: [TALK], at: () => ({ stage: 'aboutMe', step: Step.aboutMeSafe, data: { followUp: 'mostly' } }) })).chat;

describe('"Is there a place or a time when you don\'t feel safe?": a place, then what happens there', () => {
  for (const [said, categories] of [
    ['on the bus home, i get touched', ['sexual_abuse']],
    ['the playground at lunch i get punched', ['harm_from_others', 'bullying']],
  ] as const) {
    it(`"${said}": the full answer and a ${categories.join(' or ')} flag`, async () => {
      chat = await atPlaceQuestion();
      expect(chat.lastQuestion?.activity.text).toMatch(/Is there a place or a time when you don't feel safe\?/);
      const replies = saidIn(await chat.say(said));
      expect(replies).toMatch(CRISIS);
      expect(replies).toMatch(/Childline|Samaritans/);
      expect(chat.step).toBe(Step.safeguardingCheck);
      const flags = ((await chat.draft())?.flags ?? []).map((f) => f.category);
      expect(flags).toHaveLength(1);
      expect(categories).toContain(flags[0]);
    });
  }

  it('still heard: "my dad hits me" at the same question', async () => {
    chat = await atPlaceQuestion();
    expect(saidIn(await chat.say('my dad hits me'))).toMatch(CRISIS);
    expect(((await chat.draft())?.flags ?? []).map((f) => f.category)).toEqual(['harm_from_others']);
  });
});
