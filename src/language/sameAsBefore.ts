import { withoutLeadFiller } from './leadFiller';
import { normaliseMessage } from './text';
import { overlap } from './thread';

/*
 * "same as before, the reading and changes", "the same things as the other one", "like i said
 * before": what makes this hope hard was said already. The words after the pointer name which
 * ("the reading and changes"); none means all of them.
 */

const LEAD = String.raw`(?:(?:um+|erm|well|oh|so|yeah|yes|its|it s|it is|thats|that s|probably|mostly|basically|honestly|really|just|literally|litterally|literaly|lit|kinda|pretty\s+much)\s+)*`;
const EARLIER = String.raw`(?:before|b4|above|earlier|last\s+time|i\s+said(?:\s+before)?|the\s+(?:other|last|first|previous)(?:\s+(?:one|hope))?|for\s+the\s+(?:other|last|first|previous)(?:\s+(?:one|hope))?)`;
/*
 * "same" alone points back only as the whole answer or before "and ...", "but ...": "same feeling cards at home
 * and at nursery" says the cards are the same in both places, and names new help of its own.
 */
const POINTER_BODY = String.raw`^${LEAD}(?:(?:the\s+)?same\s+(?:things?|problems?|stuff|issues?|ones?|reasons?|difficulties|again|help|support|answers?)(?:\s+as\s+${EARLIER})?(?=\s|$)|(?:the\s+)?same\s+as\s+${EARLIER}(?=\s|$)|(?:the\s+)?same(?=\s*$|\s+(?:as|and|also|plus|but|too|with|i\s+mean|please|pls|really|again|the|my|his|her|their|our|i|we|he|she|they|it|its)\b)|(?:like|as)\s+(?:before|b4|above|i\s+said(?:\s+before)?)|what\s+i\s+said\s+(?:before|earlier|already))`;
const POINTER = new RegExp(`${POINTER_BODY}\\b`);

const FILLER = new Set(['the', 'and', 'his', 'her', 'their', 'with', 'too', 'really', 'also', 'things', 'thing', 'stuff', 'bits', 'bit', 'one', 'ones', 'all', 'both', 'again', 'mainly', 'mostly', 'especially', 'plus', 'those', 'that', 'them', 'for', 'this', 'hope', 'problems', 'issues', 'just', 'like', 'before', 'said', 'other', 'as', 'here', 'same', 'b4',
  // Words every sentence has, which name no one need ("i get anxious" is not "i cant get the bus").
  'get', 'gets', 'got', 'can', 'cant', 'not', 'dont', 'have', 'has', 'had', 'its', 'was', 'are', 'when', 'what', 'how', 'out', 'him', 'she', 'they', 'you', 'lot', 'lots', 'very', 'much', 'some', 'any', 'from', 'into', 'makes', 'make', 'feel', 'because']);

export interface SameAsBefore {
  /** Words naming which things ("reading", "changes"); empty when all. */
  named: string[];
  /** The words after the pointer, as typed. */
  rest: string;
  /**
   * "same as before and also his handwriting": the words are more besides all of before. Without
   * "and" ("same as b4 i get anxious in big groups") the words say which things are the same.
   */
  besides: boolean;
}

/**
 * The pointer after the words that name the thing: "the reading like i said", "loud places as i
 * said before", "his reading same as before". What comes before it names which.
 */
const POINTER_AFTER = new RegExp(
  String.raw`\s+(?:(?:like|as)\s+(?:i\s+(?:said|told\s+(?:you|u)|mentioned|put|wrote)|(?:i\s+)?said|before|b4|above|earlier)(?:\s+(?:before|b4|already|earlier|above|for\s+the\s+(?:other|last|first)(?:\s+one)?))?|(?:the\s+)?same\s+as\s+${EARLIER})$`,
);

/** "the 1:1 again", "her speech therapy again please": help named before, asked for again. */
const NAMED_AGAIN = new RegExp(String.raw`^${LEAD}(?:the|my|his|her|their|that|those)\s+((?:\S+\s+){0,4}?\S+)\s+again(?:\s+(?:please|pls|too|as\s+well|like\s+before))?(?:\s+(?:and|plus)\s+(?:also\s+)?(\S.*))?$`);

