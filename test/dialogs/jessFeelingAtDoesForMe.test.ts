import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn } from './journeySeed';
import { BUS_HOPE, BUS_WAY, jessTyping } from './jessSeed';

/* Jess (16, Year 11) at "What would it do for you? How would you feel?" for her bus outcome. */

async function atDoesForMe(): Promise<Transcript> {
  const chat = await jessTyping(BUS_HOPE, ['get the 23 bus to town on my own once a week', ...BUS_WAY.slice(0, 2)]);
  expect(chat.step).toBe(Step.outcomeDoesForMe);
  return chat;
}

describe('a feeling at "what would it do for you?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['more grown up and free i guess', 'more independent', 'more confident and in control'])('"%s" is what it does for her, never help', async (typed) => {
    chat = await atDoesForMe();
    const said = saidIn(await chat.say(typed));
    expect(said).not.toMatch(/as help/);
    expect(chat.step).not.toBe(Step.outcomeDoesForMe);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.provision).toEqual([]);
    expect(outcome.doesForMe).toMatch(new RegExp(`^${typed.split(' ').slice(0, 2).join(' ')}`));
  });

  it('help asked for there is still kept as help', async () => {
    chat = await atDoesForMe();
    await chat.say('travel training');
    expect((await chat.draft())!.outcomes[0]!.provision.map((p) => p.text)).toEqual(['travel training']);
  });
});
