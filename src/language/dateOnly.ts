import type { Timeframe } from '../domain/draft';
import type { CoachContext } from './coaching';
import { findTimeframeTolerant } from './timeframeTolerant';
import { withoutPointingTail } from './timeBesideRemark';

/*
 * At the read-back, "words ok but date - I think this year, summer 2027. not year 5" changes the
 * date only: the words stay, and the new time (in their words) leads the sentence. A time said
 * with "not" ("not year 5") is the one they turn down, never the new date. Anything else beside the
 * time must be talk about the words or the date, else the message is new wording (read as before).
 */

const MAX_CHARS = 300;

/** Talk beside the new date: the words are fine, it is the date, a hedge. */
const ABOUT_IT =
  /^(?:(?:yes|yeah|ok|okay|no|nope|but|and|so|just|only|please|pls|plz|pleas|plse|thanks|thank\s+you|thx|ty|ta|cheers|lol|i think|i mean|maybe|probably|actually|sorry|hmm+|um+)\s*)*(?:(?:the\s+)?(?:words?|text|sentence|rest|outcome|goal|it|that|everything else)(?:\s+(?:is|are|s|its|look|looks))?\s+(?:ok|okay|fine|good|right|correct|alright|all right|perfect|great|the same|same|stays?(?:\s+the\s+same)?)|(?:(?:change|fix|correct)\s+)?(?:only\s+|just\s+)?(?:the\s+)?(?:date|time|when|deadline|year)(?:\s+(?:bit|part))?(?:\s+(?:is|was))?(?:\s+(?:wrong|no|not|not ok|not right|no good|bad|too (?:far|late|soon|early)|different|please|pls|change|to change|should be|must be|need(?:s)? (?:to )?change))*(?:\s+(?:to|is|be))?)?$/i;

/** "change.", "change it please": the asking, said as a piece of its own before the new date. */
const BARE_CHANGE = /^(?:(?:yes|yeah|ok|okay|no|nope|but|so|please|pls)\s+)*(?:change|chang|edit|fix|correct)(?:\s+(?:it|that|this|please|pls))*$/i;

/** "its ok", "thats fine apart from the date": the rest is agreed. */
const AGREED = /^(?:(?:yes|yeah|ok|okay|but|and|so)\s+)*(?:its|it's|thats|that's|that\s+is|it\s+is)\s+(?:all\s+)?(?:ok|okay|fine|good|right|correct|alright|all\s+right|great)$/i;

/**
 * "that sounds werid", "it reads a bit odd", "doesnt sound like me": a comment on how the
 * read-back sounds. Beside a new time, the time is the change; the comment is never content.
 */
const ON_THE_WORDING =
  /^(?:(?:hmm+|um+|erm|lol|ugh|ok|okay|well|but|and|so|yeah|yes|no|nah|idk)\s+)*(?:(?:that|it|this|thats|that\s*s|its|it\s*s|the\s+(?:sentence|words?|wording|outcome))\s+)?(?:(?:is|s|sounds?|looks?|reads?|seems?|feels?)\s+)?(?:(?:a\s+bit|abit|bit|kinda|kind\s+of|sort\s+of|really|so|well|dead|proper|very)\s+)*(?:weird|werid|wierd|weerd|odd|strange|funny|off|wrong|bad|rubbish|cringe|awkward|stupid|silly|confusing|long)(?:\s+(?:lol|tho|though))?$|^(?:(?:that|it|this)\s+)?(?:doesnt|doesn\s*t|does\s+not|dont|don\s*t)\s+(?:sound|look|read)\s+(?:right|good|ok|okay|like\s+me)$/i;

/** A time turned down: "not year 5", "no not in a year". */
const TURNED_DOWN = /^(?:no[,\s]+)?(?:not|isnt|is not|never|nt)\b/i;

