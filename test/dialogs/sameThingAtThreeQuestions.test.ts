import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

/*
 * Kofi, 15, asked what his goal would make possible: "its literally the same thing". A remark that
 * the answer is the one he gave: nothing new is kept, what it does for him stays, and the next
 * question comes. An answer that names something ("same as my mates get to do") is still kept.
 */

const BOCCIA: SeedHope = { text: 'play boccia for a club', theme: 'friends_and_community', needs: ['i get tired using my arm'] };

async function reachMakesPossible(chat: Transcript): Promise<void> {
  await chat.say('play boccia at the club every week');
  for (let turn = 0; turn < 5 && chat.step !== Step.outcomeMakesPossible; turn++) {
    if (chat.step === Step.outcomeWhen) await chat.say('by summer');
    else if (chat.step === Step.outcomeMeasure) await chat.say('my coach writes it down');
    else await chat.say('i get to be with other people');
  }
  expect(chat.step).toBe(Step.outcomeMakesPossible);
}

describe('"its literally the same thing" at the three questions', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['its literally the same thing', 'same thing lol', 'its basically the same answer'])('"%s" at "what would it make possible?" keeps nothing new and moves on', { timeout: 60000 }, async (typed) => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Kofi', age: 15, schoolYear: 10, hopes: [BOCCIA] }));
    await reachMakesPossible(chat);
    await chat.say(typed);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.makesPossible ?? '').toBe('');
    expect(outcome.doesForMe).toBe('i get to be with other people');
    expect(chat.step).not.toBe(Step.outcomeMakesPossible);
  });

  it('"same as my mates get to do" is an answer, kept', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Kofi', age: 15, schoolYear: 10, hopes: [BOCCIA] }));
    await reachMakesPossible(chat);
    await chat.say('same as my mates get to do');
    expect((await chat.draft())!.outcomes[0]!.makesPossible).toBe('same as my mates get to do');
  });
});
