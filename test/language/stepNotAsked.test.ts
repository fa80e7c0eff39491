import { describe, expect, it } from 'vitest';
import { saysStepNotAsked } from '../../src/language/stepNotAsked';

/* "Do what? You did not ask me what is the step": the step was never asked. */
describe('the step never asked', () => {
  it.each(['Do what? You did not ask me what is the step', 'Do what… You did not ask me what is the step', 'you never asked me the step', 'u didnt ask me for a step yet'])('%j says so', (text) => {
    expect(saysStepNotAsked(text)).toBe(true);
  });
  it.each(['you did not ask me what is the step, she will talk', 'you never asked me about my mum', 'you did not ask my teacher', 'the step is what you did not ask', 'you didnt ask me the date', 'do what'])('%j does not', (text) => {
    expect(saysStepNotAsked(text)).toBe(false);
  });
});
