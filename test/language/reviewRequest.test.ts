import { describe, expect, it } from 'vitest';
import { readOutcomeField, readReviewRequest, withNewWords } from '../../src/language';

/* What people type at the read-back to change their draft, and what is only an answer or a remark. */

describe('readReviewRequest', () => {
  it.each([
    ['can I add another dream', { kind: 'addHope', hope: '', about: '' }],
    ['add a hope about swimming', { kind: 'addHope', hope: '', about: 'swimming' }],
    // A hope starting "one day" or "only" keeps its first word whole (never "e day").
    ['Please add a new hope: one day Grace will go to St Mary\'s primary school with her cousins.', { kind: 'addHope', hope: "one day Grace will go to St Mary's primary school with her cousins", about: '' }],
    ['add hope: only child in class to read aloud', { kind: 'addHope', hope: 'only child in class to read aloud', about: '' }],
    ["i have another dream, I'd like to be a vet", { kind: 'addHope', hope: "I'd like to be a vet", about: '' }],
    ['also i wanna add smth, i want to live in my own flat one day', { kind: 'addHope', hope: 'i want to live in my own flat one day', about: '' }],
    ['can i add another hope for leo', { kind: 'addHope', hope: '', about: '' }],
    ["that's a health thing not school", { kind: 'section', target: '', part: 'health' }],
    ['put the worry one under health', { kind: 'section', target: 'the worry one', part: 'health' }],
    ['nah the anxious bit isnt really a school thing its more mental health', { kind: 'section', target: 'the anxious bit', part: 'health' }],
    ['the noise stuff is more of a health thing tbh', { kind: 'section', target: 'the noise stuff', part: 'health' }],
    ["it's a care thing", { kind: 'section', target: '', part: 'social_care' }],
    ["that's a problem not a hope", { kind: 'moveTo', target: '', to: 'need' }],
    ['the lego one should be a hope', { kind: 'moveTo', target: 'the lego one', to: 'hope' }],
    ['the bit about noise is wrong, it should say loud bells', { kind: 'change', splits: [{ target: 'the bit about noise', to: 'loud bells' }] }],
    ['the laptop should be a tablet', { kind: 'change', splits: [{ target: 'the laptop', to: 'a tablet' }] }],
  ])('%s', (said, request) => {
    expect(readReviewRequest(said)).toEqual(request);
  });

  it('reads every way to split "change A to B", the shortest part first', () => {
    expect(readReviewRequest('change the help for reading to a tutor')).toEqual({
      kind: 'change',
      splits: [
        { target: 'the help', to: 'reading to a tutor' },
        { target: 'the help for reading', to: 'a tutor' },
        { target: 'the help for reading to a tutor', to: '' },
      ],
    });
  });

  it.each(['looks good', 'reading is hard at school', 'I want to go to college', 'change something', 'my dream is to be a vet', 'thats a problem', 'the bus one is right', 'i want to be healthy', 'no thats wrong'])(
    'is no request: %s',
    (said) => {
      expect(readReviewRequest(said)).toBeNull();
    },
  );
});

describe('withNewWords', () => {
  it('changes the bit named inside a sentence, and a short part whole', () => {
    expect(withNewWords('Noise in the classroom makes me upset', 'the bit about noise', 'loud bells')).toBe('Loud bells in the classroom makes me upset');
    expect(withNewWords('I use a laptop in every lesson', 'the laptop', 'a tablet')).toBe('I use a tablet in every lesson');
    expect(withNewWords('a laptop', 'the laptop', 'a tablet')).toBe('a tablet');
    expect(withNewWords('Noise in the classroom makes me upset', 'the noise one', 'loud bells make me jump and cover my ears')).toBe('loud bells make me jump and cover my ears');
  });
});

describe('one field of an outcome named at the review', () => {
  it.each([
    ['Goal is ok. I want change only We will know by: my tutor sees me do it', 'measure', 'my tutor sees me do it'],
    ['change how everyone will know to my mum sees me do it', 'measure', 'my mum sees me do it'],
    ['the date should be next summer', 'when', 'next summer'],
    ['change the date', 'when', ''],
  ])('%s', (said, field, to) => {
    expect(readOutcomeField(said)).toEqual({ field, to });
  });

  it('an outcome sentence names no field', () => {
    expect(readOutcomeField('I will take the bus on my own')).toBeNull();
    expect(readOutcomeField('I want to know more about jobs')).toBeNull();
  });
});

describe('an outcome moved to another hope, read at the review', () => {
  it.each([
    ['move the swimming one to the friends hope', 'the swimming one', 'friends'],
    ['can it go under happy and friend hope?', '', 'happy and friend'],
    ['the bus one is for my college dream', 'the bus one', 'college'],
  ])('"%s"', (said, target, hope) => {
    expect(readReviewRequest(said)).toEqual({ kind: 'toHope', target, hope });
  });

  it.each(['put the lego one under hopes', 'put the worry one under health', 'move it to my hopes'])('"%s" is no move to a named hope', (said) => {
    expect(readReviewRequest(said)?.kind).not.toBe('toHope');
  });
});
