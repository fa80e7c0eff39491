import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type Seed } from './journeySeed';
import { noOutcomeWithoutItsHope, withConfirmedOutcomes } from './reviewSeed';

/*
 * "take out the vet hope" during the questions, for a hope with its own hard thing and outcome: the
 * question says what goes with it, and what the person picks happens. Only the hope, when it has an
 * outcome: that outcome cannot stay without it, so the bot says so and asks; the hard thing stays.
 * No outcome is ever left pointing at a hope that is gone.
 */

const seed = (): Seed => ({
  today: '2025-03-10',
  name: 'Sam',
  age: 15,
  schoolYear: 10,
  hopes: [
    { text: 'work with animals as a vet', theme: 'learning_and_work', needs: ['science exams are hard for me'] },
    { text: 'ride my bike to school', theme: 'independent_living', needs: [] },
  ],
  change: (d) => withConfirmedOutcomes(d, (i) => ({ statement: i ? 'By July 2026, I will ride to school on my own.' : 'By July 2026, I will do a week at a vet.', timeframe: { phrase: 'by July 2026', date: '2026-07-20' }, measure: 'my tutor sees it' })),
  at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[1]!.id }),
});

describe('taking out a hope with its own parts, during the questions', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('says what goes with it, with three choices', async () => {
    ({ chat } = await startWith(seed()));
    const asked = await chat.say('take out the vet hope');
    expect(saidIn(asked)).toMatch(/Shall I take out "work with animals as a vet"\? That hope has 1 thing that makes it hard and 1 outcome\. Take them out too\?/);
    const buttons = asked.flatMap((a) => a.suggestedActions?.actions.map((b) => b.title) ?? []);
    expect(buttons).toEqual(['Take them all out', 'Take out only the hope', 'Take nothing out']);
  });

  it.each(['yes all of it', 'Take them all out', 'yeah get rid of all of it', 'everything'])('"%s" takes out the hope, its hard thing and its outcome', async (typed) => {
    ({ chat } = await startWith(seed()));
    await chat.say('delete the hope about the vet');
    expect(saidIn(await chat.say(typed))).toMatch(/taken out "work with animals as a vet" and everything that went with it/);
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text)).toEqual(['ride my bike to school']);
    expect(draft.needs).toEqual([]);
    expect(draft.outcomes.map((o) => o.statement)).toEqual(['By July 2026, I will ride to school on my own.']);
    expect(chat.step).toBe(Step.needsBarrier);
  });

  it.each(['just the hope', 'Take out only the hope', 'keep them', 'only the hope please', 'keep the rest'])('"%s" says its outcome cannot stay without it and asks; a yes takes out the hope and its outcome and keeps its hard thing', async (typed) => {
    ({ chat } = await startWith(seed()));
    await chat.say('remove my vet dream');
    expect(saidIn(await chat.say(typed))).toMatch(/An outcome can't stay without its hope, so its outcome would go too\. I'd keep the rest\. Take out "work with animals as a vet" and its outcome\?/);
    expect((await chat.draft())!.aspirations).toHaveLength(2);
    expect(saidIn(await chat.say('yes'))).toMatch(/taken out "work with animals as a vet" and its outcome\. I've kept the rest/);
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text)).toEqual(['ride my bike to school']);
    expect(draft.needs.map((n) => n.text)).toEqual(['science exams are hard for me']);
    expect(draft.outcomes.map((o) => o.statement)).toEqual(['By July 2026, I will ride to school on my own.']);
    expect(noOutcomeWithoutItsHope(draft)).toBe(true);
  });

  it('"just the hope", then "no", leaves everything as it was', async () => {
    ({ chat } = await startWith(seed()));
    await chat.say('take out the vet hope');
    await chat.say('just the hope');
    expect(saidIn(await chat.say('no'))).toMatch(/left it as it was/);
    const draft = (await chat.draft())!;
    expect(draft.aspirations).toHaveLength(2);
    expect(draft.outcomes).toHaveLength(2);
  });

  it.each([['take out the vet hope', 'Take them all out'], ['take out the vet hope', 'Take out only the hope', 'yes'], ['take out the bike hope', 'Take out only the hope', 'yeah']])(
    'no outcome points at a hope that is gone: "%s", then %s',
    async (...typed) => {
      ({ chat } = await startWith(seed()));
      for (const words of typed) await chat.say(words);
      const draft = (await chat.draft())!;
      expect(draft.aspirations).toHaveLength(1);
      expect(noOutcomeWithoutItsHope(draft)).toBe(true);
    },
  );

  it.each(['no keep it', 'leave the hope', 'no', 'take nothing out'])('"%s" leaves everything as it was', async (typed) => {
    ({ chat } = await startWith(seed()));
    const before = JSON.stringify((await chat.draft())!.needs);
    await chat.say('take out the vet hope');
    expect(saidIn(await chat.say(typed))).toMatch(/left it as it was/);
    const draft = (await chat.draft())!;
    expect(draft.aspirations).toHaveLength(2);
    expect(JSON.stringify(draft.needs)).toBe(before);
    expect(draft.outcomes).toHaveLength(2);
    expect(chat.step).toBe(Step.needsBarrier);
  });

  it('a hope with nothing of its own is still a plain yes or no', async () => {
    ({ chat } = await startWith({ ...seed(), change: undefined }));
    await chat.say('easy read');
    const asked = saidIn(await chat.say('take out the bike hope'));
    expect(asked).toMatch(/Shall I take out "ride my bike to school"\?$/m);
    await chat.say('yes');
    expect((await chat.draft())!.aspirations.map((a) => a.text)).toEqual(['work with animals as a vet']);
  });

  it('easy read says it with its own words', async () => {
    ({ chat } = await startWith(seed()));
    await chat.say('easy read');
    const asked = await chat.say('get rid of the hope about being a vet');
    expect(saidIn(asked)).toMatch(/It has 1 hard thing and 1 goal\. Take them out too\?/);
    expect(asked.flatMap((a) => a.suggestedActions?.actions.map((b) => b.title) ?? [])).toEqual(['Take them all out', 'Just the hope', 'Take nothing out']);
    expect(saidIn(await chat.say('Just the hope'))).toMatch(/A goal needs its hope\. So its goal would go too\./);
    expect(saidIn(await chat.say('yes'))).toMatch(/I took out "work with animals as a vet" and its goal\. I kept the rest\./);
    expect((await chat.draft())!.needs.map((n) => n.text)).toEqual(['science exams are hard for me']);
  });
});
