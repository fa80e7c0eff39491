import mammoth from 'mammoth';
import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { renderDocx, renderHtml } from '../../src/export';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { parentSeed, startWith } from './journeySeed';

/*
 * A short step kept on the way to a bigger outcome ("A step to something bigger") is shown under
 * that outcome at the review and in the exports, with its date, so nobody thinks it was lost.
 */

const words = createWords();
type CardElement = { type: string; text?: string; items?: CardElement[]; facts?: { title: string; value: string }[] };
const cardTexts = (elements: readonly CardElement[]): string[] =>
  elements.flatMap((e) => [...(e.text ? [e.text] : []), ...(e.facts ?? []).flatMap((f) => [f.title, f.value]), ...cardTexts(e.items ?? [])]);

describe('the first step on the way to an outcome', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('shows under its outcome at the review and in HTML and Word, with its date', async () => {
    ({ chat } = await startWith(parentSeed({ name: 'Ruby', age: 13, schoolYear: 8 }, [{ text: 'to read books about horses on her own', theme: 'learning_and_work', needs: ['She reads at about a Year 2 level'] }])));
    await chat.say('Ruby will read a short horse story book on her own');
    await chat.say('by easter');
    expect(chat.lastQuestion?.choices).toEqual(['A step to something bigger', 'Keep it as a short step']);
    await chat.say('a step to something bigger');
    expect(chat.step).toBe(Step.outcomeStep);
    await chat.say('Ruby will read a chapter book about horses on her own');
    await chat.say('end of year 9');
    for (const said of ['her teacher does reading checks', 'she would feel proud', 'she could join the library', 'reading with her TA every day', 'yes', 'no', 'no']) await chat.say(said);
    expect(chat.step).toBe(Step.reviewSummary);
    await chat.say('show me the goals');
    const card = chat.lastQuestion!.activity.attachments?.[0]?.content as { body: CardElement[] };
    const texts = cardTexts(card.body);
    expect(texts).toContain('First step');
    expect(texts).toContain('Ruby will read a short horse story book on her own (by Easter, 25 March 2027)');
    const draft = (await chat.draft())!;
    const html = renderHtml(draft, { mode: 'standard', words });
    const docx = (await mammoth.extractRawText({ buffer: await renderDocx(draft, { mode: 'standard', words }) })).value;
    for (const text of [html, docx]) expect(text).toContain('Ruby will read a short horse story book on her own (by Easter, 25 March 2027)');
  });
});
