import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn } from './journeySeed';
import { atNeeds, kaiAt } from './supportedLivingSeed';

/*
 * A 21-year-old at his garden centre work says three hard things in one message, the last added
 * after a full stop ("and getting the bus there"): each is kept and read back in a list, and what
 * helps is asked once. Two helps said as two sentences are two helps, kept with what they fit.
 */
describe('three hard things in one message at "what makes it hard?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('keeps each, reads them back, asks what helps once; two helps kept apart', async () => {
    ({ chat } = await kaiAt(atNeeds));
    const said = saidIn(await chat.say('i get muddled with the till and i cant read the plant labels. and getting the bus there'));
    expect(said).toContain('kept each one');
    expect(said).toMatch(/• "I get muddled with the till"\n• "I can't read the plant labels"\n• "getting the bus there"/);
    expect(chat.step).toBe(Step.needsHelps);
    // The till and the labels are learning the job (Section B); the bus there is getting about (Section D).
    expect((await chat.draft())?.needs.map((n) => [n.text, n.suggestedSection])).toEqual([
      ['i get muddled with the till', 'education'],
      ['i cant read the plant labels', 'education'],
      ['getting the bus there', 'social_care'],
    ]);
    await chat.say('jen comes on the bus with me. and pictures help me');
    const helps = (await chat.draft())?.needs.flatMap((n) => n.helps ?? []);
    expect(new Set(helps)).toEqual(new Set(['jen comes on the bus with me', 'pictures help me']));
  });
});
