import { readOnce } from './recentReadings';
import { normaliseMessage } from './text';

/*
 * A question about what happens to the answers, asked anywhere in the chat: how long they are kept,
 * where, and who sees them ("how long do you keep it", "where is it kept", "does Janice see it",
 * "will my dad see it", "can bev see it but not dad", "who sees this when im done"). Each question
 * is a sentence of its own, so a hope that names a person ("my dad can see me ride my bike",
 * "I want to keep my room tidy") is left alone.
 */

export interface DataQuestion {
  /** How long, or where, the answers are kept; or whether they are deleted. */
  kept: boolean;
  /** Who sees the answers, or whether someone named sees them. */
  whoSees: boolean;
  /** Named people: one to see it and not another ("can bev see it but not dad"). */
  chooses: boolean;
  /** "i dont want school to see it": a wish about who sees it, never a no to keeping the answers. */
  notWanted: boolean;
  /** "what happens if i say no": what saying no to keeping the answers means. */
  ifNo?: boolean;
  /** Who was asked about, in their words ("the school", "my mum"), when one was named. */
  who?: string;
}

/** The answers, as people name them: "it", "this", "my answers", "what i write", "my information". */
const ANSWERS = String.raw`(?:it|this|that|them|all this|all of this|all that|everything|(?:my|the|his|her|our|your|this|mias?|[a-z]+s)\s+(?:answers?|plan|draft|goals?|outcomes?|data|info|information|details|stuff|chat|messages?|words|form)|what\s+(?:i|we)\s+(?:say|said|write|wrote|put|type|typed|tell you|told you))`;

/** One to three words naming a person, never "I" or "you". */
const PERSON = String.raw`(?!(?:i|you|u|we|it|this|that|he|she|him|her|anyone|anybody)\b)(?:(?:my|the|his|her|our|mias?|mr|mrs|ms|miss)\s+)?[a-z]+(?:\s+(?!(?:going|gonna)\b)[a-z]+)?`;

/**
 * Where answers might be sent, by name: "going to" alone is most often the future ("is it going to be
 * ok", "is this going to help"), so only a service or a person said as one is read as where it goes.
 */
const RECIPIENT = String.raw`(?:(?:my|the|his|her|our|their)\s+)?(?:social\s+(?:services|care|workers?)|children'?s\s+services|council|local\s+authority|police|school|college|nursery|senco|head\s*teacher|teachers?|key\s*worker|doctor|gp|nurse|health\s+visitor|mum|mam|mom|dad|parents?|carers?|family|nan|gran|grandparents?)`;
/** Whoever is asked about, "he" and "she" too: "can he see it", "will she read my plan". */
const ASKED_OF = String.raw`(?:he|she|${PERSON})`;

const KEPT: readonly RegExp[] = [
  // "how long do you keep it", "how long is my data kept for", "how long will it be stored"
  // "I asked you how long you keep my answers": the question reported, without its "do".
  new RegExp(String.raw`^how\s+long\s+(?:(?:do|will|would|does|can|are)\s+)?(?:you|u|they|the bot|this)\s+(?:keep|keeps|store|stores|hold|holds|save|saves|have)\s+${ANSWERS}`),
  new RegExp(String.raw`^how\s+long\s+(?:is|are|will|does|do)\s+${ANSWERS}\s+(?:be\s+)?(?:kept|stored|saved|held|stay|stays)\b`),
  // "where is it kept", "where is my information stored", "where do you keep it", "where does it all go"
  new RegExp(String.raw`^where\s+(?:is|are|will|does|do)\s+${ANSWERS}\s+(?:be\s+)?(?:kept|stored|saved|held|go|going|live|end up)\b`),
  new RegExp(String.raw`^where\s+(?:do|will|does)\s+(?:you|u|they)\s+(?:keep|store|save|put)\s+${ANSWERS}`),
  // "is it deleted after", "when is it deleted", "do you delete it when i am done"
  new RegExp(String.raw`^(?:when\s+)?(?:is|are|will|does)\s+${ANSWERS}\s+(?:ever\s+|get\s+|be\s+)?(?:deleted|wiped|removed|destroyed|thrown away)\b`),
  new RegExp(String.raw`^(?:do|will|can)\s+(?:you|u|they)\s+(?:ever\s+)?(?:delete|wipe|destroy)\s+${ANSWERS}`),
  // "why do you need to keep them", "why keep my answers", "what do you do with them", "what happens to my answers"
  new RegExp(String.raw`^why\s+(?:(?:do|would|does|will|are)\s+)?(?:(?:you|u|they|the bot|this)\s+)?(?:(?:need|want|have|got)\s+to\s+|going\s+to\s+|gonna\s+)?(?:keep|keeping|store|storing|save|saving|hold|holding)\s+${ANSWERS}`),
  new RegExp(String.raw`^what\s+(?:(?:do|will|would|does)\s+(?:you|u|they)\s+do\s+with|happens\s+to|(?:is|are)\s+(?:you|u)\s+(?:going\s+to|gonna)\s+do\s+with)\s+${ANSWERS}`),
  // "is my data safe", "are my answers private"
  /^(?:is|are)\s+(?:my|our|the|his|her)\s+(?:data|answers|information|info|details)\s+(?:kept\s+)?(?:safe|secure|private|confidential)$/,
];

