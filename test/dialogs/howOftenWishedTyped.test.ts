import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, startWith, walkTo } from './journeySeed';

/*
 * Gemma at "what help would be needed?": "speech therapy every 6 weeks, which isnt enough, we want
 * weekly". How often he has it now is not what she asks for: "weekly" is kept as how often.
 */

const HOPES = [{ text: 'for Alfie to tell us what he needs', theme: 'health_and_wellbeing' as const, needs: ['he has very few words'] }];

async function atProvides(): Promise<Transcript> {
  const { chat } = await startWith(parentSeed({ name: 'Alfie', age: 4, schoolYear: -1 }, HOPES));
  await chat.say('Alfie will use makaton signs to ask for a drink at nursery');
  await walkTo(chat, Step.outcomeProvides, {
    [Step.outcomeDoesForMe]: 'he would be less frustrated',
    [Step.outcomeMakesPossible]: 'he could join in at snack time',
    [Step.outcomeWhen]: 'by next september',
    [Step.outcomeMeasure]: 'he signs for a drink on 4 days out of 5',
  });
  return chat;
}

describe('how often help is wished for', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"speech therapy every 6 weeks, which isnt enough, we want weekly": how often is "weekly"', async () => {
    chat = await atProvides();
    await chat.say('speech therapy every 6 weeks, which isnt enough, we want weekly');
    const provision = (await chat.draft())!.outcomes[0]!.provision;
    expect(provision.map((p) => p.text).join(' ')).toMatch(/speech therapy/i);
    expect(provision.find((p) => /speech therapy/i.test(p.text))?.howOften).toBe('weekly');
  });

  it('leave alone: "speech therapy every 6 weeks" keeps "every 6 weeks"', async () => {
    chat = await atProvides();
    await chat.say('speech therapy every 6 weeks');
    const provision = (await chat.draft())!.outcomes[0]!.provision;
    expect(provision.find((p) => /speech therapy/i.test(p.text))?.howOften).toBe('every 6 weeks');
  });
});
