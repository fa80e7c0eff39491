import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { typedTo } from '../support/typedWay';

/* The typed way to a question stops a test where the bot does not go the way the person typed. */

describe('the typed way to a question', () => {
  it('arrives at the question, having typed every answer on the way', async () => {
    const chat = await typedTo(Step.aboutMeSafe, { who: 'A parent or carer', name: 'Ruby', age: '13' });
    expect(chat.step).toBe(Step.aboutMeSafe);
    expect((await chat.draft())?.aboutMe.strengths).toEqual(['I am kind']);
    await chat.close();
  });

  it('fails where an answer is not taken and the question is asked again', async () => {
    await expect(typedTo(Step.aboutMeStrengths, { age: 'purple' })).rejects.toThrow(/asked again after "purple" at welcome\.age/);
  });

  it('fails at a question it has nothing to type at', async () => {
    await expect(typedTo(Step.outcomeStep, { name: 'Sam' })).rejects.toThrow(/nothing to type at hopes\.dream/);
  });
});
