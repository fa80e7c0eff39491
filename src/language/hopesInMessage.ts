import { reasonOfOthersDoing } from './reasonBesideHope';
import { saysHowThingsAreNow } from './howThingsAreNow';
import { withoutAnnouncement } from './hopeAnnounced';
import { withoutRemarks } from './hopeRemarks';
import { withoutJokes } from './jokeMarks';
import { carersOwnWorry, onlyCarersOwnYears, worryThenWish } from './carerOwnYears';
import { aboutMeAnswer, funnyStoryIn } from './aboutMeChatter';
import { splitHopes, startsAHope } from './splitHopes';
import { toldParts } from './toldHopes';
import { countedApart } from './hopeLeadIn';
import { thoughtAboutIt } from './thoughtAboutIt';
import { ONLY_A_TIME, onlyTimesBesideHope } from './hopeTime';
import { namesAWantedThing } from './thingNamed';
import { themeOfWords } from './thread';
import { hopeWords } from './hopeWords';
import { HOPE_WORDING, saysAHope } from './hopeWording';
import { listedHopes } from './numberedHopes';
import { withJobAlternativesApart } from './jobAlternatives';

/*
 * The hopes in one typed message, in the person's own words without the chatter around them.
 * "umm ok so I want a cafe job. and live with Jay. and get the train on my own lol" is three hopes;
 * a parent's paragraph is cut into its sentences that say a hope ("I also want him to make friends
 * because he is lonely"), and a sentence that only tells about the child ("he is 12 and has
 * autism") stays with the hope beside it. "sorry for long message", "umm", "idk", "lol" are not kept.
 */

const depthOf = (piece: string): number => (piece.match(/\(/g)?.length ?? 0) - (piece.match(/\)/g)?.length ?? 0);

/** "(which is a good thing and a bad thing! And scary)": a sentence end inside brackets ends no sentence. */
function withBracketsWhole(pieces: readonly string[]): string[] {
  const kept: string[] = [];
  let open = 0;
  for (const piece of pieces) {
    if (open > 0 && kept.length > 0) kept[kept.length - 1] = `${kept[kept.length - 1]} ${piece}`;
    else kept.push(piece);
    open = Math.max(0, open + depthOf(piece));
  }
  return kept;
}

/** "like fix cars", "as in look after animals", "i mean help in a nursery": a sentence saying what the one before means. */
const EXPLAINS = /^\s*(?:(?:so|and|n)\s+)?(?:like|as\s+in|i\s+mean|you\s+know\s+like|basically|e\.?g\.?|for\s+example)[\s,:-]+/i;

/**
 * "maybe", "perhaps" leading a later sentence: how sure they are about that part, said as part of the hope.
 * Before a time ("Maybe when he is big boy") it only softens when, and the time joins the hope without it.
 */
const DOUBT_LEAD = /^(?:maybe|perhaps|possibly|probably)\b(?=\s+\p{L})(?!\s+(?:when|by|after|before|in|one\s+day|some\s*day|next|this|at)\b)/iu;

/** "tattoo artist maybe??", "a vet perhaps.": a hope with a "maybe" said after it. */
const TRAILING_MAYBE = /\p{L}{2,}\s+(?:maybe|perhaps|possibly)(?:\s+(?:idk|lol|tbh))*[\s.!?]*$/iu;

