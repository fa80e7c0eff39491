import { afterEach, describe, expect, it } from 'vitest';
import type { Transcript } from '../support/transcript';
import { typeUntil } from '../support/typedWay';
import { Step } from '../../dialogs/ids';
import { parentSeed, startWith, type SeedHope } from './journeySeed';

/*
 * One piece of help said over a few commas stays one piece: what the helper does next, how, or what
 * for is part of that help. Separate helps in the same answer are still rows of their own.
 */

const MATHS: SeedHope = { text: 'to be good at maths', theme: 'learning_and_work', needs: ['she loses track when it goes fast and is too shy to ask'] };
const AMIRA = { name: 'Amira', age: 9, schoolYear: 4 };

async function atWhatHelp(chat: Transcript): Promise<void> {
  await typeUntil(chat, Step.outcomeProvides, {
    [Step.outcomeStep]: 'she will do her times tables on her own',
    [Step.outcomeWhen]: 'by the end of year 5',
    [Step.outcomeMeasure]: 'she gets 10 out of 10 on the weekly times tables test',
    [Step.outcomeDoesForMe]: 'she would feel proud of herself',
    [Step.outcomeMakesPossible]: 'she could move on to harder maths with her class',
  });
}

describe('one help said over a few commas', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());
  const help = async (): Promise<string[]> => (await chat.draft())?.outcomes[0]?.provision.map((p) => p.text) ?? [];

  it('"someone to sit with her in maths, check shes understood, and a quiet room for tests" is two helps, nothing dropped', async () => {
    ({ chat } = await startWith(parentSeed(AMIRA, [MATHS])));
    await atWhatHelp(chat);
    await chat.say("she needs someone to sit with her in maths, check shes understood, and a quiet room for tests");
    expect(await help()).toEqual(["someone to sit with her in maths, check shes understood", 'a quiet room for tests']);
  });

  it('what the helper does next, and how, stays with the helper', async () => {
    ({ chat } = await startWith(parentSeed(AMIRA, [MATHS])));
    await atWhatHelp(chat);
    await chat.say('someone to read the questions to her, slowly, and write down what she says');
    expect(await help()).toEqual(['someone to read the questions to her, slowly, and write down what she says']);
  });

  it('a second sentence about the same helper stays with it', async () => {
    ({ chat } = await startWith(parentSeed(AMIRA, [MATHS])));
    await atWhatHelp(chat);
    await chat.say('Someone to sit beside her in maths. They should check she understands before moving on.');
    expect(await help()).toEqual(['Someone to sit beside her in maths. They should check she understands before moving on']);
  });

  it('a list of different helps is still a row each', async () => {
    ({ chat } = await startWith(parentSeed(AMIRA, [MATHS])));
    await atWhatHelp(chat);
    await chat.say('a TA in lessons, especially maths, to explain things again, and time out when shes upset');
    expect(await help()).toEqual(['a TA in lessons, especially maths, to explain things again', 'time out when shes upset']);
  });
});
