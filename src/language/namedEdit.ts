import { wordsToRemove } from './wordsToRemove';
import { oneWordToRemove } from './wordsToRemove';
import { escapeRegExp, foldCase, sentencesCutAtSpacesOf } from './text';

/*
 * A change asked at the review by pointing at the words of the draft, the way people do: "take out
 * the bit that says sorry this is taking ages", "the how we will know for the assignments one has
 * sorry this is taking ages in it", "the chef one says by summer. can it just say by july", "the TA
 * reading group is help she needs, not what it makes possible", "the sleepover isnt help", "delete
 * 3", "3 no wen". Only what was said is read here: which outcome ("the chef one"), which part of
 * it ("how we will know", "by when", "help"), which words ("the bit that says X") and what to do.
 * Finding the item those point at is the dialog's job.
 */

export type NamedField = 'measure' | 'when' | 'doesForMe' | 'makesPossible' | 'help';

export type NamedAction =
  /** Take the words (or the whole item) out. */
  | 'remove'
  /** New words for the part: `to`. */
  | 'change'
  /** The words are help (provision), not the part they are in now. */
  | 'toHelp'
  /** The words are under help but are not help. */
  | 'notHelp'
  /** The item has no date yet: ask for one. */
  | 'noDate'
  /** Only pointed at, with no request ("3", "the chef one"). */
  | 'point';

export interface NamedEdit {
  action: NamedAction;
  /** The item's number in the change list, when the message starts with it. */
  number?: number;
  /** Words the part says now ("sorry this is taking ages"). */
  says?: string;
  /** The outcome or hope named by its words: "chef" for "the chef one". */
  one?: string;
  /** The goal named by its place: 1 for "the first one", -1 for "the last goal". */
  ordinal?: number;
  /** The part of an outcome named. */
  field?: NamedField;
  /** `from` for toHelp: the part the words are in now, when named ("not what it makes possible"). */
  from?: NamedField;
  /** New words, for change. */
  to?: string;
}

const MAX_CHARS = 400;

const REMOVE = /\b(?:take\s+(?:out|away|off)|take\s+(?:the\s+word\s+)?\S+\s+out\b|take\s+(?:it|that|this|them|those)(?:\s+(?:bit|part|words?))?\s+(?:out|off|away)|leave\s+out|cut\s+out|cross\s+out|get\s+rid\s+(?:of)?|remove|delete|del|drop|bin|scrap|lose)\b/;
/** "can it just say by july", "change it to ...", "it should say ...", "make it ...". */
const CHANGE_TO =
  /\b(?:(?:change|chnage|swap)\s+the\s+[\p{L}\p{N}' ]{2,30}?\s+(?:one|goal|outcome|bit|part|help|support)\s+(?:to|into)|(?:change|chnage|swap)\s+(?:wh?at\s+(?:it|this|that)\s+(?:would\s+|will\s+)?(?:provides?|(?:does|do)\s+for\s+(?:me|him|her|them)|makes?\s+possible)|how\s+(?:we|everyone|everybody|people|you|u|they)\s+(?:will\s+|ll\s+|would\s+|can\s+)?(?:know|tell)|the\s+measures?|measure)(?:\s+(?:for|on|of|in)\s+the\s+[\p{L}\p{N}' ]{2,30}?\s+(?:one|goal|outcome))?\s+(?:to|into)|(?:can|could|cud|will)\s+(?:it|that|u|you)\s+(?:just\s+|only\s+)?(?:say|be|read)|(?:change|chnage|swap|switch)\s+(?:it|that|this|them)?\s*(?:to|into|for)|(?:it|that)\s+(?:should|shud|shld|needs\s+to|has\s+to)\s+(?:say|be|read)|(?:should|shud)\s+(?:just\s+)?(?:say|be|read)|make\s+it(?:\s+say)?|(?:just|only)\s+(?:put|say|write)|i\s+(?:want|would\s+like|wanna)\s+it\s+to\s+(?:say|be))\s*:?\s+(.+)$/u;
const NO_DATE = /\b(?:no|not|without|got\s+no|has\s+no|hasnt\s+got\s+a|has\s+not\s+got\s+a|dont\s+have\s+a|needs\s+a|missing\s+(?:a|the))\s+(?:date|dates|wen|when|time|day|deadline)\b|\b(?:date|wen|when)\s+(?:missing|gone)\b/;

