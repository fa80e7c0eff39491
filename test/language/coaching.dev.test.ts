import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCoachingSet, scoreCoaching } from '../support/coachingSets';

/*
 * The coaching development set (test/language/coaching.dev.jsonl): 500 answers at the hopes, outcome
 * and "by when" steps, written from the definitions by other writers and read openly while the
 * readers are improved. Every fifth row is held back: scored, but its misses never shown, so it
 * says how well the rules carry over to answers they were not shaped on. The frozen sets in
 * test/blind are the real measure.
 */
const all = loadCoachingSet(resolve(__dirname, 'coaching.dev.jsonl'));
const heldBack = all.filter((_, i) => i % 5 === 4);
const open = all.filter((_, i) => i % 5 !== 4);

describe('coaching development set', () => {
  it('holds 500 answers across the three steps', () => {
    expect(all.length).toBe(500);
    expect(new Set(all.map((r) => r.step)).size).toBe(3);
  });

  it('handles the open four-fifths as the definitions say, misses printed', () => {
    expect(scoreCoaching('coaching dev (open)', open)).toBeGreaterThanOrEqual(0.94);
  });

  it('handles the held-back fifth, scored without showing its misses', () => {
    expect(scoreCoaching('coaching dev (held back)', heldBack, { quiet: true })).toBeGreaterThanOrEqual(0.9);
  });
});

/*
 * A second development set (coaching.dev2.jsonl, 400 answers) by another writer, written blind from
 * the definitions. Scored before any reader was tuned on it: 364/400 (91.0%) in all, the open
 * four-fifths 289/320 (90.3%), the held-back fifth 75/80 (93.8%). After rules that generalise
 * (feeling nouns, wishes for someone, age said beside a state, habitual weekdays, "next 6 weeks"):
 * 392/400 (98.0%), open 317/320 (99.1%), held back still 75/80 (93.8%). Every fifth row is held
 * back as above and never read.
 */
const second = loadCoachingSet(resolve(__dirname, 'coaching.dev2.jsonl'));
const secondHeldBack = second.filter((_, i) => i % 5 === 4);
const secondOpen = second.filter((_, i) => i % 5 !== 4);

describe('second coaching development set', () => {
  it('holds 400 answers across the three steps', () => {
    expect(second.length).toBe(400);
    expect(new Set(second.map((r) => r.step)).size).toBe(3);
  });

  it('handles the open four-fifths as the definitions say, misses printed', () => {
    expect(scoreCoaching('coaching dev2 (open)', secondOpen)).toBeGreaterThanOrEqual(0.97);
  });

  it('handles the held-back fifth, scored without showing its misses', () => {
    expect(scoreCoaching('coaching dev2 (held back)', secondHeldBack, { quiet: true })).toBeGreaterThanOrEqual(0.9);
  });
});

/*
 * A third development set (coaching.dev3.jsonl, 400 answers, two fifths from parents) by another
 * writer, written blind from the definitions. Scored before any reader was tuned on it: the open
 * four-fifths 286/320 (89.4%), the held-back fifth 75/80 (93.8%). After rules for kinds of
 * wording (support said through who arranges or pays for it, named schemes and therapies, a place
 * given in a setting; apprenticeships and placements as real steps; vague ways of being; the dream
 * said again as a step; steps tied to a festival or next month; how long is not by when): open
 * 316/320 (98.8%), held back 77/80 (96.3%). Every fifth row is held back as above and never read.
 */
const third = loadCoachingSet(resolve(__dirname, 'coaching.dev3.jsonl'));
const thirdHeldBack = third.filter((_, i) => i % 5 === 4);
const thirdOpen = third.filter((_, i) => i % 5 !== 4);

describe('third coaching development set', () => {
  it('holds 400 answers across the three steps', () => {
    expect(third.length).toBe(400);
    expect(new Set(third.map((r) => r.step)).size).toBe(3);
  });

  it('handles the open four-fifths as the definitions say, misses printed', () => {
    expect(scoreCoaching('coaching dev3 (open)', thirdOpen)).toBeGreaterThanOrEqual(0.97);
  });

  it('handles the held-back fifth, scored without showing its misses', () => {
    expect(scoreCoaching('coaching dev3 (held back)', thirdHeldBack, { quiet: true })).toBeGreaterThanOrEqual(0.9);
  });
});

