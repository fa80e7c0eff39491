import { describe, expect, it } from 'vitest';
import { namesOfPeople } from '../../src/language/peopleNamed';

describe('a pronoun after "my best mate" is never a name', () => {
  it.each([
    'dale is in my flat. hes my best mate he says its for both of us',
    'hes my best mate he says',
    'my best mate she lends me stuff',
    'She is nice, Her mum is kind',
    'my mate they said it was fine',
    'my friend and me went out',
  ])('"%s" names nobody', (text) => {
    expect(namesOfPeople(text)).toEqual([]);
  });

  it.each([
    ['my cousin zain took it', ['zain']],
    ['my mates jay and sam', ['jay', 'sam']],
    ['my mate dale he says its fine', ['dale']],
  ])('"%s" still names %j', (text, names) => {
    expect(namesOfPeople(text)).toEqual(names);
  });
});
