import { describe, expect, it } from 'vitest';
import { readMoveAnswer } from '../../src/language';

describe('moving an answer kept in the wrong place', () => {
  it.each([
    ['wait the baking thing was for the last question', { named: 'baking', to: 'previousQuestion' }],
    ['that was meant for the question before', { named: '', to: 'previousQuestion' }],
    ['oh the nan bit was for the previous question', { named: 'nan', to: 'previousQuestion' }],
    ['i meant baking for the last question', { named: 'baking', to: 'previousQuestion' }],
    ['the weighing thing isnt wat helps its another hard thing', { named: 'weighing', to: 'need' }],
    ["the weighing isn't what helps, it's a problem", { named: 'weighing', to: 'need' }],
    ['that is not a hope its another hard thing', { named: '', to: 'need' }],
    ['the teacher bit is another help', { named: 'teacher', to: 'help' }],
    ['thats not hard thats what helps. the fit thing', { named: 'fit', to: 'help' }],
    ['thats not what helps its a hard thing. the noise bit', { named: 'noise', to: 'need' }],
    ['That was what makes it hard, not what works', { named: '', to: 'need' }],
    ['the noise bit is a hard thing not a help', { named: 'noise', to: 'need' }],
    ['that was what helps, not what makes it hard', { named: '', to: 'help' }],
  ])('"%s"', (typed, asked) => {
    expect(readMoveAnswer(typed)).toEqual(asked);
  });

  it.each([
    'baking was the best thing i did last year',
    'the last question was hard',
    'weighing is hard for me',
    'its another hard thing',
    'my teacher helps me',
    'thats not hard thats what helps',
    'its not hard its what helps me most the fit thing i think',
    'that is what helps not help',
    'music is what helps not talking',
  ])('"%s" moves nothing', (typed) => {
    expect(readMoveAnswer(typed)).toBeNull();
  });
});