/** "befor", "alredy": the pointing words as they are often typed. */
const POINTER_SPELT: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:befor|befre|bfore|beofre|befoe)\b/g, 'before'],
  [/\b(?:alredy|allready|alrdy|aready|alreddy)\b/g, 'already'],
  // "same like before": how many who learnt English later say "same as before".
  [/\bsame\s+like\s+(?=before|b4|earlier|the\s+(?:other|last|first|previous)\b)/g, 'same as '],
];

/** "i said gym alredy", "i told u the bus already": what was said before, named. */
const SAID_ALREADY = /^(?:(?:but|no|yeah|yes|um+)\s+)*i\s+(?:said|told\s+(?:you|u)|put)\s+((?:\S+\s+){0,4}?\S+)\s+(?:already|before|earlier)$/;

/** "i told you already, the shyness and biting", "ive already said his speech": the pointer first, then what it names. */
const TOLD_THEN_NAMED =
  /^(?:(?:but|no|yeah|yes|um+|erm+|well)\s+)*(?:i\s+(?:have\s+)?|ive\s+)(?:already\s+)?(?:said|told\s+(?:you|u)|put|mentioned|explained)(?:\s+(?:that|this|it|you|u))?(?:\s+(?:already|before|earlier))?\s+(?:(?:its|it\s+is|thats|that\s+is)\s+)?((?:\S+\s+){0,5}?\S+)$/;

export function readSameAsBefore(text: string): SameAsBefore | null {
  const said = POINTER_SPELT.reduce((t, [typo, word]) => t.replace(typo, word), normaliseMessage(text));
  const saidAlready = SAID_ALREADY.exec(said);
  if (saidAlready) return { named: saidAlready[1]!.split(/\s+/).filter((w) => w.length > 2 && !FILLER.has(w)), rest: saidAlready[1]!, besides: false };
  const told = TOLD_THEN_NAMED.exec(said);
  const toldNamed = told ? told[1]!.split(/\s+/).filter((w) => w.length > 2 && !FILLER.has(w)) : [];
  // Only when something is named: "i told you already" alone is a complaint, read elsewhere.
  if (told && toldNamed.length > 0 && !/^(?:that|this|it|so|about|to|what|how|why|already|before|earlier)\b/.test(told[1]!)) return { named: toldNamed, rest: told[1]!, besides: false };
  if (said.length > 200) return null;
  const again = NAMED_AGAIN.exec(said);
  if (again) {
    // "1:1" names the help however short it is; "the", "his" do not.
    const named = again[1]!.split(/\s+/).filter((w) => w.length > 1 && !FILLER.has(w));
    // "the talking again and he plays on his own": the thing named, then a new one, each a part of the rest.
    const more = again[2] ? again[2].split(/\s+/).filter((w) => w.length > 2 && !FILLER.has(w)) : [];
    if (named.length > 0) return { named: [...named, ...more], rest: again[2] ? `${again[1]!} and ${again[2]}` : again[1]!, besides: false };
  }
  const after = POINTER_AFTER.exec(said);
  if (after) {
    // "yes the reading like i said": a yes or a filler before the thing named is no name.
    // "thats the same as the first one": a lead word alone before the pointer names nothing either.
    const rest = `${said.slice(0, after.index)} `.replace(new RegExp(`^${LEAD}`), '').replace(/^(?:(?:yes|yeah|yep|and|also|plus|again)\s+)+/, '').trim();
    const named = rest.split(/\s+/).filter((w) => w.length > 2 && !FILLER.has(w));
    // Up to a few words: a long sentence with "as i said" in it is an answer of its own.
    if (named.length > 0 && rest.split(/\s+/).length <= 6) return { named, rest, besides: false };
  }
  const match = POINTER.exec(said);
  if (!match) return null;
  const typed = said.slice(match[0].length).trim();
  // "same really, the game is too fast": the softening words after the pointer are no part of the answer.
  const rest = withoutLeadFiller(typed.replace(/^(?:(?:and|also|plus|but|too|with|i\s+mean)\s+)+/, ''));
  const named = rest.split(/\s+/).filter((w) => w.length > 2 && !FILLER.has(w));
  return { named, rest, besides: rest !== typed && !/^i\s+mean\b/.test(typed) };
}

/** "reading" and "read", "changes" and "change": the same word by its first letters. */
function sameWord(a: string, b: string): boolean {
  const k = Math.min(5, a.length, b.length);
  // "the bus": a short word names a need only when it is the very word.
  return a === b || (k >= 4 && a.slice(0, k) === b.slice(0, k)) || sameStem(a, b);
}

