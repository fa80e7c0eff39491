import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, typeUntil } from '../support/typedWay';
import { parentSeed, startWith } from './journeySeed';

/*
 * Michelle, foster carer of Kayden (9), at the outcome's read-back: "bit messy. can it just say
 * read a few pages of a Dog Man comic by himself" is the goal's new words, never "bit messy.".
 */

const READING = { text: 'Kayden will read a comic by himself', theme: 'learning_and_work' as const, needs: ['hes reading at about year 1 level'] };

describe('a remark, then the words the goal should say', () => {
  let chat: Transcript | undefined;
  afterEach(async () => {
    await chat?.close();
    chat = undefined;
  });

  it.each([
    'bit messy. can it just say read a few pages of a Dog Man comic by himself',
    'thats a bit messy. can it just say read a few pages of a Dog Man comic by himself',
  ])('"%s" changes the goal to those words', async (typed) => {
    ({ chat } = await startWith(parentSeed({ name: 'Kayden', age: 9, schoolYear: 4 }, [READING], { today: '2026-12-04' })));
    await typeUntil(chat, Step.outcomeConfirm, {
      [Step.outcomeStep]: 'read a dog man book by himself, or at least most of it. realistically maybe a few pages on his own',
      [Step.outcomeWhen]: 'by the end of this school year',
      [Step.outcomeMeasure]: 'school hear him read',
      [Step.outcomeDoesForMe]: 'he would feel proud',
      [Step.outcomeMakesPossible]: 'he could read comics with his mates',
      [Step.outcomeProvides]: 'reading help every day',
    });
    const said = saidIn(await chat.say(typed));
    expect(said).not.toMatch(/So far I have written|bit messy/i);
    expect(said).toMatch(/Kayden will read a few pages of a Dog Man comic by himself/);
  });
});
