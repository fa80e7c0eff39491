import { describe, expect, it } from 'vitest';
import { readHelpAtNeeds } from '../../src/language/helpAtNeeds';
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

describe('one reading of help typed at any needs question', () => {
  const earlierHelp = ['my mum comes with me', 'someone reads to me'];
  const atHelps = (typed: string, answer = typed) => readHelpAtNeeds(typed, { question: 'helps', answer, earlierHelp });

  it('a list of help at "what makes it hard?" is help, piece by piece', () => {
    expect(readHelpAtNeeds('a TA, extra time and a laptop', { question: 'hard' })).toEqual({ kind: 'list', pieces: ['a TA', 'extra time', 'a laptop'] });
    expect(readHelpAtNeeds('my TA leaves me on my own', { question: 'hard' })).toBeUndefined();
  });

  it('help wished for at "what already helps?" is kept worded as a wish', () => {
    expect(atHelps('an app that tells me when to get off maybe')).toEqual({ kind: 'wished', wish: 'It would help to have an app that tells me when to get off' });
  });

  it('help pointed back to at "what already helps?" is the help said before', () => {
    expect(atHelps('yes the reading like i said', 'the reading like i said')).toEqual({ kind: 'saidBefore', help: ['someone reads to me'] });
    expect(atHelps('my nan like i said')).toEqual({ kind: 'saidBefore', help: ['my nan'] });
  });

  it('help said plainly at "what already helps?" is an ordinary answer, kept as typed', () => {
    expect(atHelps('headphones and a quiet room')).toBeUndefined();
  });

  it('a wish is read only where help is asked: at "what makes it hard?" it is no list of help', () => {
    expect(readHelpAtNeeds('it would help if i had a reader pen', { question: 'hard' })).toBeUndefined();
  });
});
