import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCoachingSet, scoreCoaching as score } from '../support/coachingSets';

/*
 * The frozen blind coaching set (test/blind/coaching.set1.jsonl, written from the definitions
 * alone): what the bot must do with answers at the outcome step, the "by when" step and the hopes
 * step. The set is never edited and no rule is tuned on its strings; misses are printed.
 */

const load = (file: string) => loadCoachingSet(resolve(__dirname, '../blind', file));

const rows = load('coaching.set1.jsonl');
/** Written later by other hands from the same definitions, after the rules' last change, and never read while building. */
const secondSet = load('coaching.set2.jsonl');
/** Written by two more writers from the same definitions, frozen before the next change to the coaching rules. */
const thirdSet = load('coaching.set3.jsonl');
/** Written by one more writer from the same definitions, frozen before this round's changes to the coaching rules. */
const fourthSet = load('coaching.set4.jsonl');
/** Written by one more writer from the same definitions, frozen before this round's changes: 288/320 (90.0%) then. */
const fifthSet = load('coaching.set5.jsonl');
/** Written by one more writer from the same definitions, frozen before the next round's changes: 290/320 (90.6%) then. */
const sixthSet = load('coaching.set6.jsonl');
/** Written by one more writer from the same definitions (two fifths from parents), frozen before the next round's changes: 298/320 (93.1%) then. */
const seventhSet = load('coaching.set7.jsonl');
/** Written by one more writer from the same definitions (two fifths from parents), frozen before the next round's changes: 296/320 (92.5%) then. */
const eighthSet = load('coaching.set8.jsonl');
/** Written by one more writer from the same definitions (two fifths from parents), frozen before the next round's changes: 303/320 (94.7%) then. */
const ninthSet = load('coaching.set9.jsonl');
/** Written by one more writer from the same definitions (two fifths from parents, many hard cases), frozen before the next round's changes: 299/320 (93.4%) then. */
const tenthSet = load('coaching.set10.jsonl');
/** Written by one more writer from the same definitions (two fifths from parents, many hard cases), frozen before the next round's changes: 299/320 (93.4%) then. */
const eleventhSet = load('coaching.set11.jsonl');
const twelfthSet = load('coaching.set12.jsonl');
const thirteenthSet = load('coaching.set13.jsonl');
/** Written by one more writer from the same definitions (two fifths from parents and carers), frozen before the next round's changes: 291/320 (90.9%) then. */
const fourteenthSet = load('coaching.set14.jsonl');
const fifteenthSet = load('coaching.set15.jsonl');
const sixteenthSet = load('coaching.set16.jsonl');
const seventeenthSet = load('coaching.set17.jsonl');
/** Written by one more writer from the same definitions (two fifths from parents and carers, many hard cases), frozen before the next round's changes: 263/320 (82.2%) then. */
const eighteenthSet = load('coaching.set18.jsonl');
/** Written by one more writer from the same definitions (two fifths from parents and carers, many hard cases), frozen before the next round's changes: 281/320 (87.8%) then. */
const nineteenthSet = load('coaching.set19.jsonl');
/** Written by one more writer from the same definitions (two fifths from parents and carers, many hard cases), frozen before the next round's changes: 258/320 (80.6%) then. */
const twentiethSet = load('coaching.set20.jsonl');
/** Written by one more writer from the same definitions (two fifths from parents and carers, many hard cases), frozen before the next round's changes: 261/320 (81.6%) then. */
const twentyFirstSet = load('coaching.set21.jsonl');
/** Written by one more writer from the same definitions (two fifths from parents and carers, many hard cases), frozen before the next round's changes: 284/320 (88.8%) then. */
const twentySecondSet = load('coaching.set22.jsonl');
/** Written by one more writer from the same definitions (two fifths from parents and carers, many hard cases), frozen before the next round's changes: 277/320 (86.6%) then. */
const twentyThirdSet = load('coaching.set23.jsonl');
/** Written by one more writer from the same definitions (two fifths from parents and carers, many hard cases), frozen before the next round's changes: 292/320 (91.3%) then. */
const twentyFourthSet = load('coaching.set24.jsonl');
/** Written by one more writer from the same definitions (two fifths from parents and carers, many hard cases), frozen before the next round's changes: 293/320 (91.6%) then. */
const twentyFifthSet = load('coaching.set25.jsonl');
/** Written by one more writer from definitions rewritten from the plan's contract, frozen before the next round's changes: 312/320 (97.5%) then. */
const twentySixthSet = load('coaching.set26.jsonl');
/** Written by one more writer from definitions rewritten from the plan's contract, frozen before the next round's changes: 307/320 (95.9%) then. */
const twentySeventhSet = load('coaching.set27.jsonl');
/**
 * Written by one more writer from the same definitions, frozen before the next round's changes. The
 * writer dated the end of a school or college year 31 August (the academic year's last day) where
 * the plan's calendar says July, so it is judged with that reading: 250/320 (78.1%) then, 233/320
 * (72.8%) strictly.
 */
