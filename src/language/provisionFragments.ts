/*
 * Pieces of one answer about support that are not support of their own: an example of the support
 * just named ("like a TA", "e.g. the library", "such as a budgeting app") or how often or how long
 * it is given ("not once a month", "30 minutes", "every week"). They stay with the support they
 * describe, so a key worker never reads "30 minutes" as a row of its own.
 */

import { SUPPORT_HEAD } from './supportWords';

/** "like a TA", "e.g. the library", "for example my old teacher". */
const EXAMPLE = /^(?:like|e[.\u2024]?g[.\u2024]?|eg|such\s+as|for\s+example|for\s+instance|i[.\u2024]?e[.\u2024]?|especially|including)\b/i;
/** Units of time that say how often or how long. */
const TIME_UNIT = '(?:days?|weeks?|weekly|months?|monthly|terms?|termly|years?|yearly|minutes?|mins?|hours?|hrs?|sessions?|lessons?|times?|daily|fortnights?|fortnightly|mornings?|afternoons?|lunchtimes?|breaks?)';
/** "not once a month", "once a month is not enough", "30 minutes", "every week", "twice a week please". */
const HOW_OFTEN = new RegExp(
  `^(?:(?:not|only|just|at\\s+least|more\\s+than|less\\s+than|about|around|for|and|maybe|perhaps|probably|ideally)\\s+)*(?:once|twice|three\\s+times|\\d+(?:\\s*-\\s*\\d+)?|one|two|three|four|five|half\\s+an?|an?|every|each|daily|weekly|monthly|termly|more\\s+often|less\\s+often|often|regularly)\\b(?:\\s+(?:a|an|per|every|each|times?|or|\\d+|other))*\\s*${TIME_UNIT}?\\b[^]*$`,
  'i',
);
/** A fragment about time only: no word of its own beyond time, amounts and judgement of them. */
const TIME_ONLY_WORDS =
  /^(?:not|but|only|just|at|least|more|less|than|about|around|for|and|once|twice|three|times?|\d+|one|two|three|four|five|half|an?|every|each|per|other|or|is|isnt|it|its|was|enough|too|much|little|long|short|often|regularly|please|pls|a|the|week|weeks|weekly|day|days|daily|month|months|monthly|term|terms|termly|year|years|yearly|minutes?|mins?|hours?|hrs?|sessions?|lessons?|fortnights?|fortnightly|mornings?|afternoons?|lunchtimes?|breaks?|hour|at\s+least|least|really|very|way|not\s+enough|need|needs|she|he|they|we|i|maybe|perhaps|probably|ideally|so|that|thats|s|which)$/i;

function isTimeOnly(part: string): boolean {
  const words = part.toLowerCase().replace(/[^a-z0-9\s-]/g, ' ').split(/\s+/).filter(Boolean);
  return words.length > 0 && HOW_OFTEN.test(part.trim()) && words.every((w) => TIME_ONLY_WORDS.test(w)) && new RegExp(`\\b${TIME_UNIT}\\b`, 'i').test(part);
}

/**
 * "not only morning", "only in maths", "but not at lunch", "in exams", "during tests": a piece that
 * only narrows the support before it (when, where, how much), with no support named of its own.
 */
const QUALIFIES =
  /^(?:(?:but|and)\s+)?(?:not\s+(?:only|just)|only|just|not|except|apart\s+from|other\s+than|mainly|mostly|especially|even|also|in|at|during|on|for|when|whenever|after|before|between|until|till|all|most|some)\b/i;
const QUALIFIER_ONLY_WORDS =
  /^(?:but|and|not|only|just|except|apart|from|other|than|mainly|mostly|especially|even|also|in|at|during|on|for|when|whenever|after|before|between|until|till|all|most|some|the|a|an|my|his|her|their|of|day|days|time|times|mornings?|afternoons?|evenings?|nights?|lunch(?:es)?|lunchtimes?|breaks?|break\s*times?|playtimes?|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|weekends?|weekdays?|school|class|classes|lessons?|exams?|tests?|maths|english|science|reading|writing|homework|assembly|assemblies|pe|trips?|the\s+\w+|in\s+\w+|morning|afternoon|first|last|thing|week|term|year|hard|busy|noisy|new|big|start|beginning|begining|end|bit|while|\d+)$/i;

function qualifiesOnly(part: string): boolean {
  const words = part.toLowerCase().replace(/[^a-z0-9\s]/g, ' ').split(/\s+/).filter(Boolean);
  return words.length > 0 && words.length <= 6 && QUALIFIES.test(part.trim()) && words.every((w) => QUALIFIER_ONLY_WORDS.test(w));
}

/** "then try again", "and then go back in": what happens next in the same help ("time to calm down, then try again"). */
const GOES_ON = /^(?:and\s+|&\s+)?(?:then|after\s+that|afterwards)\s+(?!(?:a|an|some|more|extra)\s)[a-z]/i;

