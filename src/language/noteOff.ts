/*
 * Asking for the note about a worry off, or for no note: one reader for every place that hears it
 * (the objection to the help lines, flagObjection.ts; questions about the note, worryNote.ts). It only
 * says how the request is worded: whether a worry is told beside it is for those places to read.
 */

/** The note named: "take that note off", "delete the worry", "get rid of that note", "you made a note about me ... please remove it". */
const NOTE_NAMED_OFF =
  /\b(?:take|get|rub|delete|remove|cross|wipe|clear|scrap|undo|cancel|lose|drop)\s+(?:off\s+|out\s+|rid\s+of\s+)?(?:(?:that|the|this|my|your|ur)\s+(?:worr(?:y|ying|ied)\s+)?(?:note|flag|worry|worrying\s+(?:thing|bit))|(?:that|the|this)\s+(?:(?!(?:i|me|he|she|they|him|her|us|we|you|u|it|and|but|or|because|cos)\b)[a-z]+\s+){1,2}(?:note|flag)|(?:both|all|all\s+the|all\s+of\s+the|the|those|these|my|ur|your)\s+(?:notes|flags))\b|\b(?:note|flag)\s+(?:off|out|away)\b|\b(?:(?:you|u)\s+(?:made|make|wrote|write|written|put|kept|keep|added|add)\s+(?:a|the|that|this)\s+(?:note|flag)|(?:the|that|this)\s+(?:note|flag)\s+(?:about|that\s+says|saying))\b[^~]{0,120}?\b(?:(?:please|kindly|can\s+you|could\s+you|just)\s+)(?:remove|delete|take\s+(?:off|out|away)|get\s+rid\s+of|cancel|undo)\s+(?:it|that|this)\b/;

/**
 * Asked without the note named: "please don't put that down", "I'd like it taken off", "remove it".
 * These say what is asked only when the help lines or the note are named beside them.
 */
const IT_OFF =
  /\b(?:(?:dont|do\s+not|please\s+dont)\s+(?:put|write|record|mark|log|flag|note|report|pass)\s+(?:that|this|it)\b|(?:take|taken|get|delete|remove)\s+(?:(?:it|that|this|the\s+note)\s+)?(?:off|out|away)\b|(?:take|delete|remove)\s+(?:it|that|this|the\s+note)\b)/;

/** How the note is asked off: `named` (the note or flag said), `bare` ("take it off"), or undefined when it is not. Read on the normalised message. */
export function readNoteOff(said: string): 'named' | 'bare' | undefined {
  if (NOTE_NAMED_OFF.test(said)) return 'named';
  return IT_OFF.test(said) ? 'bare' : undefined;
}

const NOTE_OFF_WORDS = new RegExp(`(?:(?:please|pls|plz|can\\s+(?:you|u)|could\\s+(?:you|u)|just)\\s+)*(?:${NOTE_NAMED_OFF.source})(?:\\s+(?:off|out|away))?(?:\\s+(?:please|pls|plz|now|thanks))*`, 'g');

/** What is said beside asking for the note off ("take the note off, my dad hits me" → "my dad hits me"), read on the normalised message. */
export function besideTheNoteOff(said: string): string {
  return said.replace(NOTE_OFF_WORDS, ' ').replace(/\s+/g, ' ').trim();
}
