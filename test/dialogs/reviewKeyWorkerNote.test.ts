import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { renderHtml } from '../../src/export';
import { setKeyWorker } from '../../src/domain/draft';
import { createWords } from '../../src/i18n';
import { draftPage } from '../../src/review/pages/draftPage';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { danAtReview } from './reviewSeed';

/*
 * At the review a young person can leave a message for their key worker. It is kept as a note
 * beside the plan, in their words, and shown on the review site and in the exports; it is never
 * a hope, nor an explanation of what a key worker is.
 */

const words = createWords();
const texts = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');

describe('a note for the key worker at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"can you tell my key worker i want to start in september" is kept as a note, shown on the review site and in the export', async () => {
    ({ chat } = await startWith(danAtReview()));
    const replies = await chat.say('can you tell my key worker i want to start in september');
    expect(texts(replies)).toContain('kept a note for your key worker: "i want to start in september"');
    expect(texts(replies)).not.toContain('A key worker is the person');
    expect(chat.step).toBe(Step.reviewSummary);
    const draft = (await chat.draft())!;
    expect(draft.notesForKeyWorker?.map((n) => n.text)).toEqual(['i want to start in september']);
    expect(draft.aspirations).toHaveLength(2);
    expect(renderHtml(draft, { mode: 'standard', words })).toContain('I want to start in september');
    const page = String(draftPage({ signedIn: { name: 'Kim', csrfToken: 't' }, draft, problems: [], versions: [], now: new Date('2026-12-02T12:00:00Z') }));
    expect(page).toContain('Notes for you from the chat');
    expect(page).toContain('i want to start in september');
  });

  it('is kept at the very end too, after "Finish"', async () => {
    ({ chat } = await startWith(danAtReview()));
    await chat.say('looks good');
    expect(chat.step).toBe(Step.reviewDone);
    await chat.say('pls let my key worker know that i moved house');
    expect((await chat.draft())!.notesForKeyWorker?.map((n) => n.text)).toEqual(['i moved house']);
    expect(chat.step).toBe(Step.reviewDone);
  });

  it('leaves "can my key worker see it?" as a question about who sees the plan', async () => {
    ({ chat } = await startWith(danAtReview()));
    await chat.say('can my key worker see it?');
    expect((await chat.draft())!.notesForKeyWorker).toBeUndefined();
  });

  it.each([
    ['yes. and tell my key worker i want to start in september', true],
    ['can you tell my key worker i want to start in september', false],
  ])('at "Shall I share your draft?", "%s" keeps the note, and it is on the draft page and in the export', async (typed, shares) => {
    ({ chat } = await startWith(danAtReview([], (d) => setKeyWorker(d, { invitationCode: 'KW-1234', shared: false }))));
    await chat.say('looks good');
    expect(chat.step).toBe(Step.reviewShare);
    const replies = await chat.say(typed);
    expect(texts(replies)).toContain('kept a note for your key worker: "i want to start in september"');
    const draft = (await chat.draft())!;
    expect(draft.notesForKeyWorker?.map((n) => n.text)).toEqual(['i want to start in september']);
    expect(draft.keyWorker?.shared).toBe(shares);
    expect(chat.step).toBe(shares ? Step.reviewDone : Step.reviewShare);
    expect(renderHtml(draft, { mode: 'standard', words })).toContain('I want to start in september');
    const page = String(draftPage({ signedIn: { name: 'Kim', csrfToken: 't' }, draft, problems: [], versions: [], now: new Date('2026-12-02T12:00:00Z') }));
    expect(page).toContain('i want to start in september');
  });
});
