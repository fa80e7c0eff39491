import { describe, expect, it } from 'vitest';
import { saysWillAnswerAgain } from '../../src/language/onlyAcknowledged';

describe('saysWillAnswerAgain', () => {
  it.each(['fine ill do it again', "ok I'll do it again", 'ugh fine. ill try again', 'alright ill answer again', 'Fine. I’ll do it again!', 'ok ill say it again then'])('%j only says they will answer again', (typed) => {
    expect(saysWillAnswerAgain(typed)).toBe(true);
  });
  it.each(['fine', 'i will go swimming again', 'ill do my homework again', 'i want to try again at college', 'I will try the bus again next term'])('%j is no grudging yes', (typed) => {
    expect(saysWillAnswerAgain(typed)).toBe(false);
  });
});
