import { saysHardThing } from './hardThing';
import { hopeWords } from './hopeWords';

/*
 * How things are now, said where a hope was asked for: "I am well. I go swimming", "he's happy at
 * the moment", "I work at a cafe". Good to hear, but not a hope: nothing in it looks ahead. A wish
 * or a future anywhere in a sentence ("I go swimming and want to swim for my county"), a hard thing
 * ("I go to school but it's hard"), or "not" makes it something else.
 */

const WHO = String.raw`(?:i|he|she|they|we|my\s+(?:son|daughter|child|boy|girl))`;
/**
 * "I am well", "I'm fine thanks", "he is happy at the moment", "were fine", "all good".
 */
const FEELING = new RegExp(
  String.raw`^(?:(?:i|he|she|they|we|my\s+(?:son|daughter|child))\s*(?:am|'m|m|is|'s|s|are|'re)|im|hes|shes|theyre|were|we\s+re|all)\s+(?:(?:very|really|quite|pretty|so|all|doing|feeling|keeping)\s+)*(?:well|fine|good|ok|okay|alright|all\s+right|happy|great|grand|not\s+bad|settled|content)(?:\s+(?:thanks|thank\s+you|ta|at\s+the\s+moment|at\s+the\s+minute|now|right\s+now|today|mostly|most\s+of\s+the\s+time|at\s+(?:school|home|college|nursery)))*$`,
  'i',
);
/**
 * "I go swimming", "he goes to cubs every week", "I play football on Saturdays", "I work at a cafe".
 * "he play with other children" (no -s after he or she) is how a parent with little English says a
 * wish, so only "he plays" is a fact of now.
 */
const ADVERB = String.raw`(?:(?:already|usually|often|sometimes|also|still|currently|now)\s+)?`;
const NOT_A_FACT_AFTER = String.raw`\s+(?!(?:yes|yeah|yep|not|no|nothing|want|wish|hope|like|love|think|know|need|struggle|find)\b)\w`;
const DOING = new RegExp(
  String.raw`^(?:(?:i|they|we)\s+${ADVERB}(?:go|play|swim|attend|work|live|ride|do)|(?:he|she|my\s+(?:son|daughter|child|boy|girl))\s+${ADVERB}(?:goes|plays|swims|attends|works|lives|rides|does))${NOT_A_FACT_AFTER}`,
  'i',
);
/** Anything that looks ahead or wishes: never a fact of now. */
const AHEAD =
  /\b(?:want|wants|wanna|wanted|would|'d|id|like\s+to|love\s+to|hope|hopes|hoping|wish|wishes|dream|dreams|goal|one\s+day|some\s*day|future|when\s+(?:i|he|she|they)\s+(?:grow|am|is|are|get|leave)|could|will|'ll|be\s+able|plan|plans|planning|going\s+to|gonna|aim|more|better|again|start|learn|become|get\s+to)\b/i;
/** "not", "but" and words of trouble: more than a plain fact. */
const NOT = /\b(?:not|n't|nt|never|no\s+longer|cant|cannot|dont|doesnt|isnt|wont|but|though|hard|difficult|struggl\w*|scared|worried|anxious|upset|only|sometimes)\b/i;

/** The sentences of a message and their parts joined by "and"/"but" with their own subject. */
function piecesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+|;\s*|[.!?]+$/)
    .flatMap((sentence) => sentence.split(new RegExp(String.raw`\s*,\s*(?:and\s+|but\s+)?(?=${WHO}\s)|\s+(?:and|but|&|n)\s+(?=${WHO}\s)`, 'i')))
    .map((piece) => hopeWords(piece).replace(/[\s.!,]+$/, '').trim())
    .filter((piece) => /\p{L}/u.test(piece));
}

function isNowFact(piece: string): boolean {
  const said = piece.replace(/[\u2018\u2019]/g, "'");
  if (AHEAD.test(said) || saysHardThing(said)) return false;
  if (NOT.test(said.replace(/^.*?\bnot\s+bad\b/i, ''))) return false;
  return FEELING.test(said) || DOING.test(said);
}

/** A yes or no typed a beat late, before how things are: "yes were fine", "no we're fine". */
const LATE_YES_NO = /^(?:yes|yeah|yep|yh|ye|no|nah|nope)[\s,.!]+(?=\p{L})/iu;

/** "yes were fine" where a hope was asked for: how things are now, without the yes or no before it. */
export function withoutLateYesNo(text: string): string {
  return text.trim().replace(LATE_YES_NO, '');
}

/** The message only tells how things are now ("I am well. I go swimming"): no hope, no hard thing. */
export function saysHowThingsAreNow(text: string): boolean {
  const pieces = piecesOf(text);
  return pieces.length > 0 && pieces.length <= 4 && pieces.every(isNowFact);
}

/**
 * A hard thing said beside how things are now ("I am well. I go swimming. I find reading hard"):
 * the hard thing alone, so it is kept as one; undefined when the message is anything else.
 */
export function hardThingBesideNow(text: string): string | undefined {
  const pieces = piecesOf(text);
  const now = pieces.filter(isNowFact);
  const rest = pieces.filter((piece) => !isNowFact(piece));
  if (now.length === 0 || rest.length === 0) return undefined;
  const hard = rest.join('. ');
  return saysHardThing(hard) ? hard : undefined;
}
