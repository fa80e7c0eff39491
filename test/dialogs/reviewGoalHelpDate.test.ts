import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { danAtReview } from './reviewSeed';

/*
 * "change the help for the bus goal" opens the help of that goal, never a move of the goal;
 * "change the date of the bus goal" asks for that goal's date, never which goal when only one fits.
 */

const said = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');

/** Dan with a bus goal (help: travel training) and a cooking goal (help: cooking lessons). */
const busAndCook = () => danAtReview([{ provision: 'cooking lessons at college' }, { statement: 'In a year (by December 2027), I will take the bus to my job.', provision: 'travel training' }]);

describe('the help or the date of a goal named by its words', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['change the help for the bus goal', 'can i change the help on the bus one', 'i want to change the support for the bus goal'])('"%s" asks for new words for that help', async (typed) => {
    ({ chat } = await startWith(busAndCook()));
    const reply = said(await chat.say(typed));
    expect(reply).toMatch(/travel training/);
    expect(reply).not.toMatch(/Move|Which outcome/);
    await chat.say('my mum comes with me on the bus');
    const draft = (await chat.draft())!;
    expect(JSON.stringify(draft.outcomes[1])).toMatch(/my mum comes with me on the bus/);
    expect(JSON.stringify(draft.outcomes[1])).not.toMatch(/travel training/);
    expect(draft.outcomes[1]!.statement).toMatch(/take the bus/);
  });

  it.each(['change the date of the bus goal', 'change the bus goal date', 'can we change the date for the bus one'])('"%s" asks for the date of that goal', async (typed) => {
    ({ chat } = await startWith(busAndCook()));
    const reply = said(await chat.say(typed));
    expect(reply).toMatch(/By when .*take the bus/);
    expect(reply).not.toMatch(/Which one/);
    expect(chat.step).toBe(Step.reviewChange);
  });

  it('said after "change something" the help is opened too', async () => {
    ({ chat } = await startWith(busAndCook()));
    await chat.say('change something');
    expect(said(await chat.say('change the help for the bus goal'))).toMatch(/travel training/);
  });

  it('"change the bus goal to I will get the train to my job" still rewords the goal itself', async () => {
    ({ chat } = await startWith(busAndCook()));
    const reply = said(await chat.say('change the bus goal to I will get the train to my job'));
    expect(reply).toMatch(/take the bus to…" to "I will get the train/);
    expect(reply).not.toMatch(/travel training/);
  });
});
