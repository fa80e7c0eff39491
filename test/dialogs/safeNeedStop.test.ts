import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import { outcomesOf, Transcript } from '../support/transcript';
import { throughWelcome, TODAY } from './throughWelcome';

/*
 * "Stop for now" at the offer to add a need about feeling safe: on return with the code, the
 * plan goes on at the question the worry interrupted; the offer is not made again.
 */

const standard = createWords().forMode('standard');

describe('stopping at the offer of a need about feeling safe', () => {
  let chat: Transcript;
  let other: Transcript | undefined;
  afterEach(async () => {
    await other?.close().catch(() => undefined);
    other = undefined;
    await chat?.close();
  });

  it('"stop for now" there, then the code: back at the interrupted question, and the offer is not made again', async () => {
    chat = await throughWelcome({ name: 'Mo', age: 'Year 9' });
    await chat.say('they keep posting nasty stuff about me online');
    if (chat.lastQuestion?.activity.text === standard('safeguarding:gentle.question')) await chat.say('not really');
    await chat.say('ye im safe');
    expect(chat.lastQuestion?.activity.text).toBe(standard('safeguarding:safeNeed.question.online'));
    const replies = await chat.say('stop for now');
    const code = replies.map((a) => (outcomesOf(a) as { resumeCode?: string } | undefined)?.resumeCode).find(Boolean)!;
    expect(code).toBeTruthy();
    other = await Transcript.start({ today: TODAY, stores: chat.stores });
    await other.say('I have a code');
    const back = await other.say(code);
    expect(other.step).toBe(Step.aboutMeStrengths);
    expect(back.map((a) => a.text ?? '').join('\n')).not.toContain(standard('safeguarding:safeNeed.question.online'));
    expect((await chat.draft())?.needs).toEqual([]);
    // Where they were is kept with the journey: the offer about being safe online was seen.
    const draftId = (await chat.draft())!.id;
    const stored = await chat.stores.state.read([`journey/${draftId}`]);
    expect((stored[`journey/${draftId}`] as { safeNeedsOffered: string[] }).safeNeedsOffered).toEqual(['online']);
    // The offer was seen: a worry about the same place later is not met with it again.
    await other.say('they keep posting nasty stuff about me online again');
    if (other.lastQuestion?.activity.text === standard('safeguarding:gentle.question')) await other.say('not really');
    if (other.step === Step.safeguardingCheck) await other.say('ye im safe');
    expect(other.all.map((a) => a.text ?? '').join('\n')).not.toContain(standard('safeguarding:safeNeed.question.online'));
  });
});
