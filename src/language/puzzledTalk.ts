import { normaliseMessage } from './text';
import { readWhenAsked } from './whenAsked';

/*
 * Short messages that are said to the bot, never an answer: one-word puzzlement ("wot", "huh",
 * "helps wot"), a reaction to what was read back ("that sounds weerd"), a question about a part
 * already said ("wait wot did u put for how i feel", "sorry what did you put for the date"), carrying on ("nah carry on"), being bored
 * and wanting to stop ("boring can we stop"), and asking whether a named person sees the plan
 * ("does mr d see it"). Typed fast and misspelt, as a 14-year-old types.
 */

/** A part of an outcome a person can ask about. */
export type OutcomePartAsked = 'doesForMe' | 'makesPossible' | 'measure' | 'provision' | 'timeframe';

export type PuzzledTalk =
  | { kind: 'puzzled' }
  | { kind: 'reaction' }
  | { kind: 'part'; part: OutcomePartAsked }
  | { kind: 'carryOn' }
  | { kind: 'stop'; rest: string }
  | { kind: 'whoSees' }
  | { kind: 'whatAbout'; thing: string };

const SPELT: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bwot\b|\bwat\b|\bwht\b|\bwhut\b/g, 'what'],
  [/\bu\b/g, 'you'],
  [/\bur\b/g, 'your'],
  [/\bwen\b/g, 'when'],
  [/\bdat\b/g, 'that'],
  [/\bsum1\b/g, 'someone'],
  [/\bweerd\b|\bwierd\b|\bweard\b|\bwerd\b|\bweird\b/g, 'weird'],
  [/\bthats\b|\bthat s\b|\bdats\b/g, 'that is'],
  [/\bsounds?\b/g, 'sounds'],
  [/\bbord\b|\bboard\b/g, 'bored'],
  [/\bborin\b|\bboaring\b/g, 'boring'],
  [/\bim\b|\bi m\b/g, 'i am'],
];

function plainOf(text: string): string {
  let said = normaliseMessage(text);
  for (const [re, to] of SPELT) said = said.replace(re, to);
  return said.replace(/\s+/g, ' ').trim();
}

const NOISE = '(?:huh+|eh+|what+|hm+|um+|erm+|uh+|wdym|what you mean|what do you mean|what is that|what now|sorry what|you what|say what)';

/** "wot", "huh??", "eh", "wot u mean", "helps wot", "know wot": puzzlement, with at most one word of the question before it. */
const PUZZLED = new RegExp(`^(?:(?:[a-z]+\\s+)?${NOISE}|${NOISE}(?:\\s+${NOISE})*|(?:[a-z]+\\s+)?what(?:\\s+(?:is|does)\\s+that)?(?:\\s+mean)?)$`);

/** "that sounds weerd", "sounds wrong", "weird", "that is odd lol": a reaction to what was read back. */
const REACTION =
  /^(?:(?:hmm+|um+|erm+|eh+|huh+|well|but|no|nah|lol|wait)\s+)*(?:(?:that|it|this)\s+(?:is\s+|sounds\s+|looks\s+|reads\s+)?|sounds\s+|looks\s+)?(?:(?:well|so|proper|really|dead|a bit|bit|kinda|very)\s+)?(?:weird|strange|odd|wrong|rubbish|funny|off|not right|dumb|stupid|random)(?:\s+(?:lol|tho|though|ngl|tbh|innit|like|now|to me|mate))*$/;

/** "boring", "this is boring", "i am bored": said before asking to stop. */
const BORED = /^(?:(?:so|this|it|that)\s+)?(?:is\s+)?(?:so\s+|well\s+|proper\s+|dead\s+|really\s+)?boring\s+|^i\s+am\s+(?:so\s+|well\s+|really\s+)?bored\s+/;

/** "can we stop", "stop now", "i wanna stop": stopping, once the boredom before it is taken off. */
const STOP =
  /^(?:(?:so|and|ok|okay|please|just)\s+)*(?:(?:can|could)\s+(?:we|i|you)\s+(?:just\s+|please\s+)?|i\s+(?:want|wanna|need)\s+(?:to\s+)?|lets\s+)?(?:stop|quit|finish|end)(?:\s+(?:now|please|pls|plz|it|this|for now|for today))*$/;

/** "nah carry on", "keep going", "go on then", "lets carry on": carrying on after a stop. */
const CARRY_ON =
  /^(?:(?:no|nah|nope|na|ok|okay|yeah|yes|fine|alright|actually|lets|let us|just|i will|ill|i want to|i wanna|we can|can we)\s+)*(?:carry on|keep going|continue|go on|go on then|crack on|keep at it|not stop|dont stop|do more)(?:\s+(?:then|now|please|pls|lol|its fine|for now))*$/;

