import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { addNeed, addNeedHelp, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { danAtReview } from './reviewSeed';

/*
 * Jack, 22, asked "Take out X? What helps with it would go too", typed "yes but i want to keep the
 * PA and mum helping bit can that go on the personal care one". Both went. A "yes but keep ..." is
 * the "just the hard thing" answer: the help stays, under the hard thing he names.
 */

function withHelp(draft: Draft): Draft {
  const cook = draft.needs[0]!;
  const next = addNeedHelp(draft, cook.id, 'my PA and mum helping');
  return addNeed(next, 'personal care', [draft.aspirations[1]!.id]).draft;
}

describe('"yes but keep" the help of a hard thing taken out', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('keeps the help under the hard thing named', async () => {
    ({ chat } = await startWith(danAtReview([], withHelp)));
    await chat.say('delete the hard thing i cant cook yet');
    expect(chat.lastQuestion!.activity.text).toContain('my PA and mum helping');
    const said = saidIn(await chat.say('yes but i want to keep the PA and mum helping bit can that go on the personal care one'));
    const draft = (await chat.draft())!;
    expect(draft.needs.map((n) => n.text)).not.toContain('i cant cook yet');
    expect(draft.needs.find((n) => n.text === 'personal care')?.helps).toEqual(['my PA and mum helping']);
    expect(said).toContain('personal care');
    expect(chat.step).toBe(Step.reviewSummary);
  });

  it('with no hard thing named, the help is kept, never deleted', async () => {
    ({ chat } = await startWith(danAtReview([], withHelp)));
    await chat.say('delete the hard thing i cant cook yet');
    await chat.say('yes but keep the help');
    const draft = (await chat.draft())!;
    expect(draft.needs.map((n) => n.text)).not.toContain('i cant cook yet');
    expect([...draft.needs.flatMap((n) => n.helps ?? []), ...draft.aboutMe.support]).toContain('my PA and mum helping');
  });

  it('a plain "yes" still takes out both', async () => {
    ({ chat } = await startWith(danAtReview([], withHelp)));
    await chat.say('delete the hard thing i cant cook yet');
    await chat.say('yes');
    const draft = (await chat.draft())!;
    expect([...draft.needs.flatMap((n) => n.helps ?? []), ...draft.aboutMe.support]).not.toContain('my PA and mum helping');
  });
});
