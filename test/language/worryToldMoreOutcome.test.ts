import { describe, expect, it } from 'vitest';
import { tellsMoreOfTheWorry } from '../../src/language/worryToldMore';

/*
 * After a note, a parent typed an outcome for their son: "tyrone will notice when hes getting angry…".
 * "he" is the child and "angry" is his own behaviour, so it is a plan answer, never more of the worry.
 */
const MATTERS = [
  { people: ['cousin'], words: ['money', 'phone'] },
  { people: ['dad'], words: [] },
  { people: [], words: [] },
];

describe('an outcome, step or measure is a plan answer, not more of the worry', () => {
  it.each([
    'tyrone will notice when hes getting angry and use his break card instead of throwing stuff or running off',
    'he will use his break card when hes getting angry, 3 times out of 5 by christmas',
    'I will notice when im getting angry and ask for a break instead of throwing stuff',
    'he gets angry and throws stuff or runs off when its too loud',
    'less meltdowns, he will tell us when hes cross instead of hitting out',
    "he'll use his break card when he's cross",
  ])('%j is not added to the note', (typed) => {
    for (const m of MATTERS) expect(tellsMoreOfTheWorry(typed, m)).toBe(false);
  });

  it.each([
    'mum doesnt know he takes the dinner money',
    'he gives the money back sometimes',
    'he only gives my phone back when he wants',
    'i wouldnt be scared of him getting angry… it would be less shouting',
    'he still takes my stuff',
    'he shouts at me when i say no',
  ])('%j after a worry about the cousin is still added', (typed) => {
    expect(tellsMoreOfTheWorry(typed, MATTERS[0]!)).toBe(true);
  });

  it.each(['dad gets angry and hits me', 'my dad will hit me if i tell', 'he hits me'])('%j after a worry about dad is still added', (typed) => {
    expect(tellsMoreOfTheWorry(typed, MATTERS[1]!)).toBe(true);
  });
});
