import { normaliseReply, readPolarity } from './polarity';
import { knownWords } from './vocabulary';
import { plainSpeak } from './plainSpeak';
import { concernByRules, detectConcern } from './concern';

/**
 * The key worker's code, or "no code" in any words ("haven't got one", "not yet", "idk what that
 * is"). Codes are 8 letters and digits, typed in any case, with or without a dash or spaces.
 */
export type InviteAnswer = { code: string } | { code: null };

/** The letters and digits codes are made of (no look-alikes such as O and 0). */
export const CODE_ALPHABET = 'ACEFGHKMNPRTWXY34679';
const CODE_CHAR = `[${CODE_ALPHABET}]`;
/** 4 + 4 with a dash or spaces, or 8 together, standing alone. */
const SPLIT_CODE = new RegExp(`(?<![A-Z0-9])(${CODE_CHAR}{4})\\s*[-–]?\\s*(${CODE_CHAR}{4})(?![A-Z0-9])`);
/** A code typed one character at a time: "f a 9 c - k m 3 y". */
const SPACED_CODE = new RegExp(`(?<![A-Z0-9])((?:${CODE_CHAR}[\\s-]+){7}${CODE_CHAR})(?![A-Z0-9])`);
/** Any 8 letters and digits with a digit in them: a code typed wrongly is still a code to check. */
const ANY_CODE = /(?<![A-Z0-9])([A-Z0-9]{4})\s*[-–]?\s*([A-Z0-9]{4})(?![A-Z0-9])/;

const NO_CODE =
  /\b(?:no code|not got (?:one|a code|it)|havent got|have not got|havent|have not|dont have|do not have|not have|no one has|nobody has|not been given|havent been given|wasnt given|werent given|not given|has not give|hasnt give\w*|not yet|waiting|(?:is |its )?coming|on (?:its|the) way|being sent|(?:will|going to|gonna) (?:get|send|give)|expecting one|soon|later|what code|which code|wdym|wym|what do you mean|what do u mean|what is (?:a|the|that) code|what(?:s| is) that|dont know what|do not know what|idk what|dunno what|not sure what|no idea what|never got|never had|not received|lost it|forgot|cant find|dont know|dunno|idk|no idea|not sure|(?:nobody|no one|noone|no body) (?:gave|has given|have given|give|sent|told)|not that (?:i|we) know|(?:ive|weve|i have|we have|hes|shes|he has|she has) not (?:had|got|been given|received)|(?:didnt|did not|never|hasnt|has not|havent|have not) (?:get|got|receive|have|had|give|gave|send|sent)|^skip\b|(?:whats|what is|what are|who is|whos) (?:a |the |my |our )?key ?workers?|(?:dont|do not|havent|have not) (?:got |have )?(?:a |any )?key ?workers?)\b/;

/** The code in a reply, upper case without the dash ("acef-ghkm" -> "ACEFGHKM"), if there is one. */
export function findInviteCode(text: string): string | undefined {
  const upper = text.toUpperCase();
  const split = SPLIT_CODE.exec(upper);
  // Two everyday words made of code letters ("what that") are words, not a code.
  const words = knownWords();
  if (split && (/\d/.test(split[0]) || !(words.has(split[1]!.toLowerCase()) || words.has(split[2]!.toLowerCase())))) return `${split[1]}${split[2]}`;
  const spaced = SPACED_CODE.exec(upper);
  if (spaced) return spaced[1]!.replace(/[\s-]/g, '');
  const any = ANY_CODE.exec(upper);
  if (any && /\d/.test(`${any[1]}${any[2]}`)) return `${any[1]}${any[2]}`;
  return undefined;
}

export function readInvite(text: string): InviteAnswer | undefined {
  const code = findInviteCode(text);
  if (code) return { code };
  // "wot code", "wat is a code": text-speak read as the words it stands for.
  const plain = normaliseReply(plainSpeak(text));
  if (!plain) return undefined;
  if (NO_CODE.test(plain)) return { code: null };
  const { answer } = readPolarity(text);
  if (answer === 'no' || answer === 'notSure') return { code: null };
  return undefined;
}

