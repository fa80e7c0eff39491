import { normaliseMessage } from './text';

/*
 * "kayley lives in a difrent house. i cant go on my own at nite": not yet going somewhere alone (at
 * night, in the dark, on the bus) is a hard thing for the plan, about independence. The classifier
 * alone reads "on my own at night" as neglect; with nobody else in it and no fear or harm named, it is
 * never a reason to ask "Are you OK?".
 */

/** "i cant go on my own at night", "he cant get the bus by himself", "not allowed out alone yet". */
const CANT_GO_ALONE =
  /\b(?:i|he|she|they|im|hes|shes)\s+(?:cant|cannot|can\s+not|(?:am|is|are|m|s)?\s*not\s+allowed\s+to|isnt\s+allowed\s+to|dont|doesnt|wont|(?:am|is|are|m|s)?\s*not\s+able\s+to)\s+(?:yet\s+)?(?:go|get|travel|walk|come|be|stay|see\s+(?:her|him|them))\b(?:\s+\w+){0,4}?\s+(?:on\s+(?:my|his|her|their)\s+own|by\s+(?:my|him|her|them)sel(?:f|ves)|alone)\b(?:\s+(?:at\s+night|in\s+the\s+dark|after\s+dark|yet|in\s+the\s+evening))?/;

/** Anyone else acting, fear, or harm beside it: then it is read as before. */
const MORE_THAN_A_NEED =
  /\b(?:he|she|they|him|them|man|men|someone|somebody|people|boys|lads|scared|afraid|frightened|terrified|follow\w*|waits?|waiting|hurt\w*|hit\w*|touch\w*|attack\w*|grab\w*|chas\w*|unsafe|not\s+safe|locked|lock\w*|kick\w*|shout\w*|drunk|die|dead|kill\w*|left|leaves|hungry|nobody|no\s+one|head|thoughts?|voices?|bad\s+things|dark\s+things|panic\w*|sad|cry\w*|myself|worse)\b/;

/** A hard thing about not yet going somewhere alone, with nobody else in it and no fear or harm. */
export function tellsOfNotGoingAlone(text: string): boolean {
  const said = normaliseMessage(text);
  if (!said || said.length > 300 || !CANT_GO_ALONE.test(said)) return false;
  return !MORE_THAN_A_NEED.test(said.replace(CANT_GO_ALONE, ' '));
}
