import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { WordMeaningText } from '../../dialogs/wordExplained';
import { createWords } from '../../src/i18n';
import { Transcript } from '../support/transcript';
import { throughWelcome } from './throughWelcome';

/** A question about one of the bot's words is explained for who is chatting and the age, and nothing is kept. */
describe("the bot's words explained", () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());
  const t = createWords().forMode('standard');
  const texts = (replies: Awaited<ReturnType<Transcript['say']>>) => replies.map((a) => a.text);

  it('a 16-year-old asking "sorry whats an outcome then?" hears a young adult\'s example, and the question again', async () => {
    chat = await throughWelcome({ name: 'Kai', age: 'Year 12' });
    const replies = await chat.say('sorry whats an outcome then?');
    expect(texts(replies)).toContain(t(WordMeaningText.outcome.young));
    expect(texts(replies)).not.toContain(t(WordMeaningText.outcome.child));
    expect(chat.step).toBe(Step.aboutMeStrengths);
    expect((await chat.draft())?.aboutMe.strengths).toEqual([]);
  });

  it('the parent of a Year 9 asking "what do u mean by measure" hears about a teenager', async () => {
    chat = await throughWelcome({ who: 'A parent or carer', name: 'Amir', age: 'Year 9' });
    const replies = await chat.say('what do u mean by measure');
    expect(texts(replies)).toContain(t(WordMeaningText.measure.parentOlder));
    expect(chat.step).toBe(Step.aboutMeStrengths);
  });

  it('the parent of a Year 1 child asking "what is a need exactly" hears a young child\'s example', async () => {
    chat = await throughWelcome({ who: 'A parent or carer', name: 'Lily', age: 'Year 1' });
    const replies = await chat.say('what is a need exactly');
    expect(texts(replies)).toContain(t(WordMeaningText.need.parent));
  });

  it('a Year 4 child asking "i dont know what a hope is" hears a child\'s example', async () => {
    chat = await throughWelcome({ name: 'Zac', age: 'Year 4' });
    const replies = await chat.say('i dont know what a hope is');
    expect(texts(replies)).toContain(t(WordMeaningText.hope.child));
  });

  it('every explanation differs between a young child and a teenager', () => {
    for (const term of Object.values(WordMeaningText)) {
      expect(t(term.child)).not.toBe(t(term.young));
      expect(t(term.parent)).not.toBe(t(term.parentOlder));
    }
  });
});
