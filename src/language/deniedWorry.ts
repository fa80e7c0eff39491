import { concernByRules } from './concern';
import { concernText } from './concernText';
import { DENIED_HARM } from './concernIdioms';

/** Taking back what was heard as a worry: "i didnt mean that", "thats not what i meant", "no i meant...", "you got it wrong". */
const TAKEN_BACK =
  /\b(?:i\s+)?(?:didnt|did\s+not|dont|do\s+not)\s+mean\s+(?:that|it|it\s+like\s+that|that\s+way|bullying|like\s+that)\b|\bnot\s+what\s+i\s+(?:meant|mean|said)\b|\b(?:you|u)\s+(?:got|get|read|took|take)\s+(?:it|that|me)\s+(?:wrong|the\s+wrong\s+way)\b|\b(?:you|u)\s+misunderstood\b|\b(?:false\s+alarm|mix\s+up|mixup|misunderstanding)\b|^\s*(?:(?:no|nah|ugh|oh)\s+)*i\s+meant\b/;
/** Words beside it that say they are not safe after all. */
const NOT_SAFE = /\b(?:not\s+safe|(?:dont|do\s+not)\s+feel\s+safe|not\s+really|unsafe|scared|afraid|frightened|terrified|help\s+me|not\s+ok|not\s+okay|danger)\b/;

/**
 * A reply that says the worry was misheard: harm denied ("ugh no im not being bullied", "nobody
 * hurts me") or taken back ("i didnt mean that"), with nothing beside it that the rules read as
 * harm, nor fear. At a safety question it is a "yes, I'm safe", never a "no" and never a new disclosure.
 */
export function deniesTheWorry(text: string): boolean {
  const said = concernText(text);
  if (!said || NOT_SAFE.test(said)) return false;
  if (!DENIED_HARM.test(said) && !TAKEN_BACK.test(said)) return false;
  return !concernByRules(text);
}

/** A parent's "nobody is hurting her", "its just toddler stuff", "normal for his age": the child is well, and what was told is the child's age. */
export const CHILD_UNHARMED_SOURCE =
  String.raw`\b(?:nobody|no\s+one|noone|no\s+body)\s+(?:is\s+|s\s+|ever\s+)?(?:hurting|hurts|hurt|hitting|hits|harming|harms|touching|touches|bullying|bullies)\s+(?:him|her|them)\b|\bjust\s+(?:toddler|baby|little\s+kid|kid|kids|normal|nursery|age|her\s+age|his\s+age)\s+(?:stuff|things|thing|behaviour|behavior)\b|\bnormal\s+for\s+(?:his|her|their|a\s+child\s+of\s+(?:his|her|their))\s+age\b|\b(?:all|most)\s+(?:toddlers|kids|children|little\s+ones)\s+do\s+(?:it|that|this)\b|\bwhat\s+(?:toddlers|little\s+ones|kids\s+(?:her|his)\s+age)\s+do\b`;
const CHILD_UNHARMED = new RegExp(CHILD_UNHARMED_SOURCE);

/** "nobody hurts her except her uncle" names one. */
const BUT_ONE = /\b(?:except|apart\s+from|other\s+than|besides|only\s+(?:her|his|their|my))\b/;

/** A parent at the gentle check saying the child is well and nobody harms them, with nothing beside it that reads as harm or fear. */
export function saysTheChildIsUnharmed(text: string): boolean {
  const said = concernText(text);
  return Boolean(said) && CHILD_UNHARMED.test(said) && !NOT_SAFE.test(said) && !BUT_ONE.test(said) && !concernByRules(text);
}

/** "it was a joke", "i was only joking", "jk", "just messing": what they told was not meant. */
const JOKING =
  /\b(?:it\s+was|it\s+s|its|that\s+was|thats|was|i\s+was|im|i\s+m|only|just)\s+(?:only\s+|just\s+)?(?:a\s+)?(?:joke|joking|jokin|kidding|kiddin|messing(?:\s+about|\s+around)?|having\s+a\s+laugh|winding\s+(?:you|u)\s+up)\b|\bjk\b|\blol\s+jk\b/;

/** "they think its a joke", "its a joke to them": others laughing it off is no taking back. */
const OTHERS_JOKE = /\b(?:they|he|she|everyone|people)\s+(?:think|thinks|thought|say|says|said|call|calls)\b|\bjoke\s+(?:to|for)\s+(?:them|him|her|everyone)\b|\bas\s+a\s+joke\b/;

/** "I'm OK, it was a false alarm": an answer to "are you safe?", which the check reads as one. */
const SAYS_SAFE = /\b(?:im|i\s+am|i\s+m|i\s+feel|feel)\s+(?:(?:totally|completely|perfectly|really|fully)\s+)?(?:ok|okay|fine|safe|alright|all\s+right|good)\b/;

/**
 * Taking back a worry told moments ago ("i didnt mean that, it was a joke"), with nothing beside it
 * that reads as harm or fear. It never removes the note: a lead still reads it, with these words.
 */
export function takesTheWorryBack(text: string): boolean {
  const said = concernText(text);
  if (!said || NOT_SAFE.test(said) || SAYS_SAFE.test(said)) return false;
  if (!TAKEN_BACK.test(said) && !(JOKING.test(said) && !OTHERS_JOKE.test(said))) return false;
  return !concernByRules(text);
}
