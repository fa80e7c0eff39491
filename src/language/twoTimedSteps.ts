import type { CoachContext } from './coaching';
import { withoutCarryOn } from './addedOn';
import { withoutChatter } from './chatter';
import { withoutEndHedges } from './hedges';
import { onlyATime } from './onlyATime';
import { readFirstWord } from './verbFirst';
import { findTimeframeTolerant } from './timeframeTolerant';
import { overlap } from './thread';

/*
 * "get the bus to college on my own by september and get a saturday job by summer": two things to
 * do in one answer, each with its own time. Each is its own outcome, never one statement with two
 * dates, so the answer is cut where the second thing starts. "go to the park on saturdays. and
 * learn to swim": a new sentence led by "and" with a thing to do of its own is a second step too.
 */

/** Two steps, each with its own time, in the person's own words. */
export interface TwoTimedSteps {
  first: string;
  second: string;
}

const MAX_CHARS = 300;

/** Where a second thing to do starts: "and", "and also", "then", "also", "plus", or a comma before one. */
const JOIN = /\s*(?:[,;]\s*)?\b(?:and\s+(?:also\s+|then\s+)?|then\s+|also\s+|plus\s+)|\s*[;]\s*|[.!]\s+/gi;

/** A time with no step beside it, or a step with no time: not one of the two. */
function hasStepAndTime(part: string, context: CoachContext): boolean {
  if (!findTimeframeTolerant(part, context)) return false;
  if (onlyATime(part, context)) return false;
  // At least two words beside the time words ("get a job" next to "by summer").
  const time = findTimeframeTolerant(part, context)?.phrase ?? '';
  const rest = part.toLowerCase().replace(time.toLowerCase(), ' ').split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return rest.length >= 2;
}

/** The two steps when the answer holds two things to do with a time each; null otherwise. */
export function twoTimedSteps(text: string, context: CoachContext): TwoTimedSteps | null {
  const said = text.trim();
  if (!said || said.length > MAX_CHARS) return null;
  if (!hasStepAndTime(said, context)) return null;
  for (const join of said.matchAll(JOIN)) {
    const at = join.index ?? 0;
    const first = said.slice(0, at).replace(/[\s,;.!]+$/, '').trim();
    const second = said.slice(at + join[0].length).trim();
    if (!first || !second) continue;
    if (hasStepAndTime(first, context) && hasStepAndTime(second, context)) return { first, second: second.replace(/[.!]+$/, '') };
  }
  return null;
}

/** A sentence's end, then "and" (or "and also", "and then") leading the next: where a second step may start. */
const SENTENCE_AND = /[.!?…]+\s+(?:and|&)\s+(?:also\s+|then\s+)?/gi;

/** The two steps when a second sentence, led by "and", starts with a thing to do of its own; null otherwise. */
export function twoSentenceSteps(text: string, context: CoachContext): TwoTimedSteps | null {
  const said = text.trim();
  if (!said || said.length > MAX_CHARS) return null;
  for (const join of said.matchAll(SENTENCE_AND)) {
    const at = join.index ?? 0;
    const first = said.slice(0, at).trim();
    const second = said.slice(at + join[0].length).replace(/[.!]+$/, '').trim();
    if (words(first) < 3 || words(second) < 2 || onlyATime(first, context) || onlyATime(second, context)) continue;
    if (readFirstWord(first) === 'verb' && readFirstWord(second) === 'verb') return { first, second };
  }
  return twoStatedSteps(said, context);
}

/** Who will do it before the thing to do: "I will", "Sam will", "we're going to", "I want to". */
const WILL_LEAD = /^(?:(?:i|we|he|she|they|[\p{Lu}][\p{L}'-]*)\s+(?:will|shall|(?:am|is|are|'m|'s|'re)\s+going\s+to|want\s+to)|i'll|i\s+ll|we'll)\s+/iu;

/**
 * "I will fill in the application form. I will practise interviews.": two sentences, each saying
 * who will do what, are two steps, with no "and" between them. Only two sentences that both say it
 * that way, by the same person; a second that leans on the first ("I will buy my lunch there"), says
 * a feeling, is someone else helping ("Mum will show me how"), a wish after a plan ("I want to learn
 * front crawl"), or shares a word with it (the same step said again, or a detail of it) stays one step.
 */
