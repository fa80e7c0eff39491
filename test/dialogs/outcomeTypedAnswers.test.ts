import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { outcomesOf, type Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

const CHEF: SeedHope = { text: 'be a chef', theme: 'learning_and_work', needs: ['cant do maths wiv out help'] };
const NAN: SeedHope = { text: 'live near my nan', theme: 'independent_living', needs: [] };

const said = (replies: Partial<Activity>[]) => replies.filter((a) => !outcomesOf(a)).map((a) => a.text ?? '').join('\n');

/** Typed up to the read-back of one outcome for the first hope. */
async function toReadBack(chat: Transcript, step = 'cook a meal for my family on my own by next summer', measure = 'my mum will see me do it'): Promise<void> {
  await chat.say(step);
  expect(chat.step).toBe(Step.outcomeMeasure);
  await chat.say(measure);
  await chat.say('i would feel proud');
  await chat.say('i could get a job in a kitchen');
  await chat.say('cooking lessons at college');
  expect(chat.step).toBe(Step.outcomeConfirm);
}

describe('what people type at the outcome questions', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"yes but use my words" at the read-back is a yes, never the new wording', async () => {
    ({ chat } = await startWith({ today: '2025-09-10', name: 'Kai', age: 16, schoolYear: 11, hopes: [CHEF, NAN] }));
    await toReadBack(chat, 'cook a meal 4 my family wiv no help by next summer');
    expect(chat.lastQuestion?.activity.text).toContain('I will cook a meal 4 my family with no help.');
    const replies = await chat.say('yes but use my words');
    expect(chat.step).toBe(Step.outcomeAnother);
    expect(said(replies)).toMatch(/own words/);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.confirmed).toBe(true);
    expect(outcome.statement).toBe('By next summer (July 2026), I will cook a meal 4 my family wiv no help.');
  });

  it('"yes. and put normal words back on" keeps the read-back and switches easy read off', async () => {
    ({ chat } = await startWith({ today: '2025-09-10', name: 'Kai', age: 16, schoolYear: 11, hopes: [CHEF, NAN] }));
    await chat.say('easy read');
    expect(chat.lastQuestion?.mode).toBe('easy_read');
    await toReadBack(chat);
    await chat.say('yes. and put normal words back on');
    expect(chat.step).toBe(Step.outcomeAnother);
    expect(chat.lastQuestion?.mode).toBe('standard');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.statement).toBe('By next summer (July 2026), I will cook a meal for my family on my own.');
    expect(outcome.statement).not.toMatch(/normal words/);
  });

  it('a yes to a tidied read-back keeps the tidied words and the typed ones beside them', async () => {
    ({ chat } = await startWith({ today: '2025-09-10', name: 'Kai', age: 16, schoolYear: 11, hopes: [CHEF, NAN] }));
    await toReadBack(chat, 'do the maths in recipes wiv out help by next summer', 'my teacher will see i dont need to ask');
    expect(chat.lastQuestion?.activity.text).toContain('I will do the maths in recipes without help.');
    expect(chat.lastQuestion?.activity.text).toContain("My teacher will see I don't need to ask");
    await chat.say('yeah thats right');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.statement).toBe('By next summer (July 2026), I will do the maths in recipes without help.');
    expect(outcome.inTheirWords).toBe('do the maths in recipes wiv out help by next summer');
    expect(outcome.measure).toBe("My teacher will see I don't need to ask");
    expect(outcome.measureInTheirWords).toBe('my teacher will see i dont need to ask');
  });

  it('a question about the measure is explained; only the answer beside it is kept', async () => {
    ({ chat } = await startWith({ today: '2025-09-10', name: 'Kai', age: 16, schoolYear: 11, hopes: [CHEF, NAN] }));
    await chat.say('cook a meal for my family on my own by next summer');
    const asked = await chat.say('what do you mean by measure?');
    expect(chat.step).toBe(Step.outcomeMeasure);
    expect(said(asked).length).toBeGreaterThan(0);
    expect((await chat.draft())!.outcomes[0]!.measure).toBeUndefined();
    await chat.say("is that the measure thing? we'd write it on the fridge every time i cook");
    expect(chat.step).toBe(Step.outcomeDoesForMe);
    expect((await chat.draft())!.outcomes[0]!.measure).toBe("we'd write it on the fridge every time i cook");
  });

  it.each(['maybe', 'idk maybe', 'not sure'])('"%s" at how everyone will know or what it would provide is never kept', async (unsure) => {
    ({ chat } = await startWith({ today: '2025-09-10', name: 'Kai', age: 16, schoolYear: 11, hopes: [CHEF, NAN] }));
    await chat.say('cook a meal for my family on my own by next summer');
    await chat.say(unsure);
    expect(chat.step).toBe(Step.outcomeMeasure);
    await chat.say('my mum will see me do it');
    await chat.say('i would feel proud');
    await chat.say('i could get a job in a kitchen');
    expect(chat.step).toBe(Step.outcomeProvides);
    await chat.say(unsure);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.measure).toBe('my mum will see me do it');
    expect(outcome.provision).toEqual([]);
  });

  it('"it\'s for my other hope about ..." at the read-back moves the outcome to that hope', async () => {
    ({ chat } = await startWith({ today: '2025-09-10', name: 'Kai', age: 16, schoolYear: 11, hopes: [CHEF, NAN] }));
    await toReadBack(chat);
    const before = (await chat.draft())!;
    expect(before.outcomes[0]!.aspirationId).toBe(before.aspirations[0]!.id);
    await chat.say("it's for my other hope about living near my nan");
    expect(chat.step).toBe(Step.outcomeConfirm);
    const after = (await chat.draft())!;
    expect(after.outcomes[0]!.aspirationId).toBe(after.aspirations[1]!.id);
    expect(after.outcomes[0]!.statement).not.toMatch(/hope|nan/);
    await chat.say('yes');
    expect((await chat.draft())!.outcomes[0]!.confirmed).toBe(true);
  });
});
