import { describe, expect, it } from 'vitest';
import { detectConcern, safeguardingInChat } from '../../src/language';
import { wordsMeantInWordingFix } from '../../src/language/wordingPutRight';

/*
 * A message that only puts the chat's wording right (a quote of its words, a full stop in the middle of a date, the end
 * of a sentence cut off) is never a worry; the words wanted are read on their own, and any other sentence beside it
 * leaves the message read whole.
 */

describe('the chat\'s wording put right', () => {
  it.each([
    "you put 'it should say' in it. that's wrong. show me all my hopes.",
    'the date part has a full stop in the middle. it should just say by september 2027.',
    'nearly but you cut off the end it should say practise doing help desk calls with my speech software so i get faster',
    'nearly but you cut the end off it should say practise doing help desk calls with my speech software so i get faster',
    'you cut off the end',
  ])('%j is never checked', (typed) => {
    expect(safeguardingInChat(typed, { parent: false }).action).toBe('none');
    expect(safeguardingInChat(typed, { parent: true }).action).toBe('none');
  });

  it('hands back only the words wanted, and the words quoted back', () => {
    expect(wordsMeantInWordingFix('the date part has a full stop in the middle. it should just say by september 2027.')).toBe('by september 2027.');
    expect(wordsMeantInWordingFix("you put 'it should say' in it. that's wrong. show me all my hopes.")).toBe('it should say');
    expect(wordsMeantInWordingFix('nearly but you cut off the end it should say practise doing help desk calls')).toBe('practise doing help desk calls');
  });

  it.each([
    'i want to cut off my arm',
    'he cut me off from my friends and takes my phone',
    'i should just end it',
    'it should stop, he hits me every night',
    'i want it all to stop',
    'i wish i could put a full stop on my life',
    'you cut off the end. i should just end it',
    "that's wrong. i want it all to stop",
    'the date part has a full stop in the middle. i wish i could put a full stop on my life',
  ])('%j is read whole, as ever', (typed) => expect(wordsMeantInWordingFix(typed)).toBeNull());

  it.each([
    ['i should just end it', 'answer'],
    ['it should stop, he hits me every night', 'answer'],
    ['i want it all to stop', 'answer'],
    ['you cut off the end it should say i should just end it', 'answer'],
    ['the date part has a full stop in the middle. it should just say i want it all to stop', 'answer'],
    ["you put 'i want it all to stop' in it. that's wrong.", 'answer'],
    ["that's wrong. it should stop, he hits me every night", 'answer'],
    ['you cut off the end. i should just end it', 'answer'],
    ['i wish i could put a full stop on my life', 'answer'],
    ['i wish i could put an end to it all', 'answer'],
    ['the date part has a full stop in the middle. i wish i could put a full stop on my life', 'answer'],
  ])('%j still gets the answer', (typed, action) => expect(safeguardingInChat(typed, { parent: false }).action).toBe(action));

  it.each([
    'i want to cut off my arm',
    'he cut me off from my friends and takes my phone',
    'you cut off the end. i want to cut off my arm',
    'the date part has a full stop in the middle. i wish i could put a full stop on my life',
  ])('%j is still asked after', (typed) => expect(safeguardingInChat(typed, { parent: false }).action).not.toBe('none'));

  it.each([
    'nearly but you cut off the end it should say practise doing help desk calls with my speech software so i get faster',
    'you cut off the end',
  ])('%j is no disclosure for the rules either: "the end it should" is no "end it"', (typed) => expect(detectConcern(typed).sure).not.toBe(true));

  it.each(['you cut off the end it should say i should just end it', 'you cut off the end of my finger and it should stop'])(
    '%j is still read for what it says',
    (typed) => expect(detectConcern(typed).concern).toBe(true),
  );

  it('"put a stop to the bullying" is never read as wanting to die', () => {
    const read = safeguardingInChat('i want to put a stop to the bullying', { parent: false });
    expect(read.action === 'answer' ? read.category : null).not.toBe('self_harm_or_suicide');
  });
});

describe('"you cut off the end" is set aside only when it opens the message', () => {
  it.each(['he held the knife and said you cut off the end', 'my dad said if i tell you cut off the end', 'he said next time you cut off the end it should say sorry'])(
    '"%s" is read as before',
    (said) => {
      expect(safeguardingInChat(said, { parent: false }).action).not.toBe('none');
    },
  );
});

describe('fed up with the plan is set aside only as the plan\'s own "looks good ... it doesn\'t" opening the message', () => {
  it('"Looks good. Well it doesn\'t but I\'ve had enough." is no worry', () => {
    expect(safeguardingInChat("Looks good. Well it doesn't but I've had enough.", { parent: true }).action).toBe('none');
  });

  it.each(['its fine well it isnt but ive had enough', 'its ok. well it isnt really but ive had enough'])('"%s" is still asked after', (said) => {
    expect(safeguardingInChat(said, { parent: false }).action).not.toBe('none');
  });
});
