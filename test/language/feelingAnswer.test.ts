import { describe, expect, it } from 'vitest';
import { doesForMeShown, feelingSentence } from '../../src/language/feelingAnswer';

/* "What would it do for you?" answered with only a feeling: kept as a sentence in their voice. */

describe('a feeling on its own, as a sentence', () => {
  it.each([
    ['proud', 'I would feel proud'],
    ['Proud.', 'I would feel proud'],
    ['happy and proud', 'I would feel happy and proud'],
    ['proud n happy', 'I would feel proud and happy'],
    ['more confident', 'I would feel more confident'],
    ['less stressed', 'I would feel less stressed'],
    ['really proud of myself', 'I would feel really proud of myself'],
    ['grown up', 'I would feel grown up'],
    ['more independent, less worried', 'I would feel more independent, less worried'],
    ['in control', 'I would feel in control'],
  ])('"%s" is kept as "%s"', (said, kept) => {
    expect(feelingSentence(said)).toBe(kept);
  });

  it('a parent\'s answer is in the child\'s name', () => {
    expect(feelingSentence('proud of himself', 'Leo')).toBe('Leo would feel proud of himself');
  });

  it.each([
    ['proud of myself', 'he', 'Leo would feel proud of himself'],
    ['really proud of my self', 'she', 'Leo would feel really proud of herself'],
    ['more like myself', undefined, 'Leo would feel more like themselves'],
  ] as const)('a parent\'s "%s" is the child\'s feeling, never "of myself"', (said, pronoun, kept) => {
    expect(feelingSentence(said, 'Leo', pronoun)).toBe(kept);
  });

  it.each(['id feel proud', 'I would feel proud', 'less stress', 'stressed', 'I could go to town', 'a job', 'proud because i did it myself'])('"%s" is left as typed', (said) => {
    expect(feelingSentence(said)).toBeUndefined();
  });
});

describe('what it would do, as shown in the plan', () => {
  it('shows a bare feeling in a sentence, in the child\'s name when a parent answered', () => {
    expect(doesForMeShown('proud', { who: 'young_person', name: 'Kai' })).toBe('I would feel proud');
    expect(doesForMeShown('proud of myself', { who: 'parent_carer', name: 'Leo', pronoun: 'he' })).toBe('Leo would feel proud of himself');
  });

  it('leaves their own sentence as typed', () => {
    expect(doesForMeShown('I could go out with my mates', { who: 'young_person', name: 'Kai' })).toBe('I could go out with my mates');
  });
});

describe('a feeling, then more of what it would bring', () => {
  it.each([
    ['proud. and id have something to put on a cv', "I would feel proud, and I'd have something to put on a CV"],
    ['happy and proud and id have money', "I would feel happy and proud, and I'd have money"],
    ['proud n i could get a job', 'I would feel proud, and I could get a job'],
  ])('"%s" is shown as "%s"', (said, shown) => {
    expect(doesForMeShown(said, { who: 'young_person', name: 'Josh' })).toBe(shown);
  });

  it.each(['proud. and money', 'proud because i did it myself', 'I could go out with my mates'])('"%s" is shown as typed', (said) => {
    expect(doesForMeShown(said, { who: 'young_person', name: 'Josh' })).toBe(said);
  });
});
