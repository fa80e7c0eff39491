/*
 * "dunno. nothing at school anyway", "idk nothing really", "not much tbh": the person cannot think of
 * anything to say, said in a few words. At a question about what is good in their life this is never
 * kept as the answer: it is met kindly with ideas.
 */

const PIECE =
  /^(?:(?:i\s+|im\s+|i\s+am\s+)?(?:dunno|dont\s+know|do\s+not\s+know|idk|no\s+idea|not\s+sure)(?:\s+what\s+(?:other\s+)?(?:people|others|they|anyone|my\s+friends)\s+(?:think|say)(?:\s+(?:of|about)\s+me)?)?|(?:nobody|no\s*one|no\s+body)\s+(?:really\s+|ever\s+)?(?:admires|likes|rates)\s+me|(?:(?:there\s+is|theres|i\s+have|ive\s+got|i\s+got)\s+)?(?:nothing|none|not\s+much|not\s+a\s+lot|no\s*thing|nuffin|nothin|nowt|zero|nada)(?:\s+(?:at|in|about|from|for)\s+(?:school|college|home|work|nursery|class|me|him|her|them|all))?|(?:i\s+)?(?:cant|cannot|can\s+not)\s+think\s+of\s+(?:anything|any|much|owt)|(?:im|i\s+am)\s+(?:really\s+|just\s+)?(?:not\s+(?:very\s+)?good|no\s+good|rubbish|useless|bad)\s+at\s+(?:anything|everything|this|these|nothing)|(?:there\s+is|theres)\s+nothing\s+(?:im|i\s+am)\s+good\s+at)(?:\s+(?:really|anyway|anyways|tbh|lol|honestly|sorry|i\s+guess|i\s+think|to\s+be\s+honest|at\s+all|tho|though|x))*$/;

/*
 * "People don't really tell me that", "nobody's ever asked me", "I've never thought about it": why
 * they don't know. Beside a "don't know" it adds nothing to keep.
 */
const REASON =
  /^(?:(?:people|nobody|no\s*one|noone|they|anyone|anybody|teachers|others)\s+(?:(?:dont|do\s+not|doesnt|never|have\s+never|havent|hasnt|ever|really|usually|often|much|ever\s+really)\s+)*(?:tell|tells|told|say|says|said|ask|asks|asked)(?:\s+(?:me|it|that|so|this|about\s+it|about\s+that))*|i\s+(?:dont|do\s+not|never)\s+(?:really\s+)?ask\s+(?:people|anyone|anybody|them|others|my\s+friends)(?:\s+(?:that|this|about\s+it|about\s+that|about\s+me))?|(?:i\s+)?(?:(?:have|ive)\s+)?never\s+(?:really\s+)?(?:thought|been\s+asked|been\s+told)(?:\s+(?:about\s+)?(?:it|that|this))?|(?:its|it\s+is)\s+hard\s+to\s+say|(?:you(?:d|ll|\s+would|\s+will)?\s+(?:have|need)\s+to\s+)?ask\s+(?:them|other\s+people|others|my\s+friends|someone\s+else))(?:\s+(?:really|tbh|lol|honestly|much|before|at\s+all))*$/;

const UNSURE_PIECE = /^(?:i\s+)?(?:dunno|dont\s+know|do\s+not\s+know|idk|no\s+idea|not\s+sure|(?:cant|cannot|can\s+not)\s+think\s+of\s+(?:anything|any|much|owt))\b/;

/** Whether every part of the message only says "don't know" or "nothing" (with, at most, why). */
export function saysNothingToSay(text: string): boolean {
  const pieces = piecesOf(text);
  return pieces.some((p) => PIECE.test(p)) && pieces.every((p) => PIECE.test(p) || REASON.test(p));
}

/** "I don't know. People don't really tell me that.": not sure, and why, with nothing else. */
export function unsureWithWhy(text: string): boolean {
  const pieces = piecesOf(text);
  return saysNothingToSay(text) && pieces.some((p) => UNSURE_PIECE.test(p)) && pieces.some((p) => REASON.test(p) && !PIECE.test(p));
}

function piecesOf(text: string): string[] {
  if (text.length > 120) return [];
  return text
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .split(/\s*[.!?,;]+\s*|\s+(?:but|and|so)\s+/)
    .map((p) => p.replace(/[^a-z\s]+/g, ' ').replace(/\s+/g, ' ').trim())
    // "sorry i dont know", "soz": an apology beside it adds nothing to keep.
    .map((p) => p.replace(/^(?:(?:im\s+|i\s+am\s+)?(?:so\s+|really\s+)?(?:sorry|soz|sry)\s*)+/, '').trim())
    // "dunno nobody admires me lol": two thoughts typed without a full stop between them.
    .flatMap((p) => p.split(/^((?:i\s+)?(?:dunno|idk|dont\s+know|no\s+idea))\s+(?=(?:nobody|no\s*one|no\s+body)\b)/))
    .filter(Boolean);
}

/** "sorry im not good at this", "im rubbish at these": the questions are hard for them; no answer in it. */
const NOT_GOOD_AT_THIS = /^(?:(?:im|i\s+am)\s+(?:really\s+|just\s+)?(?:not\s+(?:very\s+)?good|no\s+good|rubbish|useless|bad|terrible|crap)\s+at\s+(?:this|these|th(?:is|ese)\s+questions|questions(?:\s+like\s+(?:this|these))?|answering(?:\s+(?:this|these|questions))?)|(?:this|it)\s+is\s+(?:too\s+|really\s+|so\s+)?hard)(?:\s+(?:really|tbh|lol|honestly|sorry|soz))*$/;

/** Whether the message only says the questions are hard for them ("sorry im not good at this"), apology and all. */
export function notGoodAtThis(text: string): boolean {
  const pieces = piecesOf(text);
  return pieces.some((p) => NOT_GOOD_AT_THIS.test(p)) && pieces.every((p) => NOT_GOOD_AT_THIS.test(p) || PIECE.test(p) || REASON.test(p));
}
