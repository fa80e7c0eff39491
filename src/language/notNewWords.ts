import { normaliseReply } from './polarity';
import { keepsTheWording } from './keepWording';

/*
 * Typed where the new words for a part of the plan are asked, and not new words: "I mean dream 3"
 * and "the dream not the goal" point at another part; "leave that one it is right" keeps it;
 * "change something" asks to change without saying what. None of these is ever kept as the words.
 */

export type PartKind = 'hope' | 'outcome' | 'need' | 'help';

export type NotNewWords =
  | { kind: 'pointer'; part?: PartKind; number?: number; words?: string }
  | { kind: 'keep' }
  | { kind: 'command' };

const PART_WORDS: Record<string, PartKind> = {
  dream: 'hope', dreams: 'hope', hope: 'hope', hopes: 'hope', wish: 'hope',
  goal: 'outcome', goals: 'outcome', outcome: 'outcome', outcomes: 'outcome', target: 'outcome',
  need: 'need', needs: 'need', help: 'help',
};
const PART = '(dreams?|hopes?|wish|goals?|outcomes?|target|needs?|help)';
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, first: 1, second: 2, third: 3, fourth: 4, fifth: 5 };

/** "dream 3", "goal number 2", "the third dream", "hope no 1": that part, by its place in the plan. */
const POINTED = '(dreams?|hopes?|wish|goals?|outcomes?|target)';
/** Said last ("i hope 2 get a job" is no pointer): "... I mean dream 3", "goal 2 please". */
const END = '(?:\\s+(?:please|pls|instead|not (?:that|this)(?: one)?))?$';
const NUMBERED = new RegExp(`\\b${POINTED}\\s+(?:number\\s+|no\\s+|num\\s+)?(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)${END}`);
const ORDINAL = new RegExp(`\\b(?:the\\s+)?(first|second|third|fourth|fifth)\\s+${POINTED}${END}`);
/** "the dream not the goal", "i mean the hope": a kind of part, not this one. */
const KIND_NOT = new RegExp(`^(?:(?:no|sorry|oops|wait)[\\s,]+)*(?:i\\s+mean\\s+|i\\s+meant\\s+)?(?:the|my)\\s+${PART}\\s+not\\s+(?:the|my)\\s+${PART}$`);
const I_MEAN = /\bi (?:mean|meant) (?:the )?(.+)$/;
/** "it", "that one", "the outcome": the part picked, pointed at. */
const THIS_PART = '(?:that|this|it|(?:the|my|his|her|their) (?:outcome|goal|hope|dream|help|need|words|wording|sentence|bit|part))(?:\\s+one)?';
/** "leave that one it is right", "that one is fine", "keep it", "leave the outcome as it is": this part stays as it is. */
const KEEP = new RegExp(`^(?:(?:no|nah|actually|oh)[\\s,]+)*(?:leave\\s+${THIS_PART}(?:\\s+(?:alone|as it is|its right|it is right|its fine|it is fine))?|keep\\s+${THIS_PART}(?:\\s+as it is)?|(?:that|this|it)(?:\\s+one)?\\s+(?:is|s)\\s+(?:right|fine|ok|okay|good))(?:\\s+(?:it|that)\\s+(?:is|s)\\s+(?:right|fine|ok|good))?(?:\\s+(?:please|thanks))?$`);
/** "NO", "cancel", "Leave it alone. Do not change it.", "never mind": no new words, so the part stays as it is. */
const CANCEL_ONE = `(?:no|nope|nah|cancel|stop|never\\s*mind|forget it|leave ${THIS_PART}(?:\\s+(?:alone|as it is|as it was|be))?|(?:do not|dont|don't)\\s+change\\s+(?:${THIS_PART}|anything)|no changes?)`;
const CANCEL = new RegExp(`^${CANCEL_ONE}(?:[\\s,]+${CANCEL_ONE})*(?:\\s+(?:please|thanks|thank you))?$`);
/** "change something", "i want to change it", "edit": a wish to change, with no words for it. */
/** "im tired", "im so bored": how they feel, said beside a cancel. */
const TIRED = /(?:^|\s+)(?:im|i am|i m)\s+(?:so\s+|too\s+|really\s+)?(?:tired|bored|knackered|sleepy|fed up)$/;
/** "its fine", "thats ok": said after a cancel, it agrees with leaving the part as it is. */
const FINE = /^(?:(?:its|it is|thats|that is|it s|that s|all)\s+)?(?:fine|ok|okay|alright|good)$/;
const COMMAND = /^(?:(?:i\s+want\s+to|i\s+wanna|can\s+i|let\s+me|i\s+need\s+to|please)\s+)?(?:change|edit|fix|redo|rewrite)(?:\s+(?:something|somethin|sth|it|that|this|that one|this one|a bit|a part|stuff|some of it))?(?:\s+please)?$/;

