import { escapeRegExp, foldCase } from './text';
import { verbFromIngStem } from './verbFromIng';
import type { Timeframe } from './timeframe';
import { timeframeLead } from './timeframeLead';
import { withoutChatter } from './chatter';
import { outsideQuotes, tidyTextSpeak } from './textSpeak';
import { splitAtSpeech, unmarkedSpeech } from './unmarkedSpeech';
import { readFirstWord } from './verbFirst';
import { isNameBeforeTo } from './nameAnswer';
import { withPeopleNamedCapitalised } from './peopleNamed';
import { plainAfterWill } from './plainAfterWill';

export { timeframeLead } from './timeframeLead';

/*
 * Turns a person's own step into one outcome sentence they would say: their timeframe first, in
 * their words, then "I will ..." (or, for a parent answering about a child, "Maisie will ..." or the
 * child's own "I will ..."). It changes tense, voice and small slips of grammar only; it never adds
 * an idea, and the measure is never glued on: it is a field of its own.
 */

export interface SentenceParts {
  /** The step in the person's words. */
  step: string;
  timeframe: Timeframe | null;
  /** Set when a parent or carer answers about a child: the child's name ('' when unknown). */
  childName?: string;
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/^[\s,;:-]+|[\s,;:.!?-]+$/g, '');
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const PROPER = /\b(christmas|xmas|easter|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|january|february|april|june|july|august|september|october|november|december|english)\b/gi;

/** Exams as a plan writes them: "GCSEs", "BTEC"; "a levels" is always the exams, one "a level" only after "an" or "my" ("a level 2 course" is a level). */
const EXAMS = /\b(?:(gcse|btec|nvq)(s?)|a[\s-]?(level)(s)|(?<=\b(?:an|my|his|her|their|one|1)\s+)a[\s-]?(level)()(?![\s-]*(?:\d|of\b)))\b/gi;
const examName = (_w: string, short?: string, plural?: string, levels?: string, s?: string, level?: string): string =>
  short ? `${short.toUpperCase()}${plural!.toLowerCase()}` : `A ${(levels ?? level)!.toLowerCase()}${(s ?? '').toLowerCase()}`;

/** Words in quote marks are someone's own words, so they are left as typed. */
function tidyWords(text: string): string {
  return outsideQuotes(text, tidyUnquoted);
}

