import { describe, expect, it } from 'vitest';
import { asksAboutTrouble, asksForSecrecy, recogniseCarryOn, recogniseSafetyAnswer } from '../../src/language';

describe('the answer to "are you safe right now?"', () => {
  it.each([
    ["I'm OK", 'safe'],
    ["I'm safe", 'safe'],
    ['im fine', 'safe'],
    ['yeah', 'safe'],
    ['yh im good', 'safe'],
    ['it was a false alarm', 'safe'],
    ['no, I am fine', 'safe'],
    ["I'm not in danger", 'safe'],
    ['no', 'notSafe'],
    ['not really', 'notSafe'],
    ["I'm not safe", 'notSafe'],
    ['im scared', 'notSafe'],
    ["I don't feel safe at home", 'notSafe'],
    ['I am in danger', 'notSafe'],
    ["I'm not sure", 'notSure'],
    ['idk', 'notSure'],
    ['maybe', 'notSure'],
  ])('reads %j as %s', (text, answer) => {
    expect(recogniseSafetyAnswer(text)).toBe(answer);
  });

  it.each(['purple', 'why do you ask', ''])('does not guess at %j', (text) => {
    expect(recogniseSafetyAnswer(text)).toBeNull();
  });
});

describe('carry on or stop', () => {
  it.each([
    ['im fine', 'carryOn'],
    ['yeah', 'carryOn'],
    ['carry on', 'carryOn'],
    ['ok', 'carryOn'],
    ["let's keep going", 'carryOn'],
    ['Stop for now', 'stop'],
    ['not now', 'stop'],
    ["I don't want to carry on", 'stop'],
  ])('reads %j as %s', (text, answer) => {
    expect(recogniseCarryOn(text)).toBe(answer);
  });
});

describe('what children ask after telling', () => {
  it.each(['please dont tell anyone', "Don't tell my mum", 'will you tell my teacher?', 'keep it a secret', 'you wont tell anyone will you'])('%j asks for secrecy', (text) => {
    expect(asksForSecrecy(text)).toBe(true);
  });
  it.each(['is mum going to be in trouble', 'will my dad get in trouble?', 'will I be taken away', 'is he going to go to prison'])('%j asks about trouble', (text) => {
    expect(asksAboutTrouble(text)).toBe(true);
  });
  it.each(['I like trains', "I'm fine", 'I want to tell jokes on stage'])('%j asks neither', (text) => {
    expect(asksForSecrecy(text)).toBe(false);
    expect(asksAboutTrouble(text)).toBe(false);
  });
});
