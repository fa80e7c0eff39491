import { clearedConcernText } from './concernRuleMatch';

/*
 * Money or things that came from "the lads" or older ones ("i got a bit saved from the lads in town", "the older boys
 * sorted me out with cash"). Said after a note about being used, it is more of that worry: added to the note with a
 * short word, never kept as what helps, never a second "Are you OK?". Before any note it means little on its own.
 */
const THEM =
  '(?:(?:the|some|these|those|them|my|his)\\s+)?(?:older\\s+(?:lads|boys|ones|guys|men|kids)|olders|big\\s+(?:lads|boys)|lads|boys\\s+(?:from|off|in)\\s+(?:the\\s+)?(?:town|estate|ends|block|flats)|guys\\s+(?:from|off|in)\\s+(?:the\\s+)?(?:town|estate|ends|block|flats))';
const MONEY = '(?:money|cash|a\\s+bit|bit|a\\s+few\\s+quid|quid|\\d+|savings|saved|stuff|trainers|a\\s+phone|weed)';
const FROM_THEM = new RegExp(`\\b${MONEY}\\b[^~]{0,25}?\\b(?:from|off|of)\\s+${THEM}\\b|\\b${THEM}\\s+(?:\\w+\\s+){0,2}?(?:give|gives|gave|giving|pay|pays|paid|sort|sorts|sorted|bung|bungs|bunged|buy|buys|bought)\\s+(?:me|us)\\s+(?:out\\s+)?(?:with\\s+)?${MONEY}\\b`);
/** Lads who are family or a school team ("my brothers lads football"), never a sign. */
const ORDINARY = /\b(?:football|team|club|school|college|work|job|mum|dad|nan|gran|birthday|christmas)\b/;

export function tellsOfMoneyFromOlderOnes(text: string): boolean {
  const said = clearedConcernText(text);
  return said.length <= 400 && FROM_THEM.test(said) && !ORDINARY.test(said);
}
