import { describe, expect, it } from 'vitest';
import { coachStep, readWhenAnswer } from '../../src/language';
import { concernText } from '../../src/language/concernText';
import { findTimePhrase } from '../../src/language/timeframe';
import { RecentReadings, forgetAllReadings, readingsHold } from '../../src/language/recentReadings';
import { detectConcern } from '../../src/language/concern';
import { understandChoice } from '../../dialogs/understand';
import { isCorrection, readAside } from '../../src/language/aside';
import { readTakeBack } from '../../src/language/takeBack';
import { createWords } from '../../src/i18n';

const context = { today: '2026-03-02', schoolYear: 10 };

describe('a message read twice in a turn', () => {
  it('is read once, and the second reader gets the same reading', () => {
    const readings = new RecentReadings<{ words: string[] }>(4);
    let reads = 0;
    const read = (text: string) => readings.read(text, () => ((reads += 1), { words: text.split(' ') }));
    const first = read('i want to walk to school');
    expect(read('i want to walk to school')).toBe(first);
    expect(reads).toBe(1);
  });

  it('cannot be changed by one reader for the next', () => {
    const first = coachStep('walk to school on my own by christmas', context);
    expect(() => {
      (first as { step: string }).step = 'something else';
    }).toThrow(TypeError);
    expect(coachStep('walk to school on my own by christmas', context).step).toBe(first.step);
  });

  it('is read again for another day or age', () => {
    const now = readWhenAnswer('by the end of year 11', context);
    const later = readWhenAnswer('by the end of year 11', { today: '2026-03-02', schoolYear: 9 });
    expect(later.timeframe?.date).not.toBe(now.timeframe?.date);
  });

  it('keeps only the last few inputs', () => {
    const readings = new RecentReadings<number>(2);
    let reads = 0;
    const read = (text: string) => readings.read(text, () => (reads += 1));
    read('a');
    read('b');
    read('c');
    read('a');
    expect(reads).toBe(4);
  });

  it('finds the time phrase again for each thing it depends on: school year, birthday, age', () => {
    const year11 = 'by the end of year 11';
    expect(findTimePhrase(year11, { today: '2026-03-02', schoolYear: 10 })?.date).not.toBe(findTimePhrase(year11, { today: '2026-03-02', schoolYear: 9 })?.date);
    const at18 = "by the time I'm 18";
    const born2011 = findTimePhrase(at18, { today: '2025-01-15', dateOfBirth: '2011-03-10' })?.date;
    expect(findTimePhrase(at18, { today: '2025-01-15', dateOfBirth: '2012-03-10' })?.date).not.toBe(born2011);
    expect(findTimePhrase(at18, { today: '2025-01-15', age: 12 })?.date).not.toBe(findTimePhrase(at18, { today: '2025-01-15', age: 15 })?.date);
    expect(findTimePhrase(at18, { today: '2026-01-15', dateOfBirth: '2011-03-10' })?.phrase).toBe("by the time I'm 18");
  });

  it('shares the time phrase between callers whose contexts carry other things too', () => {
    const plain = findTimePhrase('by christmas', { today: '2026-03-02', schoolYear: 10 });
    const fuller = { today: '2026-03-02', schoolYear: 10, step: 'outcome.when', name: 'Sam' };
    expect(findTimePhrase('by christmas', fuller)).toBe(plain);
  });

  it('reads a word the same the second time it is met, in any message', () => {
    const first = concernText('my stepdad h1ts me and i am sooo scared');
    concernText('h1ts sooo stepdad');
    expect(concernText('my stepdad h1ts me and i am sooo scared')).toBe(first);
    expect(first).toBe(' my step dad hits me and i am soo scared ');
  });

  it('keeps words that are names of built-in object properties as the words typed', () => {
    expect(concernText('my constructor toString valueOf project')).toBe(' my constructor tostring valueof project ');
  });
});

/* "Delete my data" empties every memory of typed words: a message's verdict on harm and the words the gates have read too. */
describe('typed words forgotten with the readings', () => {
  it('a message read only for signs of harm is not held after the readings are forgotten', () => {
    const typed = 'my name is zorbaline and i live at quibble street';
    detectConcern(typed);
    expect(readingsHold(typed)).toBe(true);
    forgetAllReadings();
    expect(readingsHold(typed)).toBe(false);
    // Leave alone: forgetting changes no verdict, it is only read again.
    expect(detectConcern('my dad hits me when he is drunk').concern).toBe(true);
    expect(detectConcern(typed).concern).toBe(false);
  });
});

/* The reading of a reply against a question's choices keeps the reply: forgotten the same way. */
describe('a reply read against a question is forgotten with the readings', () => {
  it('"im zorbaline from quibble street" read at a question is not held after forgetting', () => {
    const typed = 'im zorbaline from quibble street';
    const question = { choices: [{ value: 'yes', labelKey: 'common:yes' }] };
    understandChoice(typed, question, createWords());
    expect(readingsHold(typed)).toBe(true);
    forgetAllReadings();
    expect(readingsHold(typed)).toBe(false);
  });
});

/* A take-back and an aside are asked of the same message by talk, corrections and chatter in one turn. */
describe('a take-back or an aside read twice in a turn', () => {
  it('gives the second reader the same take-back, with the new answer beside it', () => {
    const typed = 'oh wait i read that wrong. for the bike its money';
    const first = readTakeBack(typed);
    expect(first).toEqual({ rest: 'for the bike its money' });
    expect(readTakeBack(typed)).toBe(first);
  });

  it('forgets the take-back and the aside with the other readings', () => {
    const typed = 'no wait thats wrong. zorbaline';
    expect(readTakeBack(typed)).not.toBeNull();
    expect(isCorrection(typed)).toBe(true);
    forgetAllReadings();
    expect(readingsHold(typed)).toBe(false);
  });

  it('still reads an aside with short answers apart from one without', () => {
    expect(readAside('i just said lol. ella')).toBe('complaint');
    expect(readAside('i just said lol. ella', { shortAnswers: true })).toBeNull();
    expect(readAside('i just said lol. ella')).toBe('complaint');
  });

  it('leaves a plain answer alone', () => {
    expect(readTakeBack('i want to be a chef')).toBeNull();
    expect(isCorrection('i want to be a chef')).toBe(false);
    expect(readAside('i want to be a chef')).toBeNull();
  });
});
