import { describe, expect, it } from 'vitest';
import { concernByRules, detectConcern } from '../../src/language';
import { namesTheirCarers, shrugsOffCalling, tellsOfMedicineMissed } from '../../src/language/careByStaff';

/*
 * Medicine and care not given by the people whose job it is (staff in supported living, carers, a
 * school), and a fit with nobody coming, are neglect of care, told plainly or shrugged off. One's own
 * forgetting, and care that is given, are not.
 */

const NEGLECT = [
  'my tablets. when i get them. nite staff forget sumtimes',
  'staff forget my meds',
  'they forget to give me my epilepsy tablets at night',
  'nobody gives him his inhaler at school',
  'my meds, the carers forget at weekends',
  'staff dont give me my seizure tablets on time',
  'my tablets. when i get them. nite staff forget sumtimes. its not a big deal',
  'i had a fit in the nite last month an no one come till morning',
  'yeh im ok. i had a fit in the nite last month an no one come till morning. its fine tho',
  'nobody came when i had a seizure last week',
];

const NOT_A_WORRY = [
  'i forget my tablets sometimes so i have an alarm',
  'staff remind me to take my tablets',
  'my tablets are in a dosette box and staff check them',
  'i had a fit at college and nobody panicked, staff knew what to do',
  'no one came to my party after i had a fit of giggles',
];

describe('medicine and care not given', () => {
  it.each(NEGLECT)('"%s" is neglect, backed by a rule', (said) => {
    const concern = detectConcern(said);
    expect(concern).toMatchObject({ concern: true, sure: true, category: 'neglect' });
    expect(concernByRules(said)).toBe(true);
  });

  it.each(NOT_A_WORRY)('"%s" is no worry', (said) => {
    expect(detectConcern(said).concern).toBe(false);
    expect(concernByRules(said)).toBe(false);
  });

  it.each([
    ['my dad hits me', 'harm_from_others'],
    ['he touches me', 'sexual_abuse'],
    ['they take my money', 'exploitation'],
  ])('plain disclosures are still heard: "%s"', (said, category) => {
    expect(detectConcern(said)).toMatchObject({ concern: true, sure: true, category });
  });
});

describe('what the answer needs to know of it', () => {
  it('names the staff or carers who look after them, never a parent', () => {
    expect(namesTheirCarers('my tablets. when i get them. nite staff forget sumtimes')).toBe(true);
    expect(namesTheirCarers('the support workers dont come at night')).toBe(true);
    expect(namesTheirCarers('my mum forgets my tablets')).toBe(false);
  });

  it('tells of medicine missed or a fit nobody came to, never shoes that do not fit', () => {
    expect(tellsOfMedicineMissed('staff forget my meds')).toBe(true);
    expect(tellsOfMedicineMissed('i had a fit in the nite an no one come till morning')).toBe(true);
    expect(tellsOfMedicineMissed('no shoes that fit, nobody buys any')).toBe(false);
    expect(tellsOfMedicineMissed('my dad hits me')).toBe(false);
  });

  it.each(['its not a big deal. i dont wana call no one', 'its fine i wont call anyone', 'not that bad, im not ringing anyone'])('"%s" shrugs it off and declines to call', (said) => {
    expect(shrugsOffCalling(said)).toBe(true);
  });

  it.each(['i dont want to ring anyone', 'its not a big deal', 'can i call someone its not a big deal'])('"%s" is not both', (said) => {
    expect(shrugsOffCalling(said)).toBe(false);
  });
});
