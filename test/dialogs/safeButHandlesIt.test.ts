import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { FollowUpText } from '../../dialogs/safeFollowUp';
import { SafeText } from '../../dialogs/aboutMeSafeText';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { closeAfterEach, saidIn, typedTo } from '../support/typedWay';

/*
 * "ye i can handle myself" at "do you feel safe?" (13): a soft follow-up that leaves the door open, never "I am glad"
 * and never a flag. "yes. the door has a lock" (22, read literally): the question about people. Plain yes stays yes.
 */
const standard = createWords().forMode('standard');
let chat: Transcript | undefined;
closeAfterEach(() => chat);
const ABOUT = { [Step.aboutMeStrengths]: 'I am kind', [Step.aboutMeImportant]: 'My dog', [Step.aboutMeSupport]: 'Give me time to answer' };

async function saysAtSafe(age: string, said: string) {
  chat = await typedTo(Step.aboutMeSafe, { age, name: 'Jo' }, ABOUT);
  return saidIn(await chat.say(said));
}

describe('a yes that leaves the door open', () => {
  it.each(['ye i can handle myself', 'i can look after myself', 'ive learnt to deal with it', 'yeah mostly i just keep my head down'])('%j: the soft follow-up, no flag', async (said) => {
    const replies = await saysAtSafe('13', said);
    expect(replies).toContain(standard(FollowUpText.ask.copes.self));
    expect(replies).not.toContain(standard(SafeText.glad.self));
    expect(chat?.step).toBe(Step.aboutMeSafe);
    expect((await chat!.draft())?.flags).toEqual([]);
  });

  it('"no" to it moves on with no flag', async () => {
    await saysAtSafe('13', 'ye i can handle myself');
    await chat!.say('no');
    expect(chat?.step).not.toBe(Step.aboutMeSafe);
    expect((await chat!.draft())?.flags).toEqual([]);
  });

  it.each(['yes. the door has a lock', 'yes we lock the doors'])('%j from a 22-year-old: the question about people', async (said) => {
    const replies = await saysAtSafe('22', said);
    expect(replies).toContain(standard(FollowUpText.ask.literal.self));
    expect(chat?.step).toBe(Step.aboutMeSafe);
  });

  it('"yes i feel safe" is a yes', async () => {
    const replies = await saysAtSafe('13', 'yes i feel safe');
    expect(replies).not.toContain(standard(FollowUpText.ask.copes.self));
    expect(chat?.step).not.toBe(Step.aboutMeSafe);
  });
});
