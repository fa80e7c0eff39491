import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith, walkTo } from './journeySeed';

/* A complaint about the bot's example is never kept as the answer; the words after it are. */

const TRIP = { text: 'go on the school trip to France', theme: 'learning_and_work' as const, needs: [] };
const TO_MAKES_POSSIBLE = {
  [Step.outcomeStep]: 'i will go on the france trip with my class',
  [Step.outcomeWhen]: 'by the summer',
  [Step.outcomeMeasure]: 'i would have been on the trip and come back',
  [Step.outcomeDoesForMe]: 'i would feel more grown up',
};

describe('complaints about the example are not kept', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('a dad of a 3-year-old: the complaint goes, "we\'d hear her say 2 words together" is the measure', async () => {
    ({ chat, } = await startWith(parentSeed({ name: 'Maisie', age: 3, schoolYear: -1 }, [{ text: 'talk more', theme: 'health_and_wellbeing', needs: [] }])));
    await walkTo(chat, Step.outcomeMeasure, { [Step.outcomeStep]: 'she will say more words', [Step.outcomeWhen]: 'in 6 months' });
    await chat.say("shes 3 she aint getting the bus alone mate. we'd hear her say 2 words together lots of times a day");
    const outcome = (await chat.draft())?.outcomes[0];
    expect(outcome?.measure).toMatch(/say 2 words together/);
    expect(outcome?.measure).not.toMatch(/bus|aint/);
  });

  it('"what club?? 😂" is not kept as the measure', async () => {
    ({ chat } = await startWith(parentSeed({ name: 'Lily', age: 12, schoolYear: 8 }, [TRIP])));
    await walkTo(chat, Step.outcomeMeasure, { [Step.outcomeStep]: 'she will go on the france trip with her class', [Step.outcomeWhen]: 'by the summer' });
    const said = saidIn(await chat.say('what club?? 😂'));
    expect((await chat.draft())?.outcomes[0]?.measure ?? null).toBeNull();
    expect(said).toMatch(/Sorry, that example did not fit/);
    expect(chat.step).toBe(Step.outcomeMeasure);
  });

  it('"wat bus lol" at how everyone will know is a complaint too: sorry, and nothing kept', async () => {
    ({ chat } = await startWith(parentSeed({ name: 'Lily', age: 12, schoolYear: 8 }, [TRIP])));
    await walkTo(chat, Step.outcomeMeasure, { [Step.outcomeStep]: 'she will go on the france trip with her class', [Step.outcomeWhen]: 'by the summer' });
    const said = saidIn(await chat.say('wat bus lol'));
    expect(said).toMatch(/Sorry, that example did not fit/);
    expect(said).not.toMatch(/Good question/);
    expect((await chat.draft())?.outcomes[0]?.measure ?? null).toBeNull();
  });

  it('a 12-year-old: "i cant get a saturday job im 12 but like doing triple science" keeps "doing triple science"', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Lily', age: 12, schoolYear: 8, hopes: [TRIP] }));
    await walkTo(chat, Step.outcomeMakesPossible, TO_MAKES_POSSIBLE);
    await chat.say('i cant get a saturday job im 12 but like doing triple science');
    expect((await chat.draft())?.outcomes[0]?.makesPossible).toBe('doing triple science');
  });

  it('"same as i just said. go on more school trips" keeps the words after the pointer', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Lily', age: 12, schoolYear: 8, hopes: [TRIP] }));
    await walkTo(chat, Step.outcomeMakesPossible, TO_MAKES_POSSIBLE);
    await chat.say('same as i just said. go on more school trips');
    expect((await chat.draft())?.outcomes[0]?.makesPossible).toBe('go on more school trips');
  });

  it('"again with the saturday job 😂 im TWELVE" alone: sorry, and the question again with no example', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Lily', age: 12, schoolYear: 8, hopes: [TRIP] }));
    await walkTo(chat, Step.outcomeMakesPossible, TO_MAKES_POSSIBLE);
    const said = saidIn(await chat.say('again with the saturday job 😂 im TWELVE'));
    expect((await chat.draft())?.outcomes[0]?.makesPossible ?? null).toBeNull();
    expect(said).toMatch(/Sorry, that example did not fit/);
    expect(chat.step).toBe(Step.outcomeMakesPossible);
    expect(chat.lastQuestion?.activity.text).toMatch(/Say it in your own words/);
    expect(chat.lastQuestion?.activity.text).not.toMatch(/For example/);
  });
});
