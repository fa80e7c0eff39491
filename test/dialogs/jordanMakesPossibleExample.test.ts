import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/* Jordan, 22, at "what would it make possible?" with the bot's example: a reply to the example is dropped, the rest kept. */

const jordan = async () => {
  const { chat } = await startWith({ today: '2026-12-05', name: 'Jordan', age: 22, hopes: [{ text: 'ride my bike to work', theme: 'independent_living', needs: ['I get lost easily'] }] });
  await chat.say('ride to the shops on my own');
  let asked = '';
  for (let i = 0; i < 5 && chat.step !== Step.outcomeMakesPossible; i++) asked = saidIn(await chat.say(chat.step === Step.outcomeWhen ? 'by march' : chat.step === Step.outcomeDoesForMe ? 'id feel free' : chat.step === Step.outcomeMeasure ? 'my mum sees me go 3 times' : 'a travel trainer'));
  expect(chat.step).toBe(Step.outcomeMakesPossible);
  return { chat, asked };
};

describe('the example at "what would it make possible?" argued with', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('the question carries an example to argue with', async () => {
    const started = await jordan();
    chat = started.chat;
    expect(started.asked).toMatch(/cousins/);
  });

  it.each([
    ['i dont have cousins. i could save for new brakes', /save for new brakes/],
    ['i dont have any cousins, i could save for new brakes', /save for new brakes/],
    ['i havent got cousins lol. i could go to the bike park', /bike park/],
    ['dont have cousins. go to the bike park with my mate', /bike park/],
  ])('"%s" keeps only the answer', async (typed, kept) => {
    ({ chat } = await jordan());
    await chat.say(typed);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.makesPossible ?? '').toMatch(kept);
    expect(outcome.makesPossible ?? '').not.toMatch(/cousins/i);
  });

  it.each(['i dont have cousins', 'i havent got any cousins'])('"%s" alone keeps nothing and asks again', async (typed) => {
    ({ chat } = await jordan());
    await chat.say(typed);
    expect((await chat.draft())!.outcomes[0]!.makesPossible ?? '').toBe('');
    expect(chat.step).toBe(Step.outcomeMakesPossible);
  });

  it('"i dont have to ask mum for lifts" is an answer, kept', async () => {
    ({ chat } = await jordan());
    await chat.say('i dont have to ask mum for lifts');
    expect((await chat.draft())!.outcomes[0]!.makesPossible ?? '').toMatch(/lifts/);
  });
});