/** "shyness" and "shy", "biting" and "bites": one word with its endings off. */
function sameStem(a: string, b: string): boolean {
  const stem = (w: string) => {
    const cut = w.replace(/(?:ness|ing|ed|es|e|s|y)$/, '');
    return cut.length >= 3 ? cut : w;
  };
  return a.length >= 3 && b.length >= 3 && stem(a) === stem(b);
}

/** Whether these words name this need. */
export function namesNeed(named: readonly string[], need: string): boolean {
  const words = normaliseMessage(need).split(/\s+/);
  return named.some((n) => words.some((w) => sameWord(n, w)));
}

/** What "yes the reading like i said" points at among help said before. */
export interface HelpPointedAt {
  /** Help said before that the words name ("someone reads to me" for "the reading"); all of it when the words name none. */
  earlier: string[];
  /** The words without the pointer ("the reading"), or '' when only the pointer was said. */
  rest: string;
}

/**
 * "yes the reading like i said", "same as before": at "what helps?", help said before. The words
 * that name it are matched by meaning ("the reading" names "someone reads to me"); with no words,
 * the help said last is meant.
 */
export function helpPointedAt(text: string, earlier: readonly string[]): HelpPointedAt | null {
  const same = readSameAsBefore(text);
  if (!same) return null;
  if (same.named.length === 0) return { earlier: earlier.slice(-1), rest: '' };
  // "1:1", "TA": words too short to have a stem are matched as they are.
  const named = earlier.filter((help) => overlap(same.named.join(' '), help) > 0 || normaliseMessage(help).split(' ').some((w) => same.named.includes(w)));
  return { earlier: named, rest: same.rest.replace(/^the\s+/, '') };
}

/** "the same as the artist one", "same as for art college", "like i said for the flat one": which hope is pointed at. */
export interface SameAsHope {
  /** Words naming the hope pointed at ("artist", "art college"). */
  hope: string[];
  /** Words after the pointer that are their own (a new hard thing), or ''. */
  rest: string;
  /** "can u just join them together": the person asked for the two hopes to be one. */
  join: boolean;
}

const NAMED_HOPE = String.raw`(?:the\s+|my\s+|his\s+|her\s+)?((?:[a-z0-9]+\s+){0,3}?[a-z0-9]+)(?:\s+(?:one|hope|dream|thing|bit))`;
const SAME_AS_HOPE = new RegExp(
  String.raw`^${LEAD}(?:(?:its|it s|it is|thats|that s)\s+)?(?:(?:the\s+)?same(?:\s+(?:things?|problems?|stuff|issues?|as\s+before))?\s+(?:as|like)\s+(?:for\s+|with\s+)?${NAMED_HOPE}|(?:the\s+)?same\s+(?:as\s+)?for\s+(?:the\s+|my\s+)?((?:[a-z0-9]+\s+){0,3}?[a-z0-9]+)(?:\s+(?:one|hope|dream))?(?=\s+(?:can|could|just|please|and|join|put)\b|$)|(?:like|as)\s+i\s+(?:said|told\s+(?:you|u)|put)\s+(?:before\s+)?for\s+${NAMED_HOPE})(?=\s|$)`,
);
/** "can u just join them together", "put them together", "merge them": the two hopes made one. */
const JOIN = /\b(?:join|put|merge|combine|stick|make)\s+(?:them|it|both|those|the\s+two|these)(?:\s+\w+){0,2}?\s+(?:together|into\s+one|as\s+one|one)\b|\b(?:join|merge|combine)\s+(?:them|both|the\s+two)\b/;
/** Words said to the bot after the pointer: "can u just ...", "please". */
const TO_THE_BOT = /^(?:(?:so|and|but|just|please|pls)\s+)*(?:can|could|will|would)\s+(?:you|u)\b|^(?:please|pls|thanks|thank you|ok|okay)$/;

/** "before", "b4 lol", "like i said": after the hope named, only pointing back. */
const POINTED_BACK = /^(?:before|b4|earlier|already|above|again|like\s+i\s+said)(?:\s+(?:really|tbh|lol|haha+|too))*$/;