function twoStatedSteps(said: string, context: CoachContext): TwoTimedSteps | null {
  const sentences = said.split(/(?<=[.!…])\s+/).map((s) => s.replace(/[.!…]+$/, '').trim()).filter((s) => s !== '');
  if (sentences.length !== 2) return null;
  const [first, second] = sentences as [string, string];
  const deeds = [first, second].map((s) => (WILL_LEAD.test(s) ? s.replace(WILL_LEAD, '') : null));
  const [firstDeed, secondDeed] = deeds;
  if (!firstDeed || !secondDeed || words(firstDeed) < 2 || words(secondDeed) < 2) return null;
  // "I will learn to cook pasta. Mum will show me how.": someone else doing it is help, not a step of theirs.
  if (whoLeads(first) !== whoLeads(second)) return null;
  // "I will go swimming. I want to learn front crawl.": a wish after a plan is what the plan is for.
  if (WANT_LEAD.test(second) && !WANT_LEAD.test(first)) return null;
  if (FELT.test(secondDeed)) return null;
  if (readFirstWord(firstDeed) !== 'verb' || readFirstWord(secondDeed) !== 'verb') return null;
  if (LEANS.test(secondDeed) || GOES_ON.test(secondDeed) || FEELING.test(secondDeed) || goesOnlyToDoThere(firstDeed, secondDeed)) return null;
  if (onlyATime(firstDeed, context) || onlyATime(secondDeed, context) || overlap(firstDeed, secondDeed, false) > 0) return null;
  return { first, second };
}

