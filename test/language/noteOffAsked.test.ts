import { describe, expect, it } from 'vitest';
import { readFlagObjection } from '../../src/language/flagObjection';
import { readNoteAsked, withoutTheNoteQuestion } from '../../src/language/worryNote';
import { readNoteOff } from '../../src/language/noteOff';
import { normaliseMessage } from '../../src/language/text';

/* One reader for asking the note off, used by the objection to the help lines and by the questions about the note. */

const off = (typed: string) => readNoteOff(normaliseMessage(typed));

describe('asking for the note off', () => {
  it.each(['take that note off', 'remove the note', 'rub that flag off pls', 'get rid of the worry note'])('"%s" names the note', (typed) => {
    expect(off(typed)).toBe('named');
  });

  // A note word names a note; a worry named with "my", or with no note word, is the worry itself.
  it.each(['i want to get rid of my suicidal thoughts', 'help me get rid of my self harm', 'i want to get rid of the bullying', 'remove the self harm'])('"%s" asks no note off', (typed) => {
    expect(off(typed)).toBeUndefined();
  });

  it.each(['pls remove the self harm one', 'delete the bit about bullying', 'take off the thing i said about self harm'])('"%s" names a note by its kind', (typed) => {
    expect(off(typed)).toBe('named');
  });

  it('a harm told as going on beside a note asked off is read whole', () => {
    const typed = 'remove the touching me one, he still does it tho';
    expect(withoutTheNoteQuestion(typed)).toBe(typed);
    expect(withoutTheNoteQuestion('remove the touching me one, it was a mistake')).not.toContain('touching');
  });

  it.each(['please dont put that down', 'take it off', 'i want it taken off'])('"%s" asks it off without naming it', (typed) => {
    expect(off(typed)).toBe('bare');
  });

  it.each(['i take the bus', 'my teacher sends a note home', 'i want to take my coat off'])('"%s" is no request', (typed) => {
    expect(off(typed)).toBeUndefined();
  });

  it('both places read the same request: "rub that flag off pls, i didnt need the abuse helpline"', () => {
    const typed = 'rub that flag off pls, i didnt need the abuse helpline';
    expect(readNoteAsked(typed)?.what).toBe(true);
    expect(readFlagObjection(typed)).toBeDefined();
  });

  it('a request without the note named is never a question about the note', () => {
    expect(readNoteAsked('take it off')).toBeUndefined();
  });

  // A disclosure said with a request to remove the note is never an objection.
  it.each(['take the note off, my dad hits me', 'remove the note. i want to die', 'take that flag off he touches me', 'delete the note i dont get fed'])('"%s" is no objection', (typed) => {
    expect(readFlagObjection(typed)).toBeUndefined();
  });

  it('the words beside the request are still read for a worry; the request alone leaves nothing', () => {
    expect(withoutTheNoteQuestion('take the note off, my dad hits me')).toBe('my dad hits me');
    expect(withoutTheNoteQuestion('please remove the note i want to die')).toBe('i want to die');
    expect(withoutTheNoteQuestion('take that note off')).toBe('');
    expect(withoutTheNoteQuestion('wat worrying thing?? take that note off')).toBe('');
    // A harm named only as what someone might read in the note is no worry, in the request's sentence or a clause beside a question.
    expect(withoutTheNoteQuestion("remove that note please, I don't want the key worker think there is bullying")).toBe('');
    expect(withoutTheNoteQuestion("what note? is there a note, i dont want school thinking hes being neglected")).toBe('');
    expect(withoutTheNoteQuestion('what note? is there a note, the boys at school are bullying him')).toBe('the boys at school are bullying him');
  });
});
