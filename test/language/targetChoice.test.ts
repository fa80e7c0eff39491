import { describe, expect, it } from 'vitest';
import { readTargetChoice } from '../../src/language/targetChoice';

describe('the step-or-bigger choice in people\'s own words', () => {
  it.each(['yes', 'yeah its a first step', 'first step', 'its the start of something bigger', 'yep it leads to more', 'a bigger thing', 'no, it is a first step'])(
    '"%s" makes it a step towards something bigger',
    (typed) => expect(readTargetChoice(typed)).toBe('bigger'),
  );
  it.each(['no', 'nah', 'just keep it', 'keep it short', 'short step', 'no just that', 'its fine as it is', 'thats enough', 'not a first step', 'yes keep it'])(
    '"%s" keeps it as a short step',
    (typed) => expect(readTargetChoice(typed)).toBe('keep'),
  );
  // Nikita (17): a hedged "its a step" answers the first question.
  it.each(['i guess its a step?', 'its a step i think', 'i suppose it is a step', 'yeah its a small step'])('"%s" is a hedged yes: a step towards something bigger', (typed) =>
    expect(readTargetChoice(typed)).toBe('bigger'),
  );
  it.each(['its a short step', 'its not a step', 'its a step too far', 'i dont know if its a step', 'is it a step?', 'its a big step for me'])('"%s" is not read as a step towards something bigger', (typed) =>
    expect(readTargetChoice(typed)).not.toBe('bigger'),
  );
  it.each(['idk', 'asdf', 'by next summer', 'my youth worker signs me in'])('"%s" is neither choice', (typed) => expect(readTargetChoice(typed)).toBeUndefined());
});
