import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

const COOK: SeedHope = { text: 'I want to live on my own one day', theme: 'independent_living', needs: ['I cant cook yet'] };
const all = (replies: Partial<Activity>[]) => replies.map((a) => a.text ?? '').join('\n');

describe('an outcome step said with a question about it', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const [said, kept] of [
    ['learn to cook pasta. is that ok?', /cook pasta/],
    ['go to the shop on my own, is that the kind of thing you mean?', /go to the shop on my own/],
  ] as const) {
    it(`"${said}" keeps the step and answers the question`, async () => {
      ({ chat } = await startWith({ today: '2026-12-02', name: 'Kai', age: 16, schoolYear: 11, hopes: [COOK] }));
      const replies = all(await chat.say(said));
      expect(replies).toMatch(/kind of thing/i);
      expect(chat.step).not.toBe(Step.outcomeStep);
      const statement = (await chat.draft())?.outcomes[0]?.statement ?? '';
      expect(statement).toMatch(kept);
      expect(statement).not.toMatch(/\?|is that|kind of thing/i);
    });
  }

  it('"is that the kind of thing you mean?" on its own keeps nothing and says no answer is kept', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Kai', age: 16, schoolYear: 11, hopes: [COOK] }));
    const replies = all(await chat.say('is that the kind of thing you mean?'));
    expect(replies).not.toMatch(/that's the kind of thing/i);
    expect(chat.step).toBe(Step.outcomeStep);
    expect((await chat.draft())?.outcomes ?? []).toHaveLength(0);
  });

  it('a step with commas in it stays whole', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Kai', age: 16, schoolYear: 11, hopes: [COOK] }));
    const replies = all(await chat.say('make pasta, rice and eggs on my own'));
    expect(replies).not.toMatch(/kind of thing/i);
    expect((await chat.draft())?.outcomes[0]?.statement).toMatch(/make pasta, rice and eggs on my own/);
  });
});