/*
 * A fourth development set (coaching.dev4.jsonl, 400 answers, two fifths from parents) by another
 * writer, written blind from the definitions. Scored before any reader was tuned on it: the open
 * four-fifths 290/320 (90.6%), the held-back fifth 69/80 (86.3%). After rules for kinds of wording
 * (help named as a plan, an adviser, a way of signing or a pass; support hoped for or said as the
 * condition of a step; readiness, learning "about", catching up and carrying on as vague; a life
 * like everyone else's, a whole industry or running a workplace as a hope; earned cards and a job
 * with its days as steps; finishing something that lasts weeks as a target; "and a half", a time
 * said twice, school stages and exams at "by when?"): open 320/320 (100%), held back still 69/80
 * (86.3%). Every fifth row is held back and never read.
 */
const fourth = loadCoachingSet(resolve(__dirname, 'coaching.dev4.jsonl'));
const fourthHeldBack = fourth.filter((_, i) => i % 5 === 4);
const fourthOpen = fourth.filter((_, i) => i % 5 !== 4);

describe('fourth coaching development set', () => {
  it('holds 400 answers across the three steps', () => {
    expect(fourth.length).toBe(400);
    expect(new Set(fourth.map((r) => r.step)).size).toBe(3);
  });

  it('handles the open four-fifths as the definitions say, misses printed', () => {
    expect(scoreCoaching('coaching dev4 (open)', fourthOpen)).toBeGreaterThanOrEqual(1);
  });

  it('handles the held-back fifth, scored without showing its misses', () => {
    expect(scoreCoaching('coaching dev4 (held back)', fourthHeldBack, { quiet: true })).toBeGreaterThanOrEqual(0.85);
  });
});

/*
 * A fifth development set (coaching.dev5.jsonl, 150 answers) written by the implementer from the
 * definitions before any reader was changed for it: parents with simple English, text-speak, young
 * adults of 19 to 25, the early years, support inside long answers, busy-sounding vague steps, and
 * steps that name a helper but say what the person does. Scored before the changes: open
 * 110/120 (91.7%; one of the ten was a slip in the set, 'by the end of year 11' in Year 10),
 * held back 28/30 (93.3%). After rules that generalise (help named as what is needed anywhere in
 * an answer, sayings about trying, a helper as the subject of a sentence, a birthday or "like"
 * beside a time): open 120/120, held back still 28/30. Every fifth row is held back and never read.
 */
const fifth = loadCoachingSet(resolve(__dirname, 'coaching.dev5.jsonl'));
const fifthHeldBack = fifth.filter((_, i) => i % 5 === 4);
const fifthOpen = fifth.filter((_, i) => i % 5 !== 4);

describe('fifth coaching development set', () => {
  it('holds 150 answers across the three steps', () => {
    expect(fifth.length).toBe(150);
    expect(new Set(fifth.map((r) => r.step)).size).toBe(3);
  });

  it('handles the open four-fifths as the definitions say, misses printed', () => {
    expect(scoreCoaching('coaching dev5 (open)', fifthOpen)).toBeGreaterThanOrEqual(0.97);
  });

  it('handles the held-back fifth, scored without showing its misses', () => {
    expect(scoreCoaching('coaching dev5 (held back)', fifthHeldBack, { quiet: true })).toBeGreaterThanOrEqual(0.9);
  });
});

/*
 * A sixth development set (coaching.dev6.jsonl, 400 answers) by another writer, written blind from
 * the definitions. Scored before any reader was changed for it: 373/400 (93.3%) in all, the open
 * four-fifths 293/320 (91.6%), the held-back fifth 80/80 (100%). After rules that generalise
 * (qualifications got "from" an awarding body or at a level; exam arrangements, visits to a new
 * setting and meds as support; "I'll" read as "I will"; sayings about training and progress; the
 * forces and building one's own house as dreams; "next lesson" as soon; a hope said beside the help
 * it needs; a stage ended or a day of the year said alone at "by when?"): 396/400, open 316/320
 * (98.8%), held back still 80/80. Of the four open misses, three are fillers ("maybe", "tbh", "!!")
 * left out of the phrase kept, as decided before; one is "next year" from a pupil, which this set
 * reads as the next school year and the blind sets as the calendar year. Every fifth row is held
 * back as above and never read.
 */
