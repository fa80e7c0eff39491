import { foldCase } from './text';

/*
 * "and maths?? no nothing else" at "anything else that makes it hard?": one more thing, then the
 * end of the list. The finishing words are never kept, and the list is not asked about again.
 */

/** "no nothing else", "thats it", "and thats all", "nothing more really": the end of a list, said last. */
const ENDER =
  /(?:^|[\s,.;:!?]+)(?:(?:and|but|so)\s+)?(?:(?:no|nah|nope|na)[\s,.!]+)?(?:nothing\s+(?:else|more)|(?:that'?s|that\s+is|thats)\s+(?:it|all|everything|all\s+i\s+can\s+think\s+of)|no\s+more|(?:there'?s|theres)\s+nothing\s+else|(?:i\s+)?(?:cant|can'?t|cannot)\s+think\s+of\s+(?:anything|any)\s+(?:else|more))(?:\s+(?:really|tbh|thanks|thank\s+you|for\s+now|i\s+think))*[\s.!]*$/i;

/** "and", "also", "plus", "oh and" before one more thing: the joining, not the thing. */
const JOIN = /^(?:(?:oh|um+|erm+|and|also|plus|n)\s+)+/i;

/** "ah right thanks", "ok cheers": only thanks or a nod, before the finishing words. */
const THANKS_ONLY = /^(?:(?:ah+|oh+|right|ok|okay|cool|great|lovely|brilliant|fair\s+enough|i\s+see|got\s+it|thanks|thank\s+you|ta|cheers)[\s,.!]*)+$/i;

export interface ListEnd {
  /** The answer without the finishing words ('' when it was only them). */
  rest: string;
  /** The person said the list is finished. */
  ended: boolean;
}

/** The answer and whether it ends the list. A short thing named ("maths??") loses its joining word and question marks. */
export function endOfList(text: string): ListEnd {
  const said = text.trim().replace(/[\u2018\u2019]/g, "'");
  const ender = ENDER.exec(said);
  if (!ender) return { rest: said, ended: false };
  let rest = said.slice(0, ender.index).trim().replace(/[\s,;:-]+$/, '');
  const joined = JOIN.exec(rest);
  if (joined) rest = rest.slice(joined[0].length);
  // "maths??": a thing named, unsure, is still named; the marks are not words.
  if (rest.split(/\s+/).length <= 3) rest = rest.replace(/[?!.]+$/, '').replace(/\s+(?:too|as\s+well|aswell)$/i, '');
  // "ah right thanks. no nothing else": thanks for what was said back is no thing named.
  if (THANKS_ONLY.test(rest)) rest = '';
  return { rest: foldCase(rest).replace(/[^a-z0-9]/g, '') ? rest.trim() : '', ended: true };
}