/** The hope another hope's hard things are the same as, named by its words; null when no hope is named. */
export function readSameAsHope(text: string): SameAsHope | null {
  // "thats the same as the animal one befor": the pointing words as typed.
  const said = POINTER_SPELT.reduce((t, [typo, word]) => t.replace(typo, word), normaliseMessage(text));
  if (said.length > 200) return null;
  const match = SAME_AS_HOPE.exec(said);
  const words = match?.slice(1).find(Boolean);
  if (!match || !words) return null;
  const hope = words.split(/\s+/).filter((w) => w.length > 2 && !FILLER.has(w) && !/^(?:other|last|first|previous|before)$/.test(w));
  if (hope.length === 0) return null;
  // "the animal one before": the word after the hope points back too, and is no hard thing of its own.
  const after = said.slice(match[0].length).trim().replace(POINTED_BACK, '');
  const join = JOIN.test(after);
  const rest = join || TO_THE_BOT.test(after) ? '' : after.replace(/^(?:(?:and|also|plus|but|too)\s+)+/, '');
  return { hope, rest, join };
}

/** How many of the words name something in this hope's words. */
export function hopeWordsMatched(named: readonly string[], hope: string): number {
  const words = normaliseMessage(hope).split(/\s+/);
  return named.filter((n) => words.some((w) => sameWord(n, w))).length;
}

/** Words after a pointer that only soften it: "same really", "same tbh lol". */
const POINTER_SOFTENER = /(?:\s+(?:really|tbh|lol|haha+|again|too|though|mostly|basically|i\s+guess|i\s+think))+$/;

/** "I tell you this already before: a laptop": said before, as a sentence of its own; the words after it answer. */
const TOLD_BEFORE = /^(?:(?:but|and|so|ok|well)\s+)*i\s+(?:already\s+|just\s+)?(?:tell|told|said|say|gave|give)\s+(?:(?:to\s+)?(?:you|u)\s+)?(?:(?:this|that|it|these|them)\s+)?(?:already|before|earlier|b4|last time|again)(?:\s+(?:already|before|earlier|b4|again))*$/;

/** Only the pointer, as a whole sentence: "same as before", "like i said", "the same again". */
const POINTER_ONLY = new RegExp(`${POINTER_BODY}$`);

/**
 * "same as before. go toilet all by himself", "same as before, he feel proud": the pointer leads in,
 * and the words after it are the answer. Those words, as typed; null when the message is not led by
 * a pointer in a sentence of its own, or nothing worth keeping follows it.
 */
export function answerAfterPointer(text: string): string | null {
  const lead = /^\s*([^.!?,;:]+?)\s*(?:[.!?,;:]+|\s[-–—])\s*(\S.*)$/s.exec(text);
  // "same really, his nanna too": a word said only to soften the pointer is part of it.
  if (!lead || !(POINTER_ONLY.test(normaliseMessage(lead[1]!).replace(POINTER_SOFTENER, '')) || TOLD_BEFORE.test(normaliseMessage(lead[1]!)))) return null;
  const rest = lead[2]!.trim();
  const words = normaliseMessage(rest).split(/\s+/).filter((w) => w.length > 2 && !FILLER.has(w));
  return words.length > 0 && !POINTER.test(normaliseMessage(rest)) ? rest : null;
}

/**
 * "its literally the same thing", "same as before": the answer is the one already given, with
 * nothing new and nothing named. Kept, the words would say nothing; the earlier answer stands.
 */
export function onlyPointsBack(text: string): boolean {
  const same = readSameAsBefore(text);
  return same !== null && same.named.length === 0 && !same.rest.trim();
}

/** "i already said", "i just told you": said before, as a sentence of its own, with nothing after it in that sentence. */
const SAID_BEFORE_LEAD = /^(?:(?:but|and|so|ok|well)\s+)*i\s+(?:already|just)\s+(?:said|told\s+(?:you|u))(?:\s+(?:this|that|it))?$/;

/** "i already said. i want to work with animals": the words after the pointer, as typed; null when not led by one. */
export function answerAfterSaidBefore(text: string): string | null {
  const lead = /^\s*([^.!?,;:]+?)\s*[.!?,;:]+\s*(\S.*)$/s.exec(text);
  if (!lead) return null;
  const first = normaliseMessage(lead[1]!);
  if (!SAID_BEFORE_LEAD.test(first) && !TOLD_BEFORE.test(first)) return null;
  return /\p{L}{2,}/u.test(lead[2]!) ? lead[2]!.trim() : null;
}