const sixth = loadCoachingSet(resolve(__dirname, 'coaching.dev6.jsonl'));
const sixthHeldBack = sixth.filter((_, i) => i % 5 === 4);
const sixthOpen = sixth.filter((_, i) => i % 5 !== 4);

describe('sixth coaching development set', () => {
  it('holds 400 answers across the three steps', () => {
    expect(sixth.length).toBe(400);
    expect(new Set(sixth.map((r) => r.step)).size).toBe(3);
  });

  it('handles the open four-fifths as the definitions say, misses printed', () => {
    expect(scoreCoaching('coaching dev6 (open)', sixthOpen)).toBeGreaterThanOrEqual(0.98);
  });

  it('handles the held-back fifth, scored without showing its misses', () => {
    expect(scoreCoaching('coaching dev6 (held back)', sixthHeldBack, { quiet: true })).toBeGreaterThanOrEqual(0.95);
  });
});

/*
 * A seventh development set (coaching.dev7.jsonl, 400 answers) by another writer, written blind from
 * the definitions. Scored before this round: 364/400 (91.0%) in all, the open four-fifths 291/320
 * (90.9%), the held-back fifth 73/80 (91.3%). Its writer labelled an outcome said with its support
 * in one sentence ("I will go to college with a support worker") as provision; the bot accepts the
 * outcome and keeps the support words as provision under it, as the design asks, so those rows stay
 * misses. After one shared reader of support said as a goal ("our goal is 2 hours of OT every week",
 * "my aim is to get him a keyworker at nursery", "we hope she gets a place in a small class with a
 * TA"): open 300/320 (93.8%), held back 76/80 (95.0%). Every fifth row is held back as above and
 * never read.
 */
const seventh = loadCoachingSet(resolve(__dirname, 'coaching.dev7.jsonl'));
const seventhHeldBack = seventh.filter((_, i) => i % 5 === 4);
const seventhOpen = seventh.filter((_, i) => i % 5 !== 4);

describe('seventh coaching development set', () => {
  it('holds 400 answers across the three steps', () => {
    expect(seventh.length).toBe(400);
    expect(new Set(seventh.map((r) => r.step)).size).toBe(3);
  });

  it('handles the open four-fifths as the definitions say, misses printed', () => {
    expect(scoreCoaching('coaching dev7 (open)', seventhOpen)).toBeGreaterThanOrEqual(0.93);
  });

  it('handles the held-back fifth, scored without showing its misses', () => {
    expect(scoreCoaching('coaching dev7 (held back)', seventhHeldBack, { quiet: true })).toBeGreaterThanOrEqual(0.9);
  });
});

/*
 * An eighth development set (coaching.dev8.jsonl, 400 answers, two fifths from parents) by another
 * writer, written blind from the definitions. Scored before any reader was changed for it: 384/400
 * (96.0%) in all, the open four-fifths 307/320 (95.9%), the held-back fifth 77/80 (96.3%). After
 * rules that generalise (support led in by "my hopes are" or a bare "that the school give her ...";
 * "before the holidays", "before we break up" and "by the 15th" as times; one small piece of work,
 * something short already under way or its next part as a short step; foods of a festival; better
 * life skills as vague; lots of friends and a named workplace as hopes): open 319/320 (99.7%), held
 * back still 77/80. The open miss left is "play for a football team" from a parent of a 9-year-old,
 * which the set files as a dream and the bot accepts as a step a child can reach in a year or two.
 * Every fifth row is held back as above and never read.
 */
const eighth = loadCoachingSet(resolve(__dirname, 'coaching.dev8.jsonl'));
const eighthHeldBack = eighth.filter((_, i) => i % 5 === 4);
const eighthOpen = eighth.filter((_, i) => i % 5 !== 4);

describe('eighth coaching development set', () => {
  it('holds 400 answers across the three steps', () => {
    expect(eighth.length).toBe(400);
    expect(new Set(eighth.map((r) => r.step)).size).toBe(3);
  });

  it('handles the open four-fifths as the definitions say, misses printed', () => {
    expect(scoreCoaching('coaching dev8 (open)', eighthOpen)).toBeGreaterThanOrEqual(0.98);
  });

  it('handles the held-back fifth, scored without showing its misses', () => {
    expect(scoreCoaching('coaching dev8 (held back)', eighthHeldBack, { quiet: true })).toBeGreaterThanOrEqual(0.93);
  });
});

