import { provisionItems } from './provisionItems';
import { isAWayOfBeing } from './wayOfBeing';
import { normaliseMessage } from './text';

/*
 * Said where help is asked for, what the help would bring: "no nappies at school so she can go to
 * the same school", "she'd be able to join in", "less crisps". None of it is help someone gives;
 * "less homework", "smaller groups", "a TA so she can join in" are, and are read as help elsewhere.
 */

/** "so she can go to the same school", "so that he could join in": what it makes possible. */
const SO_SHE_CAN = /\bso\s+(?:that\s+)?(?:she|he|they|i|we|you|[a-z]+)\s+(?:can|could|will|would|is|isnt|doesnt|dont|does|gets?\s+to|has|wont|will\s+not|can\s+go)\b/;

/** "she'd be happier", "he would be able to join in", "shell feel better": how the child would be. */
const SHE_WOULD_BE = /^(?:(?:and|then|so|well|i\s+think|maybe|probably)\s+)*(?:she|he|they|i|we)\s*(?:d|would|will|ll|could)\s+(?:be|feel|get\s+to|have|go|make|join|fit|stay|manage|cope)\b|^(?:shed|hed|theyd|shell|hell|theyll)\s+(?:be|feel|get\s+to|have|go|make|join|fit|stay|manage|cope)\b/;

/** Goals rather than help: "no nappies at school", "less crisps", "less screen time". */
const A_GOAL =
  /^(?:(?:to\s+be|be|being)\s+)?(?:no|no\s+more|out\s+of|not\s+in|without|dry\s+without|off)\s+(?:nappies|nappy|pull[\s-]?ups?)\b|^(?:a\s+lot\s+)?(?:less|fewer|no\s+more|cut\s+down\s+on|cutting\s+down\s+on)\s+(?:crisps|sweets|chocolate|sugar|sugary\s+\w+|fizzy\s+drinks?|junk\s+food|takeaways?|screen\s*time|screens|gaming|time\s+on\s+(?:his|her|their|my|the)\s+\w+)\b/;

/** What an item says before "so she can": the thing asked for, if any. */
const headOf = (item: string): string => {
  const found = SO_SHE_CAN.exec(item);
  return (found ? item.slice(0, found.index) : item).trim();
};

/** True when an answer to "what help would they need?" says only what the help would bring. */
export function bringsNotHelp(text: string): boolean {
  const said = normaliseMessage(text);
  if (!said) return false;
  if (SHE_WOULD_BE.test(said)) return true;
  const items = provisionItems(said);
  if (items.length === 0) return false;
  return items.every((item) => {
    const head = headOf(item);
    return head === '' || A_GOAL.test(head) || isAWayOfBeing(head);
  });
}
