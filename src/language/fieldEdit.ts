import { fieldNamedBy, fieldsIn, labelledField, type OutcomeField } from './outcomeField';

/*
 * At the read-back of an outcome, a request about one of its parts, named by the person: "can i
 * change the how everyone will know bit?", "the statement is right now but the how everyone will
 * know bit is still wrong. it should say ...", "where did the how everyone will know bit go?",
 * "that was meant to go in the how everyone will know part". The part named is the one edited;
 * the asking is never kept as the outcome's words.
 */

export interface FieldEdit {
  field: OutcomeField;
  /** The new words for it, when given ("it should say ..."). */
  words?: string;
  /** "where did the how everyone will know bit go?": asked where it is, not to change it. */
  missing?: boolean;
  /** "that was meant to go in the how everyone will know part": the words last typed belong there. */
  belongsThere?: boolean;
}

const CHANGE = /\b(?:change|chnage|edit|fix|redo|reword|rewrite|update|swap|sort\s+out|alter|correct)\b/;
const NOT_CHANGE = /\b(?:dont|don't|do\s+not|didnt|didn't|not|never)\s+(?:want\s+(?:to\s+|you\s+to\s+)?|need\s+to\s+|mean\s+to\s+)?(?:change|edit|fix|redo|reword)\b/;
const WRONG = /\b(?:wrong|rong|muddled|messed\s+up|mixed\s+up|not\s+right|isnt\s+right|isn't\s+right|doesnt\s+make\s+sense|doesn't\s+make\s+sense|rubbish|confusing|weird|off|wonky|not\s+what\s+i\s+(?:said|meant))\b/;
const MISSING = /\bwhere\s+(?:did|has|have|is|s|d|are)\b|\b(?:missing|disappeared|vanished|gone|lost|forgot|forgotten|left\s+out|not\s+there)\b/;
const BELONGS = /\b(?:meant\s+to\s+(?:go|be)\s+(?:in|under)|should\s+(?:go|be)\s+(?:in|under)|belongs?\s+(?:in|under)|was\s+for)\b/;
const RIGHT = /\b(?:right|fine|ok|okay|good|correct|perfect|better)\b/;

/** New words asked for: "it should say ...", "change it to ...", "make it ...". */
const NEW_WORDS =
  /(?:^|[.!?,;]\s*|\s)(?:it\s+(?:should|shld|shud|shd|needs\s+to|has\s+to)\s+(?:say|be|read)|(?:should|shld|shud|shd)\s+(?:say|be|read)|change\s+(?:it\s+)?to|make\s+it\s+(?:say\s+)?|(?:i|we)\s+(?:want|would\s+like|'d\s+like)\s+it\s+to\s+(?:say|be|read)|to\s+say|put)\s*:?\s+(\S.{5,})$/i;

function clausesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+|\s*\n+\s*|[,;]\s+(?:but|and|though|tho)\s+|\s+but\s+/i).map((c) => c.trim()).filter(Boolean);
}

