import { describe, expect, it } from 'vitest';
import { readFlagObjection } from '../../src/language/flagObjection';

/* Scared by the bot's answer or note, asking for the note off: an objection that takes nothing back. */

describe('scared by the note, and asking for it off', () => {
  for (const said of ['that scared me. please delete the note', 'it freaked me out, take the note off']) {
    it(`"${said}": an objection, scared, nothing denied`, () => {
      expect(readFlagObjection(said)).toMatchObject({ scared: true, denies: false });
    });
  }

  for (const said of ['that scared me', 'he hit me and that scared me. please delete the note', 'my dad scared me. delete the note', 'that scared me. please delete the note, my uncle still hits me',
    // A disclosure the classifier is unsure of, beside the objection, is still heard.
    'that scared me, remove the note, he makes me sleep in his bed',
    'that scared me, remove the note. my stepdad makes me sleep in his bed',
    'that scared me, remove the note, i dont get fed',
    'that scared me, remove the note, i want to die',
  ]) {
    it(`leave alone: "${said}" is no objection (a worry, or nothing about the note)`, () => {
      expect(readFlagObjection(said)).toBeUndefined();
    });
  }

  // The request's own words ("just delete") are set aside before a worry the classifier is unsure of is read.
  it('"can you not just delete that note? ... i dont want the la seeing a safeguarding flag over nothing": an objection', () => {
    expect(readFlagObjection('can you not just delete that note? im a foster carer, i dont want the la seeing a safeguarding flag over nothing')).toMatchObject({ denies: false, scared: false });
  });
});
