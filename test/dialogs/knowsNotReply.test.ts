import { describe, expect, it } from 'vitest';
import { readOpenReply } from '../../dialogs/readReply';
import { createWords } from '../../src/i18n';

/* Not knowing something, said as the answer ("i dont know which stop to get off at"), is never a shrug. */

const words = createWords();

describe('not knowing something is an answer', () => {
  it.each(['i dont know which stop to get off at', 'he doesnt know which bus to get', 'i dont know where to go', 'i dont know how to talk to customers', 'she does not know who to ask'])('"%s" is kept whole', (said) => {
    expect(readOpenReply(said, words)).toEqual({ kind: 'content', text: said });
  });

  it.each([['i dont know', { kind: 'notSure' }], ['i dont know, reading i guess', { kind: 'content', text: 'reading i guess', unsure: true }]] as const)('"%s" is a shrug', (said, reply) => {
    expect(readOpenReply(said, words)).toEqual(reply);
  });
});
