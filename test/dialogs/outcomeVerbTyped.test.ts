import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

/* A step typed with no verb is never read back as "I will gardn centr": the hope's verb when it is certain, or "say it as I will ...". */

const GARDEN: SeedHope = { text: 'work at a garden centre', theme: 'learning_and_work', needs: ['i get anxious around new people'] };
const said = (replies: { text?: string }[]) => replies.map((a) => a.text ?? '').join('\n');

describe('a step typed without a verb', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  async function upToReadBack(step: string): Promise<string> {
    ({ chat } = await startWith({ today: '2025-03-10', age: 17, schoolYear: 12, hopes: [GARDEN] }));
    await chat.say(step);
    await chat.say('in a year');
    await chat.say('my boss will tell me');
    let replies = await chat.say('skip');
    while (chat.step !== Step.outcomeConfirm) replies = await chat.say('skip');
    return said(replies);
  }

  it('"gardn centr" for the hope of working at a garden centre reads back with the hope\'s verb', async () => {
    const readBack = await upToReadBack('gardn centr');
    expect(readBack).toMatch(/I will work at a garden centre\./);
    expect(readBack).not.toMatch(/I will gardn/);
  });

  it('"paid job at the shop" is asked again as "I will ...", then read back in their words', async () => {
    const asked = await upToReadBack('paid job at the shop');
    expect(asked).toMatch(/Start with "I will/);
    expect(asked).not.toMatch(/I will paid/);
    const readBack = said(await chat.say('i will get a paid job at the shop'));
    expect(readBack).toMatch(/I will get a paid job at the shop\./);
  });
});
