import { partToTakeOut } from './noWithInstruction';
import { keepOnlyPart } from './hopePartKept';
import { numbersListed, numbersSaidWrong } from './placesNamed';
import { asksToRemove } from './removeItem';
import { clausesOf, normaliseMessage, phrasesOf } from './text';
import { withOneSpelt } from './oneSpelt';
import { TAKE_OUT_ONLY, TAKE_OUT_VERB } from './takeOutVerbs';
import { bitAskedOut } from './bitTakenOut';

/*
 * Asking, at any question, to take out or reword one part already kept: "remove the first hope
 * please", "Please delete the hope about Makaton", "change this dream to: Zofia talk more". The
 * part must be named (a hope, a need, an outcome; by its place, its words or "this one"), so an
 * answer that only uses these verbs ("change schools", "get rid of my anxiety") stays an answer.
 * "delete it" on its own takes back the last answer (takeBack.ts), not this.
 */

export type PartKind = 'hope' | 'need' | 'outcome';

export interface PartNamed {
  kind: PartKind;
  /** 1 for "the first", -1 for "the last"; null when named otherwise. */
  place: number | null;
  /** Words the part holds ("makaton"), or null. */
  about: string | null;
  /** "this hope", "that dream": the one being talked about now. */
  current: boolean;
  /** "hope 5", "goal number 2": a number typed, which means the number of a list shown (the review's), not a place. */
  numbered?: boolean;
  /** "the bike one": named without its kind; an outcome first, else a hope or a need. */
  loose?: boolean;
  /** "delete chips": named only by words after the verb; an edit only when they are the words of a kept part. */
  bare?: boolean;
  /** The part already found by its id (a hope named in a correction). */
  id?: string;
  /** "both hard things", "the two needs", "all the hopes": every one of that kind (for the hope talked about, when one is). */
  every?: boolean;
  /** "the other vet one", "the old vet one": of two parts alike, the one kept before (the newer is the one they mean to keep). */
  earlier?: boolean;
  /** "1 and 2": two or more parts by their numbers in the list the person saw, to come out together. */
  places?: number[];
  /** "delete them both", "take those two out": the last things kept, this many, named by no kind or words. */
  lastKept?: number;
}

/** A change with `text` '' names the part but not its new words ("can i change the reading one"): they are asked for. */
export type EditRequest = { action: 'remove'; part: PartNamed } | { action: 'change'; part: PartNamed; text: string; keepOnly?: string };

/** "can i change the reading one", "edit the swimming outcome please": which part, without the new words yet. */
const CHANGE_ONLY =
  /^(?:(?:please|pls|can you|could you|can u|can i|could i|can we|i want to|i wanna|id like to|i would like to|just|now|lets)\s+)*(?:change|edit|reword|rewrite|fix|redo)\s+(.+?)(?:\s+(?:please|pls|again|now))*$/i;