const FIELD_CUES: ReadonlyArray<readonly [NamedField, RegExp]> = [
  ['measure', /\b(?:how\s+(?:will\s+|would\s+|do\s+|can\s+)?(?:we|everyone|every\s+one|everybody|people|you|u|they|i|staff|school)\s+(?:will\s+|ll\s+|would\s+|can\s+)?(?:know|tell|see)|we\s+will\s+know|the\s+measures?|measure)\b/],
  ['when', /\b(?:by\s+when|the\s+(?:date|deadline|time\s*frame|timeframe|when)|the\s+time(?:\s+(?:bit|part))?)\b/],
  ['doesForMe', /\bwh?at\s+(?:it|this|that)\s+(?:would\s+|will\s+)?(?:does|do)\s+for\s+(?:me|him|her|them)\b/],
  ['makesPossible', /\b(?:wh?at\s+(?:it|this|that)\s+(?:would\s+|will\s+)?makes?\s+possible|makes?\s+possible)\b/],
  ['help', /\b(?:the\s+(?:help|support|provision)|help\s+(?:bit|part)|under\s+help|wh?at\s+(?:it|this|that)\s+(?:would\s+|will\s+)?provides?)\b/],
];

/** "the chef one", "for the assignments one", "the bus goal": an outcome or hope named by its words. */
const ONE = /\bthe\s+([\p{L}\p{N}' ]{2,30}?)\s+(?:one(?!\s+(?:other|more|of|day|thing|time|person|friend|child))|goal|outcome|hope|dream)\b/u;
const NOT_A_NAME = /^(?:other|first|second|third|last|same|right|wrong|next|new|whole|top|bottom|(?:how\s+)?we\s+will\s+know|how\s+.*know)$/;

/** "the alarm help", "the taxi support": a piece of help named by its words. */
const HELP_NAMED = /\bthe\s+(?!help\b|support\b)([\p{L}\p{N}']+(?:\s+[\p{L}\p{N}']+)?)\s+(?:help|support)\b(?!\s+(?:she|he|they|i|you|u|we)\b)/u;

/** A kind of part that is no goal, said of the part meant: "isnt a hope", "the hope about", "its a problem". */
const WHOLE_PART_KIND = /\b(?:hopes?|dreams?|wish|aspirations?|needs?|problems?|worry|worries|hard\s+(?:thing|things|bit|bits))\b/;

/** "the first one", "the 2nd goal", "the last one": a goal named by its place in the plan. */
const ORDINAL = /\bthe\s+(first|1st|second|2nd|third|3rd|fourth|4th|last)\s+(?:one|goal|outcome)\b/;
const PLACES: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, last: -1 };

