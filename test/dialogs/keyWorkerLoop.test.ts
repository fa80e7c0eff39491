import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { ResumeCodes } from '../../src/storage/resumeCodes';
import { addAboutMe, addComment, setKeyWorker, setStatus, startOutcome, updateOutcome, type Draft } from '../../src/domain/draft';
import { aboutMeItemId } from '../../src/domain/itemIds';
import { createWords } from '../../src/i18n';
import { outcomesOf, Transcript } from '../support/transcript';
import { startWith, type Seed } from './journeySeed';

interface MarkdownRenderer {
  render(markdown: string): string;
}
// markdown-it with Web Chat's own settings (HTML allowed), as in test/security/escape.test.ts.
const load = createRequire(path.join(process.cwd(), 'package.json'));
const MarkdownIt = load('markdown-it') as new (options: Record<string, boolean>) => MarkdownRenderer;
const webChat = new MarkdownIt({ breaks: false, html: true, linkify: true, typographer: true, xhtmlOut: true });
const markupIn = (html: string) =>
  [...html.matchAll(/<\/?([a-z0-9]+)/gi)].map((m) => m[1]!.toLowerCase()).filter((tag) => tag !== 'p' && tag !== 'br');

const words = createWords();
const standard = words.forMode('standard');
const easyRead = words.forMode('easy_read');

type CardElement = { type: string; text?: string; items?: CardElement[]; facts?: { title: string; value: string }[] };

/** The card's texts in reading order, fact values included. */
function cardTexts(elements: readonly CardElement[]): string[] {
  return elements.flatMap((e) => [...(e.text ? [e.text] : []), ...(e.facts ?? []).map((f) => f.value), ...cardTexts(e.items ?? [])]);
}

function summaryCardTexts(chat: Transcript): string[] {
  const question = chat.lastQuestion!;
  expect(question.step).toBe(Step.reviewSummary);
  return cardTexts((question.activity.attachments?.[0]?.content as { body: CardElement[] }).body);
}

const noticeOf = (activity: Partial<Activity>) => (activity.channelData as { outcomes?: { notice?: string } } | undefined)?.outcomes?.notice;

const FRIENDS_COMMENT = 'Could you say who you would like to be friends with?';
const GENERAL_COMMENT = 'Lovely work so far, Sam.';

/** A shared draft the key worker has read: a comment on one hope, one on the whole draft, changes requested. */
function commentedOn(draft: Draft, comments: { onFriends: string; general?: string } = { onFriends: FRIENDS_COMMENT, general: GENERAL_COMMENT }): Draft {
  let next = addAboutMe(draft, 'strengths', 'I am good at drawing');
  const games = next.aspirations[0]!;
  const started = startOutcome(next, { statement: 'By July 2026 I will make a small game', aspirationId: games.id });
  next = updateOutcome(started.draft, started.outcome.id, { confirmed: true });
  next = setStatus(setKeyWorker(next, { invitationCode: 'ABCD-1234', shared: true }), 'changes_requested');
  const friends = next.aspirations[1]!;
  const at = new Date('2025-03-11T15:00:00Z');
  next = addComment(next, { itemId: friends.id, text: comments.onFriends, by: 'Ms Patel', at }).draft;
  if (comments.general) next = addComment(next, { text: comments.general, by: 'Ms Patel', at }).draft;
  return next;
}

const SEED: Seed = {
  today: '2025-03-12',
  name: 'Sam',
  age: 15,
  schoolYear: 10,
  hopes: [
    { text: 'I want to design computer games', theme: 'learning_and_work', needs: ['Reading long instructions is hard'] },
    { text: 'Have more friends', theme: 'friends_and_community', needs: ['Busy places make me worried'] },
  ],
  change: (d) => commentedOn(d),
  // They shared the draft and finished; the key worker commented afterwards.
  at: () => ({ stage: 'review', step: 'review.done' }),
};

