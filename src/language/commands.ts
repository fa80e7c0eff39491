import { backWithReason } from './commandExplained';
import { asksToChangeLastAnswer } from './lastAnswerChange';
import { recogniseIntent } from './commandIntents';
import { saysHopesLost } from './hopeMissed';
import { allowedEdits, editDistance } from './fuzzy';
import { RecentReadings } from './recentReadings';
import { asksToRemove } from './removeItem';
import { normaliseMessage } from './text';
import { knownWords } from './vocabulary';

/** The global commands of DESIGN.md, recognised at every step. */
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

/** Ways of saying each command, in both registers, after normalisation (lower case, no apostrophes). */
const PHRASES: Readonly<Record<GlobalCommand, readonly string[]>> = {
  help: [
    'help', 'help me', 'help please', 'i need help', 'need help', 'can you help', 'can you help me',
    'what do i do', 'what do i say', 'what do i have to do', 'what should i say', 'what should i do',
    'i dont understand', 'dont understand', 'i dont get it', 'i dont understand the question',
    'what does that mean', 'what do you mean', 'what does this mean', 'how does this work', 'explain',
    'im confused', 'confused', 'im stuck', 'stuck', 'instructions', 'huh', 'what', 'sos',
    // The question asked back: "how does this help" at "What would it make possible?" asks what it means.
    'how does this help', 'how does it help', 'how does that help', 'how will this help', 'how will it help',
    'how would this help', 'how would it help', 'how is this going to help', 'how does this help me',
  ],
  back: [
    'back', 'bak', 'bck', 'go back', 'go back one', 'previous', 'previous question', 'last question', 'undo',
    'take me back', 'the question before', 'go to the last question', 'back a step', 'back one',
    'go back a question', 'i made a mistake', 'oops go back',
  ],
  skip: [
    'skip', 'skip this', 'skip it', 'skip question', 'skip this question', 'skip this one', 'next',
    'next question', 'pass', 'move on', 'i dont want to answer', 'i dont want to answer that',
    'i dont want to answer this', 'rather not say', 'id rather not say', 'id rather not answer',
    'not this one', 'can we skip', 'miss this one', 'leave this one', 'leave it',
    'forget it', 'forget this one', 'forget about it',
  ],
  notSure: [
    'not sure', 'im not sure', 'i am not sure', 'not really sure', 'im unsure', 'unsure',
    'dont know', 'i dont know', 'i do not know', 'i dunno', 'dunno', 'idk', 'idek', 'no idea',
    'i have no idea', 'ive got no idea', 'no clue', 'not a clue', 'i dont know what to say',
    'i dont know what to put', 'i dont know what to write', 'idk what to say', 'idk what to put',
    'i cant think', 'i cant think of anything', 'cant think of anything', 'beats me', 'not sure really',
    'hmm not sure', 'um not sure', 'dont know really', 'i really dont know', 'no ideas',
  ],
  stop: [
    'stop', 'stop now', 'stop for now', 'pause', 'quit', 'exit', 'save and stop', 'save and exit',
    'save and quit', 'save it', 'save for later', 'save and finish later', 'finish later',
    'take a break', 'have a break', 'i need a break', 'break', 'come back later', 'ill come back later',
    'save and come back later', 'save and come back', 'come back another time', 'finish another time',
    'do this later', 'do it later', 'carry on later', 'later', 'bye', 'goodbye', 'bye bye', 'stop this',
    'i want to stop', 'can i stop', 'stop it', 'i have to go', 'got to go', 'gotta go', 'brb',
  ],
  resume: [
    'resume', 'i have a code', 'ive got a code', 'i got a code', 'have a code', 'got a code',
    'i have a resume code', 'resume code', 'my code', 'code', 'use my code', 'use a code',
    'enter code', 'enter my code', 'enter a code', 'continue with a code', 'continue with my code',
    'carry on with my code', 'carry on from last time', 'continue from last time',
    'pick up where i left off', 'carry on where i left off', 'continue where i left off',
    'i was here before', 'ive been here before', 'i already started',
  ],
  startAgain: [
    'start again', 'start over', 'restart', 'begin again', 'from the beginning', 'start from the beginning',
    'reset', 'start from scratch', 'go to the start', 'start all over', 'start all over again',
    'back to the start', 'back to the beginning', 'new start', 'redo everything', 'start again from the start',
  ],
  easyRead: [
    'easy read', 'easyread', 'easy read please', 'easy words', 'easier words', 'simple words',
    'simpler words', 'easier', 'make it easier', 'simpler', 'make it simpler', 'easy mode', 'easy version',
    'easy english', 'plain english', 'use easy read', 'switch to easy read', 'turn on easy read',
    'too hard to read', 'too many words', 'shorter sentences', 'use easy words',
  ],
  standard: [
    'standard', 'standard mode', 'standard words', 'standard version', 'normal', 'normal mode',
    'normal words', 'normal version', 'regular', 'regular words', 'full version', 'turn off easy read',
    'no easy read', 'stop easy read', 'switch off easy read', 'switch to standard', 'use standard',
    'normal please', 'back to normal', 'not easy read',
  ],
  showDraft: [
    'show my draft', 'show draft', 'show the draft', 'my draft', 'draft', 'see my draft', 'view my draft',
    'view draft', 'show me my draft', 'what have i said', 'what have i said so far', 'show my answers',
    'see my answers', 'show me my answers', 'show my plan', 'see my plan', 'what have i put',
    'show me what ive said', 'show me what i said', 'show progress', 'my answers', 'show what i said',
    'show plan', 'see plan', 'view plan', 'show the plan', 'see the plan', 'view the plan', 'view my plan',
    'show me the plan', 'show me my plan', 'wheres my plan', 'where is my plan', 'wheres the plan', 'where is the plan',
  ],
  deleteData: [
    'delete my data', 'delete data', 'delete my information', 'delete my info', 'delete my details',
    'delete everything', 'delete all my data', 'delete my answers', 'remove my data', 'erase my data',
    'wipe my data', 'forget me', 'forget everything', 'delete me', 'delete it all',
    'remove everything', 'get rid of my data', 'delete all', 'clear my data',
  ],
  talkToPerson: [
    'talk to a person', 'talk to someone', 'talk to somebody', 'speak to a person', 'speak to someone',
    'speak to somebody', 'speak to a human', 'talk to a human', 'real person', 'a real person', 'human',
    'a human', 'person', 'a person', 'talk to a real person', 'speak to a real person', 'i want a person',
    'i want a human', 'i want a real person', 'talk to an adult', 'speak to an adult',
    'talk to my key worker', 'speak to my key worker', 'talk to staff', 'get a person', 'agent',
    'talk to a teacher', 'speak to a teacher', 'someone real',
  ],
};