/** Who the sentence says will do it, "i" for the person ("I'll", "I am going to"), else the name or pronoun. */
const whoLeads = (sentence: string): string => {
  const who = /^[\p{L}][\p{L}'\u2019-]*/u.exec(sentence.trim())?.[0] ?? '';
  return who.toLowerCase().replace(/['\u2019](?:ll|m|re|s|d)$/, '');
};
const WANT_LEAD = /^\S+\s+want\s+to\s/i;
/** "feel less worried", "not feel scared": how it would feel, never a thing to do. */
const FELT = /^(?:not\s+)?(?:feel|feeling|be\s+(?:less|more)\s+(?:worried|anxious|scared|nervous|stressed|confident|calm|relaxed|happy))\b/i;

const words = (part: string): number => part.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

/** "too", "as well", "also" at the end: the words are one more thing, not an answer to the question. */
const ALSO_AFTER = /[\s,]+(?:too|as\s+well|also)[\s.!]*$/i;
/** "i also want to", "i could", "id like to": wanting words before the thing to do, never part of it. */
const WANTING = /^(?:i\s*(?:'d|d|would|could|might|will|can)?\s+)?(?:also\s+)?(?:(?:want|wanna|like|love)\s+(?:to\s+)?|could\s+|might\s+)/i;
/** "do it too": a verb with only "it" or "that" after it says nothing new to do. */
const NOTHING_NEW = /^\S+\s+(?:it|that|this|them|so|the\s+same)$/i;

/**
 * "maybe get a saturday job in a salon too", said where a time was asked: one more thing to do,
 * with no time of its own. Only with a word that adds on ("too", "as well", "and", "also"), so
 * a step said again, or "when i finish college", is never taken. The thing to do in their words.
 */
export function anotherStepSaid(text: string, context: CoachContext): string | undefined {
  const said = withoutChatter(text).trim().replace(/\s+/g, ' ');
  if (!said || said.length > MAX_CHARS || /\?\s*$/.test(said)) return undefined;
  if (findTimeframeTolerant(said, context)) return undefined;
  let rest = said;
  let adds = false;
  for (let before = ''; before !== rest; ) {
    before = rest;
    const led = withoutCarryOn(rest).trim();
    const ended = led.replace(ALSO_AFTER, '').trim();
    adds ||= led !== rest || ended !== led;
    const wanting = WANTING.exec(withoutEndHedges(ended));
    // "i also want to ...": "also" adds on here too.
    adds ||= /\balso\b/i.test(wanting?.[0] ?? '');
    rest = withoutEndHedges(ended).slice(wanting?.[0].length ?? 0).replace(/[\s,.!…]+$/, '').trim();
  }
  if (!adds || words(rest) < 2 || NOTHING_NEW.test(rest) || onlyATime(rest, context)) return undefined;
  return readFirstWord(rest) === 'verb' ? rest : undefined;
}

/** "and", "and also": where a second thing to do may start inside one sentence. */
const AND = /\s+(?:and|&|n)\s+(?:also\s+)?/gi;
/** Words that lean on the thing before ("go out with them", "sell it", "wash up after"): one step, not two. */
const LEANS = /\b(?:them|it|there|those|that|after|afterwards|too|as\s+well)\b/i;
/** How it would feel ("and feel proud", "and be happy"): what the step does for them, never a step of its own. */
const FEELING = /^(?:be|feel|get|have|being|feeling)\s+(?:really\s+|more\s+|so\s+)?(?:happy|happier|proud|confident|calm|calmer|independent|good|better\s+about|fun|a\s+good\s+time|safe|safer)\b/i;
/**
 * Going somewhere said plainly ("go to the shop", "go to the park with my mates"): what is done there is the same
 * step; "get to lessons on time" is a step of its own.
 */
const ONLY_GOING = /^(?!.*\bon\s+time\b)(?:go|get|walk|travel|cycle|ride)\s+(?:to|into|down\s+to|over\s+to)\s+(?:the\s+|my\s+|a\s+)?\S+(?:\s+(?:with|on|at)\b.*)?$/i;
/**
 * Going somewhere often, or to a place of more words ("go to youth club every week", "go to school more"): one step
 * only with something done there after it (DONE_THERE); "and make a new friend", "and get a part time job" is two.
 */
const GOING_OFTEN = /^(?!.*\bon\s+time\b)(?:go|get|walk|travel|cycle|ride)\s+(?:to|into|down\s+to|over\s+to)\s+(?:the\s+|my\s+|a\s+)?\S+(?:\s+\S+){0,2}?(?:\s+(?:with|on|at|every|each|once|twice)\b.*)?$/i;
/** Something done at the place one goes ("talk to two new people", "play football", "buy my lunch"). */
const DONE_THERE =
  /^(?:talk|talking|chat|chatting|speak|speaking|say\s+hello|play|playing|buy|buying|meet|meeting|see|join\s+in|take\s+part|sit|eat|have\s+(?:my\s+)?(?:lunch|dinner|tea|a\s+drink|a\s+go)|watch|swim|dance|sing|help\s+out)\b/i;
const goesOnlyToDoThere = (first: string, second: string): boolean => ONLY_GOING.test(first) || (GOING_OFTEN.test(first) && DONE_THERE.test(second));
/** "and back on my own", "and home again": where the first step goes on to, never a step of its own. */
const GOES_ON = /^(?:back|home|again|out|away|up|down|round|there|then)\b/i;
/**
 * "get to lessons on time and get better grades in maths": two things to do in one sentence, joined
 * by "and", with no time said (or, after "and also", a time said with the second only). Each side leads with a thing to do in three words or more, the second
 * leans on nothing before it, is no feeling, and the two share no word or matter of what they are
 * about (thread.ts tells both, for any matter its lexicon knows). "go to the shop and buy my own food" (what is done where one goes) and "learn to budget my
 * wages and pay my phone bill myself" (one matter) stay one step.
 */
export function twoJoinedSteps(text: string, context: CoachContext): TwoTimedSteps | null {
  const said = text.trim().replace(/[.!]+$/, '');
  if (!said || said.length > MAX_CHARS || /[.!?;]\s/.test(said)) return null;
  const joins = [...said.matchAll(AND)];
  if (joins.length !== 1) return null;
  const at = joins[0]!.index ?? 0;
  const first = said.slice(0, at).replace(/[\s,]+$/, '').trim();
  const second = said.slice(at + joins[0]![0].length).trim();
  if (words(first) < 3 || words(second) < 3) return null;
  if (readFirstWord(first) !== 'verb' || readFirstWord(second) !== 'verb') return null;
  if (LEANS.test(second) || GOES_ON.test(second) || FEELING.test(second) || goesOnlyToDoThere(first, second)) return null;
  if (onlyATime(first, context) || onlyATime(second, context)) return null;
  // "get a job at the garage and also pass my driving test next year": "also" and a time said only with the second thing.
  const timeForSecond = /\balso\b/i.test(joins[0]![0]) && !findTimeframeTolerant(first, context) && hasStepAndTime(second, context);
  if (findTimeframeTolerant(said, context) && !timeForSecond) return null;
  // A word or a matter shared (the golden thread's lexicon: "budget my wages" and "pay my phone bill" are money): one step.
  if (overlap(first, second) > 0) return null;
  return { first, second };
}
