import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { closeAfterEach, saidIn, typedTo, typedToNeedsFor } from '../support/typedWay';

/*
 * "Everybody hates me." and "nobody likes me", typed as the whole answer, are heard as "everyone hates me" is:
 * the bullying answer for being hated by everybody, and at least "Are you OK?" for nobody liking or caring about them.
 */

const standard = createWords().forMode('standard');
const GENTLE = standard('safeguarding:gentle.question');

let chat: Transcript | undefined;
closeAfterEach(() => chat);

describe('being hated or unloved by everyone, said as the whole answer', () => {
  for (const said of ['Everybody hates me.', 'everyone hates me']) {
    it(`"${said}" at "What is important to you?" gets the answer about bullying and a note`, async () => {
      chat = await typedTo(Step.aboutMeImportant);
      const reply = saidIn(await chat.say(said));
      expect(reply).toMatch(/Childline/);
      expect(reply).not.toMatch(/kept them for when we talk about what is hard/);
      expect((await chat.draft())!.flags.map((f) => f.category)).toEqual(['bullying']);
    });
  }

  for (const said of ['nobody likes me', 'No one cares about me.']) {
    it(`"${said}" at "What is important to you?" is asked after gently, and never kept as an answer`, async () => {
      chat = await typedTo(Step.aboutMeImportant);
      const reply = saidIn(await chat.say(said));
      expect(reply).toContain(GENTLE);
      expect(reply).not.toMatch(/I've kept that/);
    });
  }

  it('"nobody likes me" at the dream question is asked after gently; "not really" then makes a note', async () => {
    chat = await typedTo(Step.hopesDream);
    expect(saidIn(await chat.say('nobody likes me'))).toContain(GENTLE);
    await chat.say('not really');
    expect((await chat.draft())!.flags).toHaveLength(1);
  });

  it('"nobody likes me" at "what helps?" is asked after gently', async () => {
    chat = await typedTo(Step.needsHelps, {}, { ...typedToNeedsFor('I want to work with animals'), [Step.needsBarrier]: 'i get nervous talking to people' });
    expect(saidIn(await chat.say('nobody likes me'))).toContain(GENTLE);
  });

  it('a parent typing "nobody likes me" is asked after gently too', async () => {
    chat = await typedTo(Step.aboutMeImportant, { who: 'A parent or carer', name: 'Leo', age: '9' });
    expect(saidIn(await chat.say('nobody likes me'))).toContain(GENTLE);
  });

  it('"nobody likes me and my dad hits me" still gets the full answer at once', async () => {
    chat = await typedTo(Step.aboutMeImportant);
    const reply = saidIn(await chat.say('nobody likes me and my dad hits me'));
    expect(reply).toMatch(/999|Childline/);
    expect(reply).not.toContain(GENTLE);
    // Feeling unliked, told apart from the harm, is noted beside it (selfHateBesideHarm.test.ts).
    expect((await chat.draft())!.flags.map((f) => f.category)).toEqual(['harm_from_others', 'self_harm_or_suicide']);
  });

  it('"nobody likes me to be late" at "what helps?" is an answer, never a check', async () => {
    chat = await typedTo(Step.needsHelps, {}, { ...typedToNeedsFor('I want to work with animals'), [Step.needsBarrier]: 'getting up in the morning' });
    expect(saidIn(await chat.say('a reminder the night before, nobody likes me to be late'))).not.toContain(GENTLE);
  });
});
