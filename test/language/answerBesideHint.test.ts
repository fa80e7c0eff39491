import { describe, expect, it } from 'vitest';
import { answerBesideHint } from '../../src/language/answerBesideHint';

describe('what is kept beside a hint of self-harm, after "I\'m OK"', () => {
  it.each(['people need to hide the tablets when i feel low', 'people need to listen to me and not leave me alone with the razors'])(
    '%j: a part holds the hint itself, so nothing is kept',
    (typed) => expect(answerBesideHint(typed)).toBeUndefined(),
  );

  it('"people need to be calm around me and not get in my face when im upset" is kept whole', () =>
    expect(answerBesideHint('people need to be calm around me and not get in my face when im upset')).toBe(
      'people need to be calm around me and not get in my face when im upset',
    ));

  it('"people need to give me space when i feel like theres no point in anything" keeps how to help', () =>
    expect(answerBesideHint('people need to give me space when i feel like theres no point in anything')).toBe('people need to give me space'));
});