const twentyEighthSet = load('coaching.set28.jsonl');
const twentyNinthSet = load('coaching.set29.jsonl');
/*
 * Set 30's writer often typed a time inside a longer answer at "by when?" ("hopefully by next
 * summer if he keeps going"); the suite still asks for the whole answer as the kept phrase, so those
 * count as misses here even where the time itself was read right.
 */
const thirtiethSet = load('coaching.set30.jsonl');
/** Written by two more writers from the same definitions, frozen before the next round's changes: 291/320 (90.9%) then. */
const thirtyFirstSet = load('coaching.set31.jsonl');
/** Written by two more writers from the same definitions, frozen before the next round's changes: 289/311 (92.9%) then. */
const thirtySecondSet = load('coaching.set32.jsonl');
/**
 * Written by two more writers from the same definitions, frozen before the next round's changes:
 * 263/316 (83.2%) then. Of its 99 "by when?" answers, 32 were missed only because the bot kept the
 * time inside a longer answer rather than the whole answer as the phrase.
 */
const thirtyThirdSet = load('coaching.set33.jsonl');
/**
 * Written by two more writers from the same definitions, frozen before the next round's changes:
 * 260/315 (82.5%) then; 27 of its "by when?" misses were only the bot keeping the time inside a
 * longer answer rather than the whole answer as the phrase.
 */
const thirtyFourthSet = load('coaching.set34.jsonl');

describe('blind coaching set 1', () => {
  it('does what the definitions say with at least 95% of the answers', () => {
    expect(rows.length).toBeGreaterThanOrEqual(150);
    expect(score('coaching set 1', rows)).toBeGreaterThanOrEqual(0.95);
  });
});

describe('blind coaching set 2 (reported beside set 1)', () => {
  it('prints how many answers it handles as the definitions say', () => {
    expect(secondSet.length).toBeGreaterThanOrEqual(250);
    // A floor against regressions: this set measures, it is not tuned on.
    expect(score('coaching set 2', secondSet)).toBeGreaterThanOrEqual(0.85);
  });
});

describe('blind coaching set 3 (reported beside sets 1 and 2)', () => {
  it('prints how many answers it handles as the definitions say', () => {
    expect(thirdSet.length).toBeGreaterThanOrEqual(300);
    // A floor against regressions: this set measures, it is not tuned on.
    expect(score('coaching set 3', thirdSet)).toBeGreaterThanOrEqual(0.8);
  });
});

describe('blind coaching set 4 (reported beside sets 1 to 3)', () => {
  it('prints how many answers it handles as the definitions say', () => {
    expect(fourthSet.length).toBeGreaterThanOrEqual(300);
    // A floor against regressions: this set measures, it is not tuned on.
    expect(score('coaching set 4', fourthSet)).toBeGreaterThanOrEqual(0.8);
  });
});

describe('blind coaching set 5 (reported beside sets 1 to 4)', () => {
  it('prints how many answers it handles as the definitions say', () => {
    expect(fifthSet.length).toBeGreaterThanOrEqual(300);
    // A floor against regressions: this set measures, it is not tuned on.
    expect(score('coaching set 5', fifthSet, { quiet: true })).toBeGreaterThanOrEqual(0.8);
  });
});

