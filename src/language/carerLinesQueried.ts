import { normaliseMessage } from './text';

/*
 * A parent or carer asking why they were given the NSPCC number or asked if they are OK, or saying the child is safe
 * with them: "why are you giving me the NSPCC number, shes safe with me", "why do you keep asking if im ok", "i dont
 * need a helpline", "im not a danger to him". A question about the chat's own answer, to be answered truly (the number
 * is given to everyone who tells of a worry), never kept in the plan nor read as taking a note back. Read on the whole
 * message: every clause is such a question or a word that the child is safe with them, so nothing new is missed.
 */

const QUERY: readonly RegExp[] = [
  /\bwhy\s+(?:are|r|do|did|have|would)?\s*(?:you|u)\s+(?:keep\s+)?(?:giving|give|gave|given|sending|send|sent|telling|tell|told)\s+(?:me\s+)?(?:the\s+|that\s+|this\s+|a\s+|these\s+|those\s+|all\s+(?:the\s+|these\s+)?)?(?:nspcc|helplines?|numbers?|phone\s+numbers?|help\s*lines?|childline)\b/,
  /\bwhy\s+(?:do|does|are|r|did)?\s*(?:you|u)\s+(?:keep\s+)?(?:asking|ask|asked)\s+(?:me\s+)?(?:if|whether|how)\s+(?:im|i\s+am|i\s+m|we\s+are|were)\s+(?:ok|okay|alright|all\s+right|safe|fine)\b/,
  /^(?:(?:but|and|honestly|well|look)\s+)*(?:i|we)\s+(?:dont|do\s+not|really\s+dont)\s+need\s+(?:a\s+|the\s+|any\s+|that\s+|no\s+)?(?:nspcc|helplines?|help\s*lines?|numbers?|phone\s+numbers?)\b/,
  /^(?:(?:but|and|honestly|well|look)\s+)*(?:im|i\s+am|i\s+m|were|we\s+are)\s+not\s+(?:a\s+|any\s+)?(?:danger|threat|risk)\s+to\s+(?:him|her|them|my\s+\w+)\b/,
];
/** "shes safe with me", "she is perfectly safe here", "i look after her fine": the child safe with the one typing. */
const SAFE_WITH_ME =
  /^(?:(?:but|and|honestly|well|look)\s+)*(?:(?:shes|hes|she\s+is|he\s+is|theyre|they\s+are|she\s+s|he\s+s)\s+(?:perfectly\s+|completely\s+|totally\s+|quite\s+|very\s+)?safe(?:\s+(?:with\s+(?:me|us)|here|at\s+home|at\s+mine|at\s+ours))?|(?:i|we)\s+look\s+after\s+(?:her|him|them)\s+(?:fine|well|properly|just\s+fine))$/;

/** Whether the whole message asks why the lines or checks were given, or says the child is safe with them (see above). */
export function carerQueriesTheLines(text: string): boolean {
  if (text.length > 300) return false;
  const clauses = text.split(/[,.?!;\n]+/).map((c) => normaliseMessage(c)).filter((c) => /\p{L}{2,}/u.test(c));
  const asked = clauses.filter((c) => QUERY.some((re) => re.test(c)));
  return asked.length > 0 && clauses.every((c) => QUERY.some((re) => re.test(c)) || SAFE_WITH_ME.test(c));
}