/** The sentences of a message, each without its chatter; lines and full stops end a sentence. */
function sentencesOf(text: string): string[] {
  const kept: string[] = [];
  const pieces = withBracketsWhole(text.split(/(?<=[.!?])\s+|\n+|;\s*/))
    // "my dog ate my sock yesterday haha" beside a hope: the funny story is not part of it.
    .filter((s) => !funnyStoryIn(text, s));
  for (const [at, piece] of pieces.entries()) {
    const bare = hopeWords(piece);
    if (!bare) continue;
    // "nothing really. maybe music": the shrug before a hope is no part of it.
    if (kept.length === 0 && at < pieces.length - 1 && NOTHING_REALLY.test(piece)) continue;
    // "i want to work with animals. maybe a vet nurse.": after the first sentence, "maybe" is part of what they
    // said about the hope, so it stays; a hope of its own loses it again when its words are tidied at the end.
    const doubt = kept.length > 0 || (at > 0 && NOTHING_REALLY.test(pieces[0]!)) ? DOUBT_LEAD.exec(piece.trim())?.[0] : undefined;
    const hedged = doubt && !bare.toLowerCase().startsWith(doubt.trim().toLowerCase()) ? `${doubt.trim()} ${bare}` : bare;
    // "tattoo artist maybe??": a "maybe" after the hope is kept with it, as "(maybe)".
    const words = TRAILING_MAYBE.test(piece) && !/\bmaybe\b/i.test(hedged) ? `${hedged.replace(/[.!?\s]+$/, '')} (maybe)` : hedged;
    // "wanna be a mechanic. like fix cars": what the hope means, kept with it; "like i also want to travel" starts a hope of its own.
    const lead = EXPLAINS.exec(piece)?.[0];
    if (lead && kept.length > 0 && !HOPE_WORDING.test(words)) kept[kept.length - 1] = joined(kept.at(-1)!, `${lead.trim()} ${words.replace(EXPLAINS, '').replace(/[.]+$/, '')}`);
    else kept.push(words);
  }
  return kept;
}

/** Clauses of a long sentence that each say a hope of their own: "I would like him to be more independent, he could work in a kitchen". */
function clausesOf(sentence: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (const comma of sentence.matchAll(/,\s+(?:(?:and|but|also)\s+)*/g)) {
    const at = comma.index ?? 0;
    const before = sentence.slice(from, at).trim();
    const after = sentence.slice(at + comma[0].length);
    const next = after.split(',')[0] ?? '';
    // A clause says a hope of its own only with its own wish or future ("he could work in a kitchen").
    // Or as the next item of a list: "I want him to read, to make his own lunch, and to go on a trip".
    const ownWish = HOPE_WORDING.test(next) && next.split(/\s+/).length >= 4;
    // "make friends there": leaning on the hope before, so one with it.
    // "I want my own adapted flat with PAs, a part time job in an art gallery or a shop": a thing wanted in another part of life.
    const listed = (startsAHope(next) || anotherThingWanted(before, next)) && !/\b(?:them|it|there|those|that)\b/i.test(next);
    // "one day, he can cross the road": a time before the comma leads the hope, never one itself.
    // "one day, when she is grown, I should like her to ...": two times said together still only lead the hope.
    if (!before || !saysAHope(before) || onlyTimesBesideHope(before) || !(ownWish || listed)) continue;
    // "..., her cousin Amy goes and Lily really wants to go too": someone else doing it is the reason, never a hope.
    if (reasonOfOthersDoing(next)) continue;
    parts.push(before);
    from = at + comma[0].length;
  }
  parts.push(sentence.slice(from).trim());
  return parts.filter(Boolean);
}

/** "a part time job in a shop" after "my own flat": a thing named as wanted, in a part of life of its own. */
function anotherThingWanted(before: string, next: string): boolean {
  // The thing itself, before where or what it is like: "a part time job" of "a part time job in an art gallery or a shop".
  const thing = next.trim().split(/\s+(?:in|at|with|near|for|where|that|which|so|because|or|and|on|of|like)\s+/i)[0] ?? '';
  if (!/^(?:a|an|my\s+own|some)\s+\S/i.test(thing) || thing.split(/\s+/).length > 5) return false;
  const theme = themeOfWords(thing);
  return theme !== null && theme !== themeOfWords(before);
}

/** Sentences joined as typed: "He is 12 and has autism. He would love to be a footballer." */
function joined(first: string, second: string): string {
  return /[.!?]$/.test(first) ? `${first} ${second}` : `${first}. ${second}`;
}