/** Words that wrap a command without changing it: "please can I ...", "... now thanks". */
const LEADING = [
  'i want you to', 'i would like you to', 'id like you to', 'can you please', 'could you please', 'please can you', 'please can i',
  'please can we', 'is it ok if i', 'is it ok if we', 'can i just', 'can we just', 'wait', 'oops', 'right', 'no wait',
  'please', 'pls', 'plz', 'can i', 'can we', 'could i', 'could we', 'can you', 'could you', 'may i',
  'i want to', 'i wanna', 'i would like to', 'id like to', 'i need to', 'let me', 'lets', 'ok', 'okay',
  'oh', 'um', 'umm', 'erm', 'er', 'hmm', 'hm', 'just', 'so', 'well', 'actually', 'i am so sorry', 'im so sorry', 'i am sorry', 'im sorry', 'i m sorry', 'so sorry', 'sorry', 'soz', 'sry', 'hi', 'hey',
  'i want', 'i would like', 'id like', 'bot', 'i said',
];
const TRAILING = ['for now', 'for a bit', 'please', 'pls', 'plz', 'now', 'thanks', 'thank you', 'ta', 'then', 'thx', 'mate', 'lol', 'for me', 'sorry', 'soz',
  // "idk bruv", "skip fam": a word to the listener, never part of the command.
  'bruv', 'bro', 'fam', 'innit', 'lmao'];
const LEADING_RE = new RegExp(`^(?:(?:${LEADING.join('|')})\\b\\s*)+`);
const TRAILING_RE = new RegExp(`(?:\\s*\\b(?:${TRAILING.join('|')}))+$`);

/** Everyday words within one typo of a command word, which must not be read as that command. */
const NOT_COMMANDS = new Set([
  'hello', 'helo', 'hell', 'held', 'helps', 'helped', 'yelp', 'black', 'back pain', 'bake', 'pack',
  'step', 'stops', 'shop', 'stoop', 'top', 'skin', 'ship', 'slip', 'skid', 'text', 'nest', 'neat',
  'pause', 'draw', 'drafts', 'person', 'persons', 'resume', 'code', 'quite', 'quiet', 'quiz', 'exist',
  'later', 'latter', 'lager', 'normally', 'standing', 'easier', 'breaks', 'break', 'bread', 'break time',
  'no', 'yes', 'yeah', 'nope', 'maybe', 'ok', 'okay',
]);

const SHORTHAND: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bu\b/g, 'you'],
  [/\bur\b/g, 'your'],
  [/\bwanna\b/g, 'want to'],
  [/\bgonna\b/g, 'going to'],
  [/\bme draft\b/g, 'my draft'],
  [/\bi dont no\b/g, 'i dont know'],
  [/\bdont no\b/g, 'dont know'],
  [/\bcud\b/g, 'could'],
];

