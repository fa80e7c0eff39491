import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { detectConcern } from '../../src/language';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/* Asked to have a parent sit with them, a child says the parent is out at work: fine to chat alone, and the code explained. */

const standard = createWords().forMode('standard');

const mikey = () => startWith({ today: '2026-12-04', name: 'Mikey', age: 11, schoolYear: 6, hopes: [], at: () => ({ stage: 'welcome', step: Step.welcomeInvite }) });

describe('a child whose parent is out at work, at the code question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const said of ['my mums not here shes at work. wat code i dont hav a code', 'my dad is at work. what code? i dont have one', 'mum isnt home shes at work, whats a code']) {
    it(`is told it is fine, and what a code is: "${said}"`, async () => {
      ({ chat } = await mikey());
      const replies = await chat.say(said);
      const text = saidIn(replies);
      expect(text).not.toContain(standard('safeguarding:gentle.question'));
      expect(text).toContain(standard('common:dataAsked.aloneIsFine'));
      expect(text).toMatch(/code comes from a key worker/);
      expect((await chat.draft())!.flags).toHaveLength(0);
    });
  }
});

describe('a child left alone is still read as a worry', () => {
  for (const said of ['my mums never here, im on my own all night', 'theres no grown up at home for days', 'my mums not here shes at work and i havent eaten since yesterday', 'there are no adults in the house for 3 days at a time']) {
    it(`flags "${said}"`, () => expect(detectConcern(said).concern).toBe(true));
  }
});