/** "\\n\\n" typed or pasted as letters: a line break, as the person saw it. */
const LITERAL_BREAK = /(?:\\r)?\\n/g;
/** "..., but I'll carry on.", "Anyway, I'll keep going.": a remark about the chat, never part of a hope. */
const CARRY_ON = /(?:[,;]?\s*(?:but|and|so|anyway)?[,\s]*)\b(?:i'?ll|i\s+will|let\s+me|i'?m\s+going\s+to|i\s+should)\s+(?:carry\s+on|keep\s+going|go\s+on|get\s+on\s+with\s+it|move\s+on)(?:\s+(?:then|now|anyway))?[\s.!]*(?=$|\n)/gi;

/** The message without what belongs to the chat, not to a hope: letters for line breaks, "but I'll carry on". */
function withoutChatMarks(text: string): string {
  return text.replace(LITERAL_BREAK, '\n').replace(CARRY_ON, '.').replace(/^\s*\.\s*$/gm, '');
}

/**
 * The hopes in a message, in order, each in the person's words without chatter. Sentences that
 * only tell about the person stay with the hope next to them; within a sentence, two hopes are
 * cut where each is said in words of its own (see splitHopes). Empty when it was only chatter.
 */
export function hopesIn(typed: string): string[] {
  // "me already say!! go deaf club. that my hope": remarks about the chat are never hopes.
  const text = withoutAnnouncement(withoutChatMarks(withoutRemarks(withoutJokes(typed))));
  // "nothing really. maybe later", "idk. maybe not": a shrug twice over is no hope.
  if (shrugThenNoHope(text)) return [];
  // "I asked him ... and he said be a mechanic, play football, those were his three": only the hopes.
  const told = toldParts(text);
  if (told) return told.flatMap((part) => hopesIn(part));
  // "..., and the third one is that he's safe on school trips": the hopes before the count, then the one counted.
  const counted = countedApart(text);
  if (counted) return counted.flatMap((part) => hopesIn(part));
  const listed = listedHopes(text);
  if (listed) return listed;
  const sentences = sentencesOf(text);
  if (sentences.length === 0) return [];
  const units: string[] = [];
  let waiting = '';
  for (const sentence of sentences) {
    // "I have thought about this a great deal, lying awake at night.": how they came to the answer, never a hope.
    if (!saysAHope(sentence) && thoughtAboutIt(sentence)) continue;
    // "im worried about the move to college": a carer's own worry stands alone, so it is never read as part of a hope.
    if (carersOwnWorry(sentence) && !onlyCarersOwnYears(sentence)) {
      // "I worry she won't be dry at night, I just want her out of nappies": the wish after the worry is a hope.
      units.push(...(waiting ? [waiting] : []), ...(worryThenWish(sentence) ?? [sentence]));
      waiting = '';
      continue;
    }
    // "Maybe when he is big boy": a time is no hope; it belongs to the hope beside it.
    // "I am 61 and I will not be here forever": a carer's own years are the reason for the hope beside it, never a hope.
    if (!saysAHope(sentence) || ONLY_A_TIME.test(sentence) || onlyCarersOwnYears(sentence)) {
      // "a job that pays. now i just do 2 days at the shop": how things are now is background, never part of the hope.
      if ((units.length > 0 || waiting) && isFactOfNow(sentence)) continue;
      // "tattoo artist maybe?? or horses idk": another thing named after "or" is a hope of its own; they have not chosen.
      const other = waiting && namesAWantedThing(waiting) ? thingAfterOr(sentence) : null;
      if (other) {
        units.push(waiting);
        waiting = other;
        continue;
      }
      // "A flat of my own. And a job in a shop.": two things wanted, each named on its own, are two hopes.
      if (waiting && namesAWantedThing(waiting) && namesAWantedThing(sentence)) {
        units.push(waiting);
        waiting = sentence;
        continue;
      }
      // "he is 12 and has autism": told about the person, kept with the hope beside it.
      if (units.length > 0) units[units.length - 1] = joined(units[units.length - 1]!, sentence);
      else waiting = waiting ? joined(waiting, sentence) : sentence;
      continue;
    }
    // "Whether it's signing or pictures, I don't mind how.": only adds to the hope before it.
    if (!waiting && units.length > 0 && ADDS_TO_HOPE.test(sentence)) {
      units[units.length - 1] = joined(units[units.length - 1]!, sentence);
      continue;
    }
    // "dog groomer. and hav a best frend", "A paid job in a warehouse. And to live in a shared house":
    // a thing wanted, named on its own before a hope, is a hope of its own.
    if (waiting && namesAWantedThing(waiting)) units.push(waiting, sentence);
    else units.push(waiting ? joined(waiting, sentence) : sentence);
    waiting = '';
  }
  if (waiting) units.push(waiting);
  const parts = units.flatMap((unit) => clausesOf(unit).flatMap((clause) => splitHopes(clause)).flatMap(withJobAlternativesApart));
  const hopes = withTimesJoined(withAddOnsJoined(parts));
  // "maybe a vet nurse and maybe live with my mate", "nothing really. maybe music": each hope keeps its own "maybe",
  // as typed, when the message holds several or a shrug came first; a single "maybe a vet" is tidied to "a vet".
  const hedgesKept = hopes.length > 1 || NOTHING_REALLY.test(sentencesOfTyped(text)[0] ?? '');
  return hopes
    // The first hope's "maybe" may have gone with the chatter before it was cut apart: it is read from the message.
    .map((part, i) => withOwnMaybe(i === 0 && !OWN_MAYBE.test(part) ? text : part, hopeWords(part) || part, hedgesKept))
    // "vet maybe" alone is tidied to "vet", as "maybe a vet" is; also when a remark follows it in the same hope
    // ("go to an art club maybe? i dont really have many friends outside school").
    .map((hope) => (hedgesKept ? hope : hope.replace(/\s+\(maybe\)(?=[.!?]|$)/g, '')))
    .map((hope) => hope.replace(/(?<![.!?].*)[.]+$/, '').trim());
}

