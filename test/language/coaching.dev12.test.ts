import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCoachingSet, scoreCoaching } from '../support/coachingSets';

/*
 * A twelfth development set (coaching.dev12.jsonl, 360 answers: 90 at the hopes question, 180 at
 * the step question and 90 at the "by when" question, two fifths from parents and carers) by
 * another writer, written blind from the definitions, leaning to hard cases: answers inside long
 * chatty messages, support worded like a goal, goals worded like support, vague answers that sound
 * active, text-speak and English as a second language. Scored before any reader was changed for
 * it: 220/288 (76.4%) open, 51/72 (70.8%) held back. After rules that generalise (remarks after a
 * vague step, help led in as a dream or hope, breaking up and this half term, a birthday named by
 * its age, a shop or a trade of their own): 241/288 (83.7%) open, 52/72 (72.2%) held back. Every
 * fifth row is held back and never read.
 */
const twelfth = loadCoachingSet(resolve(__dirname, 'coaching.dev12.jsonl'));
const twelfthHeldBack = twelfth.filter((_, i) => i % 5 === 4);
const twelfthOpen = twelfth.filter((_, i) => i % 5 !== 4);

describe('twelfth coaching development set', () => {
  it('holds 360 answers at the three questions', () => {
    expect(twelfth.length).toBe(360);
    expect(new Set(twelfth.map((r) => r.step)).size).toBe(3);
  });

  it('handles the open four-fifths as the definitions say, misses printed', () => {
    expect(scoreCoaching('coaching dev12 (open)', twelfthOpen)).toBeGreaterThanOrEqual(0.83);
  });

  it('handles the held-back fifth, scored without showing its misses', () => {
    expect(scoreCoaching('coaching dev12 (held back)', twelfthHeldBack, { quiet: true })).toBeGreaterThanOrEqual(0.72);
  });
});