/** Letter counts of a phrase: half their difference is a floor under the edit distance. */
function letterCounts(text: string): Int16Array {
  const counts = new Int16Array(28);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i) - 97;
    counts[code >= 0 && code < 26 ? code : text[i] === ' ' ? 26 : 27]! += 1;
  }
  return counts;
}

/** No edit sequence shorter than this turns one text into the other: each edit changes two counts at most. */
function distanceFloor(a: Int16Array, b: Int16Array): number {
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference += Math.abs(a[i]! - b[i]!);
  return Math.ceil(difference / 2);
}

const EXACT = new Map<string, GlobalCommand>();
const ALL: Array<{ phrase: string; command: GlobalCommand; counts: Int16Array }> = [];
for (const [command, phrases] of Object.entries(PHRASES) as Array<[GlobalCommand, readonly string[]]>) {
  for (const phrase of phrases) {
    EXACT.set(phrase, command);
    ALL.push({ phrase, command, counts: letterCounts(phrase) });
  }
}

/** A message reduced to its core: normalised, shorthand expanded, polite wrapping removed. */
export function commandCore(text: string): string {
  let core = normaliseMessage(text);
  for (const [re, replacement] of SHORTHAND) core = core.replace(re, replacement);
  const unwrapped = core.replace(LEADING_RE, '').replace(TRAILING_RE, '').trim();
  return unwrapped || core;
}

/**
 * The global command a message is, or null. Only a message that means the command counts: "hlep",
 * "strat again" and "tea's ready, can we stop and do the rest tomorrow" do; "I need help with
 * reading", "I want to stop being scared of buses" and "easter" are answers. Each sentence or
 * comma-separated part is tried on its own, and must be the command as a whole.
 */
export function recogniseCommand(text: string): GlobalCommand | null {
  if (text.length > 200) return null;
  return commandsRead.read(text, () => {
    const command = recogniseAnyCommand(text);
    // "delete it", "remove number 8" take out one part; only all their data is the delete-my-data command.
    return command === 'deleteData' && asksToRemove(text) !== null ? null : command;
  });
}

/** A turn asks whether its message is a command at several steps (a moment away, the open question, the command itself). */
const commandsRead = new RecentReadings<GlobalCommand | null>();

function recogniseAnyCommand(text: string): GlobalCommand | null {
  const whole = commandOf(text);
  if (whole) return whole;
  // "back. i did not mean to skip the last one": the command with why, and nothing else.
  if (backWithReason(text)) return 'back';
  // "i answered the last one wrong", "can i change what i just said": the question before, asked again.
  if (asksToChangeLastAnswer(text)) return 'back';
  // "im done now can i just see the plan please": being done leads in; the request asked of the bot is the command.
  const afterDone = normaliseMessage(text).replace(DONE_FIRST, '');
  if (afterDone !== normaliseMessage(text) && ASKS_THE_BOT.test(expandShorthand(afterDone))) return commandOf(afterDone);
  const clauses = text.split(/[.!?;,]+|\s[-–—]\s/).map((c) => c.trim()).filter(Boolean);
  if (clauses.length < 2) return null;
  // "stop please, you wrote my question as the answer. can we go back?": "stop" halts the bot; going back is what is asked.
  if (stopsToGoBack(clauses)) return 'back';
  // Beside other words, a command counts only when it is asked of the bot ("tea's ready, can we
  // stop"); "show pictures, use easy words" answers how to support someone.
  const asked = clauses.map(commandOf).filter((command, i): command is GlobalCommand => command !== null && ASKS_THE_BOT.test(expandShorthand(normaliseMessage(clauses[i]!))));
  // "Stop please. You lost my hopes": the "stop" asks the bot to wait while the person complains, never to stop for now.
  if (asked[0] === 'stop' && BARE_STOP.test(commandCore(clauses.find((c) => commandOf(c) === 'stop')!)) && saysHopesLost(text)) return null;
  // "Please stop. You are not listening to me. I would like to see my answers": "stop" said before another request
  // stops what the bot is doing, so the request is what is asked; "stop" alone, or with "later", still stops for now.
  return asked.find((command) => command !== 'stop') && asked[0] === 'stop' && BARE_STOP.test(commandCore(clauses.find((c) => commandOf(c) === 'stop')!))
    ? asked.find((command) => command !== 'stop')!
    : (asked[0] ?? null);
}

