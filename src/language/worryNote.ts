import { normaliseMessage } from './text';

/** "wat worrying thing??", "what note", "why did u make a note": asking what the note about a worry is. */
const ASKS_WHAT =
  /\b(?:what|wat|wot|wht|which|wich)\s+(?:worr(?:y|ying|ied)\s+(?:thing|note|bit|stuff|one)|note|flag|worry)\b|\bwhy\s+(?:did|have|has|do|would)\s+(?:you|u|it|the\s+bot)\s+(?:make|made|write|written|wrote|put|note|noted|flag|flagged|tell|told)\s+(?:a|that|the|this|me)?\s*(?:note|flag|something\s+worrying|worry)?\b(?=[^?]*\b(?:note|flag|worr\w*)\b)/;
/** "take that note off", "delete the worry", "remove the flag", "get rid of that note". */
const ASKS_OFF =
  /\b(?:take|get|rub|delete|remove|cross|wipe|clear|scrap|undo|cancel|lose|drop)\s+(?:off\s+|out\s+|rid\s+of\s+)?(?:that|the|this|my|your|ur)\s+(?:worr(?:y|ying|ied)\s+)?(?:note|flag|worry|worrying\s+(?:thing|bit))\b|\b(?:note|flag)\s+(?:off|out|away)\b/;

/**
 * "is there a note that says i am not safe", "did you make a note about me", "does my plan have a
 * flag": asking whether there is a note at all, which has a plain yes or no.
 */
const ASKS_WHETHER =
  /\b(?:is|was|are|were)\s+there\s+(?:a|any|an|some)\s+(?:worr(?:y|ying)\s+)?(?:note|notes|flag|flags)\b|\b(?:did|have|has)\s+(?:you|u|it|the\s+bot)\s+(?:make|made|write|written|wrote|put|add|added|keep|kept)\s+(?:a|any)\s+(?:worr(?:y|ying)\s+)?(?:note|flag)\b|\b(?:does|do|did)\s+(?:my|the)\s+plan\s+(?:have|say|show)\s+(?:a|any)\s+(?:worr(?:y|ying)\s+)?(?:note|flag)\b/;

/** Whether the message asks if there is a note about a worry at all. */
export function asksWhetherThereIsANote(text: string): boolean {
  return text.length <= 300 && ASKS_WHETHER.test(normaliseMessage(text));
}

/** The message without its sentences about the note: what is left to read for a worry. */
export function withoutTheNoteQuestion(text: string): string {
  return text
    .split(/[.?!…]+\s*/)
    .filter((sentence) => !asksAboutTheWorryNote(sentence))
    .join('. ')
    .trim();
}

/** Whether the message asks what the note about a worry is, or asks to take it off. */
export function asksAboutTheWorryNote(text: string): boolean {
  if (text.length > 300) return false;
  const said = normaliseMessage(text);
  return ASKS_WHAT.test(said) || ASKS_OFF.test(said) || ASKS_WHETHER.test(said);
}
