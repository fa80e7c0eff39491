import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith, type SeedHope } from './journeySeed';

const CRISIS = /0808 800 5000|116 123|0800 1111|999|Are you OK/;
const LEO = { name: 'Leo', age: 11, schoolYear: 6 };
const HOPES: SeedHope[] = [
  { text: 'to be happy', theme: 'health_and_wellbeing', needs: ['school is too loud and busy'] },
  { text: 'have a job with trains one day', theme: 'learning_and_work', needs: ['his talking mainly'] },
  { text: 'to be a train driver or work at the signal box thing', theme: 'learning_and_work', needs: [] },
];

/* A parent talking about the plan's own items, or the bot's wording, never gets the crisis answer or "Are you OK?". */
describe("talk about the plan's items is never a worry", () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    'i already said this is the same as the last one. can you just join them together',
    'these two hopes are the same thing, can u merge them',
  ])('%j at "what makes this hard?": no crisis answer and no flag', async (typed) => {
    ({ chat } = await startWith(parentSeed(LEO, HOPES, { at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[2]!.id }) })));
    const replies = await chat.say(typed);
    expect(saidIn(replies)).not.toMatch(CRISIS);
    const draft = await chat.draft();
    expect(draft?.flags).toEqual([]);
    expect(draft?.needs.map((n) => n.text).join(' | ')).not.toMatch(/join|merge/);
    // How to make them one is said, and the question asked again.
    expect(saidIn(replies)).toMatch(/join two hopes into one when I read your plan back/);
    expect(chat.step).toBe(Step.needsBarrier);
  });

  it('a complaint about the read-back\'s wording at the outcome read-back: no "Are you OK?"', async () => {
    ({ chat } = await startWith(parentSeed(LEO, HOPES)));
    const answers: Record<string, string> = {
      [Step.outcomeStep]: 'talk to one other kid in his form about trains at break',
      [Step.outcomeWhen]: 'end of year 7',
      [Step.outcomeMeasure]: 'his key adult sees him chatting with the same kid a few times a week',
      [Step.outcomeDoesForMe]: 'he wouldnt be so lonely',
      [Step.outcomeMakesPossible]: 'having someone round to play trains',
      [Step.outcomeProvides]: 'a lunchtime club and an adult to help start conversations',
    };
    for (let turn = 0; turn < 10 && chat.step !== Step.outcomeConfirm; turn++) await chat.say(answers[chat.step ?? ''] ?? 'yes');
    expect(chat.step).toBe(Step.outcomeConfirm);
    const replies = await chat.say(
      "no thats wrong. i said easter year 7 not end. and the how will we know bit is muddled, i dont want to wait that long isnt how we'd know anything",
    );
    expect(saidIn(replies)).not.toMatch(CRISIS);
    expect(chat.step).toBe(Step.outcomeConfirm);
    expect((await chat.draft())?.flags).toEqual([]);
  });
});
