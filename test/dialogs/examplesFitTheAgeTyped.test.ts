import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith, walkTo } from './journeySeed';

/* The examples in the outcome questions fit the person's age and never hand back what they just said. */

describe('examples fit the age', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('a 12-year-old is never offered a Saturday job at "what would it make possible?"', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Lily', age: 12, schoolYear: 8, hopes: [{ text: 'go on the school trip to France and enjoy it', theme: 'learning_and_work', needs: [] }] }));
    await walkTo(chat, Step.outcomeMakesPossible, {
      [Step.outcomeStep]: 'i will go on the france trip with my class',
      [Step.outcomeWhen]: 'by the summer',
      [Step.outcomeMeasure]: 'i would have been on the trip and come back',
      [Step.outcomeDoesForMe]: 'i would feel more grown up',
    });
    const asked = chat.lastQuestion?.activity.text ?? '';
    expect(asked).not.toMatch(/Saturday job/i);
    expect(asked).toMatch(/into town with friends/);
  });

  it('a France trip is not about computers: the measure example for a 12-year-old names no game at a club', async () => {
    ({ chat } = await startWith(parentSeed({ name: 'Lily', age: 12, schoolYear: 8 }, [{ text: 'go on the school trip to France and enjoy it', theme: 'learning_and_work', needs: [] }])));
    await walkTo(chat, Step.outcomeMeasure, { [Step.outcomeStep]: 'she will go on the france trip with her class', [Step.outcomeWhen]: 'by the summer' });
    const said = saidIn(await chat.say('she would feel so proud of herself'));
    expect(said).toMatch(/something like "Lily /);
    expect(said).not.toMatch(/game at the club/);
    expect(chat.step).toBe(Step.outcomeMeasure);
  });

  it('a child of 3 is not given "gets the bus alone" as how everyone will know', async () => {
    ({ chat } = await startWith(parentSeed({ name: 'Maisie', age: 3, schoolYear: -1 }, [{ text: 'be more independent', theme: 'independent_living', needs: [] }])));
    await walkTo(chat, Step.outcomeMeasure, { [Step.outcomeStep]: 'she will put her own coat on', [Step.outcomeWhen]: 'in 6 months' });
    const said = saidIn(await chat.say('she would be so happy and proud'));
    expect(said).not.toMatch(/bus/);
    expect(said).toMatch(/Maisie does it three days in a row without help/);
  });

  it('the dad who said "she gets invited to partys" is not handed back "could go to parties"', async () => {
    ({ chat } = await startWith(parentSeed({ name: 'Maisie', age: 3, schoolYear: -1 }, [{ text: 'make friends at nursery', theme: 'friends_and_community', needs: [] }])));
    await walkTo(chat, Step.outcomeMakesPossible, {
      [Step.outcomeStep]: 'she will play with another child at nursery',
      [Step.outcomeWhen]: 'in 6 months',
      [Step.outcomeMeasure]: 'nursery would tell us she played with a friend',
      [Step.outcomeDoesForMe]: 'she gets invited to partys',
    });
    const asked = chat.lastQuestion?.activity.text ?? '';
    expect(asked).not.toMatch(/parties/);
    expect(asked).toMatch(/What would it make possible for Maisie next\?/);
  });
});
