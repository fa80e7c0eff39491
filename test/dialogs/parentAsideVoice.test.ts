import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith } from './journeySeed';

const NUMBERS = { text: 'Leo will be good at numbers', theme: 'learning_and_work' as const, needs: ['he cant count past 5'] };

/** Typed by a mum about Leo, aged 6: the outcome must say what Leo will do, in one voice. */
async function toReadBack(chat: Transcript, step: string): Promise<string> {
  await chat.say(step);
  const answers = ['end of this school year', 'i see him do it at home', 'he will feel proud', 'he can play shop games', 'his teacher helps'];
  let said = '';
  for (const answer of answers) {
    if (chat.step === Step.outcomeConfirm) break;
    said = saidIn(await chat.say(answer));
  }
  return said;
}

describe('a parent\'s aside at the outcome question keeps the child\'s voice', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['mum here: he helps me count', 'i will help him count'])('"%s" is never read back as the outcome: the bot asks for it as "Leo will ..."', async (typed) => {
    ({ chat } = await startWith(parentSeed({ name: 'Leo', age: 6, schoolYear: 1 }, [NUMBERS])));
    const said = await toReadBack(chat, typed);
    expect(chat.step).toBe(Step.outcomeConfirm);
    expect(said).not.toMatch(/will help me count|I will help him count/);
    expect(said).toContain('Leo will ...');
    await chat.say('Leo will count to 20 on his own');
    expect(chat.lastQuestion?.activity.text).toContain('Leo will count to 20 on his own');
  });

  it('"mum here: he will count to 20" is read back as what Leo will do', async () => {
    ({ chat } = await startWith(parentSeed({ name: 'Leo', age: 6, schoolYear: 1 }, [NUMBERS])));
    const said = await toReadBack(chat, 'mum here: he will count to 20');
    expect(said).toMatch(/Leo will count to 20\./);
    expect(said).not.toMatch(/mum here/i);
  });
});
