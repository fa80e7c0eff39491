/*
 * Asking for the note about a worry off, or for no note: one reader for every place that hears it
 * (the objection to the help lines, flagObjection.ts; questions about the note, worryNote.ts). It only
 * says how the request is worded: whether a worry is told beside it is for those places to read.
 */

import { ANY_NOTE_KIND } from './noteNamed';

/** The note named: "take that note off", "delete the worry", "get rid of that note", "you made a note about me ... please remove it". */
const NOTE_NAMED_OFF =
  /\b(?:take|get|rub|delete|remove|cross|wipe|clear|scrap|undo|cancel|lose|drop)\s+(?:off\s+|out\s+|rid\s+of\s+)?(?:(?:that|the|this|my|your|ur)\s+(?:worr(?:y|ying|ied)\s+)?(?:note|flag|worry|worrying\s+(?:thing|bit))|(?:that|the|this)\s+(?:(?!(?:i|me|he|she|they|him|her|us|we|you|u|it|and|but|or|because|cos)\b)[a-z]+\s+){1,2}(?:note|flag)|(?:both|all|all\s+the|all\s+of\s+the|the|those|these|my|ur|your)\s+(?:notes|flags))\b|\b(?:note|flag)\s+(?:off|out|away)\b|\b(?:(?:you|u)\s+(?:made|make|wrote|write|written|put|kept|keep|added|add)\s+(?:a|the|that|this)\s+(?:note|flag)|(?:the|that|this)\s+(?:note|flag)\s+(?:about|that\s+says|saying))\b[^~]{0,120}?\b(?:(?:please|kindly|can\s+you|could\s+you|just)\s+)(?:remove|delete|take\s+(?:off|out|away)|get\s+rid\s+of|cancel|undo)\s+(?:it|that|this)\b/;

/**
 * A note named by what it was about, then said to be a mistake and asked off ("the self harm note was a mistake,
 * take it off", "the bit about hurting myself was a mistake pls remove it"), or asked off by its kind ("pls remove
 * the self harm one"). A bit or one is a note only when a kind of worry names it ("remove the football one" is a hope).
 */
// A note word always names it, before the kind ("the bit about self harm", "the thing i said about bullying") or after it
// ("the self harm one", "the hitting one"), and never "my": "get rid of my suicidal thoughts", "remove the bullying" tell of the worry itself.
const NOTE_WORD = '(?:one|bit|part|thing|note|flag|question)';
const KIND_PART = `(?:(?:the|that|this)\\s+(?:${NOTE_WORD}\\s+(?:(?:that\\s+)?i\\s+(?:said|told\\s+(?:you|u)|wrote|typed)\\s+)?(?:about|on|where\\s+i\\s+said)\\s+${ANY_NOTE_KIND}|${ANY_NOTE_KIND}(?:\\s+${NOTE_WORD}|(?<=\\b${NOTE_WORD}))))`;
const NOTE_BY_WHAT = `(?:(?:the|that|this)\\s+(?:[a-z]+\\s+){0,2}(?:note|flag)|${KIND_PART})`;
const SAID_A_MISTAKE = '(?:was|is|s|were)\\s+(?:a\\s+|just\\s+a\\s+|all\\s+a\\s+)?(?:mistake|mix\\s*up|misunderstanding|wrong|not\\s+true)';
const ASKED_OFF = '(?:remove|delete|take\\s+(?:it|that|this)\\s+(?:off|out|away)|take\\s+(?:off|out)\\s+(?:it|that)|get\\s+rid\\s+of\\s+(?:it|that))';
const NOTE_KIND_OFF = new RegExp(
  `\\b${NOTE_BY_WHAT}\\s+${SAID_A_MISTAKE}\\b[^~]{0,40}?\\b${ASKED_OFF}\\b|\\b(?:take\\s+off|remove|delete|get\\s+rid\\s+of|cross\\s+out|scrap)\\s+${KIND_PART}\\b`,
);

/**
 * Asked without the note named: "please don't put that down", "I'd like it taken off", "remove it".
 * These say what is asked only when the help lines or the note are named beside them.
 */
// "take off the phone one", "take out my hope about dogs": a part of the plan named after "take off" is that part, never the note.
const PLAN_PART_NAMED = String.raw`(?!\s+(?:the|my|a|an|those|these|that|this|ur|your)\s+(?!(?:worr\w*\s+|safeguarding\s+)?(?:note|notes|flag|flags|worry|safeguarding)\b)[a-z])`;
const IT_OFF = new RegExp(
  String.raw`\b(?:(?:dont|do\s+not|please\s+dont)\s+(?:put|write|record|mark|log|flag|note|report|pass)\s+(?:that|this|it)\b|(?:take|taken|get|delete|remove)\s+(?:(?:it|that|this|the\s+note)\s+)?(?:off|out|away)\b${PLAN_PART_NAMED}|(?:take|delete|remove)\s+(?:it|that|this|the\s+note)\b)`,
);

/** How the note is asked off: `named` (the note or flag said), `bare` ("take it off"), or undefined when it is not. Read on the normalised message. */
export function readNoteOff(said: string): 'named' | 'bare' | undefined {
  if (NOTE_NAMED_OFF.test(said) || NOTE_KIND_OFF.test(said)) return 'named';
  return IT_OFF.test(said) ? 'bare' : undefined;
}

const NOTE_OFF_WORDS = new RegExp(`(?:(?:please|pls|plz|can\\s+(?:you|u)|could\\s+(?:you|u)|just)\\s+)*(?:${NOTE_NAMED_OFF.source})(?:\\s+(?:off|out|away))?(?:\\s+(?:please|pls|plz|now|thanks))*`, 'g');

const NOTE_KIND_OFF_WORDS = new RegExp(`(?:(?:please|pls|plz|can\\s+(?:you|u)|could\\s+(?:you|u)|just)\\s+)*(?:${NOTE_KIND_OFF.source})(?:\\s+(?:please|pls|plz|now|thanks))*`, 'g');

/** What is said beside asking for the note off ("take the note off, my dad hits me" → "my dad hits me"), read on the normalised message. */
export function besideTheNoteOff(said: string): string {
  return said.replace(NOTE_OFF_WORDS, ' ').replace(NOTE_KIND_OFF_WORDS, ' ').replace(/\s+/g, ' ').trim();
}
