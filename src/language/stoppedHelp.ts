import { normaliseMessage } from './text';

/*
 * "i had a tutor in year 9 but it stopped", "she used to have a TA but they left": at "What
 * already helps?", help that used to work and has stopped. It is not help had now: it is kept as
 * help wished for again ("It would help to have a tutor again").
 */

/** "i had", "he used to have", "we got": the help as it was. */
const HAD = String.raw`(?:i|he|she|they|we)\s+(?:used\s+to\s+(?:have|get|see)|had|got|did\s+have)`;
/** When it was: "in year 9", "at primary", "last year", "before", "for a bit". */
const WHEN = String.raw`(?:\s+(?:in\s+year\s+\d+|in\s+(?:primary|juniors|infants)|at\s+(?:primary|my\s+old\s+school|(?:his|her|their)\s+old\s+school)|last\s+(?:year|term)|(?:a\s+)?(?:year|few\s+years|while)\s+ago|before|for\s+a\s+(?:bit|while)|once))*`;
/** "but it stopped", "but they left", "but it ended", "but not any more". */
const STOPPED = String.raw`[\s,]+(?:but|and|then)\s+(?:(?:it|that|they|she|he|the\s+\w+)\s+(?:(?:has|have|got)\s+)?(?:stopped|ended|finished|left|moved\s+on|went|was\s+stopped|got\s+stopped|got\s+cut|was\s+cut)|not\s+(?:any\s*more|now|anymore)|(?:i|he|she|they|we)\s+(?:dont|do\s+not|doesnt|does\s+not)\s+(?:now|any\s*more|anymore))`;
const STOPPED_HELP = new RegExp(String.raw`^(?:(?:well|but|um+|erm|tbh|honestly|actually)\s+)*${HAD}\s+((?:a|an|some|the|my|his|her|their)\s+[a-z0-9 ]{2,60}?)${WHEN}${STOPPED}\b`);

/** Help that used to work and stopped, as a wish to have it again; undefined when the words say no such thing. */
export function stoppedHelpWish(text: string): string | undefined {
  const said = normaliseMessage(text);
  const m = STOPPED_HELP.exec(said);
  if (!m) return undefined;
  // "my tutor" is "a tutor" again; "the" and "some" stay as said.
  const named = m[1]!.trim();
  // As typed where it can be found ("a TA", not "a ta").
  const at = text.toLowerCase().indexOf(named);
  const typed = at >= 0 ? text.slice(at, at + named.length) : named;
  const thing = typed.replace(/^(?:my|his|her|their)\s+/i, 'a ');
  return `It would help to have ${thing} again`;
}
