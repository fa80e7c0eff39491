import { describe, expect, it } from 'vitest';
import { partnerControlSigns, partnerNamesIn } from '../../src/language/partnerControl';
import { readPersonNotTold } from '../../src/language/personNotTold';
import { safeOnlyWhileAway } from '../../src/language/hidesFromSomeone';
import { safeguardingInChat } from '../../src/language/concernInChat';

/*
 * Kayleigh, 20, easy read, her boyfriend Jay: control in her own relationship is heard as such, by role or by the
 * name she gave him earlier, and the ordinary things couples do are not.
 */

describe('a partner named', () => {
  it.each(['my boyfriend jay is important to me', 'jay is my boyfriend', 'my bf is called jay', 'me and jay are together', "Jay's my boyfriend"])('%j names Jay', (text) => {
    expect(partnerNamesIn(text)).toContain('jay');
  });
  it.each(['my boyfriend is nice', 'my boyfriend and me go bowling', 'my boyfriend checks my phone'])('%j names nobody', (text) => {
    expect(partnerNamesIn(text)).toEqual([]);
  });
});

describe('signs of control by a partner', () => {
  it.each([
    ['jay checks my fone every nite', ['jay']],
    ['he keeps my benefits to look after it for me', ['jay']],
    ['jay gets cross when i go out with my frends', ['jay']],
    ['jay decides what i wear', ['jay']],
    ['my fella keeps my bank card', []],
    ['my girlfriend wont let me see my mates', []],
    ['my partner tracks my phone', []],
    ['my husband gets angry when i see my family', []],
  ] as const)('%j is one sign', (text, names) => {
    expect(partnerControlSigns(text, names)).toBe(1);
  });

  it('two signs in one message are two', () => {
    expect(partnerControlSigns('my boyfriend checks my phone and keeps my money')).toBe(2);
  });

  it.each([
    'my boyfriend looks after the money for our holiday, we both put in',
    'my girlfriend checks my spelling on my phone',
    'my dad keeps my bank card',
    'my mum checks my phone',
    'jay keeps my money for our holiday we both put in',
  ])('%j is no sign', (text) => {
    expect(partnerControlSigns(text, ['jay'])).toBe(0);
  });

  it('"he" is the partner only once a partner is known', () => {
    expect(partnerControlSigns('he keeps my benefits to look after it for me')).toBe(0);
  });

  it('disclosures near these words are still heard on their own', () => {
    for (const text of ['my boyfriend hits me', 'my boyfriend made me have sex when i didnt want to', 'he forces me to sleep with him', 'my boyfriend hits me and checks my phone']) {
      expect(safeguardingInChat(text, { parent: false }).action).toBe('answer');
    }
  });
});

describe('asking that the person is not told', () => {
  it.each([
    ['is jay in trubble?? please dont tell him i said', 'Jay'],
    ['dont tell him', 'him'],
    ['please dont tell my boyfriend', 'your boyfriend'],
    ['will he find out', 'him'],
    ['will jay know i said', 'Jay'],
  ])('%j names %j', (text, whom) => {
    expect(readPersonNotTold(text)?.whom).toBe(whom);
  });
  it.each(['dont tell anyone', 'please dont tell my mum', 'i dont tell him everything', 'i didnt tell him', 'will school see it'])('%j keeps the usual answer', (text) => {
    expect(readPersonNotTold(text)).toBeNull();
  });
});

describe('safe only while he is away', () => {
  it.each(['yes im safe. hes at work', 'im ok hes out', 'yeah safe till he gets back', 'im safe when hes not here', 'yes my boyfriend is at work'])('%j is not plain safe', (text) => {
    expect(safeOnlyWhileAway(text)).toBe('he');
  });
  it.each(['yes im safe', 'yes im safe at home', 'yes im safe, im at work'])('%j is plain safe', (text) => {
    expect(safeOnlyWhileAway(text)).toBeUndefined();
  });
});
