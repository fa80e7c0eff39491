import natural from './natural';

const { DamerauLevenshteinDistance } = natural;
import { normaliseMessage, parseNumber } from './text';

export type GlobalCommand =
  | 'help'
  | 'back'
  | 'skip'
  | 'notSure'
  | 'stop'
  | 'resume'
  | 'startAgain'
  | 'easyRead'
  | 'standard'
  | 'showDraft'
  | 'deleteData'
  | 'talkToPerson';

/**
 * Phrasings of each command in both registers. A message is a command only when it is
 * essentially the phrase ("I need help with reading" is an answer, not a call for help).
 */
const COMMAND_PHRASES: Readonly<Record<GlobalCommand, readonly string[]>> = {
  help: ['help', 'help me', 'help please', 'please help', 'what do i do', 'what does this mean', 'i dont understand', 'i dont get it', 'what do you mean', 'huh', 'explain'],
  back: ['back', 'go back', 'previous', 'previous question', 'last question', 'undo', 'change my last answer', 'back please'],
  skip: ['skip', 'skip this', 'skip it', 'skip question', 'next', 'next question', 'pass', 'move on', 'skip please', 'i dont want to answer', 'rather not say', 'id rather not say'],
  notSure: ['not sure', 'im not sure', 'i am not sure', 'i dont know', 'dont know', 'dunno', 'idk', 'no idea', 'i have no idea', 'unsure', 'i dunno', 'not really sure', 'hmm not sure', 'i cant think', 'cant think of anything'],
  stop: ['stop', 'stop for now', 'pause', 'save and stop', 'save and exit', 'i want to stop', 'finish for now', 'quit', 'exit', 'bye', 'goodbye', 'later', 'come back later', 'carry on later', 'i need to go', 'i have to go'],
  resume: ['i have a code', 'ive got a code', 'i got a code', 'i have my code', 'continue with a code', 'resume', 'use my code', 'enter code', 'i have a resume code', 'carry on from before', 'continue from before'],
  startAgain: ['start again', 'start over', 'restart', 'begin again', 'from the beginning', 'start from the beginning', 'reset'],
  easyRead: ['easy read', 'easyread', 'easy words', 'easier words', 'make it easier', 'simple words', 'easy reading', 'read easy', 'simpler please', 'too hard to read'],
  standard: ['standard', 'standard words', 'normal words', 'normal', 'normal mode', 'standard mode', 'turn off easy read', 'stop easy read'],
  showDraft: ['show my draft', 'show draft', 'my draft', 'see my draft', 'show me my draft', 'show my plan', 'see my plan', 'my plan', 'show my answers', 'what have i said', 'show me what i said', 'download my data', 'see my data', 'show my data'],
  deleteData: ['delete my data', 'delete my answers', 'delete everything', 'delete all', 'remove my data', 'erase my data', 'forget me', 'delete me', 'wipe my data'],
  talkToPerson: ['talk to a person', 'talk to someone', 'talk to a human', 'real person', 'speak to a person', 'speak to someone', 'i want a person', 'human', 'can i talk to someone', 'talk to my key worker', 'speak to a human'],
};

interface Phrase {
  command: GlobalCommand;
  text: string;
}

const PHRASES: readonly Phrase[] = Object.entries(COMMAND_PHRASES).flatMap(([command, texts]) =>
  texts.map((text) => ({ command: command as GlobalCommand, text })),
);
const EXACT = new Map(PHRASES.map((p) => [p.text, p.command]));

/** Words that only make a message more polite, dropped before matching. */
const FILLER = /^(?:(?:um+|er+|erm+|ok(?:ay)?|so|please|pls|plz|can you|can i|could you|could i|i want to|i wanna|i would like to|id like to|lets|let me|just)\s+)+|(?:\s+(?:please|pls|plz|thanks|thank you|now|then|mate))+$/g;

/** Typos allowed for a phrase of this many letters (transpositions count once). */
function allowedTypos(length: number): number {
  if (length <= 3) return 0;
  if (length <= 6) return 1;
  if (length <= 12) return 2;
  return 3;
}

/** The global command a message means, or null when it is an ordinary answer. */
export function recogniseCommand(text: string): GlobalCommand | null {
  const message = normaliseMessage(text).replace(FILLER, '').trim();
  if (!message || message.length > 40) return null;
  const exact = EXACT.get(message);
  if (exact) return exact;
  let best: { command: GlobalCommand; distance: number } | null = null;
  for (const phrase of PHRASES) {
    if (Math.abs(phrase.text.length - message.length) > 3) continue;
    const distance = DamerauLevenshteinDistance(message, phrase.text, { transposition_cost: 1 });
    if (distance <= allowedTypos(phrase.text.length) && (!best || distance < best.distance)) best = { command: phrase.command, distance };
  }
  return best?.command ?? null;
}

export type YesNo = 'yes' | 'no' | 'notSure';

