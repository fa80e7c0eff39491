import { normaliseKeepingQuestionMarks, sentencesCutAtSpacesOf } from './text';

/*
 * Where new words for an outcome are wanted, a message that only asks or complains is no wording:
 * "why does it say i hate forms?", "thats not what i meant", "wait do what? i havent said what the
 * step is yet". Stored, it would become the outcome. A sentence in the outcome's voice ("Leo will
 * ...", "I will ...") makes the message a wording again.
 */

const QUESTION_START = /^(?:why|where\s+(?:is|did|has|are|s|do)|what\s+(?:do|does|did|is|are|s|was|about)|whats|how\s+(?:do|does|did|can|could|come|is|are|would|will)|huh|eh|wdym|wym|do\s+(?:you|u|i)|does\s+(?:it|that)|did\s+(?:you|u|i)|is\s+(?:it|that|this)|are\s+(?:you|u)|can\s+(?:you|u)|wait\s+(?:what|do\s+what|why|how))\b/;
const COMPLAINT =
  /^(?:(?:no+|nah|ugh+|omg|lol|wait|hang\s+on|um+|but|and|so)\s+)*(?:(?:that|thats|that\s+is|it|its|it\s+is|this|this\s+is|you|u|youve|you\s+have|ive|i\s+have|i|i\s+still)\s+)?(?:(?:is|s|are|still|all|just|really|totally|completely|got\s+it|put\s+it|have|havent|haven't|didnt|didn't|did\s+not|not)\s+)*(?:wrong|rong|all\s+wrong|muddled|mixed\s+up|messed\s+up|not\s+(?:right|it|what\s+i\s+(?:said|meant|asked|typed|wanted))|what\s+i\s+(?:said|meant)|nonsense|rubbish|confusing|weird|(?:doesnt|doesn't|does\s+not)\s+make\s+(?:any\s+)?sense|(?:said|told\s+you|answered)\s+(?:that|it|this|what)\b.*|said\s+what\s+the\s+step\s+is\b.*|listening|understand(?:ing)?)\b.*$/;
/** "It is not the same.", "Yours does not say the quiet room.": the rewording shown is missing something. */
const MISSING =
  /^(?:(?:no+|nah|but|and|so|um+)\s+)*(?:(?:(?:it|its|it\s+is|that|thats|that\s+is|this|this\s+is|they|theyre|they\s+are)\s+)?(?:not|isnt|arent)\s+(?:the\s+)?same(?:\s+(?:thing|at\s+all|as\s+(?:what|before|mine|i|it|that)\b.*))?$|(?:yours|your\s+one|your\s+words|it|that|this|you|u|the\s+(?:goal|outcome|one|words|sentence))\s+(?:does\s+not|doesnt|dont|do\s+not|didnt|did\s+not|never)\s+(?:say|says|have|has|include|put|mention)\b|(?:you|u)\s+(?:left|missed)\s+(?:out\s+)?\w+|(?:you|u)\s+forgot\b)/;
const NOISE = /^(?:no+|nah|nope|ugh+|omg|lol|argh+|hmm+|um+|wait|what)$/;
const VOICE = /\b(?:will|would\s+like\s+to|want\s+to\s+be\s+able)\b/;


/**
 * True when every sentence asks or complains, and none says what they will do. `byWordsOnly`: a
 * question mark alone is not enough ("go swimming?" is an unsure answer where a step is asked).
 */
export function isNotAWording(text: string, options: { byWordsOnly?: boolean } = {}): boolean {
  const sentences = sentencesCutAtSpacesOf(text, '…').map(normaliseKeepingQuestionMarks).filter((s) => /\p{L}/u.test(s));
  // "no!!", "ugh" beside a complaint say nothing of their own.
  const said = sentences.filter((s) => !NOISE.test(s));
  if (said.length === 0) return false;
  return said.every((s) => !VOICE.test(s) && ((!options.byWordsOnly && /\?\s*$/.test(s)) || QUESTION_START.test(s.replace(/\?/g, '').trim()) || COMPLAINT.test(s.replace(/\?/g, '').trim()) || MISSING.test(s.replace(/\?/g, '').trim())));
}
