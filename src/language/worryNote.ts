import { normaliseMessage } from './text';

/** "wat worrying thing??", "what note", "why did u make a note": asking what the note about a worry is. */
const ASKS_WHAT =
  /\b(?:what|wat|wot|wht|which|wich)\s+(?:worr(?:y|ying|ied)\s+(?:thing|note|bit|stuff|one)|note|flag|worry)\b|\bwhy\s+(?:did|have|has|do|would)\s+(?:you|u|it|the\s+bot)\s+(?:make|made|write|written|wrote|put|note|noted|flag|flagged|tell|told)\s+(?:a|that|the|this|me)?\s*(?:note|flag|something\s+worrying|worry)?\b(?=[^?]*\b(?:note|flag|worr\w*)\b)/;
/** "take that note off", "delete the worry", "remove the flag", "get rid of that note". */
const ASKS_OFF =
  /\b(?:take|get|rub|delete|remove|cross|wipe|clear|scrap|undo|cancel|lose|drop)\s+(?:off\s+|out\s+|rid\s+of\s+)?(?:that|the|this|my|your|ur)\s+(?:worr(?:y|ying|ied)\s+)?(?:note|flag|worry|worrying\s+(?:thing|bit))\b|\b(?:note|flag)\s+(?:off|out|away)\b/;

/** Whether the message asks what the note about a worry is, or asks to take it off. */
export function asksAboutTheWorryNote(text: string): boolean {
  if (text.length > 300) return false;
  const said = normaliseMessage(text);
  return ASKS_WHAT.test(said) || ASKS_OFF.test(said);
}