/**
 * "im good at fixing bikes and i make people laugh", "my mates and my nan": a sentence in everyday
 * words with nothing in it that could be a code, and not talk about codes or a question. It means
 * there is no code; asking again would only lose the answer.
 */
export function clearlyNotACode(text: string): boolean {
  if (findInviteCode(text) || /\?/.test(text)) return false;
  const plain = normaliseReply(text);
  if (!plain || /\b(?:code|codes|key\s*workers?|number|link|pin)\b/.test(plain)) return false;
  // A question asked without its mark ("why do you need it"), or a hello, is no answer at all.
  if (/^(?:why|what|whats|who|whos|how|where|when|which|can|could|do|does|is|are|will|wdym|huh|hi|hey|hello|hiya|yo|sup)\b/.test(plain)) return false;
  const tokens = plain.split(' ').filter(Boolean);
  // A token with a digit, or a long run of code letters, may be a code typed wrongly: it is checked as one.
  if (tokens.length < 2 || tokens.some((t) => /\d/.test(t))) return false;
  const words = knownWords();
  const known = tokens.filter((t) => words.has(t) || /^(?:im|ive|id|dont|cant|its|lol|ye|yeah|mates?|nan|mum|dad)$/.test(t));
  return known.length >= 2 && known.length * 2 >= tokens.length;
}

/** A sentence about the code ("Nobody give me a code"). */
const CODE_TALK = /\bcodes?\b/i;

/** Longest no-code answer, in words, that is set aside whole ("no code, nobody told me about one"). */
const NO_CODE_ANSWER_WORDS = 12;

/** A short sentence that is itself "no code" ("havent got a code.", "Nobody give me a code."), with no worry in it. */
function isNoCodeAnswer(sentence: string): boolean {
  if (sentence.trim().split(/\s+/).length > NO_CODE_ANSWER_WORDS || readInvite(sentence)?.code !== null) return false;
  if (concernByRules(sentence)) return false;
  // A faint reading of the code sentence itself ("Nobody give me a code.") is the code's, not a worry.
  const concern = detectConcern(sentence);
  return !(concern.concern || concern.unclear) || (concern.faint === true && CODE_TALK.test(sentence));
}

/**
 * How the person came to the chat, said beside "no code" ("the lady from council just send me link",
 * "school emailed me the link"): the link is how they got here, never a worry. Only a sentence that
 * ends at the link (nothing said about what was in it) and that no rule reads as harm.
 */
const LINK_CAME =
  /\b(?:send|sends|sent|gave|give|gives|given|email\w*|text\w*|messag\w*|shar\w*|forward\w*|pass\w*\s+on)\s+(?:me\s+|us\s+|it\s+)?(?:\w+\s+)?(?:(?:the|a|this|that|an)\s+)?(?:link|email|text|message)(?:\s+(?:to|for)\s+(?:this|it|here|the\s+chat|this\s+chat))?\s*$/;
function isLinkCameTalk(sentence: string): boolean {
  const plain = normaliseReply(plainSpeak(sentence));
  return !!plain && plain.split(' ').length <= NO_CODE_ANSWER_WORDS && LINK_CAME.test(plain) && !concernByRules(sentence);
}

/**
 * At the code question, "No I don't have any code. Nobody give me a code.": its sentences that are
 * themselves no-code answers are the answer, never a worry; every other sentence is left to read
 * ("havent got a code. my key worker shouts at me and grabs my arm" keeps the key worker).
 */
export function withoutNoCodeTalk(text: string): string {
  if (readInvite(text)?.code !== null) return text;
  const sentences = text.split(/(?<=[.?!;])\s+|\n+/);
  return sentences
    .filter((sentence) => !isNoCodeAnswer(sentence) && !isLinkCameTalk(sentence))
    .join(' ')
    .trim();
}
