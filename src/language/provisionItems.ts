import { asksTheBot, holdBrackets, joinFragments, maskAbbreviations, supportNamed, tellsOfAWait, unmaskAbbreviations } from './provisionFragments';
import { namesHelp } from './namesHelp';
import { carriesOnHelp } from './helpGoesOn';
import { tellsHowItIsNow } from './howItIsNow';
import { howOftenAlone } from './howOften';

/*
 * The separate pieces of help in one answer, and what helps without the questions asked of the bot
 * beside it.
 */

// "nothing really, just the bus pass": "nothing really" only plays the rest down, and is no help of its own.
const NOTHING = /^(?:(?:nothing|none|no|nope|not\s+much|nothing\s+much|not\s+a\s+lot|no\s+help|not\s+really)(?:\s+(?:really|else|much|at\s+all|tbh|honestly))*|n\/a)$/i;

/**
 * "n the till with pictures on", "an a money app maybe", "and a TA": the joining word typed at the
 * start of a piece is not part of it. "an" goes only before a consonant ("an iPad" keeps its article).
 */
export function withoutLeadingAnd(part: string): string {
  return part.replace(/^(?:(?:and|nd|n|&|\+)\s+|an\s+(?=(?:a|an|the|some|my|his|her)\s|[bcdfgjklmnpqrstvwxyz]))+/i, '');
}

/**
 * "... once a fortnight and the teaching assistant uses pictures with him": after "and", someone who
 * gives help doing something starts a piece of help of its own ("signs and the pictures he likes" does not).
 */
const GIVER_DOES = String.raw`(?:the|his|her|their|a|an|our|my)\s+(?:class\s+)?(?:teaching\s+assistants?|tas?|teachers?|senco|speech(?:\s+and\s+language)?\s+therapists?|salt|occupational\s+therapists?|ot|physio(?:therapist)?s?|nurses?|key\s*workers?|support\s+workers?|staff|school|nursery|college|lsa|learning\s+support\s+assistants?|1:1|one\s+to\s+one)\s+(?:also\s+|always\s+|often\s+|sometimes\s+)?(?:uses|gives|helps|sees|comes|works|does|runs|takes|reads|sits|checks|shows|supports|visits|brings|makes|plays|practises|practices|models|prepares|writes)\b`;

/** Where one piece of help ends and the next starts (the boundary is kept, so pieces carried on can be joined back). */
const BOUNDARY = new RegExp(
  String.raw`([;,\n]|(?<=[a-z)\uE001])[.!]+\s+(?=\S)|(?<=\?)\s*(?=[^\s?])|\band also\b|\bplus\b|(?:\b(?:and|nd|n)|\s&)\s+(?=(?:a|an|some|someone|somebody|more|extra|access\s+to|(?:help|support|advice)\s+from)\s)|\band\s+(?=${GIVER_DOES}))`,
  'i',
);

/** The separate pieces of help in one answer ("a TA, a quiet room; extra time"). */
export function provisionItems(text: string): string[] {
  // "(his own, not shared)" stays whole with the help it follows.
  const { held, restore } = holdBrackets(maskAbbreviations(text));
  const parts = withHelpCarriedOn(held
    // Only real list boundaries: a new sentence, or "and" starting a new thing ("staff training and
    // a quiet place"); "signs and picture cards" and "a card i can show the teacher" stay whole.
    // A question mark stays with its piece, so "this plan? ehcp?" is read as asked.
    .split(BOUNDARY))
    .map((part) => restore(withoutLeadingAnd(part.trim())).replace(/[.!]+$/, '').trim())
    .filter((part) => part.length > 0 && !NOTHING.test(part))
    // "like school give?", "this plan? ehcp?": asked of the bot, never a piece of help.
    .filter((part) => !asksTheBot(part, namesHelp))
    .map((part) => part.replace(/\s*\?+$/, ''));
  // "someone to read with me, like a TA" and "speech therapy, 30 minutes" are one piece of help each.
  return joinFragments(parts.map(supportNamed).filter(Boolean)).map(unmaskAbbreviations);
}

/**
 * The pieces between the list boundaries (split with the boundaries kept), where a piece that only
 * carries on the help before it ("check she's understood" after "someone to sit with her") stays
 * with it in the words as typed, commas and "and" included.
 */
function withHelpCarriedOn(bits: readonly (string | undefined)[]): string[] {
  const pieces: string[] = [];
  for (let i = 0; i < bits.length; i += 2) {
    const piece = bits[i] ?? '';
    const last = pieces.length - 1;
    // "more speech therapy, he only gets seen every 3 months": why the help is needed, kept beside it.
    // A wait ("we're still waiting for the referral") stays apart, and is never kept as help.
    if (last >= 0 && pieces[last]!.trim() && tellsHowItIsNow(piece) && !tellsOfAWait(piece)) pieces[last] = `${pieces[last]!.trim()} (${piece.trim().replace(/^(?:and|but)\s+/i, '').replace(/[.!]+$/, '')})`;
    // "speech therapy every 6 weeks, we want weekly": how often it is wished for belongs to the help before it.
    else if (last >= 0 && piece.trim() && (carriesOnHelp(piece, pieces[last]!) || onlyWishesHowOften(piece))) pieces[last] = `${pieces[last]}${bits[i - 1] ?? ' '}${piece}`;
    else pieces.push(piece);
  }
  return pieces;
}

/** "we want weekly", "we'd really like it twice a week": only how often the help is wished for. */
const WISH_LEAD = /^\s*(?:(?:but|and|so)\s+)?(?:we|i)\s+(?:(?:really|would|d|'d|wd)\s+)*(?:want|like|need|would\s+like|are\s+asking\s+for|ask\s+for)\s+(?:(?:it|him|her|them|to\s+be)\s+)*/i;
function onlyWishesHowOften(piece: string): boolean {
  const rest = piece.replace(WISH_LEAD, '');
  return rest !== piece && howOftenAlone(rest.replace(/[.!]+$/, '')) !== null;
}

/** For words that are not help (a need): a piece with a question mark is kept unless it asks the bot. */
export const ASKED_ONLY = (): boolean => true;

/**
 * What helps, as typed, without the questions asked of the bot beside it ("my mum, this plan?
 * ehcp?" is "my mum"); '' when it was only questions.
 */
export function withoutQuestionsToTheBot(text: string, keeps: (piece: string) => boolean = namesHelp): string {
  const pieces = text.split(/\s*[,;]\s*|(?<=\?)\s*(?=[^\s?])/).map((p) => p.trim()).filter(Boolean);
  const kept = pieces.filter((p) => !asksTheBot(p, keeps));
  return kept.length === pieces.length ? text.trim() : kept.join(', ');
}