const WHO_SEES: readonly RegExp[] = [
  // "does Janice see it", "will my dad see it", "can the social worker read my answers", "is bev allowed to see it"
  // "is the council going to see this"
  new RegExp(String.raw`^(?:can|could|will|would|does|do|is|are|should|shall)\s+(${ASKED_OF})\s+(?:be\s+(?:able|allowed)\s+to\s+|allowed\s+to\s+|get\s+to\s+|going\s+to\s+|gonna\s+|ever\s+)?(?:see|read|look\s+at|get|have|know\s+about)\s+${ANSWERS}\b`),
  // "who sees this when im done", "who reads my answers", "who can see what i write"
  // "is this going to social services now", "will my answers be sent to the school", "are you passing this on to his dad"
  new RegExp(String.raw`^(?:is|are|will|does|do)\s+${ANSWERS}\s+(?:be\s+|get\s+|getting\s+|being\s+)?(?:going|goin|go|gonna\s+go|sent|passed\s+on|passed|reported|given|shown)\s+to\s+(${RECIPIENT})`),
  // "is this for the council?", "are my answers for school": who the answers are meant for is who sees them.
  new RegExp(String.raw`^(?:is|are)\s+${ANSWERS}\s+(?:(?:going|meant|made|written)\s+)?(?:just\s+|only\s+)?for\s+(${RECIPIENT})`),
  new RegExp(String.raw`^(?:are|will|would|do|did)\s+(?:you|u)\s+(?:going\s+to\s+|gonna\s+)?(?:send|sending|pass|passing|report|reporting|give|giving|show|showing)\s+${ANSWERS}\s+(?:on\s+)?to\s+(${RECIPIENT})`),
  new RegExp(String.raw`^who\s+(?:else\s+)?(?:can|will|does|do|gets?\s+to|is\s+going\s+to)?\s*(?:see|sees|read|reads|look\s+at|looks\s+at|get|gets|has\s+access\s+to)\s+${ANSWERS}\b`),
];

/** "the school sees it?", "so my mum can read it?": asked as a statement, known by its question mark. */
const SEES_ASKED = new RegExp(
  String.raw`^(?:so\s+)?(${ASKED_OF})\s+(?:sees?|can\s+see|will\s+see|gets?\s+to\s+see|reads?|can\s+read|will\s+read|gets?|has|knows\s+about)\s+${ANSWERS}`,
);

/** "i dont want school to see it", "but i dont want my dad reading it": who they would not show it to. */
const NOT_WANTED = new RegExp(
  String.raw`^(?:but\s+|and\s+)?(?:i|we)\s+(?:really\s+)?(?:dont|do not|wouldnt|would not)\s+(?:really\s+)?(?:want|like)\s+(${ASKED_OF})\s+(?:to\s+(?:see|read|look\s+at|have|know\s+about)|seeing|reading)(?:\s+${ANSWERS})?`,
);

/** "what happens if i say no", "what if i dont want you to keep them": what a no means. */
const IF_NO = new RegExp(
  String.raw`^what\s+(?:happens\s+|will\s+happen\s+|would\s+happen\s+)?if\s+(?:i|we)\s+(?:say|said|press|pick|choose)\s+no\b|^what\s+(?:happens\s+)?if\s+(?:i|we)\s+(?:dont|do not|didnt)\s+(?:want\s+(?:you|u)\s+to\s+keep|agree|say\s+yes)\b|^(?:do|must)\s+i\s+have\s+to\s+(?:say\s+yes|agree|let\s+you\s+keep)\b`,
);

