import { describe, expect, it } from 'vitest';
import { helpListOnly } from '../../src/language/helpList';
import { helpPointedAt } from '../../src/language/sameAsBefore';

/* Help typed where something hard was asked for, and help pointed back to ("like i said"). */

describe('a message that is only help', () => {
  it.each([
    ['a TA, extra time and a laptop', ['a TA', 'extra time', 'a laptop']],
    ['TA, extra time, laptop', ['TA', 'extra time', 'laptop']],
    ['speech therapy and a laptop', ['speech therapy', 'a laptop']],
    ['someone to read to me', ['someone to read to me']],
    ['headphones', ['headphones']],
    ['a quiet room to calm down', ['a quiet room to calm down']],
  ])('"%s" is help: %j', (text, pieces) => expect(helpListOnly(text)).toEqual(pieces));

  it.each([
    'my TA leaves me on my own', 'there is no TA', 'the teachers dont help', 'not enough support', 'loud classrooms', 'teachers talk too fast',
    'big classes', 'lessons', 'the teachers', 'new people', 'help with reading', 'reading and writing', 'busy places', 'I get tired in long lessons',
  ])('"%s" says what is hard', (text) => expect(helpListOnly(text)).toBeNull());
});

describe('help pointed back to', () => {
  const earlier = ['my mum comes with me', 'someone reads to me', 'headphones'];
  it.each([
    ['yes the reading like i said', ['someone reads to me']],
    ['the headphones like i said', ['headphones']],
    ['like i said my mum', ['my mum comes with me']],
    ['same as before', ['headphones']],
  ])('"%s" is %j', (text, help) => expect(helpPointedAt(text, earlier)?.earlier).toEqual(help));

  it('words naming no earlier help are kept without the pointer', () => {
    expect(helpPointedAt('my nan like i said', earlier)).toEqual({ earlier: [], rest: 'my nan' });
  });

  it('help said plainly points at nothing', () => expect(helpPointedAt('someone reads to me', earlier)).toBeNull());
});
