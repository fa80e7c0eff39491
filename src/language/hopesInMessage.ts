import { sentencesCutAtSpacesOf } from './text';
import { NOTHING_REALLY, hopeClausesOf, hopeSentencesOf, joinedAsTyped, withoutChatMarks } from './hopeSentences';
import { saysHowThingsAreNow } from './howThingsAreNow';
import { withoutAnnouncement } from './hopeAnnounced';
import { withoutRemarks } from './hopeRemarks';
import { withoutJokes } from './jokeMarks';
import { carersOwnWorry, onlyCarersOwnYears, worryThenWish } from './carerOwnYears';
import { aboutMeAnswer } from './aboutMeChatter';
import { splitHopes } from './splitHopes';
import { toldParts } from './toldHopes';
import { countedApart } from './hopeLeadIn';
import { thoughtAboutIt } from './thoughtAboutIt';
import { ONLY_A_TIME, onlyTimesBesideHope } from './hopeTime';
import { namesAWantedThing } from './thingNamed';
import { hopeWords } from './hopeWords';
import { saysAHope } from './hopeWording';
import { listedHopes } from './numberedHopes';
import { jobAfterOr, withJobAlternativesApart } from './jobAlternatives';
import { doingOfTheRole } from './roleDoing';

/*
 * The hopes in one typed message, in the person's own words without the chatter around them.
 * "umm ok so I want a cafe job. and live with Jay. and get the train on my own lol" is three hopes;
 * a parent's paragraph is cut into its sentences that say a hope ("I also want him to make friends
 * because he is lonely"), and a sentence that only tells about the child ("he is 12 and has
 * autism") stays with the hope beside it. "sorry for long message", "umm", "idk", "lol" are not kept.
 * How the message is cut into sentences and clauses first is in hopeSentences.ts.
 */

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
  const sentences = hopeSentencesOf(text);
  if (sentences.length === 0) return [];
  const units: string[] = [];
  let waiting = '';
  for (const sentence of sentences) {
    // "I have thought about this a great deal, lying awake at night.": how they came to the answer, never a hope.
    if (!saysAHope(sentence) && thoughtAboutIt(sentence)) continue;
    // "be a footballer. or a mechanic if not": a job after "or", as a sentence of its own, is a second hope.
    const orJob = jobAfterOr(waiting || units.at(-1) || '', sentence);
    if (orJob) {
      units.push(...(waiting ? [waiting] : []), orJob);
      waiting = '';
      continue;
    }
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
      // "more days at work. and my own flat": more of something wanted, then a thing named, are two hopes too.
      if (waiting && (namesAWantedThing(waiting) || MORE_OF_A_THING.test(waiting)) && namesAWantedThing(sentence)) {
        units.push(waiting);
        waiting = sentence;
        continue;
      }
      // "he is 12 and has autism": told about the person, kept with the hope beside it.
      if (units.length > 0) units[units.length - 1] = joinedAsTyped(units[units.length - 1]!, sentence);
      else waiting = waiting ? joinedAsTyped(waiting, sentence) : sentence;
      continue;
    }
    // "Whether it's signing or pictures, I don't mind how.": only adds to the hope before it.
    if (!waiting && units.length > 0 && ADDS_TO_HOPE.test(sentence)) {
      units[units.length - 1] = joinedAsTyped(units[units.length - 1]!, sentence);
      continue;
    }
    // "dog groomer. and hav a best frend", "A paid job in a warehouse. And to live in a shared house":
    // a thing wanted, named on its own before a hope, is a hope of its own.
    // "be a footballer. play for villa": what someone in that role does is part of the same hope.
    if (!waiting && units.length > 0 && doingOfTheRole(units.at(-1)!, sentence)) units[units.length - 1] = `${units.at(-1)!.replace(/[\s.,]+$/, '')}, ${sentence.replace(/[\s.,]+$/, '')}`;
    else if (waiting && namesAWantedThing(waiting)) units.push(waiting, sentence);
    else units.push(waiting ? joinedAsTyped(waiting, sentence) : sentence);
    waiting = '';
  }
  if (waiting) units.push(waiting);
  const parts = units.flatMap((unit) => hopeClausesOf(unit).flatMap((clause) => splitHopes(clause)).flatMap(withJobAlternativesApart));
  const hopes = withTimesJoined(withAddOnsJoined(parts));
  // "maybe a vet nurse and maybe live with my mate", "nothing really. maybe music": each hope keeps its own "maybe",
  // as typed, when the message holds several or a shrug came first; a single "maybe a vet" is tidied to "a vet".
  const hedgesKept = hopes.length > 1 || NOTHING_REALLY.test(sentencesCutAtSpacesOf(text)[0] ?? '');
  return hopes
    // The first hope's "maybe" may have gone with the chatter before it was cut apart: it is read from the message.
    .map((part, i) => withOwnMaybe(i === 0 && !OWN_MAYBE.test(part) ? text : part, hopeWords(part) || part, hedgesKept))
    // "vet maybe" alone is tidied to "vet", as "maybe a vet" is; also when a remark follows it in the same hope
    // ("go to an art club maybe? i dont really have many friends outside school").
    .map((hope) => (hedgesKept ? hope : hope.replace(/\s+\(maybe\)(?=[.!?]|$)/g, '')))
    .map((hope) => hope.replace(/(?<![.!?].*)[.]+$/, '').trim());
}

/** "more days at work", "more hours at college", "extra shifts": more of something they want. */
const MORE_OF_A_THING = /^\W*(?:(?:and|also|maybe)\s+)*(?:more|extra)\s+(?:days|hours|shifts|time|lessons|sessions|money|pay|work|trips|clubs|friends)\b/i;

/** "or horses.", "or maybe a dog groomer": one to three words naming a thing, after "or". */
function thingAfterOr(sentence: string): string | null {
  const [, maybe = '', rest] = /^\W*or\s+((?:maybe|perhaps)\s+)?([\p{L}' ]+?)[\s.!?]*$/iu.exec(sentence) ?? [];
  if (!rest || rest.split(/\s+/).length > 3) return null;
  const named = namesAWantedThing(rest) || (!/\s/.test(rest) && rest.length > 3 && !/^(?:not|else|something|anything|whatever|both|nothing)$/i.test(rest));
  return named ? `${maybe}${rest}` : null;
}

/**
 * "nothing really. maybe music": a shrug, then a hope said with a "maybe" of its own. At "another hope?" it is that
 * hope, never a no. Only a hedged hope after the shrug: "nothing really. thats it" is a no.
 */
export function hopeAfterShrug(text: string): boolean {
  const [first, ...rest] = sentencesCutAtSpacesOf(text);
  const after = rest.join(' ').trim();
  return NOTHING_REALLY.test(first ?? '') && !EMPTY_HEDGE.test(after) && /^(?:maybe|perhaps|possibly|probably|prob|i\s+guess|i\s+suppose)\s+\p{L}/iu.test(after) && hopeWords(after) !== '';
}

/** A hedge that holds no hope: "maybe not", "maybe later", "probably nothing", "maybe ask my mum". */
const EMPTY_HEDGE = /^(?:maybe|perhaps|possibly|probably|prob|i\s+guess|i\s+suppose)\s+(?:not|later|idk|dunno|i\s+dunno|i\s+dont\s+know|i\s+don't\s+know|nothing|none|not\s+sure|ask\b.*)[\s.!…]*$/i;

/** "nothing really. maybe later", "not sure. maybe i dont know": the shrug and what follows say no hope, as the whole message. */
export function shrugThenNoHope(text: string): boolean {
  const [first, ...rest] = sentencesCutAtSpacesOf(text);
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