/** "i want cookin one changed", "can u get the bus one changed": the part named, then the wish to change it. */
const CHANGED_WANTED =
  /^(?:(?:i|we)\s+(?:want|wanna|need|would\s+like|d\s+like|'d\s+like|id\s+like)\s+|(?:can|could)\s+(?:you|u|i|we)\s+(?:get|have)\s+)(.+?)\s+(?:changed|changing|edited|redone|fixed|reworded)(?:\s+(?:please|pls|plz|now|again))*$/i;

const KINDS: ReadonlyArray<readonly [PartKind, RegExp]> = [
  ['hope', /^(?:hopes?|dreams?|wish(?:es)?|aspirations?)$/],
  ['need', /^(?:needs?|problems?|barriers?|worr(?:y|ies)|difficult(?:y|ies)|hard (?:things?|bits?|parts?|ones?))$/],
  ['outcome', /^(?:outcomes?|steps?|goals?|targets?)$/],
];
/** Any word for a kind of part, from KINDS: "hope", "worries", "goal". */
const KIND_WORD = `(?:${KINDS.map(([, word]) => word.source.slice(1, -1)).join('|')})`;

const PLACES: Readonly<Record<string, number>> = { first: 1, '1st': 1, one: 1, second: 2, '2nd': 2, two: 2, third: 3, '3rd': 3, three: 3, fourth: 4, '4th': 4, four: 4, fifth: 5, '5th': 5, five: 5, last: -1 };
const PLACE_WORD = '(?:first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last)';

/** "3", "number 3" (or a slip of it: "numer", "num", "no."), "the 3rd one", "number three". Never "the last one" (lastRemoval.ts). */
const PLACE_ALONE = /^(?:the\s+)?(?:(?:n[ou]m+b?e?r|num|no\.?|#)\s*(\d{1,2}|one|two|three|four|five)|(\d{1,2})|(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|\d{1,2})\s+one)$/;

/** "the first hope", "hope number 2", "the hope about makaton", "the makaton hope", "this dream". */
const NAMED = [
  new RegExp(`^(?:the|my|her|his|their|our)?\\s*(${PLACE_WORD})\\s+(${KIND_WORD})$`),
  new RegExp(`^(?:the\\s+)?(${KIND_WORD})\\s+(?:number\\s+|no\\.?\\s+|#)?(\\d{1,2}|one|two|three|four|five)$`),
  new RegExp(`^(?:the|my|her|his|their|our)?\\s*(${KIND_WORD})\\s+(?:about|with|for|of|on|that says|saying|where|(?:that|which)\\s+(?:starts|begins)(?:\\s+with)?|starting(?:\\s+with)?|beginning(?:\\s+with)?)\\s+(.+)$`),
  new RegExp(`^(?:the|my|her|his|their|our)\\s+(.+?)\\s+(${KIND_WORD})$`),
  new RegExp(`^(this|that|the|my|her|his|their)\\s+(${KIND_WORD})$`),
  // "my hope walk buster more": the kind, then the part's own words.
  new RegExp(`^(?:the|my|her|his|their|our)\\s+(${KIND_WORD})\\s+(?!(?:is|was|are|were|that|which|about|with|for|on|of|to|number|no)\\b)(.{3,60})$`),
];

/** "both hard things", "the two needs", "all the hopes", "them all": every part of that kind. */
const EVERY = new RegExp(`^(?:both(?:\\s+of)?(?:\\s+the|\\s+my|\\s+his|\\s+her)?|(?:the|my|his|her|these|those)\\s+(?:two|2|three|3|both)|all(?:\\s+of)?(?:\\s+the|\\s+my|\\s+his|\\s+her|\\s+these|\\s+those)?(?:\\s+(?:two|2|three|3))?)\\s+(${KIND_WORD})(?:\\s+(?:also|too|as well|please))*$`);

/** "them both", "both of them", "the two of them", "those two", "the last two": two parts pointed at, no kind named. */
const LAST_FEW = /^(?:them\s+both|both(?:\s+of)?\s+(?:them|those|these)|the\s+two\s+of\s+them|(?:those|these|them)\s+(?:two|2)|both\s+(?:those|these)\s+(?:two|2)|the\s+last\s+(?:two|2)(?:\s+(?:things|ones|answers|bits))?|both)(?:\s+(?:out|off))?$/;

/** "the last two hopes", "last 3 dreams": the newest of that kind, this many. */
const LAST_OF_KIND = new RegExp(`^(?:the\\s+)?last\\s+(two|2|three|3|four|4|five|5)\\s+(${KIND_WORD})$`);

function placeOf(word: string): number | null {
  return Number(word) || PLACES[word] || null;
}

function kindOf(word: string): PartKind | null {
  return KINDS.find(([, re]) => re.test(word))?.[0] ?? null;
}

/** The part named by these words, or null when they name no kept part. */
export function partNamed(words: string): PartNamed | null {
  // "7 too", "7 as well": the part named, and nothing more.
  const said = normaliseMessage(words).replace(/(?:\s+(?:please|pls|thanks|now|too|as well|aswell|also))+$/, '').trim();
  // "them both", "both of them", "those two": the last two things kept, pointed at as "them".
  if (LAST_FEW.test(said)) return { kind: 'outcome', place: null, about: null, current: false, loose: true, lastKept: 2 };
  // "delete the last two hopes": the newest two hopes, never words to find in one.
  const lastOfKind = LAST_OF_KIND.exec(said);
  if (lastOfKind) return withKind(lastOfKind[2]!, { place: null, about: null, current: false, lastKept: placeOf(lastOfKind[1]!)! });
  const every = EVERY.exec(said);
  if (every) return withKind(every[1]!, { place: null, about: null, current: false, every: true });
  const [byPlace, byNumber, byWords, byLead, byPointer, byKindThenWords] = NAMED.map((re) => re.exec(said));
  if (byPlace) return withKind(byPlace[2]!, { place: PLACES[byPlace[1]!] ?? null, about: null, current: false });
  if (byNumber) return withKind(byNumber[1]!, { place: Number(byNumber[2]) || PLACES[byNumber[2]!] || null, about: null, current: false, numbered: true });
  if (byPointer) return withKind(byPointer[2]!, { place: null, about: null, current: byPointer[1] === 'this' || byPointer[1] === 'that' });
  if (byWords) return withKind(byWords[1]!, { place: null, about: byWords[2]!.trim(), current: false });
  if (byKindThenWords) return withKind(byKindThenWords[1]!, { place: null, about: byKindThenWords[2]!.trim(), current: false });
  if (byLead && !/^(?:first|last|second|third|other|new|next)$/.test(byLead[1]!)) return withKind(byLead[2]!, { place: null, about: byLead[1]!.trim(), current: false });
  // "1 and 2", "hopes 1, 2 and 4": several places in the list the person last saw.
  const places = numbersListed(said);
  if (places) return { kind: 'outcome', place: null, about: null, current: false, loose: true, numbered: true, places };
  // "number 3", "numer 3", "the third one": a place in the list the person last saw, of no kind said.
  const byPlaceAlone = PLACE_ALONE.exec(said);
  if (byPlaceAlone) return { kind: 'outcome', place: placeOf(byPlaceAlone[1] ?? byPlaceAlone[2] ?? byPlaceAlone[3]!), about: null, current: false, loose: true, numbered: true };
  // "the bike one", "the one about the bus": a part named by its words alone.
  const loose = /^(?:the|my|her|his|their|our)\s+(?!(?:first|last|second|third|other|new|next|same|right|wrong)\s+one$)(.{2,40}?)\s+one$|^the\s+one\s+(?:about|with|for|that says|saying)\s+(.{2,40})$/.exec(said);
  if (loose) return { kind: 'outcome', place: null, ...aboutAndAge((loose[1] ?? loose[2])!.trim()), current: false, loose: true };
  return null;
}

/** "other vet", "old vet": the words that name the part, and whether the older of two alike is meant. */
function aboutAndAge(words: string): { about: string; earlier?: boolean } {
  const older = /^(?:other|old|older|earlier|previous|first|original)\s+(.{2,})$/.exec(words);
  return older ? { about: older[1]!, earlier: true } : { about: words };
}

function withKind(word: string, rest: Omit<PartNamed, 'kind'>): PartNamed | null {
  const kind = kindOf(word);
  return kind ? { kind, ...rest } : null;
}

/** "change this dream to: X", "can you change the first hope to say X", "edit the hope about toilet into X". */
const CHANGE =
  /^(?:(?:please|pls|can you|could you|can u|could u|can i|i want to|i wanna|id like to|i would like to|just|now)\s+)*(?:change|edit|reword|rewrite|make)\s+(.+?)\s+(?:to say|to|into|so it says|so that it says)\s*[:\-]?\s+(.+)$/i;

/** "actually can u get rid of ...": the lead-in before the asking. */
function withoutLead(text: string): string {
  return text
    .trim()
    .replace(/^(?:(?:no|nope|nah|ok|okay|sorry|wait|hang on|oh|oops|but|and|also|so|yes|actually|hmm+|um+|(?:no[\s,]+)?(?:that'?s|thats) (?:all|it)(?: thanks)?)[\s,.!]+|(?:can|could) (?:u|you) (?=(?:please |pls |just )?(?:delete|remove|get rid|take)))+/i, '');
}

/**
 * "both isnt a hope, please delete it", "wait no, both wasnt a hope", "thats not a hope either, take
 * it out": a part said not to be one, so it is to come out. "that's not a need, it's a hope" moves a
 * part instead, and is left to the readers of corrections.
 */
const NOT_A_PART = new RegExp(`^(?:(thats|its|(?:that|this|it)(?:\\s+(?:is|was))?)|(.{1,60}?)\\s+(?:is|was))\\s*(?:not|nt|never)\\s+(?:really\\s+)?(?:a|an|my|one\\s+of\\s+my)\\s+(hopes?|dreams?|wish|aspirations?|needs?|outcomes?|goals?|hard\\s+things?|hard\\s+bits?)(?:\\s+(?:either|too|at\\s+all|lol))*$`);
const MOVED_TO = new RegExp(`\\b(?:its|it is|thats|that is|should be|more)\\s+(?:a|an|my|like\\s+a)\\s+${KIND_WORD}\\b`);

/** "its what makes things hard for him", "that goes with the other one": the part is put somewhere else, not taken out. */
const PUT_ELSEWHERE = /\b(?:its|it is|thats|that is|more like|should be|goes|belongs|instead|move|put it)\b/;

export function saidNotAPart(text: string): PartNamed | null {
  if (MOVED_TO.test(normaliseMessage(text))) return null;
  const sentences = phrasesOf(text).map((s) => normaliseMessage(withoutLead(s.trim()))).filter(Boolean);
  for (const [at, sentence] of sentences.entries()) {
    const said = NOT_A_PART.exec(sentence.replace(REMOVE_AFTER, '').replace(/\b(isnt|wasnt|aint)\b/g, (w) => (w === 'aint' ? 'is not' : `${w.slice(0, -2)} not`)));
    if (!said) continue;
    if (PUT_ELSEWHERE.test(sentences.slice(at + 1).join(' '))) return null;
    const kind = kindOf(said[3]!);
    if (!kind) continue;
    return said[1] ? { kind, place: null, about: null, current: true } : { kind, place: null, about: said[2]!.trim(), current: false };
  }
  return null;
}

/** The verbs that only ever ask to take something out of the plan ("get rid of my anxiety" is a hope). */
const BARE_VERB = new RegExp(String.raw`^(?:(?:please|pls|can you|could you|can u|could u|can i|just)\s+)*${TAKE_OUT_ONLY}\s`);
/** "... isnt a hope delete that": the asking after the part said not to be one. */
const REMOVE_AFTER = new RegExp(String.raw`\s+(?:(?:so|and|pls|please|just|can you|can u)\s+)*(?:${TAKE_OUT_VERB}|take (?:it|that|this)\s+(?:out|off|away))(?:\s+(?:it|that|this|that one|this one|that 1))?(?:\s+(?:please|pls|thanks))*$`);

/** "biscit from the lego one", "the word biscit out of my goal": words named, then the part they are in. */
const WORDS_FROM_PART = /^(?!(?:the|my|this|that)\s+(?:one|goal|outcome|hope|dream|need)\b).{1,60}?\s+(?:out\s+)?(?:from|of|off)\s+(?:the|my|this|that|his|her|their)\s+(?:[\p{L}\p{N}' ]{1,30}?\s+)?(?:one|goal|outcome|hope|dream|need)$/u;

/** "the help", "that help about the app", "what helps": help kept beside a hard thing. */
const HELP_NAMED = /^(?:the|that|this|his|her|my|their)\s+(?:help|support)(?:\s+(?:bit|part|one))?(?:\s+(?:about|with|that says|saying)\b.*)?$|^what helps\b/;

/** The request to take out or reword a named part, or null. */
export function readEditRequest(text: string): EditRequest | null {
  if (text.length > 400) return null;
  // "delete the first 1": the number typed for the word "one" after a place.
  text = text.replace(/\b(first|1st|second|2nd|third|3rd|last|other)\s+1\b/gi, '$1 one');
  const trimmed = withoutLead(text);
  const change = CHANGE.exec(trimmed);
  if (change) {
    const part = partNamed(change[1]!);
    // "change this hope to just: I want my own flat": "just" only says the rest is all of it.
    const words = change[2]!.trim().replace(/^(?:just|only|simply)\s*[:\-]?\s+(?=\S)/i, '').replace(/^["'“‘]+|["'”’.!]+$/g, '').trim();
    if (part && words) return { action: 'change', part, text: words };
  }
  // "no thats it but change the swimming one": the change asked, in a sentence of its own or after the lead-in.
  for (const sentence of [trimmed, ...text.split(/[.!?…;]+|\s+but\s+/i).map((s) => withoutLead(s.trim())).filter(Boolean)]) {
    const only = CHANGE_ONLY.exec(sentence) ?? CHANGED_WANTED.exec(withOneSpelt(sentence));
    // "i want cookin one changed": "the" left out before "... one" still names the part.
    const part = only ? (partNamed(only[1]!) ?? (/^(?!the\b|my\b)\S.*\sone$/i.test(only[1]!) ? partNamed(`the ${only[1]}`) : null)) : null;
    if (part && !CHANGE.test(sentence)) return { action: 'change', part, text: '' };
  }
  // "1 and 2 are wrong. delete them": those two come out together.
  const wrong = numbersSaidWrong(text);
  if (wrong) return { action: 'remove', part: { kind: 'outcome', place: null, about: null, current: false, loose: true, numbered: true, places: wrong } };
  // "delete the 1 but can it just be the artist bit one": the part stays, cut down to the words named.
  const keepOnly = keepOnlyPart(trimmed);
  if (keepOnly) {
    const asked = asksToRemove(trimmed.slice(0, trimmed.toLowerCase().lastIndexOf('but')).replace(/[\s,.;]+$/, ''));
    const part = asked ? partNamed(asked) : null;
    if (part) return { action: 'change', part, text: '', keepOnly };
  }
  // "take out the whole thing that says And one day ..., it is not a difficulty it was a hope": the words quoted
  // name the part; the kind said after them ("a hope") is what it should have been, never the part to take out.
  const quoted = /\b(?:that says|saying)\b/.test(normaliseMessage(trimmed)) ? partToTakeOut(trimmed) : null;
  if (quoted) return { action: 'remove', part: { kind: 'outcome', place: null, about: quoted, current: false, loose: true } };
  const target = asksToRemove(trimmed);
  // "take out the help about the bus times": help is no part of its own; the needs questions read it (needsRemarks.ts).
  if (target && HELP_NAMED.test(normaliseMessage(target))) return null;
  // "remove the word biscit from the lego goal": words out of a part, never the part itself.
  if (target && WORDS_FROM_PART.test(target)) return null;
  if (target) {
    const part = partNamed(target);
    if (part) return { action: 'remove', part };
  }
  // "I see the plan and it is wrong. Please delete the hope about Makaton": one sentence asks.
  const sentences = clausesOf(text, { lineBreaks: false });
  for (const sentence of sentences) {
    const asked = asksToRemove(withoutLead(sentence));
    const part = asked ? partNamed(asked) : null;
    if (part) return { action: 'remove', part };
  }
  // "take out the bit about being a chef": the part its words name, found where it is (an outcome first, else a hope or a need).
  for (const sentence of sentences) {
    const about = partToTakeOut(sentence);
    if (about) return { action: 'remove', part: { kind: 'outcome', place: null, about, current: false, loose: true } };
  }
  // "did you see what i said about my health bit, can you take it out": "it" is the part named, never this answer.
  const bit = bitAskedOut(text);
  if (bit) return { action: 'remove', part: { kind: 'outcome', place: null, about: bit, current: false, loose: true } };
  // "delete chips", "remove the chips": the words of an earlier answer, when a kept part holds them. Never "take out the
  // its about halfway bit": words to cut from the answer being read back, not a whole part.
  // "take out the word still" names words of a sentence, never a part. "delete it. its part of pastry chef" takes out
  // "it", the answer just given (takeBack.ts): what follows only says where it belongs.
  if (target && BARE_VERB.test(normaliseMessage(trimmed)) && target.split(' ').length <= 6 && !/\b(?:one|1|bit|bits|part|word|words)$|^(?:the\s+)?words?\b|^(?:it|that|this|them|these|those)\b/.test(target)) {
    return { action: 'remove', part: { kind: 'outcome', place: null, about: target, current: false, loose: true, bare: true } };
  }
  const notAPart = saidNotAPart(text);
  return notAPart ? { action: 'remove', part: notAPart } : null;
}
