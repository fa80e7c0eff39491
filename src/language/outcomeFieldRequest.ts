import { newWordsIn } from './newWords';

/*
 * At the review, one field of an outcome named with its new words ("we will know by: my tutor sees
 * it", "the date should be next summer"), and "not that bit" when the wrong part was picked.
 */

const MAX_CHARS = 300;

/** One field of an outcome named with its new words: "we will know by: my tutor sees it", "the date should be next summer". */
export interface OutcomeFieldChange {
  field: 'measure' | 'when' | 'doesForMe' | 'makesPossible';
  /** The new words as typed; '' when the field was named without them. */
  to: string;
}

/** "how everyone will know", "we will know by", "the measure": what shows the outcome is reached. */
const MEASURE_CUE = /\b(?:(?:how\s+(?:will\s+)?(?:we|everyone|every\s+one|people|you|they|i|u)\s+(?:will\s+|ll\s+|would\s+|can\s+)?know(?:\s+(?:it|that|this))?|(?:we|everyone|people|you|they|i|u)\s+(?:will\s+|ll\s+|would\s+|can\s+|could\s+)know\s+(?:by|because|when|if|from|as)|the\s+measure|measure)\b)/i;
/** Who an outcome is for, as people say it: "me", "him", or the child's name. */
const FOR_WHOM = 'me|you|u|him|her|them';
/** "what it does for me", "how i would feel", "what it would do for Luca": the answer to "What would it do for you?". */
function doesForMeCue(name?: string): RegExp {
  const whom = `(?:${FOR_WHOM}${name?.trim() ? `|${escaped(name)}` : ''})`;
  return new RegExp(
    String.raw`\b(?:wh?at\s+(?:it|this|that|the\s+\w+\s+one)?\s*(?:would\s+|wud\s+|will\s+)?(?:does|do|did)\s+for\s+${whom}|wh?at\s+(?:would|wud|will|does)\s+(?:it|this|that)\s+do\s+for\s+${whom}|(?:it\s+)?does\s+for\s+(?:me|him|her|them)|how\s+(?:i|he|she|they)\s+(?:would\s+|wud\s+|will\s+)?feel)\b`,
    'iu',
  );
}
/** A name as plain letters in a pattern. */
const escaped = (name: string): string => name.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** "what it makes possible", "what will it help me do", "what it leads to": the answer to "What would it make possible?". */
const MAKES_POSSIBLE_CUE = /\b(?:(?:wh?at\s+(?:it|this|that)\s+(?:would\s+|wud\s+|will\s+)?)?makes?\s+possible|wh?at\s+(?:would|wud|will)\s+(?:it|this|that)\s+make\s+possible|wh?at\s+(?:(?:will|would|wud|does|can)\s+(?:it|this|that)|(?:it|this|that)\s+(?:will\s+|would\s+|wud\s+|can\s+)?)\s*(?:help|helps|let|lets)\s+(?:me|you|u|him|her|them)\s+(?:to\s+)?do|wh?at\s+(?:it|this|that)\s+(?:would\s+|wud\s+)?leads?\s+to|wh?at\s+(?:it|this)\s+(?:would\s+)?(?:let|lets)\s+(?:me|him|her|them)\s+do)\b/i;
/** "the date", "by when", "the deadline": when the outcome is to be reached. */
const WHEN_CUE = /\b(?:(?:the\s+)?(?:date|deadline|time\s*frame|timeframe|by\s+when|end\s+date|when\s+(?:by|it\s+ends))\b|the\s+when(?:\s+(?:bit|part|one))?\b|when\s+it\s+(?:will\s+|wil\s+|shud\s+|should\s+)?(?:happen|happens|be\s+done|gets?\s+done)\b)/i;
/** "for the job one", "on the cooking goal", "for outcome 2": the goal a field belongs to, named after the field. */
const GOAL_NAMED = /^\s*(?:for|on|of|in|from)\s+(?:(?:the|my)\s+[\p{L}\p{N}' ]{2,30}?\s+(?:one|goal|outcome)|(?:the\s+)?(?:outcome|goal|target)\s+(?:number\s+|no\.?\s+|#)?\d{1,2})\b/iu;
/** Between the field and its new words ("what it would make possible for him" names the field only). */
const FIELD_JOIN = /^(?:\s*(?:[:\-=,.]|is|are|was|its\b|it\s+s\b|all\b|totally|completely|(?:it\s+)?(?:shud|shld)\s+(?:be|say)|should\s+(?:be|say|read)|needs\s+to\s+(?:be|say)|must\s+(?:be|say)|to\s+say|to|into|as|it\s+should\s+(?:be|say)|instead|wrong|not\s+right|part|bit|one|line|field|for\s+(?:him|her|me|them|you|u)\b)\s*)+/i;

/**
 * "Goal is ok. I want change only We will know by: the bus driver says hi", "change the date to
 * next summer": one field of an outcome named, with its new words. Null when no field is named.
 */
export function readOutcomeField(text: string, name?: string): OutcomeFieldChange | null {
  const said = text.slice(0, MAX_CHARS).replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim();
  // The first field named is the one meant ("what it does for me is wrong. it shud say ...").
  const cues = ([['measure', MEASURE_CUE], ['when', WHEN_CUE], ['doesForMe', doesForMeCue(name)], ['makesPossible', MAKES_POSSIBLE_CUE]] as const)
    .map(([field, cue]) => ({ field, found: cue.exec(said) }))
    .filter((c): c is { field: OutcomeFieldChange['field']; found: RegExpExecArray } => c.found !== null)
    .sort((a, b) => a.found.index - b.found.index);
  const first = cues[0];
  if (!first) return null;
  // "we will know by ..." ends with its joining word, so what follows is the new measure itself.
  // "what it does for me for the job one to ...": the goal named is never part of the new words.
  const after = said.slice(first.found.index + first.found[0].length).replace(FIELD_JOIN, ' ').replace(GOAL_NAMED, '').replace(FIELD_JOIN, '');
  // "shud be different": asks for new words without giving them.
  const to = newWordsIn(after) ?? '';
  return { field: first.field, to: /^(?:(?:something|sth)\s+)?(?:different|changed|else|better|other|wrong|new)$/i.test(to) ? '' : to };
}

/** The part picked is not the one meant: "not that bit", "no the other one", "wrong one". */
const NOT_THAT_PART = /^(?:no+[\s,.!]+)?(?:not (?:that|this|the) (?:bit|one|part|line|thing)|(?:the )?other (?:bit|one|part)|wrong (?:bit|one|part))\b[\s,.!]*/i;

/** What follows "not that bit" (the part they meant, or ''), or null when the message does not say so. */
export function afterNotThatPart(text: string): string | null {
  const said = text.trim();
  const found = NOT_THAT_PART.exec(said);
  return found ? said.slice(found[0].length) : null;
}

/** "not the goal", "not the sentence": the part picked, said not to be the one meant. */
const NOT_THE_GOAL = String.raw`(?:not\s+(?:the\s+|my\s+|that\s+|this\s+)?(?:goal|outcome|sentence|statement|main|words|wording|bit|part|one)(?:\s+(?:part|bit|itself|one))?)`;
/** "the help part", "what help i get", "the what helps bit": the help towards an outcome, named as a part and nothing more. */
const HELP_PART = new RegExp(
  String.raw`^(?:no+[\s,.!]+)?(?:${NOT_THE_GOAL}[\s,.!;-]+)?(?:(?:i\s+)?(?:meant?|mean\s+to\s+change|want(?:ed)?\s+(?:to\s+)?change|wanna\s+change)\s+|change\s+|its\s+|it\s+s\s+|it\s+is\s+)?(?:(?:the|my|his|her|their)\s+)?(?:(?:help|support|provision)(?:\s+(?:part|bit|one|line|bits|parts|side))?(?:\s+(?:i|he|she|they|we)\s+(?:get|gets|need|needs|have|has))?|wh?at\s+help\s+(?:i|he|she|they)\s+(?:get|gets|need|needs)|wh?at\s+(?:already\s+)?helps?(?:\s+(?:me|him|her|them))?(?:\s+(?:part|bit|one|line|bits|parts|side))?)(?:[\s,.!;-]+${NOT_THE_GOAL})?(?:\s+(?:pls|please|plz))?[\s.!]*$`,
  'i',
);

/** Whether a message names the help towards the outcome as the part to change ("not the goal, the help part"). */
export function namesHelpPart(text: string): boolean {
  return HELP_PART.test(text.slice(0, MAX_CHARS).replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim());
}