/** "easter is too soon", "a year is too long": the time said is the one turned down. */
const TOO_SOON_OR_LATE = /\b(?:is|are|s|its|it's|feels?|seems?)?\s*(?:too|to|a\s+bit|way)\s+(?:soon|early|quick|fast|late|far(?:\s+away)?|long)\b/i;

/** Words that say the message is about the date: "make it july", "change it to", "instead". */
const ABOUT_THE_DATE =
  /\b(?:date|time|when|deadline|words?\s+(?:is\s+|are\s+)?(?:ok|okay|fine|good|right|the\s+same|same)|rest\s+(?:is\s+|are\s+)?(?:ok|okay|fine|good|right|the\s+same|same)|make\s+it|change\s+it\s+to|instead|rather|too\s+(?:soon|early|quick|fast|late|far|long))\b/i;

const SAID_BEFORE = /^(?:(?:but|and|no)\s+)*(?:i|we)\s+(?:said|meant|mean|wanted|put|typed|wrote|asked\s+for)\s+/i;

function piecesOf(text: string): string[] {
  return text
    .slice(0, MAX_CHARS)
    // "i said BEFORE july not in july": the time turned down is a piece of its own.
    .split(/[.;!?\n…]+|,\s*|\s*[:–—]+\s*|\s+-+\s*|\s+but\s+|\s+(?=not\s)/i)
    // "i said", "i meant" only point back at what they typed before; a word in capitals ("BEFORE") is said louder, not spelled so.
    .map((p) => p.trim().replace(/\b[A-Z]{2,}\b/g, (word) => word.toLowerCase()).replace(SAID_BEFORE, ''))
    .filter((p) => /[a-z0-9]/i.test(p));
}

/** "6 months", "a year", "2 yrs": a length of time with nothing before it. */
const BARE_SPAN = /^\s*(?:about\s+|around\s+)?(?:\d+|a|an|one|two|three|four|five|six|nine|eighteen|a\s+couple\s+of|a\s+few)\s*(?:weeks?|wks?|months?|mths?|years?|yrs?)\b/i;

/** The word a bare time is read after: "6 months" is "in 6 months" (never "by 6 months"); "summer" is "by summer". */
export function leadForBareTime(text: string): 'in' | 'by' {
  return BARE_SPAN.test(text) ? 'in' : 'by';
}

/** The time a piece says, read as typed or after "by" ("summer 2027" as "by summer 2027"). */
export function timeInPiece(piece: string, context: CoachContext): Timeframe | null {
  return findTimeframeTolerant(piece, context) ?? findTimeframeTolerant(`${leadForBareTime(piece)} ${piece}`, context);
}

/** Words beside a time that still say nothing about the step: "please", "instead", "is better". */
const BESIDE_A_TIME = /\b(?:by|in|at|on|the|of|end|make|it|change|to|instead|rather|please|pls|plz|pleas|plse|thanks|thank\s+you|thx|ty|ta|cheers|lol|is|its|better|ok|okay|fine|then|maybe|i|think|would|be|good|more|like|so|yes|yeah|no|not|(?:my|his|her|their)\s+(?:next\s+)?(?:birthday|bday))\b/gi;
/** "by his birthday in april": the birthday names the time, so it is kept in the phrase. */
const BIRTHDAY_NAMED = /^(?:by|before|for|on)\s+(?:my|his|her|their)\s+(?:next\s+)?(?:birthday|bday)\s+in\s+[a-z]+$/i;

/** The piece says more than its time (a step in new words), so it is not a change of date only. */
function saysMoreThanTheTime(piece: string, time: Timeframe): boolean {
  const lower = piece.toLowerCase();
  const phrase = time.phrase.toLowerCase();
  const bare = phrase.replace(/^(?:by|in|before|until)\s+/, '');
  const rest = (lower.includes(phrase) ? lower.replace(phrase, ' ') : lower.replace(bare, ' ')).replace(BESIDE_A_TIME, ' ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return rest.split(/\s+/).filter(Boolean).length >= 2;
}

/** "make it", "can it say", "it should say": asking for the time that follows. */
const ASKS_IT_TO_SAY = /^(?:(?:please|pls|so|and|but|yes|yeah|ok|okay)\s+)*(?:(?:can|could)\s+(?:it|you|u|we)\s+(?:please\s+)?(?:say|put|make\s+it(?:\s+say)?|change\s+it\s+to)|(?:it\s+)?(?:should|needs?\s+to)\s+say|make\s+it(?:\s+say)?|change\s+it\s+to|rather|instead)\s+/i;

/** "plz", "thanks": manners said as a piece of their own. */
const POLITE = /^(?:please|pls|plz|pleas|plse|thanks|thank\s+you|thx|ty|ta|cheers|lol)(?:\s+(?:please|pls|plz|thanks|lol|x+))*$/i;

/** "nearly", "almost right", "not quite": the read-back is close, and the change said beside it is all. */
const NEARLY = /^(?:(?:yes|yeah|ok|okay|but|and|so|its|it's|thats|that's)\s+)*(?:nearly|almost|not\s+quite|close|so\s+close)(?:\s+(?:right|there|it))?$/i;

/** The new date when the message changes only the date; null otherwise. */
export function dateOnlyChange(text: string, context: CoachContext): Timeframe | null {
  if (text.length > MAX_CHARS) return null;
  const pieces = piecesOf(text);
  const read = pieces.map((piece) => {
    // "not year 5", "not 6 months": the time turned down; a short "not ..." is taken the same way.
    const down = (TURNED_DOWN.test(piece) && piece.split(/\s+/).length <= 5) || TOO_SOON_OR_LATE.test(piece);
    const said = down ? piece.replace(TURNED_DOWN, '').replace(TOO_SOON_OR_LATE, '').trim() : withoutPointingTail(piece.replace(ASKS_IT_TO_SAY, ''));
    const found = timeInPiece(said, context);
    const time = found && BIRTHDAY_NAMED.test(said) ? { ...found, phrase: said } : found;
    return { piece, time, down, wording: time !== null && saysMoreThanTheTime(said, time) };
  });
  // "i will cook pasta ... by the end of year 11 instead of ...": a time inside new words is new wording.
  if (read.some((r) => r.wording)) return null;
  const wanted = read.filter((r) => r.time && !r.down);
  if (wanted.length === 0) return null;
  // Everything beside the times is talk about the words or the date; a step in new words is not.
  const comment = read.some((r) => !r.time && ON_THE_WORDING.test(r.piece));
  if (read.some((r) => !r.time && !r.down && !ABOUT_IT.test(r.piece) && !AGREED.test(r.piece) && !NEARLY.test(r.piece) && !ON_THE_WORDING.test(r.piece) && !BARE_CHANGE.test(r.piece))) return null;
  // Only a time, with nothing saying it is the date: that is for the read-back's own reading.
  // "october half term in year 7 plz", "easter 2027": a time said alone at the read-back is no new words, so it is the date.
  const timeAlone = read.every((r) => r.time || POLITE.test(r.piece));
  const saysDate = ABOUT_THE_DATE.test(text) || read.some((r) => ASKS_IT_TO_SAY.test(r.piece)) || comment || read.some((r) => r.down) || timeAlone;
  if (!saysDate) return null;
  // "this year, summer 2027": the most exact time said (one with a year or a month) is the date.
  const exact = wanted.filter((r) => /\b(?:20\d\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|autumn|winter|christmas|easter)/i.test(r.piece));
  return (exact.at(-1) ?? wanted.at(-1))!.time;
}

/** "change the date", "I want only change the date, rest is same": the date to change, with no new date said. */
const DATE_TO_CHANGE =
  /^(?:(?:i|we)\s+(?:want|would\s+like|wanna|need)\s+(?:to\s+)?|can\s+(?:you|u|we|i)\s+|please\s+|pls\s+|just\s+|only\s+)*(?:only\s+|just\s+)?(?:change|fix|correct|move|different)\s+(?:only\s+|just\s+)?(?:the\s+)?(?:date|time|when|deadline)\b|^(?:the\s+)?(?:date|time|deadline)\s+(?:is\s+)?(?:wrong|not\s+right|no\s+good|needs?\s+(?:to\s+)?chang\w*)\b/i;

/** The message asks to change the date without saying the new one (anything else in it is talk about the words). */
export function asksForANewDate(text: string, context: CoachContext): boolean {
  if (text.length > MAX_CHARS) return false;
  const pieces = piecesOf(text);
  if (!pieces.some((p) => DATE_TO_CHANGE.test(p))) return false;
  return pieces.every((p) => DATE_TO_CHANGE.test(p) || (ABOUT_IT.test(p) && !timeInPiece(p, context)));
}
