import { isSupportOnly } from './support';
import { SUPPORT_HEAD } from './supportWords';
import { foldCase } from './text';

/*
 * A step said with the help that comes with it, where the help is what the answer brings: "go to
 * coding club with a helper", "get better at reading with a TA every morning". Going somewhere, or
 * getting better at something, names no difference yet; the helper is provision, and the coaching
 * asks what it would make possible. A step that does something there ("go in and hang up her coat
 * with her key worker", "go to the gym with my support worker at first and then on my own") is kept.
 */

/** "go to coding club", "he will go on school trips", "attend youth club": only going there. */
const ONLY_GOES =
  /^(?:(?:i|he|she|they|we)\s*(?:will|'ll|can|could|would|'d)\s+)?(?:(?:be\s+able\s+to|start(?:\s+to)?|try\s+to)\s+)?(?:(?:go|going|come|attend)\s+(?:to\s+|on\s+|into\s+)?|get\s+(?:to|into)\s+)(?:[a-z0-9'-]+\s*){1,4}$/;
/** Someone there to help: a person, not a thing ("with my laptop" is how they do it). */
const PERSON_HELP = new RegExp(`^(?:with\\s+)?(?:a|an|my|his|her|their|the|some|extra)?\\s*(?:[a-z0-9:'-]+\\s+)?(?:${SUPPORT_HEAD})\\b`, 'i');
const NOT_A_PERSON = /\b(?:lap\s*tops?|computers?|ipads?|tablets?|apps?|devices?|equipment|friends?|mates?)\b/;
/** "with new people", "with her speech": who they meet, or their own skill, is no help given. */
const NOT_HELP = /\b(?:people|everyone|everybody|others|kids|children)\b|^(?:my|his|her|their)\s+(?:speech|talking|reading|writing|spelling|maths|english|words|language)$/;

/** The rest of the step only goes somewhere, and the help is someone going too; or the rest is vague. */
export function helpIsThePoint(rest: string, support: string, restIsVague: boolean): boolean {
  const said = foldCase(rest).replace(/[.!?]+$/, '').trim();
  const help = foldCase(support).trim();
  if (NOT_HELP.test(help)) return false;
  if (!PERSON_HELP.test(help) && !/\b(?:tutoring|tuition|1:1|one\s+to\s+one|lessons?)\b/.test(help)) return false;
  // "my job coach and answer the questions myself": the help carries more of the step, so it is kept.
  if (!help.split(/\s+and\s+/).every((piece) => isSupportOnly(piece)) || /\b(?:at\s+first|then|on\s+(?:my|his|her|their)\s+own)\b/.test(help)) return false;
  // "get on well with the teachers", "be more open with people": how they get on with others, not help.
  if (/\b(?:get(?:ting)?\s+on|open|friends?|mix|talk|chat|play|date)\b/.test(said)) return false;
  if (restIsVague) return true;
  return ONLY_GOES.test(said) && !NOT_A_PERSON.test(help) && !/\b(?:and|then|on\s+(?:my|his|her|their)\s+own|by\s+(?:my|him|her)sel\w+)\b/.test(said);
}