const SUPPORT_WORD = new RegExp(`\\b(?:${SUPPORT_HEAD})\\b`, 'i');
/** "his own", "all to himself", "just for her", "on his own", "a shared one": whose the help is, no help named. */
const WHOSE =
  /^(?:(?:but|and)\s+)?(?:(?:not|never|all|just|only)\s+)*(?:(?:his|her|their|my|your|our)\s+(?:very\s+)?own|(?:for|to|by|with)\s+(?:him|her|them|me|us|himself|herself|themselves|myself)(?:\s+(?:alone|only))?|on\s+(?:his|her|their|my)\s+own|(?:an?|the)\s+(?:[a-z-]+\s+)?one)$/i;
/** "not shared", "shared with no one", "trained in autism", "full time": how the help is given, no help named. */
const HOW_GIVEN =
  /^(?:(?:but|and)\s+)?(?:(?:not|never|no\s+longer|always|only|just|fully|properly|specially|ideally|preferably|still)\s+)*(?:(?!(?:need|feed|speed|seed|bleed|breed|weed)\b)[a-z]{3,}ed|given|known|chosen|taken|full[\s-]?time|part[\s-]?time|dedicated|consistent|familiar|permanent|the\s+same|same|private|separate|personal|individual|in[\s-]person|face[\s-]to[\s-]face)(?:\s+(?:with|by|in|at|for|to|from|between|across|on|during|every|each|all|if|when)\b.*)?$/i;

/** A short piece that names no help of its own ("his own", "not shared"): it says how the help before it is given. */
function namesNoHelpOfItsOwn(part: string): boolean {
  const said = part.trim().replace(/[.!]+$/, '');
  return said.split(/\s+/).length <= 8 && !SUPPORT_WORD.test(said) && (WHOSE.test(said) || HOW_GIVEN.test(said));
}

/** Whether this piece describes the support before it rather than naming support of its own. */
/** "she only gets it", "he has it": who gets the help before, said ahead of how often ("... once a term and that's not enough"). */
const GETS_IT = /^(?:but\s+)?(?:s?he|they|i|we)\s+(?:only\s+|just\s+)?(?:gets?|has|have|sees?)\s+(?:it|that|this|them)\s+(?=\S)/i;

/**
 * "and she likes it", "which she wears in assembly", "because the hall is loud", "so he can calm
 * down": a clause about the help before it or about the person, never help of its own.
 */
