import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { addAboutMe, addAspiration, addProvision, setYoungPerson, updateOutcome, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type Seed } from './journeySeed';
import { atReviewSummary, confirmedOutcome as outcome } from './reviewSeed';

/*
 * At the review people point at the draft's own words: "take out the bit that says sorry this is
 * taking ages", "the chef one says by summer ... can it just say by july", "the TA reading group
 * is help she needs, not what it makes possible", "delete 3 no wen". The change goes to the item
 * those words are in, is read back first, and is never offered as a new hope.
 */

/** Marcus, 18, at college: a chef goal, a written-assignments goal whose measure kept his chatter. */
function marcusOutcomes(draft: Draft): Draft {
  let next = addAboutMe(draft, 'strengths', 'people say im funny and im good at cooking');
  const chef = outcome(next, 0, 'By summer like end of first year (July 2027), I will get work experience in a real restaurant kitchen.', {
    timeframe: { phrase: 'by summer like end of first year', date: '2027-07-22' },
    measure: 'The head chef would say I did good and I done like 5 shifts',
  });
  const written = outcome(chef.draft, 1, 'By the end of this school year (July 2027), I will hand in all my written assignments on time.', {
    timeframe: { phrase: 'by the end of this school year', date: '2027-07-22' },
    measure: 'my tutor says theyre all in and i pass level 1. sorry this is taking ages i got work at 4',
  });
  written.draft = updateOutcome(written.draft, written.id, { measure: 'my tutor says theyre all in and i pass level 1. sorry this is taking ages i got work at 4', measureInTheirWords: 'my tutor says theyre all in and i pass level 1. sorry this is taking ages i got work at 4' });
  next = written.draft;
  return next;
}

const MARCUS: Seed = {
  today: '2026-12-03',
  name: 'Marcus',
  age: 18,
  hopes: [
    { text: 'i wanna work in a proper restaurant kitchen like a chef', theme: 'learning_and_work', needs: ['being late i forget what time stuff starts'] },
    { text: 'do level 2 catering next year', theme: 'learning_and_work', needs: ['the written bits of the course like assignments'] },
  ],
  change: marcusOutcomes,
  at: atReviewSummary,
};

/** Ruby, 13, through her mum: the help and what it makes possible were filed the wrong way round. */
function rubyOutcome(draft: Draft): Draft {
  const read = outcome(draft, 0, 'By the end of Year 9, Ruby will read a chapter book on her own.', {
    timeframe: { phrase: 'by the end of Year 9', date: '2027-07-22' },
    measure: 'she reads a whole book to me',
    makesPossible: 'the TA reading group 3 times a week',
  });
  return addProvision(read.draft, read.id, 'going to a sleepover at her friends', 'social_care').draft;
}

const RUBY: Seed = {
  today: '2026-12-03',
  who: 'parent_carer',
  name: 'Ruby',
  age: 13,
  schoolYear: 8,
  hopes: [{ text: 'to read books she enjoys', theme: 'learning_and_work', needs: ['reading is slow and she gets tired'] }],
  change: rubyOutcome,
  at: atReviewSummary,
};

/** Liam, 21, easy read, types a few words; his last hope is words he meant as a command. */
function liamDraft(draft: Draft): Draft {
  let next = setYoungPerson(draft, { readingMode: 'easy_read' });
  next = addAboutMe(next, 'strengths', 'im kind');
  next = addAboutMe(next, 'important', 'my nan');
  next = addAboutMe(next, 'support', 'nan helps me wiv money');
  next = outcome(next, 0, 'I will work in gardn centr.', { measure: 'i go 3 days' }).draft;
  next = outcome(next, 1, 'In a year (by December 2027), I will get bus on my own.', { timeframe: { phrase: 'in a year', date: '2027-12-03' }, measure: 'nan sees me' }).draft;
  next = outcome(next, 2, 'I will learn plants.', { measure: 'i no plant names' }).draft;
  return next;
}

const LIAM: Seed = {
  today: '2026-12-03',
  name: 'Liam',
  age: 21,
  hopes: [
    { text: 'job in gardn centr', theme: 'learning_and_work', needs: ['reading is hard'] },
    { text: 'shops on my own', theme: 'independent_living', needs: ['get lost'] },
    { text: 'learn plants', theme: 'learning_and_work', needs: [] },
  ],
  change: liamDraft,
  at: atReviewSummary,
};

