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
  it.each(['idk', 'asdf', 'by next summer', 'my youth worker signs me in'])('"%s" is neither choice', (typed) => expect(readTargetChoice(typed)).toBeUndefined());
});
