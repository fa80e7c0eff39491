import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { addProvision, setYoungPerson, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { saidIn } from '../support/typedWay';
import { startWith } from './journeySeed';
import { atReviewSummary, confirmedOutcome } from './reviewSeed';

/*
 * Harvey at the review: after the bot offered to take a piece of help out, "can you delete it"
 * deleted the whole outcome. "it" is what was just offered: only the help goes, and the bot says
 * what was taken out. "i dont need the laptop anymore" offers to take that help out.
 */

function harveys(draft: Draft): Draft {
  const d = setYoungPerson(draft, { education: 'school' });
  const game = confirmedOutcome(d, 0, 'make a small game on my own', { timeframe: { phrase: 'by July', date: '2027-07-22' }, measure: 'my teacher will see', pfaArea: 'employment' });
  return addProvision(game.draft, game.id, 'a laptop at home', 'education').draft;
}

const atReview = async () =>
  (
    await startWith({
      today: '2026-12-04', name: 'Harvey', age: 15, schoolYear: 10,
      hopes: [{ text: 'make games', theme: 'learning_and_work', needs: ['i find coding hard'] }],
      change: harveys,
      at: atReviewSummary,
    })
  ).chat;

const parts = async (chat: Transcript) => (await chat.draft())!.outcomes.map((o) => [o.statement, o.provision.map((p) => p.text)]);

describe('Harvey: "can you delete it" after help was offered to be taken out', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"i dont need the laptop anymore" offers to take that help out; "can you delete it" takes out only the help', async () => {
    chat = await atReview();
    const offered = await chat.say('i dont need the laptop anymore');
    expect(saidIn(offered)).toMatch(/take out "a laptop at home"/i);
    const done = await chat.say('can you delete it');
    expect(await parts(chat)).toEqual([['make a small game on my own', []]]);
    expect(saidIn(done)).toMatch(/taken out "a laptop at home"/);
  });

  it('"can you delete it" after "can you take the laptop out" takes out only the help', async () => {
    chat = await atReview();
    await chat.say('can you take the laptop out');
    await chat.say('can you delete it');
    expect(await parts(chat)).toEqual([['make a small game on my own', []]]);
  });

  it('a plain disclosure beside it is still heard', async () => {
    chat = await atReview();
    await chat.say('i dont need the laptop anymore. my dad hits me');
    expect(chat.step).toBe(Step.safeguardingCheck);
  });
});