describe('a change pointed at by the words it holds', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"take out the bit that says ..." takes those words out of the measure that holds them, and nothing else', async () => {
    ({ chat } = await startWith(MARCUS));
    const asked = saidIn(await chat.say('take out the bit that says sorry this is taking ages i got work at 4'));
    expect(asked).not.toMatch(/being late|hope/i);
    expect(asked).toMatch(/"sorry this is taking ages i got work at 4"/);
    await chat.say('yes');
    const draft = (await chat.draft())!;
    expect(draft.outcomes[1]!.measure).toBe('my tutor says theyre all in and i pass level 1');
    // No copy of the old words is left behind to turn up in the plan.
    expect(JSON.stringify(draft)).not.toMatch(/taking ages/);
    expect(draft.needs.map((n) => n.text)).toContain('being late i forget what time stuff starts');
    expect(draft.aspirations).toHaveLength(2);
  });

  it('"the how we will know for the assignments one has sorry ... in it" is about that measure, never a new hope', async () => {
    ({ chat } = await startWith(MARCUS));
    const asked = saidIn(await chat.say('the how we will know for the assignments one has sorry this is taking ages in it, can you take that out'));
    expect(asked).not.toMatch(/add this hope/i);
    await chat.say('yes');
    expect((await chat.draft())!.outcomes[1]!.measure).toBe('my tutor says theyre all in and i pass level 1');
  });

  it('"the chef one says by summer ... can it just say by july" changes that goal\'s date, in its words', async () => {
    ({ chat } = await startWith(MARCUS));
    const asked = saidIn(await chat.say('the chef one says by summer like end of first year. can it just say by july'));
    expect(asked).not.toMatch(/add this hope/i);
    expect(asked).toMatch(/by july/);
    await chat.say('yes');
    const chef = (await chat.draft())!.outcomes[0]!;
    expect(chef.timeframe?.phrase).toBe('by july');
    expect(chef.statement).toBe('By July 2027, I will get work experience in a real restaurant kitchen.');
    expect((await chat.draft())!.aspirations).toHaveLength(2);
  });

  it('a goal retyped with its own time, all lowercase, is kept as a tidy sentence in their words, with that date', async () => {
    ({ chat } = await startWith(MARCUS));
    const asked = saidIn(await chat.say('change the chef one to by july 2027 i will get work experience in a real restaurant kitchen and keep up when its busy'));
    // What changes is what is quoted: never the same cut-off words twice.
    expect(asked).toMatch(/"by july 2027/);
    expect(asked).toMatch(/summer/);
    await chat.say('yes');
    const chef = (await chat.draft())!.outcomes[0]!;
    expect(chef.statement).toBe('By July 2027, I will get work experience in a real restaurant kitchen and keep up when its busy.');
    expect(chef.timeframe?.phrase).toBe('by july 2027');
  });

  it('"yes" where new words are asked for is never kept as them', async () => {
    ({ chat } = await startWith(MARCUS));
    await chat.say('change something');
    await chat.say('4');
    await chat.say('yes');
    expect(JSON.stringify(await chat.draft())).not.toMatch(/"(?:I will )?yes\.?"/i);
  });

  it('a parent\'s "X is help she needs, not what it makes possible. and the sleepover isnt help" swaps them at once and says what moved', async () => {
    ({ chat } = await startWith(RUBY));
    const said = saidIn(await chat.say('the TA reading group 3 times a week is help she needs, not what it makes possible. and the sleepover isnt help'));
    expect(said).not.toMatch(/add this hope/i);
    expect(said).toMatch(/TA reading group/);
    const read = (await chat.draft())!.outcomes[0]!;
    expect(read.provision.map((p) => p.text)).toEqual(['the TA reading group 3 times a week']);
    expect(read.makesPossible).toBe('going to a sleepover at her friends');
    expect(chat.step).toBe(Step.reviewSummary);
  });
});

describe('an item named by its number at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"3 no wen" asks for that goal\'s date and is never offered as a hope', async () => {
    ({ chat } = await startWith(LIAM));
    const asked = saidIn(await chat.say('3 no wen'));
    expect(asked).not.toMatch(/hope/i);
    expect(asked).toMatch(/learn plants/);
    await chat.say('by summer');
    const plants = (await chat.draft())!.outcomes[2]!;
    expect(plants.timeframe?.phrase).toMatch(/summer/);
    expect((await chat.draft())!.aspirations).toHaveLength(3);
  });

  it('"delete 3 no wen" takes out the hope that says "3 no wen", after showing it whole by its kind', async () => {
    const seed: Seed = { ...LIAM, change: (d) => addAspiration(liamDraft(d), '3 no wen', null).draft };
    ({ chat } = await startWith(seed));
    const asked = saidIn(await chat.say('delete 3 no wen'));
    expect(asked).not.toMatch(/nan helps me/);
    expect(asked).toMatch(/this hope/i);
    expect(asked).toMatch(/"3 no wen"/);
    await chat.say('yes');
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text)).not.toContain('3 no wen');
    expect(draft.aboutMe.support).toEqual(['nan helps me wiv money']);
  });

  it('"delete 3" shows item 3 whole, by its kind, before anything goes', async () => {
    ({ chat } = await startWith(LIAM));
    const asked = saidIn(await chat.say('delete 3'));
    expect(asked).toMatch(/take out this part/i);
    expect(asked).toMatch(/nan helps me wiv money/);
    await chat.say('no');
    expect((await chat.draft())!.aboutMe.support).toEqual(['nan helps me wiv money']);
  });

  it('two words or a number are never offered as a hope', async () => {
    ({ chat } = await startWith(LIAM));
    for (const typed of ['5 wrong', 'no wen']) {
      const reply = saidIn(await chat.say(typed));
      expect(reply).not.toMatch(/add this hope/i);
      expect((await chat.draft())!.aspirations).toHaveLength(3);
    }
  });
});
