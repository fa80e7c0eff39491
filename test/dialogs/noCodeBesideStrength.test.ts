import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { Transcript } from '../support/transcript';
import { saidIn } from '../support/typedWay';

/*
 * Danielle, foster carer of Reece (9), answers what Reece enjoys while the code question is open,
 * and adds "no code btw". The code question is answered as no code, and the strength is kept
 * without those words.
 */
describe('no code said beside an early answer', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    'i just said, the lego and dinosaurs he loves them. no code btw',
    'he loves lego and dinosaurs, no code btw',
    'lego and dinosaurs. we dont have a code',
  ])('"%s" takes no code and keeps the strength without the code words', async (typed) => {
    chat = await Transcript.start({ today: '2026-12-05' });
    for (const said of ['standard', 'yes', 'i am his foster carer', 'Reece', '9', 'year 4']) if (chat.step !== Step.welcomeInvite) await chat.say(said);
    expect(chat.step).toBe(Step.welcomeInvite);
    await chat.say(typed);
    expect(chat.step).not.toBe(Step.welcomeInvite);
    const draft = (await chat.draft())!;
    const kept = JSON.stringify(draft.aboutMe);
    expect(kept).not.toMatch(/code|btw/i);
    if (chat.step === Step.aboutMeStrengths) return;
    expect(kept).toMatch(/lego/i);
  });

  it.each([
    'i just said, the lego and dinosaurs. no code btw',
    'lego and dinosaurs, we havent got a code btw',
  ])('at the strengths question, "%s" keeps the strength without the code words', async (typed) => {
    chat = await Transcript.start({ today: '2026-12-05' });
    for (const said of ['standard', 'yes', 'i am his foster carer', 'Reece', '9', 'year 4', 'no code']) if (chat.step !== Step.aboutMeStrengths) await chat.say(said);
    expect(chat.step).toBe(Step.aboutMeStrengths);
    await chat.say(typed);
    const kept = JSON.stringify((await chat.draft())!.aboutMe);
    expect(kept).toMatch(/lego/i);
    expect(kept).not.toMatch(/code|btw/i);
  });

  it('"No I don\'t have any code. Nobody give me a code." from a parent: no code, never "Are you OK?"', async () => {
    chat = await Transcript.start({ today: '2026-12-05' });
    for (const said of ['standard', 'yes', 'i am his mum', 'Reece', '9', 'year 4']) if (chat.step !== Step.welcomeInvite) await chat.say(said);
    expect(chat.step).toBe(Step.welcomeInvite);
    const replies = saidIn(await chat.say("No I don't have any code. Nobody give me a code."));
    expect(replies).not.toMatch(/Are you OK|sounds hard/i);
    expect(chat.step).not.toBe(Step.welcomeInvite);
    expect((await chat.draft())?.flags ?? []).toHaveLength(0);
  });

  it('near-miss: "no code. my dad hits me" is still a worry', async () => {
    chat = await Transcript.start({ today: '2026-12-05' });
    for (const said of ['standard', 'yes', 'me', 'Reece', '14', 'year 9']) if (chat.step !== Step.welcomeInvite) await chat.say(said);
    expect(chat.step).toBe(Step.welcomeInvite);
    const replies = saidIn(await chat.say('no code. my dad hits me'));
    expect(replies).toMatch(/Are you OK|Childline|999/);
  });
});