/** What may follow the question: "when im done", "after", "but not dad", "too". */
const TAIL = String.raw`(?:\s+(?:too|as well|also|now|then|later|after|afterwards|at the end|when (?:i|we)\s*(?:am|m|are|re)?\s*(?:done|finished)|when (?:it|this) is (?:done|finished)|for|anyway|or not|or what|then|but not\s+${PERSON}|and not\s+${PERSON}))*$`;

const whole = (re: RegExp): RegExp => new RegExp(`${re.source}${TAIL}`);
const KEPT_WHOLE = KEPT.map(whole);
const WHO_SEES_WHOLE = WHO_SEES.map(whole);
const SEES_ASKED_WHOLE = whole(SEES_ASKED);
const NOT_WANTED_WHOLE = whole(NOT_WANTED);
const CHOOSES = new RegExp(String.raw`\b(?:but|and)\s+not\s+${PERSON}$`);

const LEAD = /^(?:(?:and|but|so|ok|okay|um+|wait|also|then|please|sorry|one more thing|quick question|can i ask|i want to know|i would like to know|id like to know|i asked you|i asked|i am asking|im asking|my question is|my question was)\s+)*/;

/**
 * "You have asked me the same question again.", "I would like to know that before I say yes.": talk
 * about the chat beside the question, so the question is still read (and nothing here is a yes).
 */
const BESIDE =
  /^(?:(?:you|u)\s+(?:have\s+|ve\s+)?(?:asked|said)\s+(?:me\s+)?(?:the\s+)?same\s+(?:question|thing)(?:\s+again)?|(?:you|u)\s+(?:did not|didnt|have not|havent)\s+(?:answer|answered)(?:\s+(?:me|my question|that))?|(?:i\s+(?:would|d)\s+like|i\s+want|i\s+need)\s+to\s+know\s+(?:that|this|it)(?:\s+(?:first|before\s+i\s+(?:say|answer|agree)(?:\s+(?:yes|no))?))?|please\s+(?:answer|tell\s+me)(?:\s+(?:first|that))?|(?:that|this)\s+(?:first|before\s+i\s+(?:say|answer|agree)(?:\s+(?:yes|no))?))$/;

const piecesOf = (text: string): { plain: string; asked: boolean }[] =>
  text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => ({ plain: normaliseMessage(s).replace(LEAD, '').trim(), asked: /\?\s*$/.test(s.trim()) }))
    .filter((s) => s.plain);

/** The person asked about, from the bot's side: "my mum" is "your mum". */
const inTheirTerms = (who: string): string | undefined => (/^(?:he|she|who|it|they)$/.test(who) ? undefined : who.replace(/^(?:my|our)\s+/, 'your '));

/**
 * What a message asks about the answers being kept or seen; null when it asks neither, or when a
 * sentence beside the question says something else (an answer is never lost behind a question).
 */
export const readDataQuestion = readOnce(readDataQuestionAfresh);
function readDataQuestionAfresh(text: string): DataQuestion | null {
  if (text.length > 300) return null;
  const pieces = piecesOf(text);
  if (pieces.length === 0) return null;
  const sentences = pieces.map((p) => p.plain);
  const read = pieces.map(({ plain: s, asked }) => {
    const notWanted = NOT_WANTED_WHOLE.exec(s);
    const seen = (asked ? SEES_ASKED_WHOLE.exec(s) : null) ?? notWanted ?? WHO_SEES_WHOLE.map((re) => re.exec(s)).find(Boolean);
    const ifNo = IF_NO.test(s);
    return { kept: KEPT_WHOLE.some((re) => re.test(s)) || ifNo, whoSees: Boolean(seen), chooses: CHOOSES.test(s), notWanted: Boolean(notWanted), who: seen?.[1], ifNo };
  });
  // "can karen see it. and my dad": a person named beside a question about who sees it is part of it.
  const alsoNamed = (s: string) => /^(?:and\s+)?(?:my|his|her)\s+[a-z]+(?:\s+too)?$/.test(s);
  if (!read.every((r, i) => r.kept || r.whoSees || (BESIDE.test(sentences[i]!) && read.some((o) => o.kept || o.whoSees)) || (alsoNamed(sentences[i]!) && read.some((o) => o.whoSees)))) return null;
  const who = read.map((r) => (r.who ? inTheirTerms(r.who) : undefined)).find(Boolean);
  const ifNo = read.some((r) => r.ifNo);
  return { kept: read.some((r) => r.kept && !r.ifNo), whoSees: read.some((r) => r.whoSees), chooses: read.some((r) => r.whoSees && r.chooses), notWanted: read.some((r) => r.notWanted), ...(who ? { who } : {}), ...(ifNo ? { ifNo } : {}) };
}
