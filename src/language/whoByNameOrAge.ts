import { parseAgeOrYear, type AgeOrYear } from './ageOrYear';
import { isEverydayWord, readName } from './nameAnswer';

/*
 * At "Who is chatting with me today?" a young person often types their name ("finn"), their age
 * ("12") or their school year ("year 7"). Only the young person answers that way: a parent names
 * themselves by their role. So a short message that is only a name, an age under 26 or a school
 * year means "me, about myself"; a name is checked first, as a word may not be one.
 */

/** Words typed alone that are never a first name here: roles, fillers, people in general. */
const NOT_A_NAME_HERE = new Set(
  'nobody somebody someone anyone everyone student pupil learner boy girl kid child lad lass human person people user guest sir miss teacher ta nan gran grandma grandad brother sister friend mate bro sis chatting typing test testing both us myself yourself robot bot family huh eh lol lmao haha hmm umm erm idk dunno bye ok okay hi hey hello yo sup'.split(' '),
);
/** Words about another person: the age is theirs, not the writer's. */
const SOMEONE_ELSE = /\b(?:he|she|they|hes|shes|he's|she's|he’s|she’s|theyre|they're|his|her|their|son|daughter|child|kid)\b/i;
/** Only a few words: "12", "year 7", "im in yr 7", "15 years old". */
const MOST_WORDS = 4;
const OLDEST = 25;

export interface WhoByNameOrAge {
  /** A name to check with the young person ("Are you Finn, chatting about yourself?"). */
  name?: string;
  age?: AgeOrYear;
}

/** "finn", "12", "year 7": the young person, with their name or age; undefined for anything else. */
export function readWhoByNameOrAge(text: string): WhoByNameOrAge | undefined {
  const plain = text.trim().replace(/[.!?]+$/, '');
  // "hes 6", "my son": someone else's age, said by the adult chatting.
  if (SOMEONE_ELSE.test(plain)) return undefined;
  const words = plain.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > MOST_WORDS) return undefined;
  const age = parseAgeOrYear(plain);
  if (age.schoolYear !== undefined) return { age: { schoolYear: age.schoolYear, ...(age.age !== undefined ? { age: age.age } : {}) } };
  if (age.age !== undefined) return age.age > 0 && age.age <= OLDEST ? { age: { age: age.age } } : undefined;
  // A name typed alone: one word of letters, that the name reader takes as a name.
  if (words.length !== 1 || !/^\p{L}[\p{L}'’-]+$/u.test(plain)) return undefined;
  if (NOT_A_NAME_HERE.has(plain.toLowerCase()) || isEverydayWord(plain)) return undefined;
  const name = readName(plain)?.name;
  return name ? { name } : undefined;
}