describe('blind coaching set 6 (reported beside sets 1 to 5)', () => {
  it('prints how many answers it handles as the definitions say', () => {
    expect(sixthSet.length).toBeGreaterThanOrEqual(300);
    // A floor against regressions: this set measures, it is not tuned on; its misses are never printed.
    expect(score('coaching set 6', sixthSet, { quiet: true })).toBeGreaterThanOrEqual(0.85);
  });
});

describe('blind coaching set 7 (reported beside sets 1 to 6)', () => {
  it('prints how many answers it handles as the definitions say', () => {
    expect(seventhSet.length).toBeGreaterThanOrEqual(300);
    // A floor against regressions: this set measures, it is not tuned on; its misses are never printed.
    expect(score('coaching set 7', seventhSet, { quiet: true })).toBeGreaterThanOrEqual(0.88);
  });
});

describe('blind coaching set 8 (reported beside sets 1 to 7)', () => {
  it('prints how many answers it handles as the definitions say', () => {
    expect(eighthSet.length).toBeGreaterThanOrEqual(300);
    // A floor against regressions: this set measures, it is not tuned on; its misses are never printed.
    expect(score('coaching set 8', eighthSet, { quiet: true })).toBeGreaterThanOrEqual(0.88);
  });
});

describe('blind coaching set 9 (reported beside sets 1 to 8)', () => {
  it('prints how many answers it handles as the definitions say', () => {
    expect(ninthSet.length).toBeGreaterThanOrEqual(300);
    // A floor against regressions: this set measures, it is not tuned on; its misses are never printed.
    expect(score('coaching set 9', ninthSet, { quiet: true })).toBeGreaterThanOrEqual(0.9);
  });
});

describe('blind coaching set 10 (reported beside sets 1 to 9)', () => {
  it('prints how many answers it handles as the definitions say', () => {
    expect(tenthSet.length).toBeGreaterThanOrEqual(300);
    // A floor against regressions: this set measures, it is not tuned on; its misses are never printed.
    expect(score('coaching set 10', tenthSet, { quiet: true })).toBeGreaterThanOrEqual(0.9);
  });
});

describe('blind coaching set 11 (reported beside sets 1 to 10)', () => {
  it('prints how many answers it handles as the definitions say', () => {
    expect(eleventhSet.length).toBeGreaterThanOrEqual(300);
    // A floor against regressions: this set measures, it is not tuned on; its misses are never printed.
    expect(score('coaching set 11', eleventhSet, { quiet: true })).toBeGreaterThanOrEqual(0.9);
  });
});

describe('blind coaching set 12 (reported beside sets 1 to 11)', () => {
  it('prints how many answers it handles as the definitions say', () => {
    expect(twelfthSet.length).toBeGreaterThanOrEqual(300);
    // A floor against regressions: this set measures, it is not tuned on; its misses are never printed.
    expect(score('coaching set 12', twelfthSet, { quiet: true })).toBeGreaterThanOrEqual(0.9);
  });
});

describe('blind coaching set 13 (reported beside sets 1 to 12)', () => {
  it('prints how many answers it handles as the definitions say', () => {
    expect(thirteenthSet.length).toBeGreaterThanOrEqual(300);
    // A floor against regressions: this set measures, it is not tuned on; its misses are never printed.
    expect(score('coaching set 13', thirteenthSet, { quiet: true })).toBeGreaterThanOrEqual(0.88);
  });
});

describe('blind coaching set 14 (reported beside sets 1 to 13)', () => {
  it('prints how many answers it handles as the definitions say', () => {
    expect(fourteenthSet.length).toBeGreaterThanOrEqual(300);
    // A floor against regressions: this set measures, it is not tuned on; its misses are never printed.
    expect(score('coaching set 14', fourteenthSet, { quiet: true })).toBeGreaterThanOrEqual(0.89);
  });
});

