import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn } from './journeySeed';
import { COLLEGE_HOPE, jessTyping } from './jessSeed';

/* Jess (16, Year 11) at "How would you and others know you've done it?" for starting college. */

async function atTheMeasure(): Promise<Transcript> {
  const chat = await jessTyping(COLLEGE_HOPE, ['start the art course at college in september']);
  expect(chat.step).toBe(Step.outcomeMeasure);
  return chat;
}

describe('how anyone would know, for starting college', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['id have a place at college and go on the first day', 'i would get an offer and turn up on the first day'])('"%s" is something anyone can see happen: kept as the measure', async (typed) => {
    chat = await atTheMeasure();
    const said = saidIn(await chat.say(typed));
    expect(said).not.toMatch(/what it would do for you/);
    expect(chat.step).not.toBe(Step.outcomeMeasure);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.measure).toBe(typed);
    expect(outcome.doesForMe ?? null).toBeNull();
  });

  it('a feeling said there is kept as what it does for her, with an example that fits starting college', async () => {
    chat = await atTheMeasure();
    const said = saidIn(await chat.say('id meet new people who like art too'));
    expect(said).toContain('sounds like what it would do for you');
    expect(said).not.toMatch(/in class/);
    expect(said).toContain('Jess has a place and goes in on the first day');
  });
});
