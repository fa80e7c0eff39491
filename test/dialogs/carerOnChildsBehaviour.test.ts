import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn as said, startWith } from './journeySeed';

/* A foster carer at the outcome questions, telling what would change in her child's own behaviour. */

const HELP_LINES = /NSPCC|0808 800 5000|Childline/;

async function atReecesStep(): Promise<Transcript> {
  const { chat } = await startWith(
    parentSeed({ name: 'Reece', age: 9, schoolYear: 4 }, [{ text: 'to stay at his school and feel he belongs', theme: 'friends_and_community', needs: ['he finds break times hard'] }]),
  );
  return chat;
}

describe("a carer on the child's own behaviour getting better", () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"less chairs getting thrown basically… less kids scared of him": no help lines, no flag, no "Are you OK?"', async () => {
    chat = await atReecesStep();
    const replies = said(await chat.say('less chairs getting thrown basically… less kids scared of him'));
    expect(replies).not.toMatch(HELP_LINES);
    expect(replies).not.toMatch(/Are you OK/);
    expect(chat.lastQuestion?.step).not.toBe(Step.safeguardingCheck);
    expect((await chat.draft())?.flags).toEqual([]);
  });

  it('leave alone: "the other kids throw chairs at him" gets the help lines and a flag', async () => {
    chat = await atReecesStep();
    expect(said(await chat.say('the other kids throw chairs at him'))).toMatch(HELP_LINES);
    expect((await chat.draft())?.flags.map((f) => f.category)).toEqual(['bullying']);
  });

  it('"can you not just delete that note?" says why it stays, that it is marked taken back with her words, and who reads it', async () => {
    chat = await atReecesStep();
    await chat.say('the other kids throw chairs at him every day');
    await chat.say('yes we are safe');
    await chat.say('carry on');
    const replies = said(await chat.say("can you not just delete that note? im a foster carer, i dont want the la seeing a safeguarding flag over nothing"));
    expect(replies).toMatch(/kept for safety/);
    expect(replies).toMatch(/marked as taken back, with your words beside it/);
    expect(replies).toMatch(/The adult who checks these notes can read both\. Your key worker sees them only if you share the plan\./);
    expect(replies).not.toMatch(HELP_LINES);
    expect((await chat.draft())?.flags[0]?.takenBackAt).toBeTruthy();
  });
});