/** "the bit that says X", "where it says X", "has X in it", "says X": the words the part holds now. */
const SAYS: readonly RegExp[] = [
  /["“‘]([^"”’]{2,120})["”’]/,
  /\b(?:the\s+)?(?:bit|part|line|words?|one)\s+(?:that|which|where\s+it|where)?\s*(?:says|said|saying)\s+(.+)$/,
  /\bwhere\s+it\s+says\s+(.+)$/,
  /\b(?:has|got|has\s+got|says|said)\s+(.+?)\s+in\s+(?:it|there)\b/,
  /\b(?:it|that|this|one|know|when|help|possible)\s+(?:says|said|has|got|has\s+got)\s+(.+)$/,
];
/** "take out biscit from the lego one", "take biscit out of the lego one": the words, then the goal they are in. */
const FROM_ONE =
  /\b(?:take\s+out|take\s+away|take\s+off|leave\s+out|cut\s+out|cross\s+out|get\s+rid\s+of|remove|delete|drop|take)\s+(.+?)\s+(?:out\s+)?(?:of|from|off|in)\s+(?:the\s+[\p{L}\p{N}' ]{1,30}?\s+(?:one|goal|outcome|hope|dream)|it|that|there)\b/u;
/** Where the quoted words stop: the asking that follows them. */
const SAYS_END =
  /\s*(?:[.,;!?…]|\s(?:in\s+it|in\s+there|can\s+(?:it|you|u|i)|could\s+(?:it|you|u)|pls|please|take\s|get\s+rid|remove|delete|and\s+(?:it|that|i|can|take|pls)|but\s|which\s|that\s+(?:isnt|is\s+not|should|shouldnt)|it\s+(?:should|isnt)|lol|thats\s|its\s+(?:wrong|not))).*$/;

/** "the TA reading group 3 times a week is help she needs", "the sleepover isnt help". */
const IS_HELP = /^(.+?)\s+(?:is|s|are)\s+(?:(?:really|actually|more|just)\s+)?(?:the\s+)?(?:help|support|provision)\b(.*)$/;
const NOT_HELP = /^(.+?)\s+(?:isnt|is\s+not|s\s+not|arent|are\s+not|aint|not)\s+(?:really\s+|actually\s+)?(?:a\s+|the\s+)?(?:help|support|provision)\b/;

/** Lower case, marks kept (they end clauses), "isn't" made "isnt". */
function plain(text: string): string {
  return foldCase(text.replace(/`/g, "'"))
    .replace(/(\p{L})'(\p{L})/gu, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The lead-in words before the part named: "and the sleepover" is "sleepover". */
function subjectWords(text: string): string {
  return text
    .replace(/^(?:(?:and|but|so|also|oh|ok|okay|well|plus|then|yes|yeah|no|nah|um|i\s+think|actually)[\s,]+)+/, '')
    .replace(/^(?:the|a|an|her|his|my|their)\s+/, '')
    .replace(/\s+(?:bit|part|one|thing)$/, '')
    .trim();
}

function fieldIn(text: string): { field: NamedField; index: number } | undefined {
  return FIELD_CUES.map(([field, cue]) => ({ field, m: cue.exec(text) }))
    .filter((f): f is { field: NamedField; m: RegExpExecArray } => f.m !== null)
    .sort((a, b) => a.m.index - b.m.index)
    .map(({ field, m }) => ({ field, index: m.index }))[0];
}

function saysIn(text: string): string | undefined {
  for (const re of SAYS) {
    const m = re.exec(text);
    const words = m?.[1]?.replace(SAYS_END, '').replace(/^(?:that|the\s+words?)\s+/, '').trim();
    if (words && /\p{L}{2,}/u.test(words) && words.split(/\s+/).length <= 20) return words;
  }
  return undefined;
}

/** The words named before the goal they are in: "biscit" of "take out biscit from the lego one". */
function wordsFromOne(text: string): string | undefined {
  const named = FROM_ONE.exec(text)?.[1]
    ?.replace(/^(?:the\s+(?:words?|bit|part)\s+(?:about\s+|that\s+says\s+|saying\s+)?|the\s+(?:bit|part)\s+)/, '')
    .replace(/^["“‘]+|["”’]+$/g, '')
    .trim();
  return named && /\p{L}{2,}/u.test(named) && !/^(?:it|this|that|them|all|everything|the\s+date)$/.test(named) && named.split(/\s+/).length <= 8 ? named : undefined;
}

function oneIn(text: string): string | undefined {
  const m = ONE.exec(text);
  // "the word biscit from the lego one": the goal is named last, after "from the".
  const name = m?.[1]?.replace(/^(?:.*\s)?(?:for|of|in|on|from)\s+the\s+/, '').trim();
  return name && !NOT_A_NAME.test(name) && !fieldIn(name) ? name : undefined;
}

/** "shud be different", "should be something else": asks for new words without giving them. */
const NO_NEW_WORDS = /^(?:(?:something|sth|a\s+bit|abit)\s+)?(?:different|changed|else|better|other|wrong|new|right|fixed)$/;

function newWords(said: string | undefined): string | undefined {
  // "change the bus one to just get the bus on my own": "just" says how simple it is, never part of the words.
  const to = said?.replace(/[\s.!?]+$/, '').replace(/[\s,]+(?:please|pls|plz|thanks|thank\s+you|ta)$/, '').replace(/^(?:just|simply)\s*:?\s+(?!(?:in\s+time|about|before|after|like|as)\b)(?=\S)/, '').replace(/^["'“‘]+|["'”’]+$/g, '').trim();
  // "should be under having a friend": a move to another hope or part, read elsewhere.
  return to && !NO_NEW_WORDS.test(to) && !/^(?:under|in\s+(?:the|a|his|her|my)|with\s+the|part\s+of|moved|an?\s+(?:hope|dream|need|goal|problem))\b/.test(to) ? to : undefined;
}

/** One clause read: the pointing and the request in it; undefined when it points at nothing. */
function readClause(clause: string, number: number | undefined): NamedEdit | undefined {
  const notHelp = NOT_HELP.exec(clause);
  if (notHelp) return { action: 'notHelp', says: subjectWords(notHelp[1]!), field: 'help' };
  const isHelp = IS_HELP.exec(clause);
  if (isHelp && !/\b(?:not|isnt|no)\s*$/.test(isHelp[1]!)) {
    const from = fieldIn(isHelp[2] ?? '')?.field;
    return { action: 'toHelp', says: subjectWords(isHelp[1]!), ...(from && from !== 'help' ? { from } : {}) };
  }
  // "change the alarm help to ...": the help holding "alarm", named as people name a goal by its words.
  const helpNamed = HELP_NAMED.exec(clause)?.[1];
  const field = fieldIn(clause)?.field ?? (helpNamed ? 'help' : undefined);
  const one = oneIn(clause);
  // "take out the word ideally it sounds daft": that one word, never the reason after it.
  const says = oneWordToRemove(clause) ?? saysIn(clause) ?? helpNamed ?? (one && REMOVE.test(clause) ? wordsFromOne(clause) : undefined);
  const to = newWords(CHANGE_TO.exec(clause)?.[1]);
  const place = ORDINAL.exec(clause)?.[1];
  const ordinal = place ? PLACES[place] : undefined;
  const pointed = { ...(number !== undefined ? { number } : {}), ...(says ? { says } : {}), ...(one ? { one } : {}), ...(ordinal ? { ordinal } : {}), ...(field ? { field } : {}) };
  if (number === undefined && !says && !one && !ordinal && !field) return undefined;
  // "the customers one isnt a hope", "the hope about customers": a hope or hard thing named as a whole, never a goal's.
  if (one && !says && !field && !ordinal && !to && WHOLE_PART_KIND.test(clause)) return undefined;
  if (NO_DATE.test(clause) && !to) return { action: 'noDate', ...pointed };
  if (to) return { action: 'change', ...pointed, to };
  if (REMOVE.test(clause)) return { action: 'remove', ...pointed };
  return { action: 'point', ...pointed };
}

/**
 * The changes pointed at in a review message, one a clause, in the order said; empty when the
 * message points at nothing in the draft by its words, its number or its part.
 */
/** A sentence that only thanks or signs off, never more new words. */
const THANKS = /^(?:thanks?|thank\s+(?:you|u)|ty|cheers|please|pls|plz|ok|okay|lol|x+|that'?s?\s+(?:it|all))\b[\s\w!.]{0,12}$/i;

export function readNamedEdits(text: string): NamedEdit[] {
  const said = plain(text.slice(0, MAX_CHARS));
  if (!said) return [];
  // "delete 3 no wen", "3 no wen", "no 3": a number first names that item of the change list.
  const numbered = /^(?:(?:pls|please|can\s+you|can\s+u|just|i\s+want\s+to)\s+)*(?:(?:delete|del|remove|change|edit|fix|take\s+out|get\s+rid\s+of)\s+)?(?:number\s+|no\.?\s+(?=\d)|#)?(\d{1,2})\b(.*)$/.exec(said);
  if (numbered) {
    const number = Number(numbered[1]);
    const rest = numbered[2] ?? '';
    // "delete 1 and 3": several parts together, read elsewhere.
    if (/\b\d{1,2}\b/.test(rest)) return [];
    const asked = said.slice(0, said.length - rest.length);
    // "change 8 to go to the gym. make it every sunday": the new words come first; a later "make it" adds to them (read as a request).
    const wordsFirst = /^\s*(?:to|into)\s/.test(rest);
    const action: NamedAction = NO_DATE.test(rest) && !REMOVE.test(asked) ? 'noDate' : REMOVE.test(asked) || REMOVE.test(rest) ? 'remove' : CHANGE_TO.test(rest) && !wordsFirst ? 'change' : /\b(?:change|edit|fix)\b/.test(asked) ? 'point' : 'point';
    const to = action === 'change' ? CHANGE_TO.exec(rest)?.[1]?.trim() : undefined;
    // "6 take out the mum bit": those words of part 6, never the whole part.
    const says = action === 'remove' && !REMOVE.test(asked) ? (wordsToRemove(rest.trim()) ?? undefined) : undefined;
    return [{ action, number, ...(to ? { to } : {}), ...(says ? { says } : {}) }];
  }
  // One change a clause: "the TA ... is help she needs, not what it makes possible. and the sleepover isnt help".
  const clauses = sentencesCutAtSpacesOf(said, ';');
  const edits: NamedEdit[] = [];
  let carried: NamedEdit | undefined;
  let ended = '';
  for (const clause of clauses) {
    const read = readClause(clause.replace(/[.!?;]+$/, ''), undefined);
    const end = /[.!?;]+$/.exec(clause)?.[0] ?? '';
    if (!read) {
      // "... has sorry this is taking ages in it. take that out": the asking in a sentence of its own.
      const asked = carried && readAsking(clause);
      if (asked && carried) Object.assign(carried, asked);
      // "should say She will ask for help. Her teacher will see it in class.": new words go on past a full stop.
      else if (carried?.action === 'change' && carried.to && !THANKS.test(clause)) carried.to = `${carried.to}${ended} ${clause.replace(/[.!?;]+$/, '')}`;
      ended = end;
      continue;
    }
    edits.push(read);
    carried = read;
    ended = end;
  }
  return edits.map((edit) => (edit.to ? { ...edit, to: asTyped(text, edit.to) } : edit));
}

/** New words as the person typed them (capitals and all), found again in what they said. */
function asTyped(original: string, words: string): string {
  const pattern = words.split(/\s+/).map((w) => [...w].map(escapeRegExp).join("['\u2018\u2019`]?")).join('\\s+');
  return new RegExp(pattern, 'iu').exec(original)?.[0] ?? words;
}

/** The request alone in a sentence after the pointing one: "take that out", "can it just say by july". */
function readAsking(clause: string): Pick<NamedEdit, 'action' | 'to'> | undefined {
  const to = newWords(CHANGE_TO.exec(clause)?.[1]);
  if (to) return { action: 'change', to };
  if (REMOVE.test(clause)) return { action: 'remove' };
  return undefined;
}
