import { describe, expect, it } from 'vitest';
import { readFeelSafe, readMore, readYesNo } from '../../src/language/closedAnswers';
import { correctsAnEarlierAnswer, partToTakeOut, readNoWithInstruction } from '../../src/language/noWithInstruction';

/* A "no" that carries an instruction or a correction is never a bare no, at any yes / no question. */

describe('a no with an instruction', () => {
  it.each([
    ['No! Do not take that out. Take out the bit about me being 61.', 'Take out the bit about me being 61.'],
    ['nope. can you delete the bike one', 'can you delete the bike one'],
    ['no, change it to I will cook my tea', 'change it to I will cook my tea'],
    ['take out?', 'take out?'],
  ])('%j carries "%s" and is not a no', (text, instruction) => {
    expect(readNoWithInstruction(text)).toEqual({ instruction });
    expect(readYesNo(text)).toBeUndefined();
  });

  it.each(['no dont add that. i ment change brakes to breaks', 'no wait the or none bit was for the last question', 'no i meant the other one'])(
    '%j puts an earlier answer right: no instruction, and not a no',
    (text) => {
      expect(readNoWithInstruction(text)).toEqual({ instruction: '' });
      expect(readYesNo(text)).toBeUndefined();
    },
  );

  it.each(['no', 'no thanks', 'no, keep going', 'no, take me back', 'no dont take it out', 'no, learn to drive', 'remove both of them', 'no its fine'])(
    'leave alone: %j is read as before',
    (text) => {
      expect(readNoWithInstruction(text)).toBeNull();
    },
  );

  it('leave alone: "no dont take it out" is still a no', () => {
    expect(readYesNo('no dont take it out')).toBe('no');
  });

  it('at "do you feel safe?" the safety reader uses the shared one: a correction answers nothing, "no. i mean not at school" is not always', () => {
    expect(readFeelSafe('no dont add that. i ment change brakes to breaks')).toBeUndefined();
    expect(readFeelSafe('No! Do not take that out. Take out the bit about me being 61.')).toBeUndefined();
    expect(correctsAnEarlierAnswer('no. i mean not at school')).toBe(false);
    expect(readFeelSafe('no. i mean not at school')).toBe('not_always');
  });

  it('at "do you feel safe?" a "no" and a wish about their life is "not always"; words about the chat\'s own words answer nothing', () => {
    for (const wish of ['no. take me out of that school', 'no. i want to change schools', 'no. remove him from my class']) {
      expect(correctsAnEarlierAnswer(wish)).toBe(false);
      expect(readFeelSafe(wish)).toBe('not_always');
    }
    for (const aboutTheChat of ['no. delete that. go back to the help question', 'no take that out', 'no. take out the bit about my dog']) {
      expect(correctsAnEarlierAnswer(aboutTheChat)).toBe(true);
      expect(readFeelSafe(aboutTheChat)).toBeUndefined();
    }
  });

  it('"Take out the bit about being a chef" names the part by its words; "take out the bins" names none', () => {
    expect(partToTakeOut('Take out the bit about being a chef.')).toBe('a chef');
    expect(partToTakeOut('take out the bins')).toBeNull();
  });

  it.each(['i said no. i only have 2 hopes. is 2 allowed', 'no. is that enough?', 'no, do i have to do 3?', 'no. how many can i have?', 'nope, is that enough?'])(
    '%j is a no with a question about how many is enough: still a no at every yes / no question',
    (text) => {
      expect(readNoWithInstruction(text)).toEqual({ instruction: '', question: 'enough' });
      expect(readYesNo(text)).toBe('no');
      expect(readMore(text)).toEqual({ answer: 'no' });
    },
  );

  it.each(['i said no. the words are wrong', 'no', 'is 2 allowed', 'no. how many hopes have i got?', 'no. is that ok with you?', 'yes. is that enough?'])(
    'leave alone: %j is no question about how many is enough',
    (text) => expect(readNoWithInstruction(text)?.question).toBeUndefined(),
  );

  it('at "do you feel safe?" a no with "is that ok?" still says not always', () => {
    expect(readFeelSafe('no. is that ok?')).toBe('not_always');
    expect(readFeelSafe('no. is that enough?')).toBe('not_always');
  });

  it('"is this about an earlier answer?" has one reader: an earlier question asked for beside a "no" with an instruction is one', () => {
    for (const earlier of ['no. delete that. go back to the help question', 'no take that out. go back to the last question', 'nope. remove it. lets go back to my last step']) {
      expect(correctsAnEarlierAnswer(earlier)).toBe(true);
      expect(readFeelSafe(earlier)).toBeUndefined();
    }
  });

  it('safety first: a plain "no", "not always" or a "no" with words about their life is never about an earlier answer', () => {
    for (const answer of ['no', 'No', 'not always', 'Not always', 'nope', 'no. they do the nasty bit', 'no. go back to my old school', 'no. go back to the last question']) {
      expect(correctsAnEarlierAnswer(answer)).toBe(false);
      expect(readFeelSafe(answer)).toBe('not_always');
    }
  });
});