describe('blind coaching set 15 (reported beside sets 1 to 14)', () => {
  it('prints how many answers it handles as the definitions say', () => {
    expect(fifteenthSet.length).toBeGreaterThanOrEqual(300);
    // A floor against regressions: this set measures, it is not tuned on; its misses are never printed.
    expect(score('coaching set 15', fifteenthSet, { quiet: true })).toBeGreaterThanOrEqual(0.88);
  });
});
describe('blind coaching set 16 (reported beside sets 1 to 15)', () => {
  it('prints how many answers it handles as the definitions say', () => {
    expect(sixteenthSet.length).toBeGreaterThanOrEqual(300);
    // A floor against regressions: this set measures, it is not tuned on; its misses are never printed.
    expect(score('coaching set 16', sixteenthSet, { quiet: true })).toBeGreaterThanOrEqual(0.85);
  });
});

describe('blind coaching set 17', () => {
  it('does what the definitions say with most of the answers of a set written after set 16', () => {
    expect(seventeenthSet.length).toBeGreaterThanOrEqual(300);
    // A floor against regressions: this set measures, it is not tuned on; its misses are never printed.
    expect(score('coaching set 17', seventeenthSet, { quiet: true })).toBeGreaterThanOrEqual(0.9);
  });
});

describe('blind coaching set 18', () => {
  it('does what the definitions say with most of the answers of a set written after set 17', () => {
    expect(eighteenthSet.length).toBeGreaterThanOrEqual(300);
    // A floor against regressions: this set measures, it is not tuned on; its misses are never printed.
    expect(score('coaching set 18', eighteenthSet, { quiet: true })).toBeGreaterThanOrEqual(0.8);
  });
});

describe('blind coaching set 19', () => {
  it('does what the definitions say with most of the answers of a set written after set 18', () => {
    expect(nineteenthSet.length).toBeGreaterThanOrEqual(300);
    // A floor against regressions: this set measures, it is not tuned on; its misses are never printed.
    expect(score('coaching set 19', nineteenthSet, { quiet: true })).toBeGreaterThanOrEqual(0.85);
  });
});

describe('blind coaching set 20', () => {
  it('does what the definitions say with most of the answers of a set written after set 19', () => {
    expect(twentiethSet.length).toBeGreaterThanOrEqual(300);
    // A floor against regressions: this set measures, it is not tuned on; its misses are never printed.
    expect(score('coaching set 20', twentiethSet, { quiet: true })).toBeGreaterThanOrEqual(0.78);
  });
});

describe('blind coaching set 21', () => {
  it('does what the definitions say with most of the answers of a set written after set 20', () => {
    expect(twentyFirstSet.length).toBeGreaterThanOrEqual(300);
    // A floor against regressions: this set measures, it is not tuned on; its misses are never printed.
    expect(score('coaching set 21', twentyFirstSet, { quiet: true })).toBeGreaterThanOrEqual(0.79);
  });
});

describe('blind coaching set 22', () => {
  it('does what the definitions say with most of the answers of a set written after set 21', () => {
    expect(twentySecondSet.length).toBeGreaterThanOrEqual(300);
    // A floor against regressions: this set measures, it is not tuned on; its misses are never printed.
    expect(score('coaching set 22', twentySecondSet, { quiet: true })).toBeGreaterThanOrEqual(0.86);
  });
});

describe('blind coaching set 23', () => {
  it('does what the definitions say with most of the answers of a set written after set 22', () => {
    expect(twentyThirdSet.length).toBeGreaterThanOrEqual(300);
    // A floor against regressions: this set measures, it is not tuned on; its misses are never printed.
    expect(score('coaching set 23', twentyThirdSet, { quiet: true })).toBeGreaterThanOrEqual(0.85);
  });
});

describe('blind coaching set 24', () => {
  it('does what the definitions say with most of the answers of a set written after set 23', () => {
    expect(twentyFourthSet.length).toBeGreaterThanOrEqual(300);
    // A floor against regressions: this set measures, it is not tuned on; its misses are never printed.
    expect(score('coaching set 24', twentyFourthSet, { quiet: true })).toBeGreaterThanOrEqual(0.9);
  });
});