function tidyUnquoted(text: string): string {
  // "with my mate jake": a friend's name gets its capital, as the months do.
  return withPeopleNamedCapitalised(text)
    .replace(PROPER, (word: string) => upperFirst(word.toLowerCase()))
    .replace(EXAMS, examName)
    .replace(/\bi\b/g, 'I')
    .replace(/\bi'(m|ll|d|ve)\b/gi, (_m, rest: string) => `I'${rest.toLowerCase()}`)
    .replace(/\b(?:year|yr)\s*(\d{1,2})\b/gi, 'Year $1')
    // "pass pe and english": the school subject, as a plan writes it.
    .replace(/\bpe\b/g, 'PE');
}

function withoutPhrase(text: string, phrase: string): string {
  // "get the bus like by summer": a spoken "like" before the time goes with it.
  const found = new RegExp(`\\s*,?\\s*(?:like\\s+)?${escapeRegExp(phrase.trim())}\\s*,?\\s*`, 'i');
  return clean(text.replace(found, ' '));
}

/** "I want to", "I'd like to", "I think I could": all become "I will". */
const SELF_FUTURE: readonly [RegExp, string][] = [
  [/^(?:(?:so|and|but|also|then|ok|okay|well)[\s,]+)*I\s+(?:think|guess|reckon)\s+/i, ''],
  [/^I\s+(?:really\s+|just\s+)?(?:want|wanna|would like|'d like|would love|'d love|hope|wish|plan|am going|'m going|am gonna|'m gonna|need)\s+to\s+/i, 'I will '],
  [/^I\s+(?:really\s+)?(?:wanna|gonna)\s+/i, 'I will '],
  [/^I'll\s+/i, 'I will '],
  [/^I\s+will\s+/i, 'I will '],
  [/^I\s+(?:could|should|might|may)\s+/i, 'I will '],
  [/^I\s+can\s+(?:to\s+)?/i, 'I will be able to '],
  [/^(?:to\s+)?be(?:ing)?\s+able\s+to\s+/i, 'I will be able to '],
  [/^to\s+/i, 'I will '],
];

function inOwnVoice(step: string): string {
  let body = step;
  for (const [pattern, replacement] of SELF_FUTURE) {
    if (pattern.test(body)) {
      body = body.replace(pattern, replacement);
      if (replacement) return body;
    }
  }
  if (/^I\s+will\b/.test(body)) return body;
  if (/^(?:I|I'm|my)\b/i.test(body)) return body;
  // "Ellie-May will learn to swim", "Mum will help me": a sentence already in someone's voice keeps it.
  if (leadingName(body, /will|'ll/.source)) return body;
  return `I will ${lowerFirst(body)}`;
}

/** A name leading the sentence, as typed: "Ellie-May will", "McKenzie will", "O'Neill will" ("Mary Jane" is the child's name given). */
const NAME_LEADS = /^\p{Lu}[\p{L}'’-]*\s+will\b/u;

function lowerFirst(text: string, name?: string): string {
  if (/^I\b/.test(text) || (name && text.startsWith(name)) || (NAME_LEADS.test(text) && !/^(?:He|She|They|It|We|You)\s/.test(text))) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** "she need", "he want": a parent's quick typing, with the verb agreeing. */
function agree(text: string): string {
  return text.replace(/\b(he|she)\s+(need|want|like|go|get|say|do|have|use|try|eat|play|walk|talk|sit|ask|tell)\b/gi, (_m, who: string, verb: string) => {
    const v = verb.toLowerCase();
    const third = v === 'have' ? 'has' : v === 'do' || v === 'go' ? `${v}es` : v === 'try' ? 'tries' : `${v}s`;
    return `${who} ${third}`;
  });
}

/**
 * A parent's wish for the child: "I really want her to", "i'd like him to be able to", "I hope she
 * will", "hoping she can", "we just want my son to". What follows is what the child will do.
 */
const PARENT_WISH = (who: string) =>
  new RegExp(
    `^(?:(?:so|well|honestly|and|really)[\\s,]+)*(?:(?:i|we)(?:'d|\\s+would|\\s+d|d)?\\s+(?:really\\s+|just\\s+)?(?:want|like|love|hope|wish)|(?:(?:i'?m|im|we'?re|i\\s+am|we\\s+are)\\s+)?(?:really\\s+|just\\s+)?hoping)\\s+(?:that\\s+)?(?:for\\s+)?(?:${who}|her|him|them)\\s*(?:to|will|'ll|can|could|is\\s+going\\s+to|'s\\s+going\\s+to)\\s+(?:be\\s+able\\s+to\\s+)?`,
    'i',
  );

const CHILD_LEAD = (who: string) => [
  PARENT_WISH(who),
  new RegExp(`^${who}(?:\\s+will|'ll|\\s+is going to|'s going to|\\s+are going to)\\s+(?:be able to\\s+)?`, 'i'),
  new RegExp(`^${who}\\s+(?:can|could)\\s+(?:to\\s+)?`, 'i'),
  new RegExp(`^${who}\\s+(?:wants?|would like|'d like|needs?|hopes?)\\s+to\\s+`, 'i'),
  new RegExp(`^(?:for\\s+)?(?:her|him|them)\\s+to\\s+`, 'i'),
  // "for my son to dress himself", "that she can swim": the wish without its "I want".
  new RegExp(`^(?:for|that)\\s+${who}\\s+(?:to|will|can|could)\\s+(?:be\\s+able\\s+to\\s+)?`, 'i'),
  // "Ellie-May to say 10 words": the wish said without its "I want".
  new RegExp(`^${who}\\s+to\\s+(?:be\\s+able\\s+to\\s+)?`, 'i'),
  new RegExp(`^(?:to\\s+)`, 'i'),
  new RegExp(`^${who}\\s+(?=[a-z])`, 'i'),
];

/** "my son", "our little boy", "my 6 year old", "my son Sam": how a parent names the child they speak of. */
const MY_CHILD = "(?:my|our)\\s+(?:little\\s+|youngest\\s+|eldest\\s+|oldest\\s+|\\d{1,2}\\s*(?:-\\s*)?(?:year|yr)s?\\s*(?:-\\s*)?old\\s+)?(?:son|daughter|child|boy|girl|kid|lad|little\\s+one|\\d{1,2}\\s*(?:-\\s*)?(?:year|yr)s?\\s*(?:-\\s*)?old)(?:,?\\s+[A-Z][a-z'-]+(?=,?\\s+(?:to|will|can|could)\\b))?";

/** With no name given, the child is "He" or "She" as the parent's own words have them ("dress himself"), else "They". */
function childPronoun(step: string): string {
  const he = /\b(?:he|him|his|himself|son|boy|lad)\b/i.test(step);
  const she = /\b(?:she|her|hers|herself|daughter|girl)\b/i.test(step);
  return he && !she ? 'He' : she && !he ? 'She' : 'They';
}

/** Capitalised words that name someone other than the child a parent wishes for ("I want Mum to ..."). */
const NOT_THE_CHILD = /^(?:I|Mum|Mom|Mummy|Dad|Daddy|Nan|Nana|Nanny|Gran|Granny|Grandma|Grandad|Grandpa|School|Staff|Teachers?|Everyone|Everybody|People|They|He|She|Him|Her|The|My|Our)$/;

/**
 * "I want Maisie to ride her bike": the name a parent types for the child (the one given, a nickname,
 * or a sibling's), read from its capital; the sentence keeps the name as typed.
 */
function typedName(step: string, known?: string): string | undefined {
  const found = /\b(?:want|like|love|hope|wish|hoping|for|that)\s+(?:for\s+)?(\p{Lu}[\p{L}'’-]*)\s+(?:to|will|'ll|can|could)\b/u.exec(step)?.[1];
  return found && !NOT_THE_CHILD.test(found) ? found : leadingName(step, /to|will|'ll|can|could/.source, known);
}

/** The child's name a parent typed at the start of an outcome ("Ellie-May will learn to swim"), when one leads it. */
export function childNameLeading(step: string): string | undefined {
  return leadingName(step.trim(), /to|will|'ll|can|could/.source);
}

/** "Ellie-May will ...", "Ellie-May to say 10 words": a name typed at the start, before the doing word; never "Swimming will". */
// The child's known name counts as typed ("Chase to ride his bike"); any other word only when the name reader would take it.
function leadingName(step: string, after: string, known?: string): string | undefined {
  const found = new RegExp(`^(\\p{Lu}[\\p{L}'’-]*)\\s*(?:${after})\\b`, 'u').exec(step)?.[1];
  if (found && known && foldCase(found) === foldCase(known)) return found;
  return found && !NOT_THE_CHILD.test(found) && isNameBeforeTo(found) && !/ing$/i.test(found) && found !== 'I' ? found : undefined;
}

function inChildVoice(step: string, name: string): string {
  const typed = typedName(step, name);
  const names = [name, typed].filter((n): n is string => Boolean(n)).map(escapeRegExp);
  // "we will play with another child": a carer's "we" is the child's step, said as the family's.
  const who = `(?:she|he|they|we|${MY_CHILD}${names.map((n) => `|${n}`).join('')})`;
  // "I will brush my teeth" in the child's own voice stays theirs; "I want her to ..." is the parent's wish for the child.
  if (/^I\b/i.test(step) && !PARENT_WISH(who).test(step)) return inOwnVoice(step);
  const subject = typed ?? (name || childPronoun(step));
  for (const pattern of CHILD_LEAD(who)) {
    if (pattern.test(step)) {
      const rest = step.replace(pattern, '');
      return `${subject} will ${rest.charAt(0).toLowerCase()}${rest.slice(1)}`;
    }
  }
  return `${subject} will ${step.charAt(0).toLowerCase()}${step.slice(1)}`;
}

/** "getting the bus" after "I will": the verb in its plain form ("get the bus", "type an essay"). */
function plainVerb(body: string): string {
  return body.replace(/\b(will(?:\s+be\s+able\s+to)?\s+)([a-z]+)ing\b/, (whole, lead: string, stem: string) => {
    // "bring", "sing", "thing": the "-ing" is the word's own.
    if (stem.length < 2 || /^(?:br|s|r|sw|st|cl|fl|spr|str|w|k|th)$/.test(stem)) return whole;
    return `${lead}${verbFromIngStem(stem)}`;
  });
}

/** "I will finish my tests and getting a 5": a second verb joined by "and" follows "will" too. Only verbs that are never an activity's name ("and swimming" stays). */
const JOINED_GERUND: Readonly<Record<string, string>> = {
  having: 'have', getting: 'get', making: 'make', being: 'be', doing: 'do', taking: 'take', using: 'use', finding: 'find',
  keeping: 'keep', feeling: 'feel', asking: 'ask', telling: 'tell', paying: 'pay', buying: 'buy', saying: 'say', trying: 'try',
  staying: 'stay', knowing: 'know', giving: 'give', coming: 'come', going: 'go', putting: 'put', leaving: 'leave', sitting: 'sit',
};

function joinedVerbs(body: string): string {
  if (!/\bwill\b/.test(body)) return body;
  return body.replace(/\band\s+([a-z]+ing)\b/g, (whole, verb: string) => (JOINED_GERUND[verb] ? `and ${JOINED_GERUND[verb]}` : whole));
}

/** Words that pad a spoken answer: "well basically what I really want is to", "or something like that". */
const PADDING_START = /^(?:(?:well|basically|honestly|really|like|so|um+|erm+|ok|okay|tbh|idk|i\s+dunno|dunno|lol|maybe|perhaps|probably|i\s+think|i\s+guess|i\s+suppose|i\s+reckon|to\s+be\s+honest)[\s,]+)+/i;
/** "read a manual i guess", "cook pasta maybe lol": a hedge at the end is not part of the step. */
const PADDING_END = /(?:[\s,]+(?:i\s+think|i\s+guess|i\s+suppose|i\s+reckon|maybe|perhaps|probably|idk|i\s+dunno|dunno|lol|lmao|tbh|innit|haha\w*))+[\s,.!?]*$/i;
const WHAT_I_WANT = /^what\s+(I|he|she|they|we|[A-Z][a-z'-]+)\s+(?:really\s+|just\s+)?(?:want|wants|would\s+like|'d\s+like|would\s+love|'d\s+love)(?:\s+to\s+do)?\s+is\s+(?:to\s+)?/i;
const HEDGES = /\s*,?\s+(?:or\s+something(?:\s+like\s+that)?|and\s+stuff(?:\s+like\s+that)?|or\s+whatever|and\s+that|kind\s+of|sort\s+of|or\s+summat)(?=[\s,.!?]|$)/gi;

/** Padding off the front and end; with words they will say in it, only off the front (the rest is theirs). */
function withoutPadding(text: string, speaks: boolean): string {
  const start = speaks ? text.replace(PADDING_START, '') : text.replace(PADDING_START, '').replace(PADDING_END, '');
  const wanted = start.replace(WHAT_I_WANT, (_m, who: string) => `${who} want to `);
  return (speaks ? wanted : wanted.replace(HEDGES, '')).replace(/\s+/g, ' ').trim();
}

/** A time said at the end of the step: "before I start", "by his next birthday". */
const TIME_AT_END = /[\s,]+((?:by|before|until|till|when|once|after)\s+[^,.;!?]{1,40})$/i;
/** "after Year 11", "after Easter": an "after" of the calendar, said again; "after school", "after tea" are part of the step. */
const AFTER_A_TIME = /\d|\b(?:year|yr|january|february|march|april|may|june|july|august|september|october|november|december|christmas|xmas|easter|summer|half\s+term|holidays?|gcses?|exams?|birthday)\b/i;
/** Words a time may add or leave out without naming another time. */
const SMALL_TIME_WORDS = new Set(['by', 'before', 'until', 'till', 'when', 'once', 'after', 'the', 'next', 'i', 'he', 'she', 'they', 'my', 'his', 'her', 'their']);

/** The step without a time at its end that only says the time phrase again. */
function withoutTimeSaidAgain(body: string, phrase: string): string {
  const tail = TIME_AT_END.exec(body);
  if (!tail) return body;
  const words = (text: string) => foldCase(text).replace(/'/g, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  // "after yr 11" in the step, "september after yr 11" as the time: the step is tidied ("Year 11"), so both spellings count.
  const said = new Set([phrase, tidyTextSpeak(phrase), tidyWords(clean(phrase))].flatMap(words));
  const tailWords = words(tail[1]!);
  const named = tailWords.filter((w) => !SMALL_TIME_WORDS.has(w));
  if (named.length === 0 || !named.every((w) => said.has(w))) return body;
  if (/^after\b/i.test(tail[1]!) && !AFTER_A_TIME.test(tail[1]!)) return body;
  return clean(body.slice(0, tail.index));
}

/** An age said as a time ("when I'm 18, so", "by the time she's 5"), with the "so" that led on to a date. */
const AGE_BESIDE =
  /[\s,]*\b(?:when|once|by\s+the\s+time|before)\s+(?:I'm|I\s+am|im|he's|hes|he\s+is|she's|shes|she\s+is|they're|they\s+are|[A-Z][a-z'-]+\s+is|I\s+turn|he\s+turns|she\s+turns)\s+\d{1,2}(?:\s+years?\s+old)?(?:\s*,?\s*(?:so|which\s+is|that's|thats))?(?=[\s,.]|$)/i;

export function outcomeSentence(parts: SentenceParts): string {
  const tidied = tidyWords(clean(withoutChatter(parts.step)));
  let body = withoutPadding(tidied, unmarkedSpeech(tidied).length > 0);
  // The step may have been spelled out already ("this yr" read as "this year"): either spelling of the phrase goes.
  if (parts.timeframe) body = [parts.timeframe.phrase, tidyTextSpeak(parts.timeframe.phrase)].reduce((b, phrase) => withoutPhrase(b, tidyWords(clean(phrase))), body);
  // "visit the college a few times before I start", by "before september when i start": the time said in the step is said once.
  if (parts.timeframe) body = withoutTimeSaidAgain(body, parts.timeframe.phrase);
  // "when I'm 18, so next September": the clearer date leads, and the age beside it is dropped.
  if (parts.timeframe && !AGE_BESIDE.test(parts.timeframe.phrase)) body = clean(body.replace(AGE_BESIDE, ' '));
  // "ask will I be on the bus": words they will say are kept as typed; only what comes before is put in their voice.
  const [lead, speech, after] = splitAtSpeech(body);
  body = parts.childName !== undefined ? inChildVoice(lead.trim(), parts.childName) : inOwnVoice(lead.trim());
  // "Leo will he go", "I will he go": a subject said twice after "will" is dropped.
  body = joinedVerbs(plainAfterWill(plainVerb(agree(body.replace(/\s+/g, ' ').trim().replace(/\bwill\s+(?:he|she|they|we|I)(?:'ll|\s+will)?\s+(?=[a-z])/, 'will ')))));
  if (speech) body = `${body} ${speech}${after}`.replace(/\s+/g, ' ').trim();
  const sentence = parts.timeframe ? `${timeframeLead(parts.timeframe)}, ${lowerFirst(body, parts.childName)}` : upperFirst(body);
  return `${sentence.replace(/[.!?]+$/, '')}.`;
}

const NOT_A_VERB = new Set(['he', 'she', 'they', 'it', 'a', 'an', 'the', 'some', 'more', 'extra', 'less', 'whatever', 'maybe', 'not', 'i', 'my', 'his', 'her', 'need', 'needs', 'nothing', 'dunno', 'idk']);

/** Whether the sentence reads as "... I will <do something>": otherwise the bot asks them to say it that way. */
export function isGoodSentence(sentence: string): boolean {
  // "We will ...", "You will ...": no one person's step ("We" is never a name).
  const m = /\b(?:I|(?!We\b|You\b|It\b)[A-Z][a-z'-]+|[Hh]e|[Ss]he|[Tt]hey)\s+will\s+(?:be\s+able\s+to\s+)?([a-z'-]+)(\s+\S+)?/.exec(sentence);
  if (!m) return false;
  const verb = foldCase(m[1] ?? '');
  if (NOT_A_VERB.has(verb)) return false;
  // "I will paid job at the shop", "I will gardn centr": no verb, so no sentence to sign.
  if (readFirstWord(sentence.slice((m.index ?? 0) + m[0].length - (m[1]?.length ?? 0) - (m[2]?.length ?? 0))) === 'notAVerb') return false;
  return !/\bwill\s+will\b|\bI\s+will\s+(?:he|she|they)\b/i.test(sentence);
}

/** "without me staying", "without me there", "without my help": the parent not there is how far the child goes on their own. */
const WITHOUT_ME = /\bwithout\s+(?:me|my\s+help)(?:\s+(?:staying|being\s+there|there|around|with\s+(?:him|her|them)|holding\s+(?:his|her|their)\s+hand|helping|having\s+to\s+(?:stay|be\s+there)))?\b/gi;

/**
 * For a parent or carer answering about a child: whether the sentence is about what the child will
 * do, in one voice. "I will help him count" is the parent's own doing, and "Leo will help me count"
 * mixes the child with the parent's "me": either way the bot asks them to say it as "Leo will ...".
 * Words in quote marks are what someone will say, and are not read.
 */
export function staysWithTheChild(sentence: string, childName: string | undefined): boolean {
  if (childName === undefined) return true;
  // "without me staying", "without me there": the parent stepping back is the child's own step, never the parent's doing.
  const said = sentence.replace(/["\u201C][^"\u201C\u201D]*["\u201D]/g, ' ').replace(WITHOUT_ME, ' ');
  const child = `(?:him|her|them|his|their${childName ? `|${escapeRegExp(childName)}` : ''})`;
  if (new RegExp(`\\bI\\s+will\\b.*\\b${child}\\b`, 'i').test(said)) return false;
  const subject = `(?:${childName ? `${escapeRegExp(childName)}|` : ''}[Hh]e|[Ss]he|[Tt]hey)`;
  return !new RegExp(`\\b${subject}\\s+will\\b.*\\b(?:me|myself|mine)\\b`).test(said);
}
