import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed } from './journeySeed';
import { typeUntil } from '../support/typedWay';

/*
 * Two outcomes typed in full: each outcome's provision holds only the help said for it at "what
 * would it provide?", never help said for the other one.
 */

const MAYA: Seed = {
  today: '2026-12-03',
  name: 'Maya',
  age: 17,
  schoolYear: 12,
  hopes: [
    { text: 'work in a cafe', theme: 'learning_and_work', needs: ['I get nervous talking to customers'] },
    { text: 'get the bus to college on my own', theme: 'independent_living', needs: ['I get lost when the bus goes a different way'] },
  ],
};

describe('help said for one outcome stays with that outcome', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('two outcomes typed in full: each provision holds its own help', async () => {
    ({ chat } = await startWith(MAYA));
    await typeUntil(chat, Step.outcomeConfirm, {
      [Step.outcomeStep]: 'serve customers at the college cafe on my own',
      [Step.outcomeWhen]: 'by the summer',
      [Step.outcomeMeasure]: 'the cafe manager will tell my tutor',
      [Step.outcomeDoesForMe]: 'i would feel more confident',
      [Step.outcomeMakesPossible]: 'i could get a saturday job',
      [Step.outcomeProvides]: 'a job coach at the cafe',
    });
    await chat.say('yes');
    expect(chat.step).toBe(Step.outcomeAnother);
    await chat.say('yes');
    await typeUntil(chat, Step.outcomeConfirm, {
      [Step.outcomeStep]: 'get the bus to college on my own three days a week',
      [Step.outcomeWhen]: 'by the end of the summer term',
      [Step.outcomeMeasure]: 'my mum will not need to come with me',
      [Step.outcomeDoesForMe]: 'i would feel free',
      [Step.outcomeMakesPossible]: 'i could see my friends in town',
      [Step.outcomeProvides]: 'travel training from the council',
    });
    await chat.say('yes');
    const [cafe, bus] = (await chat.draft())!.outcomes;
    expect(cafe!.provision.map((p) => p.text)).toEqual(['a job coach at the cafe']);
    expect(bus!.provision.map((p) => p.text)).toEqual(['travel training from the council']);
  });
});
