import { readDataQuestion } from './dataQuestion';
import { normaliseMessage } from './text';

/*
 * Told "please ask a parent or carer to sit with you", a child asks "do i have to??", "does my mum
 * have to be here", "can i do it on my own": a question about that advice, never an answer to the
 * question that follows it. "i dont want mum reading it" beside it says who they would not show.
 */

/** "do i have to", "do i need to", "does my mum have to", "can i do it by myself". */
const MUST_AN_ADULT_SIT =
  /^(?:(?:but|so|um+|wait|and)\s+)*(?:(?:do|must|should)\s+i\s+(?:really\s+)?(?:have|need|got)\s+to(?:\s+(?:ask|have|get)\s+(?:them|her|him|someone|an adult|my\s+\w+|a parent|a carer))?|(?:do|does|must)\s+(?:my\s+)?(?:mum|mom|mam|dad|parents?|carers?|nan|gran|an adult|someone|somebody|anyone)\s+(?:really\s+)?(?:have|need|got)\s+to(?:\s+(?:be here|sit with me|help|see|watch))?|(?:can|could|may)\s+i\s+(?:not|just)?\s*(?:do\s+(?:it|this)\s+)?(?:on\s+my\s+own|by\s+myself|alone))$/;

export interface AdultBesideAsked {
  /** "i dont want mum reading it": who they would not show, said beside the question. */
  notShown?: { who?: string };
}

/** The question about sitting with an adult, or null when the message is not one. */
export function readAdultBesideAsked(text: string): AdultBesideAsked | null {
  if (text.length > 300) return null;
  const sentences = text.split(/[?!.\n]+/).map((s) => s.trim()).filter((s) => normaliseMessage(s));
  const asks = sentences.filter((s) => MUST_AN_ADULT_SIT.test(normaliseMessage(s).toLowerCase()));
  if (asks.length === 0) return null;
  const others = sentences.filter((s) => !asks.includes(s));
  const data = others.length > 0 ? readDataQuestion(others.join('. ')) : null;
  if (others.length > 0 && !data) return null;
  return data ? { notShown: data.who ? { who: data.who } : {} } : {};
}
