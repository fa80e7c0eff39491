import { describe, expect, it } from 'vitest';
import { kindOnlyNamed, readNotNewWords } from '../../src/language/notNewWords';

describe('typed for new words, and not new words', () => {
  it.each([
    ['leave that one it is right. I mean dream 3', { kind: 'pointer', part: 'hope', number: 3 }],
    ['goal 2 please', { kind: 'pointer', part: 'outcome', number: 2 }],
    ['the third dream', { kind: 'pointer', part: 'hope', number: 3 }],
    ['the dream not the goal', { kind: 'pointer', part: 'hope' }],
    ['I mean the cafe one', { kind: 'pointer', words: 'cafe one' }],
    ['change something', { kind: 'command' }],
    ['i want to change it', { kind: 'command' }],
    ['leave that one. it is right', { kind: 'keep' }],
    ['that one is fine', { kind: 'keep' }],
    ['NO', { kind: 'keep' }],
    ['Leave it alone. Do not change it. Cancel.', { kind: 'keep' }],
    ['cancel', { kind: 'keep' }],
    ['leave it', { kind: 'keep' }],
    ["don't change it", { kind: 'keep' }],
    ['STOP', { kind: 'keep' }],
    ['keep same', { kind: 'keep' }],
    ['i dont want to change anything its fine leave it', { kind: 'keep' }],
    ['Never mind!', { kind: 'keep' }],
    ['no, leave it alone please', { kind: 'keep' }],
  ])('"%s" is %o', (typed, read) => {
    expect(readNotNewWords(typed)).toEqual(read);
  });

  it.each([
    'I will work 12 hours a week at the cafe',
    'i hope 2 get a job',
    'I need help 2 days a week',
    'change my hours to 12 a week',
    'my goal is to cook 3 dinners',
    'leave the house on my own',
    'keep my job at the cafe',
    'leave school at 16 and get a job',
    'stop being scared of buses',
    'no more shouting at home',
    'cancel my gym membership and swim instead',
  ])('"%s" may be new words', (typed) => {
    expect(readNotNewWords(typed)).toBeUndefined();
  });
});

describe('kindOnlyNamed', () => {
  it.each([
    ['the HOPE not that omg', 'hope'],
    ['no the hope', 'hope'],
    ['not that one, the hope', 'hope'],
    ['the goal not the hope', 'outcome'],
  ])('"%s" only points at a kind of part', (text, kind) => {
    expect(kindOnlyNamed(text)).toBe(kind);
  });

  it.each(['the hope of a job', 'my hope is to be a vet', 'get the bus to my nans', 'the hope is that i get a job'])('"%s" says more, so is no pointer', (text) => {
    expect(kindOnlyNamed(text)).toBeUndefined();
  });
});

describe('a cancel with how they feel beside it', () => {
  it.each(['forget it im tired. its fine', 'never mind. its fine', 'forget it. im so tired', 'leave it. thats ok', 'never mind im tired'])('"%s" keeps the part as it is', (text) =>
    expect(readNotNewWords(text)).toEqual({ kind: 'keep' }));
  it.each(['im tired', 'i would like it to say im tired', 'i feel fine now'])('"%s" is not a cancel', (text) => expect(readNotNewWords(text)?.kind).not.toBe('keep'));
});
