import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { SEED } from './internReviewSeed';

/*
 * At the review, after a part was changed: "undo" (or "put it back how it was") puts back what it
 * said and reads it back; "u saved me asking to change it" does the same, then asks what the part
 * should say.
 */

const textOf = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join(' ');
const hopesOf = async (chat: Transcript) => (await chat.draft())!.aspirations.map((a) => a.text);

describe('the last change at the review undone', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const said of ['undo', 'undo that', 'put it back how it was', 'can you put it back please']) {
    it(`"${said}" after a change puts the old words back and reads them back`, async () => {
      ({ chat } = await startWith(SEED));
      await chat.say('change 4');
      await chat.say('be fit and healthy');
      expect(await hopesOf(chat)).toContain('be fit and healthy');
      const replies = await chat.say(said);
      expect(textOf(replies)).toContain('"be healthy"');
      expect(await hopesOf(chat)).toEqual(['get a paid job after my internship', 'be healthy', 'live in my own flat']);
      expect(chat.step).toBe(Step.reviewSummary);
    });
  }

  it('"undo that" at the end, after looks good, still puts the change back', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('change 4');
    await chat.say('be fit and healthy');
    await chat.say('looks good');
    expect(chat.step).toBe(Step.reviewDone);
    await chat.say('undo that');
    expect(await hopesOf(chat)).toContain('be healthy');
    expect(await hopesOf(chat)).not.toContain('be fit and healthy');
  });
});

describe('asking words saved as the new words', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const said of [
    'thats wrong, u saved me asking to change it',
    'you put my question in as the answer',
    "that's not what i wanted it to say, that was me asking",
    'no you wrote what i asked, not what it should say',
  ]) {
    it(`"${said}" puts the old words back and asks what it should say`, async () => {
      ({ chat } = await startWith(SEED));
      await chat.say('change 4');
      await chat.say('can u make it more about the gym');
      const replies = await chat.say(said);
      expect(await hopesOf(chat)).toEqual(['get a paid job after my internship', 'be healthy', 'live in my own flat']);
      expect(textOf(replies)).toContain('"be healthy"');
      expect(chat.step).toBe(Step.reviewChange);
      expect(chat.lastQuestion!.activity.text).toMatch(/What would you like it to say instead/);
      await chat.say('go to the gym twice a week');
      expect(await hopesOf(chat)).toContain('go to the gym twice a week');
    });
  }
});

describe('approval of a change is not read as the asking saved', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const said of [
    'yes that is what i asked for',
    'perfect, that was my question answered',
    'it was just what i asked for',
    'this is what i asked for thanks',
  ]) {
    it(`"${said}" keeps the change`, async () => {
      ({ chat } = await startWith(SEED));
      await chat.say('change 4');
      await chat.say('be fit and healthy');
      await chat.say(said);
      expect(await hopesOf(chat)).toContain('be fit and healthy');
      expect(await hopesOf(chat)).not.toContain('be healthy');
    });
  }

  it('"thats not what i asked" still puts the old words back', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('change 4');
    await chat.say('be fit and healthy');
    await chat.say('thats not what i asked');
    expect(await hopesOf(chat)).toContain('be healthy');
  });
});
