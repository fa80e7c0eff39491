import { describe, expect, it } from 'vitest';
import { needSection } from '../../src/language/planPart';

/*
 * A 21-year-old who has left education, on work experience at a garden centre: learning the job,
 * reading and counting are learning (Section B); fear of new places is a feeling (Section C);
 * getting there, money at home and cooking stay everyday life (Section D).
 */
const ADULT = { age: 21, education: 'not_at_school' } as const;

describe('the sections of an adult\'s needs, by what they are about', () => {
  it.each(['i get muddled with the till', 'i cant read the plant labels', 'learning the job takes me ages', 'i cant write my name', 'working the checkout'])(
    '%j is learning: Section B',
    (typed) => expect(needSection(typed, ADULT)).toBe('education'),
  );
  it.each(['i get scared in new places', 'i get nervous around people i dont know'])('%j is a feeling: Section C', (typed) =>
    expect(needSection(typed, ADULT)).toBe('health'),
  );
  it.each(['getting the bus there', 'i get scared on the bus on my own', 'i cant read recipes so i just have toast', 'counting my change in the shop', 'i cant read my letters'])(
    '%j is everyday life: Section D',
    (typed) => expect(needSection(typed, ADULT)).toBe('social_care'),
  );
});
