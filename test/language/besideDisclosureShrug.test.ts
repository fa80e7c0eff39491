import { describe, expect, it } from 'vitest';
import { answerBesideDisclosure } from '../../src/language/besideDisclosure';

/*
 * "her boyfriend tbh. he shouts at her alot and he keeps her bank card n decides what she can spend.
 * its whatever tho its not that bad": after the safeguarding answer, "her boyfriend tbh. its whatever
 * tho its not that bad" was offered back as her hope. Who it is, named, and the harm played down are
 * no answer for the plan; an answer said beside the harm still is.
 */

describe('words beside a disclosure offered back for the plan', () => {
  it.each([
    'her boyfriend tbh. he shouts at her alot and he keeps her bank card n decides what she can spend. its whatever tho its not that bad',
    'my step dad. he hits my mum. its not that bad really',
    'mums boyfriend honestly. he screams at her and she cries. its fine tho its whatever',
  ])('%j offers nothing back', (text) => {
    expect(answerBesideDisclosure(text)).toBeUndefined();
  });

  it.each([
    ['my step dad tbh. he hits my mum. i want to be a vet', 'i want to be a vet'],
    ['i run out of time in exams. also my cousin gives me money to drop stuff off for him lol', 'i run out of time in exams.'],
  ])('%j still offers back %j', (text, answer) => {
    expect(answerBesideDisclosure(text)).toBe(answer);
  });
});
