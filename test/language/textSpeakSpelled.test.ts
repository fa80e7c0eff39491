import { describe, expect, it } from 'vitest';
import { spelledForReadBack } from '../../src/language/textSpeak';

describe('text-speak spelled out for a read-back', () => {
  it.each([
    ['i wna b a chef', 'I want to be a chef'],
    ['i want 2 go 2 college', 'I want to go to college'],
    ['ppl dont tlk 2 me', "People don't talk to me"],
    ['i wont to be a fotballer or make lego', 'I want to be a fotballer or make lego'],
    ['i wont a dog', 'I want a dog'],
    ['i wont go on the bus', "I won't go on the bus"],
  ])('%j reads back as %j', (typed, spelled) => expect(spelledForReadBack(typed)).toBe(spelled));

  it.each(['I have 2 dogs', 'I need 2 hours a day', 'plan a, plan b or c', 'I get stuck on long words', 'to be happy'])('%j is read back exactly as typed', (typed) =>
    expect(spelledForReadBack(typed)).toBe(typed),
  );

  it.each([
    ['i have 2 dogs', 'I have 2 dogs'],
    ['i want to do my money more myself', 'I want to do my money more myself'],
  ])('%j is read back as typed, with "I"', (typed, said) => expect(spelledForReadBack(typed)).toBe(said));
});
