import { describe, expect, it } from 'vitest';
import { detectConcern } from '../../src/language/concern';
import { safeguardingInChat } from '../../src/language/concernInChat';

/*
 * A threat to kill keeps its own kind: harm from others and the whole answer, whoever said it,
 * unless it is plainly told of another young person at school. A threat told as it was said that
 * names no killing ("she said ill get you tomorrow") stays bullying, as before.
 */

const young = (text: string) => safeguardingInChat(text, { parent: false });

describe('a threat to kill is harm from others, with the whole answer', () => {
  for (const said of [
    'he said ill get you and kill you',
    'my uncle said hed kill me if i told',
    'he says he will stab me',
    'she told me shes gonna get me and kill me',
    'he texted me ill kill you',
    'my step dad said he would murder me if i told anyone',
  ]) {
    it(`"${said}": harm from others`, () => {
      expect(detectConcern(said)).toMatchObject({ concern: true, category: 'harm_from_others' });
      expect(young(said)).toEqual({ action: 'answer', category: 'harm_from_others' });
    });
  }
});

describe('look-alikes keep their own reading', () => {
  it('"she said ill get you tomorrow": still bullying', () => {
    expect(detectConcern('she said ill get you tomorrow')).toMatchObject({ concern: true, category: 'bullying' });
  });
  it('"the boys in my class said theyll get me and kill me after school": bullying, at school', () => {
    expect(detectConcern('the boys in my class said theyll get me and kill me after school')).toMatchObject({ concern: true, category: 'bullying' });
  });
  it('the gang threatening harm unless something is carried: still exploitation', () => {
    expect(detectConcern('they said they would stab me if i dont carry for them')).toMatchObject({ concern: true, category: 'exploitation' });
  });
  for (const said of ['mum said she will kill me if i get another detention', 'he said ill get you a drink', 'my brother said ill get you back at fifa']) {
    it(`"${said}": no disclosure`, () => {
      expect(detectConcern(said).concern).toBe(false);
    });
  }
  for (const said of ['my dad hits me', 'he touches me', 'they take my money']) {
    it(`plain disclosure still heard: "${said}"`, () => {
      expect(detectConcern(said).concern).toBe(true);
    });
  }
});
