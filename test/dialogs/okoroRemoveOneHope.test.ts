import { afterEach, describe, expect, it } from 'vitest';
import type { Transcript } from '../support/transcript';
import { saidIn } from '../support/typedWay';
import { parentSeed, startWith } from './journeySeed';
import { atReviewSummary, withConfirmedOutcomes } from './reviewSeed';

/*
 * Mr Okoro asked to take one hope out at the review, and the bot put it in place of the other hope.
 * Taking out one hope takes out that hope only: the other stays, word for word.
 */

const SWIM = 'Daniel will swim';
const FRIENDS = 'Daniel will make friends';
const okoro = parentSeed({ name: 'Daniel', age: 9, schoolYear: 4 }, [
  { text: SWIM, theme: 'health_and_wellbeing', needs: ['he is scared of water'] },
  { text: FRIENDS, theme: 'friends_and_community', needs: ['he finds it hard to join in'] },
], {
  change: (d) => withConfirmedOutcomes(d, (i) => ({ statement: i === 0 ? 'By July 2027, Daniel will swim 10 metres.' : 'By July 2027, Daniel will play with a friend at break.', timeframe: { phrase: 'by July 2027', date: '2027-07-31' } })),
  at: atReviewSummary,
});

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

/** Says the words, then a yes to any "are you sure?" the bot asks. */
async function takeOut(typed: string): Promise<string> {
  const text = saidIn(await chat!.say(typed));
  if (chat!.lastQuestion?.choices.includes('Yes')) return `${text}\n${saidIn(await chat!.say('yes'))}`;
  return text;
}

describe('Mr Okoro takes one hope out at the review', () => {
  it.each([
    ['delete the swim hope', FRIENDS],
    ['take away the friends hope', SWIM],
    ['delete the second hope', SWIM],
    ['remove hope 1 please', FRIENDS],
  ])('"%s" leaves only "%s", whole', async (typed, left) => {
    chat = (await startWith(okoro)).chat;
    await takeOut(typed);
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text)).toEqual([left]);
  });

  // At the review "the swimming one" may be the swimming goal: that goal is offered, and the hopes stay as they were.
  it('"please remove the swimming one" never changes the friends hope, nor puts one hope in place of the other', async () => {
    const started = await startWith(okoro);
    chat = started.chat;
    await takeOut('please remove the swimming one');
    const draft = (await chat.draft())!;
    expect(draft.aspirations.find((a) => a.text === FRIENDS)).toEqual(started.seeded.aspirations[1]);
    expect(draft.aspirations.every((a) => started.seeded.aspirations.some((s) => s.id === a.id && s.text === a.text))).toBe(true);
    expect(draft.outcomes.some((o) => o.statement.includes('friend at break'))).toBe(true);
  });
});