/*
 * A ninth development set (coaching.dev9.jsonl, 240 answers at the step question: 120 help asked
 * for, 120 steps) by another writer, written blind from the definitions. Scored before any reader
 * was changed for it: 233/240, the open four-fifths 186/192, the held-back fifth 47/48; every miss
 * was help read as a step. After rules that generalise ("wiv" read as "with" in help; work on
 * cream paper or in big print, a writing frame; a list where every piece is help, such as a quiet
 * place and an adult; seeing or talking to a counsellor or therapist): open 192/192, held back
 * still 47/48. Every fifth row is held back as above and never read.
 */
const ninth = loadCoachingSet(resolve(__dirname, 'coaching.dev9.jsonl'));
const ninthHeldBack = ninth.filter((_, i) => i % 5 === 4);
const ninthOpen = ninth.filter((_, i) => i % 5 !== 4);

describe('ninth coaching development set', () => {
  it('holds 240 answers at the step question, help and steps', () => {
    expect(ninth.length).toBe(240);
    expect(new Set(ninth.map((r) => r.action)).size).toBe(2);
  });

  it('handles the open four-fifths as the definitions say, misses printed', () => {
    expect(scoreCoaching('coaching dev9 (open)', ninthOpen)).toBeGreaterThanOrEqual(0.98);
  });

  it('handles the held-back fifth, scored without showing its misses', () => {
    expect(scoreCoaching('coaching dev9 (held back)', ninthHeldBack, { quiet: true })).toBeGreaterThanOrEqual(0.93);
  });
});

/*
 * A tenth development set (coaching.dev10.jsonl, 400 answers: 300 at the step question and 100 at
 * the hopes question, half from parents) by another writer, written blind from the definitions,
 * leaning to an answer with a question or a remark after it, who helps said beside the step, help
 * asked for as "more hours" or "more sessions", and hopes said as a fact about today. Scored before
 * any reader was changed for it: 373/400, the open four-fifths 297/320, the held-back fifth 76/80.
 * Every fifth row is held back as above and never read.
 */
const tenth = loadCoachingSet(resolve(__dirname, 'coaching.dev10.jsonl'));
const tenthHeldBack = tenth.filter((_, i) => i % 5 === 4);
const tenthOpen = tenth.filter((_, i) => i % 5 !== 4);

describe('tenth coaching development set', () => {
  it('holds 400 answers at the step and hopes questions', () => {
    expect(tenth.length).toBe(400);
  });

  it('handles the open four-fifths as the definitions say, misses printed', () => {
    expect(scoreCoaching('coaching dev10 (open)', tenthOpen)).toBeGreaterThanOrEqual(0.92);
  });

  it('handles the held-back fifth, scored without showing its misses', () => {
    expect(scoreCoaching('coaching dev10 (held back)', tenthHeldBack, { quiet: true })).toBeGreaterThanOrEqual(0.93);
  });
});

/*
 * An eleventh development set (coaching.dev11.jsonl, 360 answers: 220 at the "by when" question
 * and 140 at the step question, two fifths from parents) by another writer, written blind from
 * the definitions, leaning to time said in people's own words: birthdays with an age or a month,
 * festivals and holidays, exams and school events, spans, seasons, with words around them. Scored
 * before any reader was changed for it: 263/360, the open four-fifths 203/288, the held-back fifth
 * 60/72. A "by when" answer counts as right only when the time phrase kept is the whole answer, so
 * an answer with more words after its time is scored as missed here even when read rightly.
 * Every fifth row is held back as above and never read.
 */
const eleventh = loadCoachingSet(resolve(__dirname, 'coaching.dev11.jsonl'));
const eleventhHeldBack = eleventh.filter((_, i) => i % 5 === 4);
const eleventhOpen = eleventh.filter((_, i) => i % 5 !== 4);

describe('eleventh coaching development set', () => {
  it('holds 360 answers at the step and "by when" questions', () => {
    expect(eleventh.length).toBe(360);
  });

  it('handles the open four-fifths as the definitions say, misses printed', () => {
    expect(scoreCoaching('coaching dev11 (open)', eleventhOpen)).toBeGreaterThanOrEqual(0.7);
  });

  it('handles the held-back fifth, scored without showing its misses', () => {
    expect(scoreCoaching('coaching dev11 (held back)', eleventhHeldBack, { quiet: true })).toBeGreaterThanOrEqual(0.8);
  });
});