/** Filler said around a pointer: "omg", "lol", "pls". */
const FILLER = '(?:omg|lol|ugh|pls|plz|please|ffs|bruh|oops|sorry|soz)';
/** "not that", "not the goal", "not that one": the part picked, said not to be the one meant. */
const ANY_PART = PART.replace('(', '(?:');
const NOT_PICKED = `not\\s+(?:that|this|it|the\\s+${ANY_PART}|that\\s+${ANY_PART})(?:\\s+one)?`;
/**
 * "the HOPE not that omg", "no the hope", "not that one, the hope", "i meant the hope one": the
 * whole message only names which kind of part was meant ("just the goal" too). Anchored at both ends, so new words that
 * happen to say "hope" ("the hope of a job") are never read as a pointer.
 */
const KIND_ONLY = new RegExp(
  `^(?:(?:${FILLER}|no+|nah|nope|wait|${NOT_PICKED})\\s+)*(?:i\\s+(?:mean|meant|want|wanted)\\s+(?:to\\s+change\\s+)?|change\\s+)?(?:just\\s+|only\\s+)?(?:the|my)\\s+(?<kind>${ANY_PART})(?:\\s+(?:one|bit|part))?(?:\\s+(?:${NOT_PICKED}|${FILLER}))*$`,
);

/** The kind of part a message only points at ("no the hope"), or undefined when it says more. */
export function kindOnlyNamed(text: string): PartKind | undefined {
  if (text.length > 80) return undefined;
  const found = KIND_ONLY.exec(normaliseReply(text));
  const kind = found?.groups?.kind;
  return kind ? PART_WORDS[kind] : undefined;
}

const numberOf = (word: string): number => NUMBER_WORDS[word] ?? Number(word);

/** What a message typed for a part's new words is, when it is not new words; undefined when it may be. */
export function readNotNewWords(text: string): NotNewWords | undefined {
  if (text.length > 200) return undefined;
  const plain = normaliseReply(text);
  if (!plain) return undefined;
  const numbered = NUMBERED.exec(plain);
  if (numbered) return { kind: 'pointer', part: PART_WORDS[numbered[1]!]!, number: numberOf(numbered[2]!) };
  const ordinal = ORDINAL.exec(plain);
  if (ordinal) return { kind: 'pointer', part: PART_WORDS[ordinal[2]!]!, number: numberOf(ordinal[1]!) };
  const kindNot = KIND_NOT.exec(plain);
  if (kindNot) return { kind: 'pointer', part: PART_WORDS[kindNot[1]!]! };
  const sentences = text.split(/(?<=[.!?])\s+/).map((s) => normaliseReply(s)).filter(Boolean);
  const mean = I_MEAN.exec(plain);
  if (mean && mean[1]!.split(' ').length <= 8) return { kind: 'pointer', words: mean[1]! };
  // "keep same", "i dont want to change anything its fine leave it": kept as it is, as at an outcome's read-back.
  if (sentences.length > 0 && sentences.every((s) => KEEP.test(s) || CANCEL.test(s))) return { kind: 'keep' };
  // "forget it im tired. its fine": a cancel, with only how they feel and "it's fine" beside it; never new words.
  const cancels = sentences.map((s) => s.replace(TIRED, '')).filter((s) => s !== '');
  if (cancels.some((s) => CANCEL.test(s)) && cancels.every((s) => KEEP.test(s) || CANCEL.test(s) || FINE.test(s))) return { kind: 'keep' };
  if (keepsTheWording(text)) return { kind: 'keep' };
  if (COMMAND.test(plain)) return { kind: 'command' };
  return undefined;
}

/** Words that take back a pick: "oops", "wrong one", "not that one", "leave it", "never mind". */
const TAKES_BACK = /\b(?:oops|whoops|oopsie|my mistake|my bad|wrong (?:one|number|bit|part)|not (?:that|this) (?:one|bit|part|number)|leave (?:it|that|this)|never\s*mind|forget it|cancel)\b/;
const TAKE_BACK_CLAUSE = /^(?:(?:oops|whoops|oopsie|sorry|soz|no+|nope|nah|wait|hang on|my mistake|my bad|mistake|wrong (?:one|number|bit|part)|not (?:that|this) (?:one|bit|part|number)|i did ?n[o']?t mean (?:that|this|it)(?: one)?|leave (?:it|that|this)(?: one)?(?: alone| as it is| as it was)?|never\s*mind|forget it|cancel)\s*)+$/;

/**
 * "oops no not that one, leave it. where did the other one go": the part was picked by mistake, so
 * it stays as it is, and what follows is a new request. The rest of the message, or null when the
 * message does not start by taking the pick back. A bare "no, ..." is no taking back: it often
 * leads new words.
 */
export function afterTakingBack(text: string): string | null {
  if (text.length > 300) return null;
  const clauses = text.split(/(?<=[,.;!?])\s*/);
  let taken = 0;
  let lead = '';
  for (const clause of clauses) {
    const plain = normaliseReply(clause);
    if (!plain || !TAKE_BACK_CLAUSE.test(plain)) break;
    lead += ` ${plain}`;
    taken += 1;
  }
  if (taken === 0 || !TAKES_BACK.test(lead)) return null;
  return clauses.slice(taken).join(' ').trim();
}
