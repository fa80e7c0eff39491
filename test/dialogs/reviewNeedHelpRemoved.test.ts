import { afterEach, describe, expect, it } from 'vitest';
import type { Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { danAtReview } from './reviewSeed';

/*
 * Dan takes out a hard thing at the review. What already helps with it goes too, so he is told so
 * when asked and when it is done, never losing it silently. A hard thing with no help is taken out as before.
 */
const withHelpForCooking = (draft: Draft): Draft => ({ ...draft, needs: draft.needs.map((n) => (/cook/.test(n.text) ? { ...n, helps: ['my mum shows me'] } : n)) });
const SEED = danAtReview([], withHelpForCooking);

describe('taking out a hard thing with its help', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['delete i cant cook yet', 'remove "i cant cook yet" from my plan', 'get rid of i cant cook yet please'])('%j, then yes, says the help went with it', async (typed) => {
    ({ chat } = await startWith(SEED));
    const asked = saidIn(await chat.say(typed));
    expect(asked).toMatch(/"i cant cook yet" out of your plan\? What helps with it would go too/);
    const done = saidIn(await chat.say('yes'));
    expect(done).toMatch(/taken out "i cant cook yet" and the help that went with it/);
    const draft = (await chat.draft())!;
    expect(draft.needs.map((n) => n.text)).not.toContain('i cant cook yet');
    expect(JSON.stringify(draft)).not.toMatch(/my mum shows me/);
  });

  it('a hard thing with no help is taken out with no word of help', async () => {
    ({ chat } = await startWith(SEED));
    const asked = saidIn(await chat.say('delete i need help with intervews'));
    expect(asked).not.toMatch(/What helps with it/);
    const done = saidIn(await chat.say('yes'));
    expect(done).toMatch(/taken out "i need help with intervews"/);
    expect(done).not.toMatch(/help that went with it/);
  });
});