const CLAUSE_ABOUT_IT =
  /^(?:(?:and|but|plus)\s+)?(?:which|whom|whose|because|cos|coz|cuz|cause|since|as(?!\s+(?:well|much|often|long|soon|many)\b)|so\s+(?:that\s+)?(?:s?he|they|i|we|it)\b|(?:s?he|they|it|that|this|i|we)\s+(?:(?:really|also|always|just|does|do|did)\s+)?(?:likes?|loves?|enjoys?|trusts?|knows?|hates?|prefers?|responds?|listens?|works?|worked|helps?|helped|feels?|felt|is|was|are|were|(?:doesn|don|didn)'?t|gets?\s+on|understands?)\b)/i;

export function describesSupportBefore(part: string): boolean {
  return CLAUSE_ABOUT_IT.test(part.trim().replace(/[\u2018\u2019]/g, "'")) || EXAMPLE.test(part.trim()) || isTimeOnly(part) || isTimeOnly(part.trim().replace(GETS_IT, '')) || qualifiesOnly(part) || GOES_ON.test(part.trim()) || namesNoHelpOfItsOwn(part);
}

/**
 * Words in brackets qualify the help they follow ("a TA (his own, not shared)"): the brackets are
 * held aside while the answer is cut into pieces, so a comma or "and" inside them never cuts.
 */
export function holdBrackets(text: string): { held: string; restore: (piece: string) => string } {
  const kept: string[] = [];
  const held = text.replace(/\([^()]*\)/g, (said) => `\uE000${kept.push(said) - 1}\uE001`);
  return { held, restore: (piece) => piece.replace(/\uE000(\d+)\uE001/g, (_m, i: string) => kept[Number(i)] ?? '') };
}

/** Opens a question: "is that ok?", "like school give?", "what is provision", "does this plan pay". */
const QUESTION_LEAD =
  /^(?:(?:but|and|so|or)\s+)?(?:is|isnt|are|does|do|did|can|could|will|would|should|shall|am|was|what|whats|which|who|whos|how|why|where|when|like\s+(?:what|the\s+\w+|school|college|they|you)|u|you|r\s+u)\b/i;
/** Asked with no question mark: "what do you mean", "whats a provision". */
const ASKED_PLAINLY = /^(?:what\s+(?:do|does)\s+(?:u|you|that|it|this)\s+mean|(?:what\s+is|whats)\s+(?:an?\s+|the\s+)?\w+)$/i;
/** The plan and its words, named as a question ("this plan?", "ehcp?", "the EHC thing?"): asked, never help. */
const ABOUT_THE_PLAN = /^(?:(?:this|the|my|his|her|an?|that)\s+)?(?:plan|ehcp|ehc|ehc\s+plan|ehcp\s+plan|draft|chat|bot|provision|outcome|form|thing|one)s?\b/i;

/**
 * A piece that asks the bot something: "like school give?", "this plan? ehcp?", "is that ok?".
 * Answered or let go, never kept as help. `helps` says whether the piece names help (a piece like
 * "a TA?" is help said with doubt, and is kept).
 */
export function asksTheBot(part: string, helps: (text: string) => boolean): boolean {
  const said = part.trim();
  if (!/\?\s*$/.test(said) && !ASKED_PLAINLY.test(said)) return false;
  const words = said.replace(/[?!.]+/g, ' ').trim();
  if (!words) return true;
  return QUESTION_LEAD.test(words) || ABOUT_THE_PLAN.test(words) || !helps(words);
}

/** "not just 6 sessions and then nothing": what the support before it must not be. */
const NOT_JUST = /^(?:but\s+)?not\s+(?:just|only|simply)\b/i;

/** "proper regular speech therapy" after "speech therapy": the same support said again, more fully. */
function restates(part: string, before: string): boolean {
  const last = before.toLowerCase().replace(/[^a-z\s]/g, ' ').trim().split(/\s+/).slice(-2).join(' ');
  return last.split(' ').length === 2 && part.toLowerCase().replace(/[^a-z\s]/g, ' ').replace(/\s+/g, ' ').trim().endsWith(last);
}

/** Joins examples, how-often pieces and restatements to the support they describe. */
export function joinFragments(parts: readonly string[]): string[] {
  const joined: string[] = [];
  for (const part of parts) {
    const before = joined.length - 1;
    const describes = before >= 0 && (describesSupportBefore(part) || (NOT_JUST.test(part.trim()) && part.split(/\s+/).length <= 10) || restates(part, joined[before]!));
    if (describes) {
      // "Once a month is not enough" joins mid-sentence, so its capital goes unless it starts a name.
      const piece = /^[A-Z][a-z]/.test(part) ? part.charAt(0).toLowerCase() + part.slice(1) : part;
      joined[before] = `${joined[before]}, ${piece}`;
    } else joined.push(part);
  }
  return joined;
}

/** "e.g." and "i.e." are not the end of a sentence: hidden while the answer is cut into pieces. */
export function maskAbbreviations(text: string): string {
  return text.replace(/\b(e|i)\.(g|e)\./gi, (_m, a: string, b: string) => `${a}\u2024${b}\u2024`);
}

export function unmaskAbbreviations(text: string): string {
  return text.replace(/\u2024/g, '.');
}

/** "He needs", "I think he'd need": who needs it leads the support, and is not part of it. */
const NEEDS_LEAD = /^(?:(?:and|but|so|also|i\s+think|maybe)\s+)*(?:he|she|they|i|we)\s+(?:really\s+|definitely\s+|also\s+)?(?:needs?|would\s+need|'d\s+need|will\s+need)\s+(?!to\b)(?=\S)/i;
/** "like I said", "that's the main thing": said about the support, not part of it. */
const ASIDE_TAIL = /[\s,]*(?:like|as)\s+i\s+(?:said|say|mentioned)(?:\s+(?:before|earlier))?[\s.!]*$|[\s,.]*(?:that'?s|that\s+is|it'?s)\s+the\s+main\s+(?:thing|one)[\s.!]*$/i;
/** A piece that only talks about the support: "That's the main thing", "like I said". */
const ONLY_ASIDE = /^(?:(?:and|but|so)\s+)?(?:(?:that'?s|that\s+is|it'?s)\s+the\s+main\s+(?:thing|one)|(?:like|as)\s+i\s+(?:said|say|mentioned)(?:\s+(?:before|earlier))?)[\s.!]*$/i;
/** "help", "support": no support named. */
const BARE_HELP = /^(?:some\s+)?(?:help|support)[\s.!]*$/i;

/**
 * "we've been on the waiting list for a year", "still waiting for an assessment": a wait for help,
 * not help given. Never kept as provision; the key worker may want to know it (a note).
 */
const WAITING = /\b(?:waiting\s+lists?|wait\s+list|on\s+(?:a|the)\s+list\s+for|(?:still|been|are|were|we'?re|i'?m|he'?s|she'?s|they'?re)\s+waiting\s+(?:for|on|to\s+(?:see|hear|get))|referr\w+\s+(?:but|and)\s+(?:nothing|no\s+one|nobody)|(?:has|have)n'?t\s+(?:heard|started|come\s+through))\b/i;

/** The words tell of a wait for help, not help given. */
export function tellsOfAWait(text: string): boolean {
  return WAITING.test(text.replace(/[\u2018\u2019]/g, "'"));
}

/** The support as named: without "he needs", "like I said" or "that's the main thing"; '' when nothing is named (or only a wait for it). */
export function supportNamed(piece: string): string {
  const said = piece.trim();
  if (ONLY_ASIDE.test(said) || BARE_HELP.test(said) || tellsOfAWait(said)) return '';
  const kept = said.replace(ASIDE_TAIL, '').replace(NEEDS_LEAD, '').trim();
  if (!kept || BARE_HELP.test(kept)) return '';
  return kept;
}

