import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { Transcript } from '../support/transcript';
import { throughWelcome } from './throughWelcome';
import { startWith } from './journeySeed';

/** Thanks said after the bot explained one of its words is no answer: the question is asked again. */
describe('thanks after an explanation', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('a grandmother typing "Oh I see, thank you" after "what is an outcome" keeps nothing', async () => {
    chat = await throughWelcome({ who: 'A parent or carer', name: 'Rosie', age: 'Year 3' });
    await chat.say('what is an outcome?');
    const replies = await chat.say('Oh I see, thank you');
    expect(replies.length).toBeGreaterThan(0);
    expect(chat.step).toBe(Step.aboutMeStrengths);
    expect((await chat.draft())?.aboutMe.strengths).toEqual([]);
  });

  it('"Oh I see, thank you" after "what does outcome mean" at the outcome question keeps no goal', async () => {
    ({ chat } = await startWith({
      today: '2026-12-02', who: 'parent_carer', name: 'Rosie', age: 8, schoolYear: 3,
      hopes: [{ text: 'make a friend at school', theme: 'friends_and_community', needs: ['she is shy'] }],
      at: (d) => ({ stage: 'outcomes', step: Step.outcomeStep, topic: d.aspirations[0]!.id }),
    }));
    await chat.say('what does outcome mean?');
    await chat.say('Oh I see, thank you');
    expect((await chat.draft())!.outcomes).toHaveLength(0);
    expect(chat.step).toBe(Step.outcomeStep);
  });
});
