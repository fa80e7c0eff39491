import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

/*
 * Kieran, 19, on a supported internship at a hospital with a job coach. He never said "college" at
 * the age question, so only his hope says he is in education: needs and help for the internship
 * are education's (B and F); travel and living skills social care's; his body's health's.
 */
const INTERNSHIP: SeedHope = { text: "I'm on a supported internship at the hospital and I want to get a paid job there", theme: 'learning_and_work', needs: [] };
const TRAVEL: SeedHope = { text: 'travel to work on my own', theme: 'independent_living', needs: [] };

const ANSWERS: Record<string, string> = {
  [Step.outcomeWhen]: 'by the end of my internship in july',
  [Step.outcomeMeasure]: 'my manager will tell my job coach',
  [Step.outcomeDoesForMe]: 'i would feel more grown up',
  [Step.outcomeMakesPossible]: 'i could get a paid job',
};

async function atNeeds(hope = 0): Promise<Transcript> {
  const { chat } = await startWith({ today: '2026-12-02', name: 'Kieran', age: 19, hopes: [INTERNSHIP, TRAVEL], at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[hope]!.id }) });
  return chat;
}

describe('Kieran, 19, on a supported internship', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['remembering all the steps of my tasks', 'education'],
    ['filling in forms at work', 'education'],
    ['i get panic attacks when it is busy', 'health'],
  ])('"%s" at the internship hope is placed with %s', async (typed, section) => {
    chat = await atNeeds(0);
    await chat.say(typed);
    expect((await chat.draft())!.needs.find((n) => n.text === typed)?.suggestedSection).toBe(section);
  });

  it('getting lost on the bus is everyday life: social care', async () => {
    chat = await atNeeds(1);
    await chat.say('i get lost when the bus goes a different way');
    expect((await chat.draft())!.needs[0]?.suggestedSection).toBe('social_care');
  });

  it.each([
    ['my job coach to show me each task', 'education'],
    ['travel training to get the bus on my own', 'social_care'],
    ['physio for my back', 'health'],
  ])('help "%s" is given by %s', async (help, by) => {
    const { chat: c } = await startWith({ today: '2026-12-02', name: 'Kieran', age: 19, hopes: [INTERNSHIP, TRAVEL] });
    chat = c;
    await chat.say('I will do my tasks on the ward on my own');
    for (let i = 0; i < 8 && chat.step !== Step.outcomeProvides && ANSWERS[chat.step ?? '']; i++) await chat.say(ANSWERS[chat.step ?? '']!);
    expect(chat.step).toBe(Step.outcomeProvides);
    await chat.say(help);
    expect((await chat.draft())!.outcomes[0]!.provision[0]?.by).toBe(by);
  });
});