/** "or horses.", "or maybe a dog groomer": one to three words naming a thing, after "or". */
function thingAfterOr(sentence: string): string | null {
  const [, maybe = '', rest] = /^\W*or\s+((?:maybe|perhaps)\s+)?([\p{L}' ]+?)[\s.!?]*$/iu.exec(sentence) ?? [];
  if (!rest || rest.split(/\s+/).length > 3) return null;
  const named = namesAWantedThing(rest) || (!/\s/.test(rest) && rest.length > 3 && !/^(?:not|else|something|anything|whatever|both|nothing)$/i.test(rest));
  return named ? `${maybe}${rest}` : null;
}

/** "nothing really.", "not much tbh", "idk": a shrug said as a sentence of its own. */
const NOTHING_REALLY = /^\W*(?:nothing|nothin|nuthin|not\s+much|not\s+really|none|idk|dunno|i\s+dunno|i\s+dont\s+know|i\s+don't\s+know|no\s+idea|not\s+sure)(?:\s+(?:really|much|tbh|rn|yet|atm|at\s+the\s+moment|lol|to\s+be\s+honest))*[\s.,!…]*$/i;
const sentencesOfTyped = (text: string): string[] => text.trim().split(/(?<=[.!?])\s+|\n+/);
/**
 * "nothing really. maybe music": a shrug, then a hope said with a "maybe" of its own. At "another hope?" it is that
 * hope, never a no. Only a hedged hope after the shrug: "nothing really. thats it" is a no.
 */
export function hopeAfterShrug(text: string): boolean {
  const [first, ...rest] = sentencesOfTyped(text);
  const after = rest.join(' ').trim();
  return NOTHING_REALLY.test(first ?? '') && !EMPTY_HEDGE.test(after) && /^(?:maybe|perhaps|possibly|probably|prob|i\s+guess|i\s+suppose)\s+\p{L}/iu.test(after) && hopeWords(after) !== '';
}

/** A hedge that holds no hope: "maybe not", "maybe later", "probably nothing", "maybe ask my mum". */
const EMPTY_HEDGE = /^(?:maybe|perhaps|possibly|probably|prob|i\s+guess|i\s+suppose)\s+(?:not|later|idk|dunno|i\s+dunno|i\s+dont\s+know|i\s+don't\s+know|nothing|none|not\s+sure|ask\b.*)[\s.!…]*$/i;

/** "nothing really. maybe later", "not sure. maybe i dont know": the shrug and what follows say no hope, as the whole message. */
export function shrugThenNoHope(text: string): boolean {
  const [first, ...rest] = sentencesOfTyped(text);
  return NOTHING_REALLY.test(first ?? '') && EMPTY_HEDGE.test(rest.join(' ').trim());
}

/** "maybe" typed at the start of a hope, before "and" or "or" or nothing. */
const OWN_MAYBE = /^\W*(?:(?:and|or|but|&|n)\s+)?(maybe|perhaps|possibly)\s+/i;

function withOwnMaybe(part: string, words: string, kept: boolean): string {
  const maybe = kept ? OWN_MAYBE.exec(part)?.[1] : undefined;
  return maybe && !new RegExp(`^${maybe}\\b`, 'i').test(words) ? `${maybe} ${words}` : words;
}

/**
 * "Whether it's signing or pictures", "or I want to go home, and for people to understand him",
 * "I don't mind how": a piece that only adds to the hope before it, never a hope of its own.
 */
const ADDS_TO_HOPE = /^\W*(?:or|whether|either\s+way|and\s+for|i\s+(?:don'?t|dont|do\s+not)\s+mind\s+(?:how|which|what))\b/i;

/** Pieces cut within a sentence, each adding-on piece put back with the one before it. */
function withAddOnsJoined(parts: readonly string[]): string[] {
  const kept: string[] = [];
  for (const part of parts) {
    if (kept.length > 0 && ADDS_TO_HOPE.test(part)) kept[kept.length - 1] = `${kept[kept.length - 1]!.replace(/[\s,;]+$/, '')}, ${part.trim()}`;
    else kept.push(part);
  }
  return kept;
}

/** "one day, when she is grown" cut before "I should like her to have a little job": the time goes with the hope it leads. */
function withTimesJoined(parts: readonly string[]): string[] {
  const kept: string[] = [];
  let time = '';
  for (const part of parts) {
    const words = hopeWords(part) || part;
    if (onlyTimesBesideHope(words.replace(/[\s,;.]+$/, ''))) {
      time = time ? `${time}, ${words.replace(/[\s,;.]+$/, '')}` : part.replace(/[\s,;.]+$/, '');
      continue;
    }
    kept.push(time ? `${time}, ${part.trim()}` : part);
    time = '';
  }
  if (time) kept.push(time);
  return kept;
}

/**
 * "biscuit did a funny thing today he ate my sock 😂😂": a funny story told with laughter and no
 * hope beside it. It is thanked, never kept as a hope (the about-me reader sets such stories aside).
 */
export function onlyAFunnyStory(text: string): boolean {
  return /\p{L}{2,}/u.test(text) && aboutMeAnswer(text) === '';
}

/** "now i just do 2 days at the charity shop", "at the moment i work at a cafe": a fact of now, said beside a hope. */
function isFactOfNow(sentence: string): boolean {
  const plain = sentence
    .replace(/^(?:(?:and|but|now|just|at\s+the\s+moment|currently|right\s+now|atm)[\s,]+)+/i, '')
    .replace(/^(i|he|she|they|we)\s+(?:only\s+|just\s+)+/i, '$1 ')
    .replace(/[.!]+$/, '');
  return saysHowThingsAreNow(plain);
}