describe('blind coaching set 25', () => {
  it('does what the definitions say with most of the answers of a set written after set 24', () => {
    expect(twentyFifthSet.length).toBeGreaterThanOrEqual(300);
    // A floor against regressions: this set measures, it is not tuned on; its misses are never printed.
    expect(score('coaching set 25', twentyFifthSet, { quiet: true })).toBeGreaterThanOrEqual(0.9);
  });
});

describe('blind coaching set 26', () => {
  it('does what the definitions say with at least 95% of the answers of a set written after set 25', () => {
    expect(twentySixthSet.length).toBeGreaterThanOrEqual(300);
    // This set measures, it is not tuned on; its misses are never printed.
    expect(score('coaching set 26', twentySixthSet, { quiet: true })).toBeGreaterThanOrEqual(0.95);
  });
});

describe('blind coaching set 27', () => {
  it('does what the definitions say with at least 95% of the answers of a set written after set 26', () => {
    expect(twentySeventhSet.length).toBeGreaterThanOrEqual(300);
    // This set measures, it is not tuned on; its misses are never printed.
    expect(score('coaching set 27', twentySeventhSet, { quiet: true })).toBeGreaterThanOrEqual(0.95);
  });
});

describe('blind coaching set 28', () => {
  it('keeps at least the share of answers right that it did when the set was frozen', () => {
    expect(twentyEighthSet.length).toBeGreaterThanOrEqual(300);
    // This set measures, it is not tuned on; its misses are never printed.
    expect(score('coaching set 28', twentyEighthSet, { quiet: true, yearEndsInAugust: true })).toBeGreaterThanOrEqual(0.75);
  });
});

describe('blind coaching set 29', () => {
  it('keeps at least 90% of the answers right of a set written before the round that followed set 28', () => {
    expect(twentyNinthSet.length).toBeGreaterThanOrEqual(300);
    // This set measures, it is not tuned on; its misses are never printed.
    expect(score('coaching set 29', twentyNinthSet, { quiet: true })).toBeGreaterThanOrEqual(0.9);
  });
});

describe('blind coaching set 30', () => {
  it('keeps at least 85% of the answers right of a set written before the round that followed set 29', () => {
    expect(thirtiethSet.length).toBeGreaterThanOrEqual(300);
    // This set measures, it is not tuned on; its misses are never printed.
    expect(score('coaching set 30', thirtiethSet, { quiet: true })).toBeGreaterThanOrEqual(0.85);
  });
});

describe('blind coaching set 31', () => {
  it('keeps at least 88% of the answers right of a set written before the round that followed set 30', () => {
    expect(thirtyFirstSet.length).toBeGreaterThanOrEqual(300);
    // This set measures, it is not tuned on; its misses are never printed.
    expect(score('coaching set 31', thirtyFirstSet, { quiet: true })).toBeGreaterThanOrEqual(0.88);
  });
});

describe('blind coaching set 32', () => {
  it('keeps at least 90% of the answers right of a set written before the round that followed set 31', () => {
    expect(thirtySecondSet.length).toBeGreaterThanOrEqual(300);
    // This set measures, it is not tuned on; its misses are never printed.
    expect(score('coaching set 32', thirtySecondSet, { quiet: true })).toBeGreaterThanOrEqual(0.9);
  });
});

describe('blind coaching set 33', () => {
  it('does what the definitions say with at least 80% of the answers', () => {
    expect(thirtyThirdSet.length).toBeGreaterThanOrEqual(300);
    // This set measures, it is not tuned on; its misses are never printed.
    expect(score('coaching set 33', thirtyThirdSet, { quiet: true })).toBeGreaterThanOrEqual(0.8);
  });
});

describe('blind coaching set 34 (reported beside sets 1 to 33)', () => {
  it('prints how many answers it handles as the definitions say', () => {
    expect(thirtyFourthSet.length).toBeGreaterThanOrEqual(300);
    // A floor against regressions: this set measures, it is not tuned on; its misses are never printed.
    expect(score('coaching set 34', thirtyFourthSet, { quiet: true })).toBeGreaterThanOrEqual(0.8);
  });
});
