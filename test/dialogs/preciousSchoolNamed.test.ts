import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith } from './journeySeed';

/*
 * Precious, a parent, asks when she needs to name the secondary school. The guidance the bot is
 * built from sets no date for it, so the bot gives no date: it says kindly where free advice is
 * (the local SEND information, advice and support service, and IPSEA), and asks its question again.
 */
const rights = createWords().forMode('standard')('common:chatTalk.rightsQuestion');

describe('Precious asks when to name the secondary school', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([Step.welcomeInvite, Step.reviewShare])('at %s she is pointed to free advice, and the question is asked again', async (step) => {
    ({ chat } = await startWith({ ...parentSeed({ name: 'Amara', age: 10, schoolYear: 5 }, [{ text: 'make friends', theme: 'friends_and_community', needs: [] }]), at: () => ({ stage: step.startsWith('welcome') ? 'welcome' : 'review', step }) }));
    const said = saidIn(await chat.say('when do I need to name the secondary school'));
    expect(said).toContain(rights);
    expect(said).toMatch(/IPSEA/);
    expect(chat.step).toBe(step);
  });

  it('"my dad hits me" at the same question is still heard as a worry', async () => {
    ({ chat } = await startWith({ ...parentSeed({ name: 'Amara', age: 10, schoolYear: 5 }, [{ text: 'make friends', theme: 'friends_and_community', needs: [] }]), at: () => ({ stage: 'welcome', step: Step.welcomeInvite }) }));
    await chat.say('my dad hits me');
    expect(chat.step).toBe(Step.safeguardingCheck);
  });
});

describe('Precious asks about the key worker at the code question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['what is a key worker? do they decide the funding?', 'whats a key worker? are they from the council?'])('"%s" gets one kind answer: what a key worker is', async (typed) => {
    ({ chat } = await startWith({ ...parentSeed({ name: 'Amara', age: 10, schoolYear: 5 }, [{ text: 'make friends', theme: 'friends_and_community', needs: [] }]), at: () => ({ stage: 'welcome', step: Step.welcomeInvite }) }));
    const said = saidIn(await chat.say(typed));
    expect(said).not.toContain(rights);
    expect(said).toContain(createWords().forMode('standard')('welcome:invite.whatIsKeyWorker'));
    expect(chat.step).toBe(Step.welcomeInvite);
  });
});
