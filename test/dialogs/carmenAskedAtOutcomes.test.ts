import { afterEach, describe, expect, it } from 'vitest';
import { Step, type StepId } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { atOutcome } from '../support/outcomeAt';
import { parentSeed, saidIn, startWith, type SeedHope } from './journeySeed';

/*
 * Carmen, mum of Luca (5), types questions and remarks where an answer was expected, at the needs
 * and outcome questions. Each is answered and never kept as an answer; the question stays open.
 */

const HOPES: SeedHope[] = [
  { text: 'I want him to be happy', theme: 'health_and_wellbeing', needs: [] },
  { text: 'to talk to us', theme: 'health_and_wellbeing', needs: ['he has very few words'] },
  { text: 'to be toilet trained', theme: 'independent_living', needs: ['the school keep ringing me to come change him'] },
];
const LUCA = { name: 'Luca', age: 5, schoolYear: 0 };
const atStep = (step: StepId, hope = 0) => parentSeed(LUCA, HOPES, { at: atOutcome(step, { hope }) });
const atHelps = parentSeed(LUCA, HOPES, { at: (d) => ({ stage: 'needs', step: Step.needsHelps, topic: d.aspirations[1]!.id }) });

describe('Carmen at the needs and outcome questions', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"whats an outcome? is it like a target?" at "what already helps?" is answered, nothing kept, asked again', async () => {
    ({ chat } = await startWith(atHelps));
    const said = saidIn(await chat.say('i dont know what that means sorry, like whats an outcome? is it like a target?...'));
    expect(said).toContain('An outcome is something your child will be able to do');
    expect(said).toContain('A target is a small step on the way to an outcome');
    expect(said).not.toContain('that could be it');
    expect(chat.step).toBe(Step.needsHelps);
    expect(JSON.stringify(await chat.draft())).not.toMatch(/what is an outcome|like a target/i);
  });

  it('leave alone: an answer before "what is a step?" is still the answer', async () => {
    ({ chat } = await startWith(atHelps));
    const said = saidIn(await chat.say('his visual timetable and makaton help a lot, what is a step?'));
    expect(said).toContain('Here a step means');
    expect(chat.step).toBe(Step.needsMore);
  });

  it('"why is it good for him?" at "what would it do for Luca?" says why it is asked and keeps nothing', async () => {
    ({ chat } = await startWith(atStep(Step.outcomeStep, 1)));
    await chat.say('Luca will use 10 signs or pictures by the summer');
    await chat.say('his teacher sees him use them every day');
    expect(chat.step).toBe(Step.outcomeDoesForMe);
    const said = saidIn(await chat.say('why is it good for him?'));
    expect(said).toContain('I ask so the plan says why this step matters for Luca');
    expect(chat.step).toBe(Step.outcomeDoesForMe);
    expect((await chat.draft())!.outcomes[0]!.doesForMe ?? '').not.toContain('why');
    await chat.say('he would be less frustrated');
    expect((await chat.draft())!.outcomes[0]!.doesForMe).toBe('he would be less frustrated');
  });

  it('"did you get what i said about the nappies?" says the hard thing kept about it', async () => {
    ({ chat } = await startWith(atStep(Step.outcomeStep, 0)));
    const said = saidIn(await chat.say('did you get what i said about the nappies?'));
    expect(said).toContain('the school keep ringing me to come change him');
    expect(chat.step).toBe(Step.outcomeStep);
    expect((await chat.draft())!.outcomes).toEqual([]);
  });

  it('"talking and toilet are more urgent for us" starts with those hopes and says so', async () => {
    const started = await startWith(atStep(Step.outcomeStep, 0));
    chat = started.chat;
    const said = saidIn(await chat.say('talking and toilet are more urgent for us'));
    expect(said).toContain('start with "to talk to us", then "to be toilet trained"');
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.topic).toBe(started.seeded.aspirations[1]!.id);
    expect((await chat.draft())!.outcomes).toEqual([]);
  });

  it('a harm told in the same shape is still heard', async () => {
    ({ chat } = await startWith(atStep(Step.outcomeStep, 0)));
    await chat.say('his dad hitting him and talking are more urgent for us');
    expect((await chat.draft())!.flags.length).toBeGreaterThan(0);
  });

  it('"what is he doing by when?" at "By when?" reads back the step so far and asks again', async () => {
    ({ chat } = await startWith(atStep(Step.outcomeStep, 1)));
    await chat.say('Luca will use 10 signs or pictures');
    expect(chat.step).toBe(Step.outcomeWhen);
    const said = saidIn(await chat.say('hmm wait what is he doing by when? i havent said exactly yet'));
    expect(said).toContain('The step so far is "Luca will use 10 signs or pictures"');
    expect(chat.step).toBe(Step.outcomeWhen);
    expect((await chat.draft())!.outcomes[0]!.timeframe).toBeNull();
  });

  it('"I don\'t know, happy is hard to make a step for?? maybe..." is no step: asked again with an example', async () => {
    const started = await startWith(atStep(Step.outcomeStep, 0));
    chat = started.chat;
    const said = saidIn(await chat.say("I don't know, happy is hard to make a step for?? maybe..."));
    expect(said).toContain('It can be hard to turn a hope into a step');
    expect(said).toMatch(/What would Luca be doing when that is true\? Tell me one thing, like "/);
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.topic).toBe(started.seeded.aspirations[0]!.id);
    expect((await chat.draft())!.outcomes).toEqual([]);
  });

  it('a harm told as "hard to make a step for" is still heard', async () => {
    ({ chat } = await startWith(atStep(Step.outcomeStep, 0)));
    await chat.say("I don't know, his dad hitting him is hard to make a step for");
    expect((await chat.draft())!.flags.length).toBeGreaterThan(0);
  });

  it('"maybe 10 signs or pictures? and have a speech therapist actually see him": the step and its help apart', async () => {
    ({ chat } = await startWith(atStep(Step.outcomeStep, 1)));
    const said = saidIn(await chat.say('maybe 10 signs or pictures? and have a speech therapist actually see him'));
    expect(said).toContain('have a speech therapist actually see him');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.statement).toBe('use 10 signs or pictures');
    expect(outcome.provision.map((p) => p.text)).toEqual([expect.stringContaining('speech therapist actually see him')]);
    expect(chat.step).toBe(Step.outcomeWhen);
  });
});