const YES = ['yes', 'yeah', 'yea', 'yep', 'yup', 'ya', 'yh', 'ye', 'yes please', 'sure', 'ok', 'okay', 'k', 'alright', 'of course', 'definitely', 'i do', 'i have', 'y', 'correct', 'right', 'thats right', 'sounds good', 'looks good', 'go on', 'please', 'aye', 'another one', 'one more', 'more'];
const NO = ['no', 'nope', 'nah', 'na', 'no thanks', 'no thank you', 'not really', 'n', 'none', 'nothing', 'nothing else', 'thats all', 'thats it', 'no more', 'im done', 'done', 'i dont', 'i dont think so', 'no i dont', 'not now', 'nothing more'];
const NOT_SURE = COMMAND_PHRASES.notSure;

/** A phrase that may be typed with or without apostrophes ("dont" or "don't"). */
const apostropheTolerant = (phrase: string) => phrase.split('').map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join("['\u2019]?");
const LEAD = new RegExp(
  `^(${[...YES, ...NO].filter((w) => w.length > 1).sort((a, b) => b.length - a.length).map(apostropheTolerant).join('|')})\\b[\\s,.!:;-]*`,
  'i',
);

/** Yes, no or "I'm not sure", typo-tolerant; null when the message is none of those. */
export function recogniseYesNo(text: string): YesNo | null {
  const message = normaliseMessage(text);
  if (!message) return null;
  if (YES.includes(message)) return 'yes';
  if (NO.includes(message)) return 'no';
  if (NOT_SURE.includes(message)) return 'notSure';
  const fuzzy = (words: readonly string[]) => words.some((w) => w.length >= 4 && DamerauLevenshteinDistance(message, w, { transposition_cost: 1 }) <= 1);
  if (fuzzy(YES)) return 'yes';
  if (fuzzy(NO)) return 'no';
  if (recogniseCommand(message) === 'notSure') return 'notSure';
  return null;
}

/** "yeah, learn to drive" is yes plus a new answer: the answer and what follows it. */
export function splitYesWithContent(text: string): { answer: YesNo | null; rest: string } {
  const whole = recogniseYesNo(text);
  if (whole) return { answer: whole, rest: '' };
  const trimmed = text.trim();
  const lead = LEAD.exec(trimmed);
  if (!lead) return { answer: null, rest: trimmed };
  const rest = trimmed.slice(lead[0].length).replace(/^(and|also|maybe)\s+/i, '').trim();
  return { answer: recogniseYesNo(lead[1]!), rest };
}

/** Which of the choices a message means: by number, by its words or part of them, with typos. */
export function recogniseChoice(text: string, choices: readonly { value: string; synonyms?: readonly string[] }[]): string | null {
  const message = normaliseMessage(text);
  if (!message) return null;
  const number = parseNumber(message);
  if (number !== null && number >= 1 && number <= choices.length && /^\S+$/.test(message)) return choices[number - 1]!.value;
  const candidates = choices.flatMap((c) => [c.value, ...(c.synonyms ?? [])].map((s) => ({ value: c.value, text: normaliseMessage(s) })));
  const exact = candidates.find((c) => c.text === message);
  if (exact) return exact.value;
  const partial = candidates.filter((c) => c.text.startsWith(message) || message.startsWith(c.text) || (message.length >= 4 && c.text.includes(message)));
  if (partial.length > 0 && new Set(partial.map((p) => p.value)).size === 1) return partial[0]!.value;
  let best: { value: string; distance: number } | null = null;
  for (const c of candidates) {
    const distance = DamerauLevenshteinDistance(message, c.text, { transposition_cost: 1 });
    if (distance <= allowedTypos(c.text.length) && (!best || distance < best.distance)) best = { value: c.value, distance };
  }
  return best?.value ?? null;
}

const YEAR = /\b(?:year|yr|y)\s*(\d{1,2}|[a-z]+)\b/;
const RECEPTION = /\b(reception|nursery|preschool|pre school)\b/;
const AGE = /\b(\d{1,2}|[a-z]+(?:[ -][a-z]+)?)\s*(?:years?|yrs?|yo|y\/o)?(?:\s*old)?\b/;

/** An age ("15", "he's 4", "I'm fifteen") or a school year ("year 5", "yr10", "reception"). */
export function parseAgeOrYear(text: string): { age?: number; schoolYear?: number } {
  const message = normaliseMessage(text);
  const out: { age?: number; schoolYear?: number } = {};
  if (RECEPTION.test(message) && /reception/.test(message)) out.schoolYear = 0;
  const year = YEAR.exec(message);
  if (year) {
    const n = parseNumber(year[1]!);
    if (n !== null && n >= 1 && n <= 14) out.schoolYear = n;
  }
  const withoutYear = year ? message.replace(year[0], ' ') : message;
  for (const token of withoutYear.split(' ')) {
    const n = parseNumber(token);
    if (n !== null && n >= 0 && n <= 25) {
      out.age = n;
      break;
    }
  }
  if (out.age === undefined) {
    const words = AGE.exec(withoutYear);
    const n = words ? parseNumber(words[1]!) : null;
    if (n !== null && n <= 25) out.age = n;
  }
  return out;
}
