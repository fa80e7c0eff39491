import mammoth from 'mammoth';
import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { addNeedHelp, addProvision, startOutcome, updateOutcome, type Draft } from '../../src/domain/draft';
import { renderDocx, renderHtml } from '../../src/export';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed } from './journeySeed';

/*
 * What a person adds, rewords or moves at the review is what the key worker's exports show, and
 * finishing the review makes the draft ready for review.
 */

const words = createWords();

function filledIn(draft: Draft): Draft {
  const [reading] = draft.needs;
  let next = addNeedHelp(draft, reading!.id, 'my mum reads it to me');
  const hope = next.aspirations[0]!;
  const started = startOutcome(next, { statement: 'By July 2027, I will read a bus timetable on my own.', aspirationId: hope.id, needIds: next.needs.map((n) => n.id) });
  next = updateOutcome(started.draft, started.outcome.id, { timeframe: { phrase: 'by July 2027', date: '2027-07-23' }, measure: 'my tutor will see me do it', confirmed: true });
  return addProvision(next, started.outcome.id, 'a laptop', 'education').draft;
}

const SEED: Seed = {
  today: '2025-03-10',
  name: 'Jay',
  age: 17,
  schoolYear: 12,
  hopes: [{ text: 'I want to travel on my own', theme: 'independent_living', needs: ['Reading timetables is hard', 'I worry a lot and cannot sleep'] }],
  change: filledIn,
  at: () => ({ stage: 'review', step: 'review.summary' }),
};

describe('changes made at the review reach the exports', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('a new hope, reworded help and a need moved to health show in HTML and Word, and the draft is ready for review', async () => {
    ({ chat } = await startWith(SEED));
    for (const said of ['can I add another dream', 'to work in a bike shop', 'yes', 'not now', 'the laptop should be a tablet', 'yes', 'change what helps with reading to audiobooks', 'yes', 'put the worry one under health', 'yes']) {
      await chat.say(said);
    }
    expect(chat.step).toBe(Step.reviewSummary);
    await chat.say('looks good');
    expect(chat.step).toBe(Step.reviewDone);
    const draft = (await chat.draft())!;
    expect(draft.status).toBe('ready_for_review');

    const html = renderHtml(draft, { mode: 'standard', words });
    const docx = (await mammoth.extractRawText({ buffer: await renderDocx(draft, { mode: 'standard', words }) })).value;
    for (const text of [html, docx]) {
      expect(text).toContain('to work in a bike shop');
      expect(text).toContain('a tablet');
      expect(text).toContain('audiobooks');
      expect(text).not.toContain('a laptop');
      expect(text).not.toContain('my mum reads it to me');
      // The worry is a health need now (Section C), after the educational needs.
      const health = text.indexOf('Health needs');
      expect(health).toBeGreaterThan(-1);
      expect(text.indexOf('I worry a lot and cannot sleep')).toBeGreaterThan(health);
      expect(text.indexOf('Reading timetables is hard')).toBeLessThan(health);
    }
  });
});
