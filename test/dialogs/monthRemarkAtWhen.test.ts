import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { typeUntil } from '../support/typedWay';
import { parentSeed, saidIn, startWith, type SeedHope } from './journeySeed';

const LESSONS: SeedHope = { text: 'I want to stay in my lessons', theme: 'learning_and_work', needs: ['I get overwhelmed when it is noisy'] };

/* Asked "by when?", something said about a month ("july is my birthday month") is no date: heard kindly, and asked again. */
describe('a remark about a month at "by when?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  const atWhen = async (): Promise<void> => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Hannah', age: 13, schoolYear: 8, hopes: [LESSONS] }));
    await typeUntil(chat, Step.outcomeWhen, { [Step.outcomeStep]: 'stay in my maths lessons for the whole hour' });
  };

  it('"july is my birthday month" keeps no date, thanks them and asks again', async () => {
    await atWhen();
    const said = saidIn(await chat.say('july is my birthday month'));
    expect(chat.step).toBe(Step.outcomeWhen);
    expect((await chat.draft())?.outcomes[0]?.timeframe ?? null).toBeNull();
    expect(said).toMatch(/thanks for telling me/i);
    expect(said).not.toMatch(/sorry/i);
  });

  it('"by july" after it is kept as the date', async () => {
    await atWhen();
    await chat.say('july is my birthday month');
    await chat.say('by july');
    expect((await chat.draft())?.outcomes[0]?.timeframe?.date).toBe('2027-07-31');
  });

  it('"what is today\'s date? December 2026 doesn\'t seem right?" says today\'s date, keeps no date and asks again', async () => {
    await atWhen();
    const said = saidIn(await chat.say("what is today's date? December 2026 doesn't seem right?"));
    expect(said).toMatch(/Today is Wednesday 2 December 2026/);
    expect(chat.step).toBe(Step.outcomeWhen);
    expect((await chat.draft())?.outcomes[0]?.timeframe ?? null).toBeNull();
  });

  it('a parent\'s "What would you suggest? ... Maybe the end of Year 2." hears a short suggestion, and the end of Year 2 is kept', async () => {
    const SPEAK: SeedHope = { text: 'Ada will ask for help with words', theme: 'learning_and_work', needs: ['Ada finds it hard to ask for help'] };
    ({ chat } = await startWith(parentSeed({ name: 'Ada', age: 6, schoolYear: 1 }, [SPEAK])));
    await typeUntil(chat, Step.outcomeWhen, { [Step.outcomeStep]: 'Ada will ask an adult for help in class' });
    const said = saidIn(await chat.say("What would you suggest? I don't want to push her too hard. Maybe the end of Year 2."));
    expect(said).toMatch(/about a year/i);
    const timeframe = (await chat.draft())?.outcomes[0]?.timeframe;
    expect(timeframe?.phrase).toMatch(/end of Year 2/i);
    expect(timeframe?.date).toMatch(/^2028-07/);
    expect(chat.step).not.toBe(Step.outcomeWhen);
  });
});
