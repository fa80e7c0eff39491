import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/* Jess (16, Year 11) at "What would it do for you? How would you feel?" for her bus outcome. */

async function atDoesForMe(): Promise<Transcript> {
  const { chat } = await startWith({
    today: '2026-12-05',
    name: 'Jess',
    age: 16,
    schoolYear: 11,
    hopes: [{ text: 'Get around town on my own', theme: 'independent_living', needs: ['Buses are loud and busy'] }],
  });
  await chat.say('get the 23 bus to town on my own once a week');
  await chat.say('by the summer');
  await chat.say('i do it every week for a term');
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