function lower(text: string): string {
  return text.toLowerCase().replace(/[’‘`]/g, "'");
}

/** The part of the outcome the person asks about, with its new words when given; null when none is named. */
export function readFieldEdit(text: string): FieldEdit | null {
  const said = text.trim().replace(/\s+/g, ' ');
  if (!said || said.length > 600) return null;
  const labelled = labelledField(said);
  // "How everyone will know: on 3 trips out ...": the part and its words together.
  if (labelled) return { field: labelled.field, words: labelled.words };
  // "the sentence. it should say i will catch the bus on my own": the part named, then its new words.
  const namedThenWords = partThenNewWords(said);
  if (namedThenWords) return namedThenWords;
  const wereFor = partTheWordsWereFor(said);
  if (wereFor) return { field: wereFor, belongsThere: true };
  // "not the outcome, the how everyone will know part": the part named alone is the one to change.
  const alone = partNamedAlone(said);
  if (alone) return { field: alone };
  for (const clause of clausesOf(said)) {
    const words = lower(clause);
    const named = fieldsIn(words);
    if (named.length === 0) continue;
    // The field named last in the clause is the one it is about ("that was meant to go in the measure").
    const field = (named.find((n) => n.index > words.search(BELONGS)) ?? named[named.length - 1]!).field;
    if (BELONGS.test(words)) return { field, belongsThere: true };
    if (NOT_CHANGE.test(words)) continue;
    const missing = MISSING.test(words) && !CHANGE.test(words);
    const wrong = CHANGE.test(words) || WRONG.test(words);
    if (!missing && !wrong) continue;
    if (!wrong && RIGHT.test(words)) continue;
    if (missing) return { field, missing: true };
    const after = said.slice(said.indexOf(clause));
    const given = (NEW_WORDS.exec(after) ?? PART_TO.exec(after))?.[1]?.trim().replace(/^["'“‘]+|["'”’]+$/g, '').trim();
    return { field, ...(given && given.split(/\s+/).length >= 3 ? { words: given } : {}) };
  }
  return null;
}

/** "change how we know to ...", "change the how u know bit to ...": the words after the part's name and "to". */
const PART_TO = /\b(?:change|chnage|update|swap|alter|edit)\b.{2,60}?\b(?:bit|part|know|measure|measures|sentence|step|goal|help)\s+(?:to|into)\s*:?\s+(\S.{5,})$/i;

/**
 * "no thats the how you know bit not the goal", "that was meant for the measure": the words last
 * typed were for that part. Only with a "no" before or the other part turned down after, so "thats
 * the goal i want" stays what it was.
 */
const THAT_IS_PART =
  /^((?:(?:no+|nah|nope|oh|um+|sorry|wait)[\s,.!]+)*)(?:that'?s|that\s+is|that\s+was|it\s+was|those\s+(?:are|were)|i\s+meant\s+(?:that|it)\s+(?:as|for))\s+((?:meant|supposed)\s+(?:to\s+(?:be|go)\s+)?(?:for|in)\s+|for\s+|in\s+)?(.+?)(?:[\s,.;-]+not\s+(?:in\s+|for\s+)?(?:the\s+)?[\p{L}' ]{2,40}?)?[\s.!]*$/u;

function partTheWordsWereFor(said: string): OutcomeField | null {
  const m = THAT_IS_PART.exec(lower(said));
  if (!m) return null;
  const tail = m[0].slice(m[0].lastIndexOf(m[3]!) + m[3]!.length);
  const turnedDown = /\bnot\b/.test(tail);
  if (!m[1] && !m[2] && !turnedDown) return null;
  return partNamedAlone(m[3]!);
}

/** The part named on its own, then a pause: "the sentence.", "the first bit -", "change the sentence,". */
const PART_THEN = /^((?:(?:change|edit|fix)\s+)?[^.,;:!?\-–—]{2,60}?)\s*[.,;:!?\-–—]+\s*(\S.*)$/;

function partThenNewWords(said: string): FieldEdit | null {
  const m = PART_THEN.exec(said);
  if (!m) return null;
  const field = partNamedAlone(m[1]!.replace(/^(?:change|edit|fix)\s+/i, ''));
  if (!field) return null;
  // "make it say ..." asks the same as "it should say ...".
  const given = NEW_WORDS.exec(m[2]!.replace(/^make\s+it\s+say\s+/i, 'it should say '))?.[1]?.trim().replace(/^["'“‘]+|["'”’]+$/g, '').trim();
  return given && given.split(/\s+/).length >= 3 ? { field, words: given } : null;
}

/** "no", "not the outcome,", "not that", "i mean": said before the part meant, never a part themselves. */
const BEFORE_PART = /^(?:(?:no+|nah|nope|ok|okay|oh|um+|sorry|wait|i\s+mean[t]?)[\s,.!-]+)*(?:not\s+(?:that|this|it|the\s+[\p{L}' ]{2,40}?)\s*[,;.!-]*\s+(?=the\b|how\b|i\s+mean)|not\s+(?:that|this|it)\s*[,;.!-]*\s*)?(?:i\s+mean[t]?\s+)?/u;

/** The part named and nothing else, after a "no" or the part turned down: "no not that, the how everyone will know part". */
function partNamedAlone(said: string): OutcomeField | null {
  const rest = lower(said).replace(BEFORE_PART, '').replace(/[\s.!?]+$/, '');
  return rest ? fieldNamedBy(rest) : null;
}

/**
 * Words of the read-back the person calls wrong without naming the part: "the would of bit is
 * still wrong", "it says would of which is wrong". The caller finds which part holds them.
 */
export function wordsCalledWrong(text: string): string | null {
  const said = lower(text.trim().replace(/\s+/g, ' '));
  const bit = /\bthe\s+([\p{L}' ]{2,40}?)\s+(?:bit|part|word|words)\s+(?:is|are|s|was|were)\s+(?:still\s+|all\s+|just\s+)*(?:wrong|rong|not\s+right|muddled|weird|spelt\s+wrong|spelled\s+wrong)\b/u.exec(said);
  const says = /\b(?:it|that)\s+says\s+([\p{L}' ]{2,40}?)\s+(?:which|that|and\s+that|and\s+it)\s+(?:is|s|was)\s+(?:wrong|rong|not\s+right)\b/u.exec(said);
  const words = (bit?.[1] ?? says?.[1])?.trim();
  return words && !/^(?:how\s+.*know|measure|step|date|help|outcome|statement|first|whole|last)$/.test(words) ? words : null;
}

/** "the wording is wrong", "can u fix the sentence", "change the words": the goal's sentence asked to change, no goal named. */
const WORDING = /\b(?:the\s+)?(?:wording|words|sentence|sentance|sentense|way\s+(?:it|its|it's|it\s+is)\s+(?:worded|written|said|put))\b/;
const GOAL_NAMED = /\b(?:first|1st|second|2nd|third|3rd|fourth|4th|last|other|both|all)\b|\bthe\s+[\p{L}' ]{2,30}?\s+(?:one|goal|outcome)\b|\b(?:goal|outcome)\s+(?:number\s+)?\d/u;

export function asksToChangeWording(text: string): boolean {
  const words = lower(text.trim().replace(/\s+/g, ' '));
  if (!words || words.length > 200 || GOAL_NAMED.test(words) || NOT_CHANGE.test(words)) return false;
  const edit = readFieldEdit(words);
  if (edit?.field === 'step' && !edit.missing && !edit.belongsThere) return true;
  return (WORDING.test(words) && (CHANGE.test(words) || WRONG.test(words))) || /^(?:(?:can|could)\s+(?:i|we|u|you)\s+|pls\s+|please\s+)?(?:reword|rewrite|re-word|re-write)\s+(?:it|that|this)\b/.test(words);
}