describe('key worker comments back in the chat', () => {
  let chat: Transcript | undefined;
  afterEach(async () => {
    await chat?.close();
    chat = undefined;
  });

  it('says so first, shows each comment under its item, and sends the changed draft back', async () => {
    const started = await startWith(SEED);
    chat = started.chat;
    const friendsId = started.seeded.aspirations[1]!.id;

    const replies = await chat.say('hi');
    const notices = replies.filter((a) => noticeOf(a));
    expect(notices[0]).toBe(replies[0]);
    expect(noticeOf(replies[0]!)).toBe('keyWorker.changes_requested');
    expect(replies[0]!.text).toBe(standard('review:keyWorker.changesRequested'));
    expect(outcomesOf(replies.at(-1)!)?.step).toBe(Step.reviewSummary);

    const texts = summaryCardTexts(chat);
    const said = standard('review:card.keyWorkerSaid', { text: FRIENDS_COMMENT });
    // The comment sits right under the hope it is about, not under the other one.
    expect(texts[texts.indexOf('• Have more friends') + 1]).toBe(said);
    expect(texts[texts.indexOf('• I want to design computer games') + 1]).not.toContain(standard('review:card.keyWorkerSaid', { text: '' }));
    expect(texts).toContain(standard('review:card.keyWorkerSaid', { text: GENERAL_COMMENT }));
    expect(chat.lastQuestion!.choices).toContain('Send it back to my key worker');
    expect((await chat.draft())!.comments.every((c) => c.seenAt)).toBe(true);

    await chat.say('Change something');
    const friends = chat.lastQuestion!.choices.find((label) => label.includes('Have more friends'))!;
    await chat.say(friends);
    const afterChange = await chat.say('Have more friends from my art club');
    expect(chat.step).toBe(Step.reviewSummary);
    // Seen comments are not announced again.
    expect(afterChange.some((a) => noticeOf(a))).toBe(false);

    await chat.say('Send it back to my key worker');
    expect(chat.step).toBe(Step.reviewDone);
    const draft = (await chat.draft())!;
    expect(draft.status).toBe('submitted');
    expect(draft.aspirations.find((a) => a.id === friendsId)?.text).toBe('Have more friends from my art club');
    expect(draft.comments.find((c) => c.itemId === friendsId)?.resolved).toBe(true);
    // The comment on the whole draft was not answered by a change: it stays open for the key worker.
    expect(draft.comments.find((c) => c.itemId === undefined)?.resolved).toBe(false);

    const later = await chat.say('hello again');
    expect(later.some((a) => noticeOf(a))).toBe(false);
  });

  it('does not offer to send it back unless the key worker asked for changes', async () => {
    ({ chat } = await startWith({ ...SEED, change: (d) => setStatus(commentedOn(d), 'submitted') }));
    const replies = await chat.say('hi');
    expect(noticeOf(replies[0]!)).toBe('keyWorker.comment');
    expect(chat.lastQuestion!.choices).not.toContain('Send it back to my key worker');
    expect(chat.lastQuestion!.choices.slice(0, 2)).toEqual(['Looks good', 'Change something']);
  });

  it('sends the draft to the key worker as submitted when the person shares it', async () => {
    ({ chat } = await startWith({
      ...SEED,
      change: (d) => setKeyWorker(d, { invitationCode: 'ABCD-1234', shared: false }),
      at: () => ({ stage: 'review', step: 'review.summary' }),
    }));
    expect((await chat.draft())!.status).toBe('in_progress');
    await chat.say('Looks good');
    expect(chat.step).toBe(Step.reviewShare);
    await chat.say('Yes, share it');
    expect((await chat.draft())!.status).toBe('submitted');
  });

  it('tells and shows it in easy read', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('easy read');
    expect(chat.lastQuestion!.mode).toBe('easy_read');
    const replies = await chat.say('ok');
    expect(replies[0]!.text).toBe(easyRead('review:keyWorker.changesRequested'));
    expect(replies[1]!.text).toBe(easyRead('review:keyWorker.whenReady'));
    expect(chat.lastQuestion!.mode).toBe('easy_read');
    const texts = summaryCardTexts(chat);
    expect(texts).toContain(easyRead('review:card.keyWorkerSaid', { text: FRIENDS_COMMENT }));
    expect(texts).toContain(easyRead('review:card.title'));
    expect(chat.lastQuestion!.choices).toContain(easyRead('review:summary.sendBack'));
  });

  it('opens the comments first when the person comes back with a resume code', async () => {
    const started = await startWith(SEED);
    chat = started.chat;
    const { code } = await new ResumeCodes(chat.stores.state, 'transcript-pepper').issue(started.seeded.id, new Date('2025-03-10T10:00:00Z'));
    // A new conversation on another device, the same stores.
    const other = await Transcript.start({ today: SEED.today, stores: chat.stores, dataDir: tmpdir() });
    await other.say('I have a code');
    expect(other.step).toBe(Step.welcomeResumeCode);
    const replies = await other.say(code);
    expect(replies.some((a) => noticeOf(a) === 'keyWorker.changes_requested')).toBe(true);
    expect(other.step).toBe(Step.reviewSummary);
    expect(summaryCardTexts(other)).toContain(standard('review:card.keyWorkerSaid', { text: FRIENDS_COMMENT }));
  });

  it('shows what the key worker and the person wrote as text, never as markup or links', async () => {
    const hostile = '<script>alert(1)</script> **bold** [x](javascript:alert(1)) <img src=x onerror=alert(1)>';
    ({ chat } = await startWith({
      ...SEED,
      hopes: [...SEED.hopes, { text: '_my_ [dream](javascript:alert(2))', theme: null, needs: [] }],
      change: (d) => addComment(commentedOn(d, { onFriends: hostile }), { itemId: aboutMeItemId('strengths', 0), text: '# heading\n- list', by: 'Ms Patel', at: new Date('2025-03-11T16:00:00Z') }).draft,
    }));
    await chat.say('hi');
    const texts = summaryCardTexts(chat);
    expect(texts.length).toBeGreaterThan(10);
    for (const text of texts) expect(markupIn(webChat.render(text)), text).toEqual([]);
    const shown = texts.map((text) => webChat.render(text)).join('\n');
    expect(shown).toContain('&lt;script&gt;alert(1)&lt;/script&gt; **bold** [x](javascript:alert(1))');
    expect(shown).toContain('_my_ [dream](javascript:alert(2))');
    expect(shown).toContain('# heading');
  });
});
