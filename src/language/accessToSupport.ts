import { isSupportOnly } from './support';
import { foldCase } from './text';

/*
 * Being able to reach help, wished for: "to be able to ring my key worker when I'm stuck", "be able
 * to go to the calm room when it gets too much", "to use a reading pen in tests". Getting to the help
 * is the arrangement asked for, so it is provision. What they would do with it ("use his tablet to
 * order a drink", "go to the chess club every week") names their own step: the help must be all
 * that is named, besides when or where.
 */
const REACH =
  /^(?:(?:i|he|she|they|we)\s+(?:really\s+|just\s+)?(?:want|wants|need|needs|would\s+like|'d\s+like)\s+(?:(?:him|her|them)\s+)?)?(?:for\s+(?:him|her|them|me)\s+)?(?:(?:to\s+)?(?:be\s+(?:able|allowed)\s+to)|to)\s+(?:use|ring|phone|call|text|message|email|go\s+(?:in)?to|access|see|have\s+access\s+to|get\s+to)\s+(.+)$/i;

/** What the help is used for or when: said after it, it leaves the help the point. */
const WHEN_OR_WHERE = /\s+(?:when(?:ever)?|if|in|at|during|for|while|on|before|after|so)\s+.*$|[,.;!?].*$/i;

/** A count or how often ("every week", "on my own"): a step of theirs, not the help. */
const THEIR_MEASURE = /\b(?:\d+|once|twice|every|each|daily|weekly|on\s+(?:my|his|her|their)\s+own|by\s+(?:my|him|her|them)sel(?:f|ves)|without)\b/i;

/** What they will do with it ("to order a drink", "and talk to someone"); "speech to text" is a thing. */
const DOES_WITH_IT = /\s(?:to|and|then)\s+(?!text\b)[a-z]+/i;

/** A club, team or class is somewhere they go and take part: their step, not the help. */
const TAKES_PART = /\b(?:clubs?|teams?|class(?:es)?|societ(?:y|ies))\b/i;

export function wantsToReachSupport(said: string): boolean {
  const text = foldCase(said).replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim();
  const m = REACH.exec(text);
  if (!m || THEIR_MEASURE.test(text)) return false;
  const help = m[1]!.replace(WHEN_OR_WHERE, '').trim();
  return help.length > 0 && !DOES_WITH_IT.test(help) && !TAKES_PART.test(help) && isSupportOnly(help);
}
