import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { Transcript } from '../support/transcript';
import { saidIn } from '../support/typedWay';

/** Lewis (14) at the first questions: a shrug at the reading question, a wary question at consent. */
describe('the welcome for a wary teenager', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"dunno. whatever" at the reading question: standard words, easy read offered for any time, and on', async () => {
    chat = await Transcript.start({ today: '2026-03-10' });
    expect(chat.step).toBe(Step.welcomeReadingMode);
    const said = saidIn(await chat.say('dunno. whatever'));
    expect(said).not.toMatch(/didn't catch/i);
    expect(said).toMatch(/standard words/i);
    expect(said).toMatch(/easy read/i);
    expect(chat.step).toBe(Step.welcomeConsent);
    expect(chat.lastQuestion?.mode).toBe('standard');
  });

  it('"is this goin to school or what" at consent: who sees the answers, and consent asked again', async () => {
    chat = await Transcript.start({ today: '2026-03-10' });
    await chat.say('normal');
    expect(chat.step).toBe(Step.welcomeConsent);
    const said = saidIn(await chat.say('is this goin to school or what'));
    expect(said).not.toMatch(/didn't catch/i);
    expect(said).toMatch(/key worker/i);
    expect(chat.step).toBe(Step.welcomeConsent);
    expect((await chat.draft())?.youngPerson.consent?.given ?? false).toBe(false);
  });
});
