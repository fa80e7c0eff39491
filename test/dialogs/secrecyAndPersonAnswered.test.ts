import { describe, expect, it } from 'vitest';
import { worriesAnswered } from '../../dialogs/safeguardingWorries';
import { SafeguardingText } from '../../dialogs/safeguardingText';

/*
 * After the answer, "dont tell anyone. will he find out" asks both for secrecy and about one person: the true answer
 * about who sees the note is kept beside the lines about him, and "am i in trouble?" is still told no.
 */
const keysOf = (text: string) => worriesAnswered(text, { lead: true, parent: false, category: 'harm_from_others' } as Parameters<typeof worriesAnswered>[1]).map((w) => w.key);

describe('secrecy and one person asked about together', () => {
  it.each(['dont tell anyone. will he find out', 'am i in trouble?? dont tell him'])('%j keeps who sees the note', (typed) => {
    expect(keysOf(typed)).toEqual(expect.arrayContaining([SafeguardingText.secretLead, SafeguardingText.personNotTold]));
  });

  it.each(['am i in trouble?? dont tell him', 'am i in trouble? will he find out'])('%j is still told they are not in trouble', (typed) => {
    expect(keysOf(typed)).toContain(SafeguardingText.notInTrouble);
  });

  it('"dont tell sir" is the secrecy answer, never "I won\'t tell Sir"', () => {
    const keys = keysOf('dont tell sir');
    expect(keys).toContain(SafeguardingText.secretLead);
    expect(keys).not.toContain(SafeguardingText.personNotTold);
  });
});
