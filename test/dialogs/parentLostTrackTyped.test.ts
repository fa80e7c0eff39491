import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, typedTo } from '../support/typedWay';
import { GEMMA, HARD, TO_HELPS } from './gemmaAtHelps';
import { parentSeed, startWith, walkTo } from './journeySeed';

/*
 * Gemma, Alfie's mum, loses track of what a question is about: "with what sorry? the toilet thing?",
 * "by when what?? you just said you left it out". The thing asked about is named in her words and the
 * question asked again; nothing she typed is kept as an answer.
 */

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

describe('Gemma asks what "what already helps?" is about', () => {
  for (const typed of ['with what sorry? the toilet thing?', 'with what? i said no thats everything']) {
    it(`"${typed}": the hard thing is quoted, the question asked again, no help kept`, async () => {
      chat = await typedTo(Step.needsHelps, GEMMA, TO_HELPS);
      const replies = saidIn(await chat.say(typed));
      expect(chat.step).toBe(Step.needsHelps);
      expect(replies).toContain(`"${HARD}"`);
      const need = (await chat.draft())?.needs.find((n) => n.text === HARD);
      expect(need?.helps ?? []).toEqual([]);
      // Her answer after it is kept as what helps.
      await chat.say('a timer and taking him every hour');
      expect((await chat.draft())?.needs.find((n) => n.text === HARD)?.helps).toEqual(['a timer and taking him every hour']);
    });
  }

  it('leave alone: "with his pictures on the door" is what helps', async () => {
    chat = await typedTo(Step.needsHelps, GEMMA, TO_HELPS);
    await chat.say('with his pictures on the door');
    expect((await chat.draft())?.needs.find((n) => n.text === HARD)?.helps).toEqual(['with his pictures on the door']);
  });
});

const HOPES = [{ text: 'for Alfie to use the toilet at nursery', theme: 'independent_living' as const, needs: ['he doesnt tell us when he needs to go'] }];

describe('Gemma asks what an outcome question is about', () => {
  it('"do what? its not something alfie does" at the step: the hope is named, nothing kept', async () => {
    const started = await startWith(parentSeed({ name: 'Alfie', age: 4, schoolYear: -1 }, HOPES));
    chat = started.chat;
    expect(chat.step).toBe(Step.outcomeStep);
    const replies = saidIn(await chat.say('do what? its not something alfie does'));
    expect(chat.step).toBe(Step.outcomeStep);
    expect(replies).toContain('"for Alfie to use the toilet at nursery"');
    expect((await chat.draft())?.outcomes).toEqual([]);
  });

  for (const typed of ['by when what?? you just said you left it out', 'which outcome even is this? im so confused']) {
    it(`"${typed}" at by when: the outcome is named, nothing kept as its date`, async () => {
      const started = await startWith(parentSeed({ name: 'Alfie', age: 4, schoolYear: -1 }, HOPES));
      chat = started.chat;
      await chat.say('Alfie will tell an adult when he needs the toilet');
      await walkTo(chat, Step.outcomeWhen, { [Step.outcomeDoesForMe]: 'he would feel proud', [Step.outcomeMakesPossible]: 'he could go to parties' });
      const before = (await chat.draft())?.outcomes[0];
      const replies = saidIn(await chat.say(typed));
      expect(chat.step).toBe(Step.outcomeWhen);
      expect(replies).toContain(`"${before?.statement}"`);
      expect((await chat.draft())?.outcomes[0]?.timeframe ?? null).toEqual(before?.timeframe ?? null);
    });
  }
});
