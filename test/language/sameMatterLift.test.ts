import { describe, expect, it } from 'vitest';
import { splitAboutThePerson } from '../../src/language/sameMatter';

/* At a help question after a worry about mum: a lift from mum is help, never added to the worry's note. */
describe('a lift from the person a worry named is help', () => {
  it('"headphones. getting the early bus when its quiet. mum takes me in the car some days" is all help', () => {
    const text = 'headphones. getting the early bus when its quiet. mum takes me in the car some days';
    expect(splitAboutThePerson(text, ['mum'])).toEqual({ worry: [], rest: text });
  });

  it.each(['headphones. mum takes my money some days', 'headphones. mum takes me in the car and hits me', 'headphones. mum shouts at me in the car'])('"%s" still tells of mum', (text) => {
    expect(splitAboutThePerson(text, ['mum']).worry).toHaveLength(1);
  });
});

/* A lift from someone a worry of harm, abuse or exploitation named may be how it happens: it goes to the note. */
describe('a lift is not help after a worry of harm by that person', () => {
  it.each([
    ['my brother takes me there every day', ['brother'], 'bullying'],
    ['my uncle takes me there some days', ['relative'], undefined],
    ['dad takes me there', ['dad'], 'other'],
    ['my stepdad takes me in his car', ['dad'], 'sexual_abuse'],
    ['my stepdad takes me in his car', ['dad'], 'harm_from_others'],
    ['my uncle takes me in his car', ['relative'], 'exploitation'],
    ['my brother takes me to school every day', ['brother'], 'exploitation'],
  ])('"%s" still tells of them (%s, %s)', (text, people, category) => {
    expect(splitAboutThePerson(text, people, category).worry).toHaveLength(1);
  });

  it('"mum takes me in the car some days" after a worry about mum shouting is still help', () => {
    const text = 'mum takes me in the car some days';
    expect(splitAboutThePerson(text, ['mum'], 'domestic_abuse')).toEqual({ worry: [], rest: text });
    expect(splitAboutThePerson(text, ['mum'], 'bullying')).toEqual({ worry: [], rest: text });
  });
});