/** What part a question names: "how i feel", "what it does for me", "how people will know", "the help". */
// The date kept ("which date did u put?") is read by the one reader of that question, at "by when?" too (whenAsked.ts).
const PARTS: ReadonlyArray<readonly [Exclude<OutcomePartAsked, 'timeframe'>, RegExp]> = [
  ['doesForMe', /\bhow\s+(?:i|you|he|she)\s+(?:would\s+|will\s+)?(?:feel|felt)\b|\bwhat\s+(?:it|that)\s+(?:does|would do|will do)\s+for\s+(?:me|you|him|her)\b|\bthe\s+feel(?:ing|ings)?\s+(?:bit|part|one)\b/],
  ['makesPossible', /\bwhat\s+(?:i|you|he|she)\s+(?:can|could|will)\s+do\s+next\b|\bdo\s+next\s+(?:bit|part|one)\b|\bmakes?\s+possible\b/],
  ['measure', /\bhow\s+(?:people|everyone|we|they|you)\s+(?:will\s+|would\s+)?know\b|\bwe\s+will\s+know\b|\bknow\s+by\b/],
  ['provision', /\b(?:the|what)\s+help\b|\bwhat\s+helps\b/],
];

/** "wot did u put for how i feel", "what does how i feel say", "wheres the what it does for me bit": a question about a part. */
const ASKS_PART = /^(?:(?:wait|hang on|hold on|so|but|and|um+|erm+|oh|ok|okay|sorry|soz|sorry but)\s+)*(?:what|whats|where|wheres|which|did|can i see|show me|tell me)\b/;

/** "does mr d see it", "can mr d see it", "will miss jones read this": who sees the plan, about a person by name. */
const NAMED_SEES =
  /^(?:(?:and|but|so|wait|oh|um+)\s+)*(?:does|do|can|could|will|would|is|has)\s+(?:mr|mrs|miss|ms|sir|dr|mister|my\s+(?:key\s*worker|teacher|tutor|mentor|head of year|senco))\b(?:\s+[a-z]+){0,2}\s+(?:see|seen|read|get|look at|know|going to see|gonna see|able to see)\b(?:\s+(?:it|this|that|my plan|the plan|my answers|what i (?:said|put|wrote|typed)|all this|any of this))?(?:\s+(?:then|tho|though|lol|or not|too|as well))*$/;

/** "wot about skool stuff like not getting in trubble": whether a thing counts is asked, never the answer. */
const WHAT_ABOUT = /^(?:(?:and|but|so|ok|okay|hmm+|um+|wait)\s+)*what\s+(?:about|abt|bout)\s+(?!(?:it|that|this|if|when|me|you|i|we|he|she|they|doing|going|getting|learning|trying)\b)\S/;

export function readPuzzledTalk(text: string): PuzzledTalk | null {
  if (text.length > 120) return null;
  const said = plainOf(text).replace(/[?!.]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (!said) return /\?/.test(text) ? { kind: 'puzzled' } : null;
  if (NAMED_SEES.test(said)) return { kind: 'whoSees' };
  if (CARRY_ON.test(said)) return { kind: 'carryOn' };
  const bored = BORED.exec(said);
  if (bored) {
    const rest = said.slice(bored[0].length).trim();
    if (STOP.test(rest)) return { kind: 'stop', rest };
  }
  const words = said.split(' ');
  if (words.length <= 14 && WHAT_ABOUT.test(said)) {
    const thing = text.trim().replace(/^.*?\b(?:about|abt|bout)\s+/i, '').replace(/[?!.\s]+$/, '');
    if (thing) return { kind: 'whatAbout', thing };
  }
  // Asked as a question ("wot did u put for how i feel"): "maybe the help from my TA?" is an answer said unsurely.
  if (words.length <= 12 && ASKS_PART.test(said)) {
    const part = PARTS.find(([, re]) => re.test(said))?.[0] ?? (readWhenAsked(text)?.keptAsked ? 'timeframe' : undefined);
    if (part && !/\b(?:change|edit|fix|swap|replace|remove|delete|take out)\b/.test(said)) return { kind: 'part', part };
  }
  if (words.length <= 3 && PUZZLED.test(said)) return { kind: 'puzzled' };
  if (words.length <= 8 && REACTION.test(said)) return { kind: 'reaction' };
  return null;
}
