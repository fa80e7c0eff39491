import { isAdult } from '../src/domain/lifeStage';
import type { Draft, YoungPerson } from '../src/domain/draft';
import type { Words } from './say';

/*
 * Hope questions and ideas that fit the age. A parent of a child under five hears of talking,
 * playing, eating, sleeping, the toilet and nursery; a young adult of 18 to 25 (or their parent) of
 * work, college, a home of their own, money and relationships. Other ages keep the usual words.
 * Eighteen is adult here as everywhere else (isAdult): an 18-year-old is not offered a youth club.
 */

const EARLY: Readonly<Record<string, string>> = {
  'hopes:notSure.dreamChild': 'hopes:notSure.dreamEarly',
  'hopes:notSure.themeChild': 'hopes:notSure.themeEarly',
  'hopes:theme.learningAndWork.questionChild': 'hopes:theme.learningAndWork.questionChildEarly',
  'hopes:theme.learningAndWork.questionYourChild': 'hopes:theme.learningAndWork.questionYourChildEarly',
  'hopes:theme.independentLiving.questionChild': 'hopes:theme.independentLiving.questionChildEarly',
  'hopes:theme.independentLiving.questionYourChild': 'hopes:theme.independentLiving.questionYourChildEarly',
  'hopes:theme.friendsAndCommunity.questionChild': 'hopes:theme.friendsAndCommunity.questionChildEarly',
  'hopes:theme.friendsAndCommunity.questionYourChild': 'hopes:theme.friendsAndCommunity.questionYourChildEarly',
};

const YOUNG_ADULT: Readonly<Record<string, string>> = {
  'hopes:notSure.dream': 'hopes:notSure.dreamAdult',
  'hopes:notSure.theme': 'hopes:notSure.themeAdult',
  'hopes:notSure.dreamTeen': 'hopes:notSure.dreamAdultChild',
  'hopes:notSure.themeTeen': 'hopes:notSure.themeAdultChild',
  'hopes:theme.learningAndWork.question': 'hopes:theme.learningAndWork.questionAdult',
  'hopes:theme.independentLiving.question': 'hopes:theme.independentLiving.questionAdult',
  'hopes:theme.friendsAndCommunity.question': 'hopes:theme.friendsAndCommunity.questionAdult',
  // "hopes and dreams for what?": what a hope is, with a young adult's kinds of hope (work, a home, friends, hobbies).
  'help:dream': 'help:dreamAdult',
  // "what do you mean?" at friends and community: a club, a group or a class, never a youth club.
  'help:themeFriendsAndCommunity': 'help:themeFriendsAndCommunityAdult',
  // The needs and about-me examples: work, college and a support worker, never school or "my mum".
  'help:support': 'help:supportAdult',
  'help:helps': 'help:helpsAdult',
  'needs:notSure.helps': 'needs:notSure.helpsAdult',
  'needs:helps.timeOnly': 'needs:helps.timeOnlyAdult',
};

/** "I'm not sure" at a part of life, for a young adult: ideas of that part only, never work and college at the health question. */
const ADULT_THEME_IDEAS: Readonly<Record<string, string>> = {
  learning_and_work: 'hopes:notSure.themeAdultWork',
  independent_living: 'hopes:notSure.themeAdultLiving',
  friends_and_community: 'hopes:notSure.themeAdultFriends',
  health_and_wellbeing: 'hopes:notSure.themeAdultHealth',
};

/** The young adult's ideas for the part of life asked about, where the general ones were chosen. */
export function ideasForThemeKey(key: string, theme: string | undefined): string {
  return key === 'hopes:notSure.themeAdult' && theme ? (ADULT_THEME_IDEAS[theme] ?? key) : key;
}

/** Every age twin, for the content tests: [usual key, key for this age]. */
export const AGE_TWINS: ReadonlyArray<readonly [string, string]> = [...Object.entries(EARLY), ...Object.entries(YOUNG_ADULT)];

/** Under five: before Reception ends, or under 5 when the year is not known. */
function isUnderFive(person: YoungPerson | undefined): boolean {
  if (person?.schoolYear !== undefined) return person.schoolYear <= 0;
  return person?.age !== undefined && person.age < 5;
}


/** The content key for this age, where there is one; otherwise the key as it was. */
export function ageFitKey(key: string, person: YoungPerson | undefined): string {
  return (isUnderFive(person) ? EARLY[key] : isAdult(person) ? YOUNG_ADULT[key] : undefined) ?? key;
}

/** The words for this age, where there are some; otherwise the words as they were. */
export function fitsTheAge(words: Words, draft: Draft | undefined): Words {
  return { ...words, key: ageFitKey(words.key, draft?.youngPerson) };
}
