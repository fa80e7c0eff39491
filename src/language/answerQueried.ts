import { normaliseMessage } from './text';

/*
 * Questions about the safeguarding answer itself, asked by someone who reads words literally:
 * "Why Samaritans?", "What does worrying mean", "what is not my fault?". Each gets a short, true,
 * literal answer. "why did you give me samaritans number i dont want to kill myself" is such a
 * question with a plain denial beside it: the WHOLE message, from its first word to its last, is
 * read from an allow-list (the question, then at most the denial), so it is never a new disclosure.
 * Anything more ("... anymore but i did last week", "... but sometimes i do") is read as ever.
 */

/** Which part of the answer is asked about: the help lines, the word "worrying", or what is not their fault. */
export type AnswerQuery = 'numbers' | 'worrying' | 'notMyFault';

export interface AnswerQueried {
  asks: AnswerQuery;
  /** The whole message is the question, with at most a plain denial of wanting to die beside it. */
  whole: boolean;
  /** "i dont want to kill myself" said beside the question. */
  denies: boolean;
}

const OPENER = String.raw`(?:(?:so|but|and|wait|um+|erm+|ok|okay|hmm+|hey|sorry)\s+)*`;
const YOU = String.raw`(?:you|u|ya)`;
const LINES = String.raw`(?:samaritans|samaritan|childline|child\s+line|shout|999|nspcc)`;
const NUMBER = String.raw`(?:(?:phone\s+)?(?:number|numbers|no|nos|line|lines|thing|stuff))`;

const NUMBERS = [
  // "why did you give me samaritans number", "why did u send me those numbers"
  String.raw`why\s+(?:did|do|have|would)\s+${YOU}\s+(?:give|gave|given|send|sent|tell|told|show|showed|put)\s+me\s+(?:the\s+|those\s+|these\s+|that\s+|all\s+(?:the|those|these)\s+)?(?:${LINES}(?:\s+${NUMBER})?|${NUMBER})`,
  // "Why Samaritans?", "why childline"
  String.raw`why\s+(?:the\s+)?${LINES}(?:\s+${NUMBER})?`,
  // "why is everyone telling me to call childline", "why do you keep telling me to ring them"
  String.raw`why\s+(?:is|are|does|do|did)\s+(?:every\s*one|every\s*body|${YOU}|people|they|all\s+of\s+you)\s+(?:keep\s+|keeps\s+)?(?:telling|tell|asking|ask|saying|say)\s+(?:me\s+)?(?:to\s+)?(?:call|ring|text|phone|talk\s+to)\s+(?:${LINES}|them|someone|somebody|those\s+${NUMBER})`,
  // "what is samaritans", "what are those numbers for"
  String.raw`what\s+(?:is|are|r)\s+(?:the\s+|those\s+|these\s+)?(?:${LINES}|${NUMBER})(?:\s+for)?`,
].join('|');

// "What does worrying mean", "whats worrying", "what do you mean by worrying"
const WORRYING = String.raw`what\s+(?:does|do|is|s)\s+(?:the\s+word\s+)?(?:worrying|worry|worried|a\s+worry)(?:\s+mean|\s+means)?|what\s+do\s+${YOU}\s+mean\s+(?:by\s+)?(?:worrying|worry|something\s+worrying)|whats\s+(?:worrying|a\s+worry)(?:\s+mean)?|what\s+is\s+worrying\s+about\s+(?:it|that)`;

// "what is not my fault?", "what isnt my fault", "what do you mean its not my fault"
const NOT_MY_FAULT = String.raw`what\s+(?:is\s+not|isnt|is\s+it\s+that\s+is\s+not|s\s+not)\s+my\s+fault|whats\s+not\s+my\s+fault|what\s+do\s+${YOU}\s+mean\s+(?:by\s+)?(?:its\s+|it\s+is\s+)?not\s+my\s+fault|why\s+(?:is\s+it|its|it\s+is)\s+not\s+my\s+fault`;

/** A plain denial of wanting to die, to end the message: nothing after it but "tho", "lol" or "?". */
const DENIAL = String.raw`(?:(?:cos|coz|because|cause|cuz|bc|and|i\s+mean)\s+)?(?:i\s+(?:dont|do\s+not|dnt|don)\s+(?:want|wanna|wana)\s+(?:to\s+)?(?:kill\s+myself|die|hurt\s+myself|end\s+my\s+life)|im\s+not\s+(?:suicidal|going\s+to\s+kill\s+myself|gonna\s+kill\s+myself)|i\s+am\s+not\s+suicidal|i\s+never\s+said\s+i\s+(?:wanted|want)\s+to\s+(?:die|kill\s+myself))`;
const END = String.raw`(?:\s+(?:tho|though|lol|ok|okay))?\s*$`;

const QUERY = new RegExp(String.raw`^\s*${OPENER}(?:(${NUMBERS})|(${WORRYING})|(${NOT_MY_FAULT}))\b`);
const DENIAL_ONLY = new RegExp(String.raw`^\s*${DENIAL}${END}`);
const NOTHING_MORE = new RegExp(String.raw`^(?:\s+(?:for|then|for\s+then|anyway|tho|though|lol|ok|okay|exactly|mean))*\s*$`);
/** Words that turn a denial back into a disclosure: past, "anymore", "sometimes", "but". */
const UNDONE = /\b(?:anymore|any\s+more|no\s+more|now|did|used\s+to|last|sometimes|but|still|yet|again|really|think)\b/;

/**
 * The question about the safeguarding answer this message opens with, if any: `whole` when the
 * message is only that question (and perhaps a plain denial), so it may be set aside as no disclosure.
 */
export function readAnswerQueried(text: string): AnswerQueried | null {
  if (text.length > 300) return null;
  const said = normaliseMessage(text);
  const found = QUERY.exec(said);
  if (!found) return null;
  const asks: AnswerQuery = found[1] ? 'numbers' : found[2] ? 'worrying' : 'notMyFault';
  const rest = said.slice(found[0].length);
  if (NOTHING_MORE.test(rest)) return { asks, whole: true, denies: false };
  // The denial must end the message and carry nothing that undoes it ("... anymore but i did last week").
  const denies = DENIAL_ONLY.test(rest) && !UNDONE.test(rest);
  return { asks, whole: denies, denies };
}
