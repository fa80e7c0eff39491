import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { addNeed, addNeedHelp, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { parentSeed } from './journeySeed';
import { startWith } from './journeySeed';
import { atReviewSummary } from './reviewSeed';

/*
 * Steve, a blunt dad, takes out one of his son's hard things at the review. The warning said only
 * that "what helps with it" would go. Now it names the help; "yes" takes out both, and "just the
 * hard thing" keeps the help, under the hope's other hard thing (or as how best to support him).
 */

function withHelp(draft: Draft): Draft {
  const noise = draft.needs[0]!;
  let next = addNeedHelp(draft, noise.id, 'ear defenders');
  next = addNeed(next, 'he gets tired after lunch', [draft.aspirations[0]!.id]).draft;
  return next;
}

const STEVE = parentSeed({ name: 'Theo', age: 9, schoolYear: 4 }, [{ text: 'play football with his friends', theme: 'friends_and_community', needs: ['loud noise upsets him'] }], { change: withHelp, at: atReviewSummary });

describe('a hard thing with help, taken out', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('the warning names the help, and "yes" takes out both', async () => {
    ({ chat } = await startWith(STEVE));
    await chat.say('delete the noise one');
    expect(chat.step).toBe(Step.reviewChange);
    expect(chat.lastQuestion!.activity.text).toContain('ear defenders');
    expect(chat.lastQuestion!.choices).toContain('Just the hard thing');
    await chat.say('yes');
    const draft = (await chat.draft())!;
    expect(draft.needs.map((n) => n.text)).toEqual(['he gets tired after lunch']);
    expect(draft.needs.flatMap((n) => n.helps ?? [])).toEqual([]);
    expect(draft.aboutMe.support).toEqual([]);
  });

  it('"just the hard thing" keeps the help under the other hard thing', async () => {
    ({ chat } = await startWith(STEVE));
    await chat.say('delete the noise one');
    const replies = await chat.say('just the hard thing');
    const draft = (await chat.draft())!;
    expect(draft.needs.map((n) => n.text)).toEqual(['he gets tired after lunch']);
    expect(draft.needs[0]!.helps).toEqual(['ear defenders']);
    expect(replies.map((r) => r.text ?? '').join(' ')).toContain('he gets tired after lunch');
  });

  it('with no other hard thing, "just the hard thing" keeps the help as how best to support him', async () => {
    const alone = { ...STEVE, change: (d: Draft) => addNeedHelp(d, d.needs[0]!.id, 'ear defenders') };
    ({ chat } = await startWith(alone));
    await chat.say('remove the noise one');
    await chat.say('just the hard thing, keep the help');
    const draft = (await chat.draft())!;
    expect(draft.needs).toEqual([]);
    expect(draft.aboutMe.support).toEqual(['ear defenders']);
  });

  it('"no" keeps both', async () => {
    ({ chat } = await startWith(STEVE));
    await chat.say('delete the noise one');
    await chat.say('no');
    expect((await chat.draft())!.needs[0]!.helps).toEqual(['ear defenders']);
  });
});
