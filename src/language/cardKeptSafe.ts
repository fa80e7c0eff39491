import { concernText } from './concernText';
import { AUNT, CARE_WORKERS, CARER, DAD, GRAN, GRANDAD, MUM } from './familyWords';

/*
 * At "what helps you with this now?" a young adult says who keeps their money safe for them: "nan keeps
 * my card sumtimes", "my support worker looks after my money". That is help they get, kept as help, never
 * the alarm. The whole message must be this and nothing more: a family member or carer from the list,
 * keeping, looking after or holding their card or money, ending with words that say it is kept for them
 * ("safe", "for me", "so i dont lose it"), or a nan, mum or gran keeping their card "sometimes". Anyone else ("he", a friend, a boyfriend), any other words ("and wont give me any
 * money", "and spends it") leave the message to be read for a worry as ever.
 */

const KEEPER = `(?:my\\s+)?(?:${GRAN}|${GRANDAD}|${MUM}|${DAD}|${AUNT}|${CARER}|${CARE_WORKERS})`;
const KEEPS = '(?:(?:always|usually|still|often)\\s+)?(?:keeps|keep|looks\\s+after|look\\s+after|holds|hold|minds|mind)';
// Only a card or money: pip, benefits and savings kept by someone else are left to be read for a worry.
const WHAT = '(?:my|me)\\s+(?:bank\\s+card|card|money|cash|purse|wallet)(?:\\s+and\\s+(?:my\\s+)?(?:bank\\s+card|card|money|cash|purse|wallet))?';
// The ending must say it is kept for them: "safe", "for me", "so i dont lose it".
const FOR_ME = '\\s+(?:safe|safe\\s+for\\s+me|for\\s+me|so\\s+i\\s+(?:dont|do\\s+not|wont)\\s+(?:lose\\s+it|spend\\s+it\\s+all))';
// "nan keeps my card sumtimes": only a nan, mum or gran, only a card, only "sometimes".
const NAN = `(?:my\\s+)?(?:${GRAN}|${MUM})`;
const SOMETIMES = `${NAN}\\s+(?:keeps|looks\\s+after|holds|minds)\\s+my\\s+(?:bank\\s+)?card\\s+(?:sometimes|sumtimes|some\\s+times)`;
const LEAD = '^\\s*(?:(?:and|also|yes|yeah|yeh|well)\\s+)?';

/** The whole message: someone from the list keeping their card or money safe for them. */
const CARD_KEPT_SAFE = new RegExp(`${LEAD}(?:${KEEPER}\\s+${KEEPS}\\s+${WHAT}(?:${FOR_ME}){1,2}|${SOMETIMES})\\s*$`);

/** Said at a help question: the whole message is a family member or carer keeping their card or money safe. */
export function tellsOfCardKeptSafe(text: string): boolean {
  return text.length <= 120 && CARD_KEPT_SAFE.test(concernText(text));
}

/** At a help question: nothing to read for a worry (an empty string) when the message is only a card kept safe by family or a carer; else the message as it was. */
export function withoutCardKeptSafe(text: string): string {
  return tellsOfCardKeptSafe(text) ? '' : text;
}