/** A bare "stop" first and "go back" later: "stop" asks the bot to wait; "stop please, i need to go" still stops. */
function stopsToGoBack(clauses: readonly string[]): boolean {
  const commands = clauses.map(commandOf);
  const first = commands.findIndex((c) => c !== null);
  if (first < 0 || commands[first] !== 'stop' || !BARE_STOP.test(commandCore(clauses[first]!).replace(/^wait\s+/, ''))) return false;
  return commands.slice(first + 1).includes('back') && !commands.slice(first + 1).includes('stop');
}

/** The same, read from the whole message: a take-back may hold the "stop" apart from the "go back" (takeBack.ts). */
export function stopsToGoBackIn(text: string): boolean {
  return stopsToGoBack(text.split(/[.!?;,]+|\s[-–—]\s/).map((c) => c.trim()).filter(Boolean));
}

/** A request, then "i want to see what you wrote" (or read, check...) run on after it. */
const WANTS_TO_SEE =
  /^(.{4,40}?)\s+(?:because\s+|cos\s+|so\s+)?i\s+(?:want|wanna|need|would\s+like|d\s+like)\s+(?:to\s+)?(?:see|look\s+at|check|read)\s+(?:what\s+(?:you|u)\s+(?:wrote|have\s+written|put|kept|did)|it|my\s+(?:answers|draft|plan)|everything)(?:\s+(?:please|pls|so\s+far))?$/;

/** "im done now", "ok thats it im done": said before a request, with no mark between. */
const DONE_FIRST = /^(?:(?:ok|okay|right|so|thats it|that s it)\s+)*(?:im|i m|i am)\s+(?:all\s+)?done(?:\s+now)?(?:\s+(?:lol|tbh|i think))*\s+(?=\S)/;

/** "stop", "please stop", "stop it": stopping with no later, save or break named. */
const BARE_STOP = /^(?:stop|stop it|stop this|stop that)$/;

/** A clause addressed to the bot: a request ("can we", "please", "make it", "I need to") or about the chat itself. */
const ASKS_THE_BOT =
  /^(?:(?:ok|okay|so|sorry|oh|um+|erm|wait|please|pls|plz|right|actually|just)\s+)*(?:(?:can|could|may|shall) (?:we|i|you)\b|(?:please|pls|plz)\b|make it\b|i (?:want|need|have|would like|wanna|gotta|got)\b|id like\b|(?:we|i) (?:have|need|got) to\b|lets\b|let me\b|you can\b|wait\b|is there\b|i dont (?:understand|get)\b)|\b(?:please|pls|plz)$|\b(?:the|this|that) question\b|^(?:show|see) (?:me|us) (?:my|the|our|what)\b/;

/** Shorthand spelled out ("u" -> "you"); the readers of easier words use it too. */
export function expandShorthand(text: string): string {
  let out = text;
  for (const [re, replacement] of SHORTHAND) out = out.replace(re, replacement);
  return out;
}

/** A single clause as a command: its phrase, a sentence meaning it, or a typo of its phrase. */
function commandOf(text: string): GlobalCommand | null {
  const full = normaliseMessage(text);
  // "show my draft i want to see what you wrote": the command, then why, with no mark between.
  const withWhy = WANTS_TO_SEE.exec(full);
  if (withWhy) return commandOf(withWhy[1]!) === 'showDraft' ? 'showDraft' : null;
  const core = commandCore(text);
  if (!core) return null;
  const exact = EXACT.get(core) ?? EXACT.get(full);
  if (exact) return exact;
  const intent = recogniseIntent(core) ?? recogniseIntent(full);
  if (intent) return intent;
  if (NOT_COMMANDS.has(core) || core.length > 60) return null;
  // Real words are what the person meant, not a typo of a command ("easter" is not "easier",
  // "make it easter" is not "make it easier").
  const known = knownWords();
  if (core.split(' ').every((word) => known.has(word))) return null;
  let best: { command: GlobalCommand; distance: number } | null = null;
  let tied = false;
  const coreCounts = letterCounts(core);
  for (const { phrase, command, counts } of ALL) {
    const limit = allowedEdits(Math.min(core.length, phrase.length));
    if (limit === 0 || Math.abs(core.length - phrase.length) > limit) continue;
    // The first letter is rarely the typo; requiring it keeps "stop" from matching "shop" etc.
    if (phrase.length <= 5 && phrase[0] !== core[0]) continue;
    // A cheap floor rules out most phrases before the full distance is worked out.
    if (distanceFloor(coreCounts, counts) > limit) continue;
    const distance = editDistance(core, phrase);
    if (distance > limit) continue;
    if (!best || distance < best.distance) {
      best = { command, distance };
      tied = false;
    } else if (distance === best.distance && command !== best.command) tied = true;
  }
  return best && !tied ? best.command : null;
}

/** The phrases each command is recognised by (for help text and tests). */
export function commandPhrases(command: GlobalCommand): readonly string[] {
  return PHRASES[command];
}
