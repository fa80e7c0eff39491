import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { typeUntil } from '../support/typedWay';
import { parentSeed, startWith } from './journeySeed';

/*
 * Alfie's mum at "What help would Alfie need?": "more speech therapy, he only gets seen every 3
 * months. and nursery staff trained in the board". Two pieces of help; the remark is kept beside the first.
 */
describe('a remark about how things are now, typed beside the help needed', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('keeps two pieces of help, the remark beside the first', async () => {
    ({ chat } = await startWith(parentSeed({ name: 'Alfie', age: 4, schoolYear: 0 }, [
      { text: 'to talk more so we can understand him', theme: 'health_and_wellbeing', needs: ['hes only got about 10 words and he gets really upset when we dont get it'] },
    ])));
    await typeUntil(chat, Step.outcomeProvides, {
      [Step.outcomeStep]: 'use his talking board to ask for a snack',
      [Step.outcomeWhen]: 'by the summer',
      [Step.outcomeMeasure]: 'nursery staff will see him use it every day',
      [Step.outcomeDoesForMe]: 'he would be less frustrated',
      [Step.outcomeMakesPossible]: 'he could join in at snack time',
    });
    await chat.say('more speech therapy, he only gets seen every 3 months. and nursery staff trained in the board');
    expect(chat.step).toBe(Step.outcomeConfirm);
    const provision = (await chat.draft())!.outcomes[0]!.provision.map((p) => p.text);
    expect(provision).toEqual(['more speech therapy (he only gets seen every 3 months)', 'nursery staff trained in the board']);
  }, 90_000);
});
