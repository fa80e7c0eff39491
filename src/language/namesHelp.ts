import { SUPPORT_WORD, cleanSupportText as clean } from './supportWords';
import { onlySaysUnsure } from './unsure';

/*
 * Whether a piece of an answer to "what would help?" names help (a person, lessons, a thing to use,
 * time, a place) or what the help would bring, a comment, or a count.
 */

/**
 * What something does for a person or makes possible, never help given: a feeling, a love of something, a next step,
 * a goal ("have a best frend", "make new friends"); "a friend to sit with" is still help.
 */
const NOT_HELP =
  /\b(?:love\s+(?:of|for)|confiden(?:ce|t)|happ(?:y|ier|iness)|proud|pride|independen(?:ce|t)|self[\s-]?(?:esteem|belief)|calm(?:er)?|brave(?:r)?|fun|enjoy(?:ment)?|friendships?|apprenticeship|job|career|qualifications?|gcses?|grades?|freedom|a\s+future|a\s+better\s+life|best\s+fr(?:ie|e|ei)nds?|(?:make|making|get|getting|have|having)\s+(?:(?:a|some|more|new|lots\s+of)\s+)*fr(?:ie|e|ei)nds?\b(?!\s+(?:to|who|that|with|for)\b))\b/i;
/** Comments said among the help: about it ("this is not enough"), to the bot ("your turn"), or a bare count. */
const COMMENT =
  /^(?:(?:this|that|it|which)\s*(?:is|was|'s|s|isn'?t|wasn'?t|are|were)\b.*|(?:your|ur)\s+turn|(?:ok|okay|yes|yeah|no|nope|thanks?|thank\s+you|ty|lol|please|pls|idk|dunno|not\s+sure|that'?s\s+(?:it|all))|(?:not\s+)?(?:enough|too\s+(?:much|little))|\d+\s*(?:or|to|-)\s*\d+\s+(?:children|kids|people|pupils|students|of\s+them))$/i;
/** "i could get an apprenticeship", "she'd be happier": what would follow, said as a sentence. */
// "hed", "she'll" join their pronoun; a name or word before "could" or "will" stands apart ("small group" is no "sma'll").
const WHAT_FOLLOWS = /^(?:(?:then|so|and|maybe|i\s+think)\s+)*(?:(?:i|he|she|they|we|it)\s*(?:'d|d|'ll|ll)|(?:i|he|she|they|we|it|[a-z]+)\s+(?:could|can|will|would|might))\s+(?!need|have\s+(?:a|an|some|more|extra)\s)/i;

/**
 * Asked what help is needed, whether a piece of the answer is help (a person, lessons, a thing to
 * use, time, a place) rather than what it would bring ("a love of books", "confidence", "i could
 * get an apprenticeship"), which is kept as what it makes possible, never as provision.
 */
/** "time to calm down", "extra time to settle": time given to them is help, whatever it is for. */
const TIME_GIVEN = /^(?:(?:more|extra|some|a\s+bit\s+of)\s+)?time\s+(?:to|for)\s+(?:calm|settle|think|process|answer|rest|cool|breathe|regulate|relax|reset|get\s+ready|catch\s+up)\b/;

export function namesHelp(text: string): boolean {
  const lower = clean(text);
  if (!lower) return false;
  if (WHAT_FOLLOWS.test(lower) && !/^(?:i|he|she|they|we)\s+(?:would|will|'d|d)\s+(?:need|want|like)\b/.test(lower)) return false;
  if (NOT_HELP.test(lower) && !SUPPORT_WORD.test(lower) && !TIME_GIVEN.test(lower)) return false;
  // "this is not enough", "your turn", "2 or 3 children": comments on the help, not help of their own.
  return !COMMENT.test(lower) && !onlySaysUnsure(lower);
}
