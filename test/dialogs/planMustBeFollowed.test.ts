import { afterEach, describe, expect, it } from 'vitest';
import { Step, type StepId } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, startWith, type Seed } from './journeySeed';

/*
 * A dad at an outcome's questions asks whether the school has to do what the plan says, and which
 * outcome this is. He gets a true, plain answer, and the open question stays where it was.
 */
const LUNCH = { text: 'eat his lunch in the hall', theme: 'health_and_wellbeing' as const, needs: ['the hall is too loud'] };

const seed = (step: StepId): Seed =>
  parentSeed({ name: 'Sam', age: 9, schoolYear: 4 }, [LUNCH], { at: (d) => ({ stage: 'outcomes', step, topic: d.aspirations[0]!.id, data: {} }) });

describe('a question about the plan at an outcome question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"does the school actually have to do it" is answered truly and the step question stays open', async () => {
    ({ chat } = await startWith(seed(Step.outcomeStep)));
    const replies = await chat.say('what happens to this after. does the school actually have to do it');
    const words = replies.map((a) => a.text ?? '').join('\n');
    expect(words).toMatch(/not the plan itself/);
    expect(words).toMatch(/must make sure the help written in it is given/);
    expect(words).toMatch(/have to follow it/);
    expect(words).toMatch(/What is one step Sam could reach/);
    expect(chat.step).toBe(Step.outcomeStep);
    expect((await chat.draft())!.outcomes).toHaveLength(0);
  });

  it.each(['is this plan legally binding?', 'do they have to follow it', 'can the school just ignore it?', 'will the school really do it'])('"%s" at "by when" is answered and "by when" is asked again', async (typed) => {
    ({ chat } = await startWith(seed(Step.outcomeStep)));
    await chat.say('sit in the hall for ten minutes');
    expect(chat.step).toBe(Step.outcomeWhen);
    const replies = await chat.say(typed);
    const words = replies.map((a) => a.text ?? '').join('\n');
    expect(words).toMatch(/have to follow it/);
    expect(chat.step).toBe(Step.outcomeWhen);
    expect(JSON.stringify(await chat.draft())).not.toMatch(/binding|follow it|ignore|really do/);
    expect(words).toMatch(/By when would you like Sam to do this/);
  });

  it('"what happens next? who checks the school is doing it" keeps nothing as a step and asks the step question again', async () => {
    ({ chat } = await startWith(seed(Step.outcomeStep)));
    const replies = await chat.say('what happens next? who checks the school is doing it');
    const words = replies.map((a) => a.text ?? '').join('\n');
    expect(words).toMatch(/key worker or the school can help/);
    expect(words).toMatch(/What is one step Sam could reach/);
    expect(chat.step).toBe(Step.outcomeStep);
    expect((await chat.draft())!.outcomes).toHaveLength(0);
  });
});
