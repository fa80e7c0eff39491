import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn as said, startWith } from './journeySeed';

/* A foster carer who said she is OK, then asked the bot to stop checking: heard once, kindly, and the plan goes on. */

const standard = createWords().forMode('standard');
const ARE_YOU_OK = standard('safeguarding:gentle.question');
const HEARD = standard('safeguarding:checksStopped');
const HELP_LINES = /NSPCC|0808 800 5000|Childline/;

async function atReecesStep(): Promise<Transcript> {
  const { chat } = await startWith(
    parentSeed({ name: 'Reece', age: 9, schoolYear: 4 }, [{ text: 'to stay at his school and feel he belongs', theme: 'friends_and_community', needs: ['he finds break times hard'] }]),
  );
  return chat;
}

describe('"stop asking if im ok" and its like', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['stop asking if im ok', 'can you stop checking on me', 'i said were fine, stop asking', 'enough with the safety stuff'])('"%s" at a plan question: a short kind line and the same question', async (typed) => {
    chat = await atReecesStep();
    const replies = said(await chat.say(typed));
    expect(replies).toContain(HEARD);
    expect(replies).not.toMatch(/Sorry about that|Are you OK/);
    expect(chat.lastQuestion?.step).toBe(Step.outcomeStep);
    expect((await chat.draft())?.outcomes).toEqual([]);
  });

  it.each(['im fine stop', 'pls stop with the nspcc thing', 'stop asking if im ok'])('"%s" at "Are you OK?": heard, back to the plan, and the same worry is not asked again', async (typed) => {
    chat = await atReecesStep();
    expect(said(await chat.say('he come home wet and nobody change him'))).toContain(ARE_YOU_OK);
    const replies = said(await chat.say(typed));
    expect(replies).toContain(HEARD);
    expect(replies).not.toMatch(HELP_LINES);
    expect(chat.lastQuestion?.step).not.toBe(Step.safeguardingCheck);
    const later = said(await chat.say('like i said he come home wet and nobody change him'));
    expect(later).not.toContain(ARE_YOU_OK);
    expect(later).not.toMatch(HELP_LINES);
    expect((await chat.draft())?.flags).toEqual([]);
  });

  it('"stop asking if im ok" at "are you safe right now?" after a flag: heard, and back to the plan', async () => {
    chat = await atReecesStep();
    expect(said(await chat.say('the other boys kick him and take his lunch every day'))).toMatch(HELP_LINES);
    const replies = said(await chat.say('stop asking if im ok'));
    expect(replies).toContain(HEARD);
    expect(chat.lastQuestion?.step).toBe(Step.outcomeStep);
  });

  it('leave alone: something new and clearly worrying is still answered after it', async () => {
    chat = await atReecesStep();
    await chat.say('stop asking if im ok');
    expect(said(await chat.say('his birth dad turned up at school and hit him'))).toMatch(HELP_LINES);
  });

  it('leave alone: "stop" alone is still the command to stop', async () => {
    chat = await atReecesStep();
    const replies = await chat.say('stop');
    expect(said(replies)).not.toContain(HEARD);
  });
});
