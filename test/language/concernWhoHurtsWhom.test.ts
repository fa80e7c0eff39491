import { describe, expect, it } from 'vitest';
import { clearedConcernText, detectConcern } from '../../src/language/concern';
import { safeguardingInChat } from '../../src/language/concernInChat';

/*
 * Who hurts whom, as people type it at an ordinary question: a threat written down by someone else,
 * an adult hurting the child a parent tells of, fear of being told off, one's own injury, and a
 * parent's child named by name.
 */

const young = (text: string) => safeguardingInChat(text, { parent: false });

describe('threats written down by someone else are harm from others', () => {
  for (const said of [
    'he leaves me notes about harming me',
    'he sends me texts about killing me',
    'my uncle keeps sending me messages about hurting me',
    'someone left a letter saying theyre going to hurt me',
    'i keep getting dms about stabbing me',
  ]) {
    it(`"${said}": harm from others, the full answer`, () => {
      expect(detectConcern(said)).toMatchObject({ concern: true, category: 'harm_from_others' });
      expect(young(said)).toEqual({ action: 'answer', category: 'harm_from_others' });
    });
  }

  for (const said of ['did you make a note about hurting me', 'can you take off the note about harming', 'i made notes about the story in english']) {
    it(`leave alone: "${said}" is no threat written down`, () => {
      expect(detectConcern(said).category).not.toBe('harm_from_others');
    });
  }
});

const parent = (text: string) => safeguardingInChat(text, { parent: true });

describe("an adult hurting the child a parent tells of is harm from others, not domestic abuse", () => {
  for (const said of ['hes scared of his step dad, he hits him', 'shes frightened of her dad because he slaps her', 'his mums boyfriend hits him when hes drunk']) {
    it(`"${said}": harm from others, the full answer`, () => {
      expect(detectConcern(said)).toMatchObject({ concern: true, category: 'harm_from_others' });
      expect(parent(said)).toEqual({ action: 'answer', category: 'harm_from_others' });
    });
  }

  for (const said of ['my mum is scared of her boyfriend, he hits her', 'my dad hits my mum', 'my step dad hits her and she cries']) {
    it(`leave alone: "${said}" is still domestic abuse`, () => {
      expect(detectConcern(said)).toMatchObject({ concern: true, category: 'domestic_abuse' });
    });
  }
});

describe('fear of being found out or told off is not a disclosure', () => {
  for (const said of [
    'im scared of my dad finding out',
    'im scared of my dad finding out about my phone',
    'i got a bad mark and im scared of my mum seeing it',
    'im worried about my parents finding out i failed',
    'scared of mum being cross about the broken phone',
  ]) {
    it(`"${said}": nothing`, () => {
      expect(detectConcern(said).concern).toBe(false);
      expect(young(said).action).toBe('none');
    });
  }

  for (const said of ["im scared of my dad finding out, he'll batter me", 'im scared of my dad finding out because he hits me', 'im scared of my dad']) {
    it(`leave alone: "${said}" still gets the answer`, () => {
      expect(young(said)).toEqual({ action: 'answer', category: 'harm_from_others' });
    });
  }
});

describe('an injury said of oneself, with no one else named, is not harm from others', () => {
  for (const said of ['ive hurt me arm again', 'i hurt my leg again lol', 'i hurt me back again', 'ive banged me knee again']) {
    it(`"${said}": at most "Are you OK?", never harm from others`, () => {
      expect(detectConcern(said).category).not.toBe('harm_from_others');
      expect(young(said).action).not.toBe('answer');
    });
  }

  for (const said of ['he hurt me arm again', 'my dad hurt me arm again', 'he hurts me']) {
    it(`leave alone: "${said}" is still harm from others`, () => {
      expect(young(said)).toEqual({ action: 'answer', category: 'harm_from_others' });
    });
  }
});

describe("a parent's child named by name reads as the child", () => {
  const named = (text: string, name: string) => safeguardingInChat(text, { parent: true, childName: name });

  it('"Sam hits me when he gets angry", Sam the child: read as "my son hits me when he gets angry", no answer and no check', () => {
    expect(named('Sam hits me when he gets angry', 'Sam').action).toBe('none');
    expect(parent('my son hits me when he gets angry').action).toBe('none');
  });

  it('the name comes from the conversation: "sam hits me when he gets angry" typed in lower case', () => {
    expect(named('sam hits me when he gets angry', 'Sam').action).toBe('none');
  });

  for (const [said, name] of [
    ['Sam hits me when he gets angry', 'Leo'],
    ["Sam's dad hits him", 'Sam'],
    ['Sam hits me when he gets angry, and his dad hits him', 'Sam'],
  ] as const) {
    it(`leave alone: "${said}" with the child called ${name} still gets the answer`, () => {
      expect(named(said, name).action).toBe('answer');
    });
  }
});

describe('everyday upset about an everyday cause is set aside, as harm words not meant as harm', () => {
  for (const said of [
    'he ends up in a heap on the floor after school',
    'she comes home a wreck after school',
    'im falling apart with all these exams',
    'he goes to pieces when the timetable changes',
    'gutted i didnt get into college',
    'hes done in after school every day',
    'not coming home in bits',
  ]) {
    it(`"${said}": set aside, no answer and no check`, () => {
      expect(clearedConcernText(said)).toContain('~');
      expect(detectConcern(said).concern).toBe(false);
      expect(young(said).action).toBe('none');
      expect(parent(said).action).toBe('none');
    });
  }

  for (const [said, category] of [
    ['i come home in bits after school because my step dad hits me', 'harm_from_others'],
    ['im falling apart with exams and i want to die', 'self_harm_or_suicide'],
  ] as const) {
    it(`leave alone: "${said}" still gets the answer`, () => {
      expect(clearedConcernText(said)).not.toContain('~');
      expect(young(said)).toEqual({ action: 'answer', category });
    });
  }
});
