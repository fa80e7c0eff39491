import { normaliseMessage } from './text';

/*
 * "does it say i hurt myself or something? cos i didnt", after a note was made: a question about what
 * the note says, never a new disclosure. Read on the WHOLE message, from its first word to its last,
 * from an allow-list: the question, "or something", and a plain denial ("cos i didnt"). Anything more
 * ("cos i do sometimes", "i hurt myself again", "but my dad hurts me") is read as ever.
 */

const ASKS_IF_IT_SAYS =
  /^\s*(?:so\s+|wait\s+|hang\s+on\s+|um+\s+|erm+\s+)?(?:does|did|will|is)\s+(?:it|that|this|the\s+note|my\s+note|ur\s+note|your\s+note|the\s+plan|my\s+plan)\s+(?:say|says|said|saying|mean|show)\s+(?:that\s+)?i\s+(?:hurt|harm|harmed|cut|hurted)\s+myself(?:\s+or\s+(?:something|smth|sumthing|summat|sth|anything))?(?:\s+(?:cos|coz|because|cause|cuz|bc)\s+i\s+(?:didnt|did\s+not|dont|do\s+not|never\s+did|never|havent|have\s+not))?(?:\s+(?:lol|tho|though))?\s*$/;

/** Whether the whole message asks if the note says they hurt themselves, with at most a denial beside it. */
export function asksIfTheNoteSaysSelfHarm(text: string): boolean {
  if (text.length > 200) return false;
  return ASKS_IF_IT_SAYS.test(normaliseMessage(text));
}
