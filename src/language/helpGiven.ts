import { isBarrier } from './barrier';
import { concernByRules } from './concern';
import { readContinuation } from './continuation';
import { foldCase } from './text';

/*
 * Help someone gives, said as a sentence: "liam helps a bit", "and dad rings me", "and they no what
 * to do if i have a fit". Sent just after "what helps?" was answered, it is more of that help, not
 * another hard thing. Something hard ("people are rude", "i get lost") or no help ("nothing
 * helps", "dad doesnt help") is not.
 */

/** Someone doing something that helps: the helper first, then what they do. */
const HELP_GIVEN =
  /^(?:(?:my|his|her|the)\s+)?(?<who>[a-z']+(?:\s+[a-z']+)?)\s+(?:also\s+|always\s+|sometimes\s+|usually\s+|really\s+|normally\s+)?(?:helps?|helped|rings|calls|phones|texts|comes?\s+with|goes?\s+with|takes\s+me|shows\s+me|reminds\s+me|tells\s+me(?!\s+off)|checks\s+on|looks?\s+after|sits?\s+with|waits?\s+with|explains|(?:knows?|no)\s+what\s+to\s+do|(?:is|are)\s+(?:there|kind|nice|patient))\b/;

/** Nobody helping, or the person themself. */
const NOT_A_HELPER = /^(?:i|im|nothing|nobody|no one|noone|none|no|not|everyone|everybody|that|this|what|which|who|need|needs|want|wants|get|gets|got|has|have|had|ask|asks|can|could|will|would|should|might|may)$/;

/** Words that turn help round: "dad doesnt help", "staff never ring". */
const TURNED = /\b(?:not|never|dont|don't|doesnt|doesn't|cant|can't|wont|won't|didnt|didn't|isnt|isn't|arent|aren't|stopped)\b/;

/** Something unkind said or done: "tells me off", "texts me mean stuff", "calls me names". */
const UNKIND = /\b(?:stupid|idiot|dumb|thick|useless|shut\s+up|mean|nasty|horrible|names|rude|ugly|fat|hate|shouts?|yells?|swears?|threat\w*|slow|lazy|weird|freak|loser|go\s+away)\b/;

/** Whether the message (with or without a leading "and") says help someone gives. */
export function readsAsHelpGiven(text: string): boolean {
  const said = foldCase(readContinuation(text) ?? text).replace(/[\u2018\u2019]/g, "'").trim();
  if (!said || said.length > 160 || TURNED.test(said) || /\?\s*$/.test(said)) return false;
  const match = HELP_GIVEN.exec(said);
  const who = match?.groups?.who ?? '';
  if (!match || who.split(/\s+/).some((w) => NOT_A_HELPER.test(w))) return false;
  return !UNKIND.test(said.slice(match[0].length)) && !isBarrier(said) && !concernByRules(said);
}
