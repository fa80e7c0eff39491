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

/**
 * "my mums not here shes at work", "dad is at work", "nobody is here to sit with me": told to ask a parent to sit with
 * them, a child says none is there. Their choice to chat on their own, said kindly; what else they said is still read.
 */
const NO_ADULT_HERE =
  /\b(?:(?:my\s+)?(?:mum|mam|mom|mummy|dad|daddy|parents|carer|nan|gran|grandma)(?:s|'s)?\s+(?:is\s+|are\s+)?(?:not|isnt|isn't|arent|aren't)\s+(?:here|home|in|around|with\s+me)|(?:my\s+)?(?:mum|mam|mom|mummy|dad|daddy|parents|carer|nan|gran|grandma)(?:s|'s)?\s+(?:is\s+|are\s+)?(?:at|gone\s+to)\s+work|(?:no\s*one|nobody)\s+(?:is\s+)?(?:here|home|around)(?:\s+to\s+(?:sit|help|chat))?)\b/;

export function saysNoAdultIsHere(text: string): boolean {
  return text.length <= 300 && NO_ADULT_HERE.test(normaliseMessage(text).toLowerCase());
}
