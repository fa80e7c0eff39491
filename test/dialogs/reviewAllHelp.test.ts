import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { addProvision, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { samAtReview, withConfirmedOutcomes } from './reviewSeed';

const BUS = { statement: 'take the bus to town on my own', timeframe: { phrase: 'by summer', date: '2025-07-22' }, measure: 'i do it every week', provision: 'travel training' };
const COOK = { statement: 'cook my own tea twice a week', timeframe: { phrase: 'by summer', date: '2025-07-22' }, measure: 'mum sees me do it', provision: 'cooking lessons' };

/** Sam at the review, with one outcome (two pieces of help) or two outcomes. */
async function samWith(outcomes: 1 | 2): Promise<Transcript> {
  const hopes = [
    { text: 'go to town on my own', theme: 'independent_living' as const, needs: ['i get lost'] },
    ...(outcomes === 2 ? [{ text: 'cook for myself', theme: 'independent_living' as const, needs: ['i cant use the oven'] }] : []),
  ];
  const { chat } = await startWith(samAtReview(10, hopes, (d: Draft) => {
    const next = withConfirmedOutcomes(d, (i) => (i === 0 ? BUS : COOK));
    return addProvision(next, next.outcomes[0]!.id, 'a map app', 'education').draft;
  }));
  return chat;
}

const helpOf = async (chat: Transcript, i = 0) => (await chat.draft())?.outcomes[i]?.provision.map((p) => p.text);

describe('all the help for an outcome replaced at once at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['change all the help to: a travel buddy, a bus pass and a phone', ['a travel buddy', 'a bus pass', 'a phone']],
    ['replace the help with a travel buddy and a bus pass', ['a travel buddy', 'a bus pass']],
    ['the help should be: travel buddy, bus pass, phone', ['travel buddy', 'bus pass', 'phone']],
  ])('"%s", then yes', async (typed, help) => {
    chat = await samWith(1);
    const said = saidIn(await chat.say(typed));
    expect(said).toContain(`All the help for "take the bus to town on my own" will be: ${help.slice(0, -1).join(', ')} and ${help.at(-1)}. Is that right?`);
    expect(await helpOf(chat)).toEqual(['travel training', 'a map app']);
    await chat.say('yes');
    expect(await helpOf(chat)).toEqual(help);
    expect(chat.step).toBe(Step.reviewSummary);
  });

  it('"no" keeps the help as it was', async () => {
    chat = await samWith(1);
    await chat.say('change all the help to: a travel buddy, a bus pass and a phone');
    await chat.say('no');
    expect(await helpOf(chat)).toEqual(['travel training', 'a map app']);
  });

  it('with two outcomes, the one named is changed and the other left', async () => {
    chat = await samWith(2);
    await chat.say('change the help for the bus one to a travel buddy and a bus pass');
    await chat.say('yes');
    expect(await helpOf(chat, 0)).toEqual(['a travel buddy', 'a bus pass']);
    expect(await helpOf(chat, 1)).toEqual(['cooking lessons']);
  });

  it('with two outcomes and none named, the outcome is picked first', async () => {
    chat = await samWith(2);
    await chat.say('change all the help to a travel buddy and a bus pass');
    expect(chat.step).toBe(Step.reviewChange);
    const said = saidIn(await chat.say('the cooking one'));
    expect(said).toContain('All the help for "cook my own tea twice a week" will be');
    await chat.say('yes');
    expect(await helpOf(chat, 1)).toEqual(['a travel buddy', 'a bus pass']);
    expect(await helpOf(chat, 0)).toEqual(['travel training', 'a map app']);
  });
});
