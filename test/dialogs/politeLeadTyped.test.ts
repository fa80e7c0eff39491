import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';
import { withoutPoliteLead } from '../../src/language/chatter';

/* Thanks and agreement typed before an answer ("that makes sense, thank you! he will ...") are never part of the plan. */

const TALK: SeedHope = { text: 'to talk with us', theme: 'health_and_wellbeing', needs: [] };

describe('thanks said before the answer', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('a parent\'s "that makes sense, thank you! he will ..." keeps only what he will do', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', who: 'parent_carer', name: 'Alfie', age: 4, hopes: [TALK] }));
    await chat.say('that makes sense, thank you! he will ask for a drink using words');
    expect(chat.step).toBe(Step.outcomeWhen);
    const statement = (await chat.draft())?.outcomes[0]?.statement ?? '';
    expect(statement).toMatch(/ask for a drink using words/);
    expect(statement).not.toMatch(/sense|thank/i);
  });

  it.each([
    ['ok thanks so much, she will say hello', 'she will say hello'],
    ['sounds good - I will cook tea', 'I will cook tea'],
    ['yes thank you, Alfie will use the toilet', 'Alfie will use the toilet'],
    ['thank you for the help I got at school', 'thank you for the help I got at school'],
    ['thanks', 'thanks'],
  ])('%j is read as %j', (typed, kept) => {
    expect(withoutPoliteLead(typed)).toBe(kept);
  });
});
