import { describe, expect, it } from 'vitest';
import { readReplaceAll } from '../../src/language/replaceAllWith';
import { dateNotGiven } from '../../src/language/dateNotGiven';
import { answerAfterSaidBefore } from '../../src/language/sameAsBefore';
import { readHopeCorrection } from '../../src/language/hopeCorrection';

const CONTEXT = { today: '2026-12-07', schoolYear: 11 };

describe('corrections said plainly, word for word', () => {
  it('"delete all three and put: ..." names how many and the words to keep; an answer with "delete" stays an answer', () => {
    expect(readReplaceAll('those are all wrong. there is only one hope. delete all three and put: i want to work with animals.')).toEqual({ count: 3, text: 'i want to work with animals' });
    expect(readReplaceAll('remove them all and just put be a vet')).toEqual({ count: null, text: 'be a vet' });
    expect(readReplaceAll('I want to delete all my worries and put my life together')).toBeNull();
  });

  it('"i didn\'t give a date" takes the last time said; with no time, or no such words, nothing', () => {
    expect(dateNotGiven("i didn't give a date for this one. work experience is in july. so by the end of this school year.", CONTEXT)).toEqual({ phrase: 'by the end of this school year', date: '2027-07-22' });
    expect(dateNotGiven("i didn't give a date for this one.", CONTEXT)).toBeNull();
    expect(dateNotGiven('work experience is in july', CONTEXT)).toBeNull();
  });

  it('"i already said." before the answer only points back; "i already said no to that" is not led by it', () => {
    expect(answerAfterSaidBefore('i already said. i want to work with animals. maybe a vet nurse.')).toBe('i want to work with animals. maybe a vet nurse.');
    expect(answerAfterSaidBefore('i already said no to that')).toBeNull();
  });

  it('"that\'s not what i said. i said ..." gives the words said, and nothing after them as an answer', () => {
    const said = readHopeCorrection("that's not what i said. i said maybe a vet nurse. i'm not sure yet.");
    expect(said).toMatchObject({ text: 'maybe a vet nurse', saidBefore: true, rest: '' });
    expect(readHopeCorrection('i said maybe a vet nurse')).toBeNull();
  });

  it('"the hope is wrong. it should say ..." gives the new words; "it should say" alone is no hope correction', () => {
    expect(readHopeCorrection('the hope is wrong. it should say i want to work with animals.')).toMatchObject({ text: 'i want to work with animals', notAHope: true });
    expect(readHopeCorrection('it should say every week')).toBeNull();
  });
});
