import { describe, expect, it } from 'vitest';
import { namesAJob, themeOfHope, themeOfWords } from '../../src/language';

const CONTEXT = { today: '2026-12-02', schoolYear: 12 };

/* A job named ("be a mechanic", "become a chef") is a hope about work, in every reader of a hope's theme. */
describe('jobs are work', () => {
  it.each(['be a mechanic', 'be a mechanic with my friend', 'work on cars as a mechanic', 'become a chef', 'be a hairdresser', 'i want to be an electrician', 'be a dog groomer', 'fix cars for a living', 'i want to be a video game designer', 'become a car body technician', 'be a primary school teacher'])(
    '%j is learning and work',
    (typed) => {
      expect(themeOfWords(typed)).toBe('learning_and_work');
      expect(themeOfHope(typed, CONTEXT)).toBe('learning_and_work');
    },
  );
  it.each([
    ['be a good friend', 'friends_and_community'],
    ['be a big brother', null],
    ['be better at cooking my tea', 'independent_living'],
    ['fix my bike', null],
    ['see the doctor less', 'health_and_wellbeing'],
    ['be friends with gamers', 'friends_and_community'],
    ['play video games with my friends', 'friends_and_community'],
    ['be in a band with my mates', null],
  ] as const)('leave alone: %j', (typed, theme) => expect(themeOfWords(typed)).toBe(theme));
});

/* A course or place of learning named is learning and work; getting there or living near it is independence. */
describe('courses and colleges are learning', () => {
  it.each(['hair and beauty at college', 'do a level 2 course in animal care', 'get my gcses'])('%j is learning and work', (typed) =>
    expect(themeOfHope(typed, CONTEXT)).toBe('learning_and_work'),
  );
  it.each(['get the bus to college on my own', 'live in my own flat near college'])('%j stays independent living', (typed) =>
    expect(themeOfHope(typed, CONTEXT)).toBe('independent_living'),
  );
});

/* "i want to be a video game designer", said where friends were asked about: a job of two words before its name is still a job. */
describe('a job named with two words before it', () => {
  it.each(['i want to be a video game designer', 'be a primary school teacher', 'become a car body technician'])('%j names a job', (typed) => expect(namesAJob(typed)).toBe(true));
  it.each(['be friends with gamers', 'be nice to my friends', 'be in the same class as my mates', 'play video games with my friends', 'be with people who like games'])(
    '%j names none',
    (typed) => expect(namesAJob(typed)).toBe(false),
  );
});
