import mammoth from 'mammoth';
import { afterEach, describe, expect, it } from 'vitest';
import { renderDocx, renderHtml } from '../../src/export';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { parentAtReview } from './reviewSeed';

/*
 * A parent who tapped "parent or carer" never said "I am her mum", but typed "she" in their
 * answers. The read-backs speak of the child as the parent does ("herself"), never "themselves";
 * a parent who used both "he" and "she" (a sister, a teacher) keeps "they"; a young person keeps "I".
 */

const words = createWords();
const outcome = { statement: 'By July 2027, Amira will swim a width on her own.', timeframe: { phrase: 'by July 2027', date: '2027-07-22' }, measure: 'her swim teacher sees it', doesForMe: 'proud of myself' };
const AMIRA = parentAtReview({ name: 'Amira', age: 9, schoolYear: 4 }, { text: 'she wants to swim with her friends', theme: 'friends_and_community', needs: ['she gets tired quickly'] }, outcome);
const MIXED = parentAtReview({ name: 'Amira', age: 9, schoolYear: 4 }, { text: 'swim with her brother', theme: 'friends_and_community', needs: ['he goes too fast for her'] }, outcome);
const textOf = (replies: { text?: string; attachments?: unknown[] }[]) => JSON.stringify(replies.map((r) => [r.text, r.attachments]));

describe('the child\'s pronoun in read-backs, as the parent uses it', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"she" in the parent\'s answers: "herself" in the chat and in both copies', async () => {
    ({ chat } = await startWith(AMIRA));
    const shown = textOf(await chat.say('show my plan'));
    expect(shown).toMatch(/proud of herself/);
    expect(shown).not.toMatch(/themselves/);
    const draft = (await chat.draft())!;
    expect(renderHtml(draft, { mode: 'standard', words })).toMatch(/proud of herself/);
    const docx = (await mammoth.extractRawText({ buffer: await renderDocx(draft, { mode: 'standard', words }) })).value;
    expect(docx).toMatch(/proud of herself/);
  });

  it('"he" and "she" both in the answers: "themselves", never a guess', async () => {
    ({ chat } = await startWith(MIXED));
    const shown = textOf(await chat.say('show my plan'));
    expect(shown).toMatch(/proud of themselves/);
  });
});
