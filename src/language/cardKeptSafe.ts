import { concernText } from './concernText';

/*
 * At "what helps you with this now?" a young adult says who keeps their money safe for them: "nan keeps
 * my card sumtimes", "my support worker looks after my money". That is help they get, kept as help, never
 * the alarm. The whole message must be this and nothing more: a family member or carer from the list,
 * keeping, looking after or holding their card or money, with only "sometimes", "for me" or a few safe
 * endings after it. Anyone else ("he", a friend, a boyfriend), any other words ("and wont give me any
 * money", "and spends it") leave the message to be read for a worry as ever.
 */

const KEEPER =
  '(?:my\\s+)?(?:nan|nana|nanna|gran|granny|grandma|grandad|mum|mam|mom|dad|auntie|aunt|carer|carers|key\\s*worker|support\\s+worker|social\\s+worker|foster\\s+carer|staff)';
const KEEPS = '(?:(?:always|sometimes|sumtimes|usually|still|often)\\s+)?(?:keeps|keep|looks\\s+after|look\\s+after|holds|hold|minds|mind)';
const WHAT = '(?:my|me)\\s+(?:bank\\s+card|card|money|cash|purse|wallet|savings|pip|pip\\s+money|benefits)(?:\\s+and\\s+(?:my\\s+)?(?:bank\\s+card|card|money|cash|purse|wallet|savings))?';
const WHEN =
  '(?:\\s+(?:for\\s+me|safe|safe\\s+for\\s+me|sometimes|sumtimes|some\\s+times|most\\s+of\\s+the\\s+time|at\\s+home|in\\s+(?:her|his|a)\\s+(?:drawer|purse|bag|safe)|when\\s+i\\s+(?:go\\s+out|go\\s+to\\s+(?:town|the\\s+shops|centre|the\\s+centre)|am\\s+out|m\\s+out)|so\\s+i\\s+(?:dont|do\\s+not|wont)\\s+(?:lose\\s+it|spend\\s+it\\s+all|run\\s+out)))*';

/** The whole message: someone from the list keeping their card or money safe for them. */
const CARD_KEPT_SAFE = new RegExp(`^\\s*(?:(?:and|also|yes|yeah|yeh|well)\\s+)?${KEEPER}\\s+${KEEPS}\\s+${WHAT}${WHEN}\\s*$`);

/** Said at a help question: the whole message is a family member or carer keeping their card or money safe. */
export function tellsOfCardKeptSafe(text: string): boolean {
  return text.length <= 120 && CARD_KEPT_SAFE.test(concernText(text));
}

/** At a help question: nothing to read for a worry (an empty string) when the message is only a card kept safe by family or a carer; else the message as it was. */
export function withoutCardKeptSafe(text: string): string {
  return tellsOfCardKeptSafe(text) ? '' : text;
}
