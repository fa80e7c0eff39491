import { isEverydayWord } from './nameAnswer';
import { tagsOf } from './verbFirst';

/*
 * "take maths out of my plan", "take will out": everyday words are never read as a person's name,
 * so the plan is never rewritten around them. Names that are words too (Will, Grace, Mark, Hope)
 * are left to the usual ways of changing the plan.
 */

/** Words people say about their plan, and names that are everyday words too. */
const NEVER_A_PERSON = new Set(
  'will hope mark grace faith joy rose lily summer autumn may june april art bill pat sue rob jack page subjects subject places place maths math english science college school uni university work job jobs football sport sports music reading writing cooking bus train money phone'.split(' '),
);

/** Whether the word could be a person's name: not an everyday word, and known to the dictionary only as a name or a thing. */
export function couldBeAName(word: string): boolean {
  const plain = word.toLowerCase();
  if (NEVER_A_PERSON.has(plain) || isEverydayWord(plain)) return false;
  const asWord = tagsOf(plain);
  return asWord === undefined || (asWord.length === 1 && asWord[0] === 'NN');
}
