import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { typeUntil } from '../support/typedWay';
import { saidIn, startWith, type SeedHope } from './journeySeed';

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
});
