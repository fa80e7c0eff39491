import { afterEach, describe, expect, it } from 'vitest';
import { AudienceText } from '../../dialogs/reviewAudience';
import { ChatTalkText } from '../../dialogs/chatTalkReply';
import { setKeyWorker, type Draft } from '../../src/domain/draft';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { danAtReview } from './reviewSeed';

/*
 * A young man asks at the review how to give his draft to Priya, his key worker, and whether the
 * council reads it. He is told how, as things stand for his draft (the copy, his key worker's
 * code, the share question), and who sees it now and what happens to a draft next; never a bare
 * "Yes, you can" to a "how" question.
 */

const t = createWords().forMode('standard');
const withCode = (d: Draft) => setKeyWorker(d, { invitationCode: 'ABCD-1234', shared: false });
const shared = (d: Draft) => setKeyWorker(d, { invitationCode: 'ABCD-1234', shared: true });
const atEnd = (more: (d: Draft) => Draft = (d) => d) => ({ ...danAtReview([], more), at: () => ({ stage: 'review', step: 'review.done' }) as const });

describe('how to give the draft to the key worker, and who reads it', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['at the read-back, no code', danAtReview(), 'review.summary', [AudienceText.howSharedNoCode, AudienceText.codeAnyTime]],
    ['at the read-back, with a code', danAtReview([], withCode), 'review.summary', [AudienceText.howSharedCode]],
    ['at the end, no code', atEnd(), 'review.done', [AudienceText.howSharedDone, AudienceText.codeAnyTime]],
    ['at the end, with a code not yet shared', atEnd(withCode), 'review.done', [AudienceText.howSharedDone, AudienceText.howSharedCodeDone]],
    ['at the end, shared', atEnd(shared), 'review.done', [AudienceText.howSharedDone, AudienceText.howSharedShared]],
  ])('"How do I give it to Priya?" %s says how', async (_when, seed, step, says) => {
    ({ chat } = await startWith(seed));
    const said = saidIn(await chat.say('How do I give it to Priya?'));
    for (const key of says) expect(said).toContain(t(key));
    expect(said).not.toContain('Yes, you can');
    expect(said).not.toContain(t(ChatTalkText.howSharedAtEnd));
    expect(chat.step).toBe(step);
    expect((await chat.draft())?.aspirations).toHaveLength(2);
  });

  it.each([
    ['at the read-back', danAtReview(), 'review.summary', AudienceText.whoSeesNoCode],
    ['at the read-back, shared', danAtReview([], shared), 'review.summary', AudienceText.whoSeesShared],
    ['at the end', atEnd(), 'review.done', AudienceText.whoSeesDone],
  ])('"does the council read it?" %s says who sees it and what happens next', async (_when, seed, step, whoSees) => {
    ({ chat } = await startWith(seed));
    const said = saidIn(await chat.say('does the council read it?'));
    expect(said).toContain(t(whoSees));
    expect(said).toContain(t(AudienceText.whatNext));
    expect(chat.step).toBe(step);
    const draft = (await chat.draft())!;
    expect(draft.aspirations).toHaveLength(2);
    expect(draft.needs).toHaveLength(2);
  });
});
