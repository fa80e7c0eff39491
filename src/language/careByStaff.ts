import { FIT_WORDS, FORGET_WORDS, HAVING_A, MEDICINE_WORDS, NOBODY_WORDS, PAID_CARER_WORDS } from './careWords';
import { concernText } from './concernText';
import { normaliseMessage } from './text';

/*
 * Worries about the care given by the people paid or placed to look after someone (staff in supported
 * living, carers, support workers), and a worry shrugged off after the answer. The answer points an
 * adult past those people (to the manager of the service or a social worker), and adds 111 when
 * medicine was missed.
 */

/** The people whose job is their care: "nite staff", "my carers", "the support workers", "agency staff" (careWords.ts). */
const THEIR_CARERS = new RegExp(String.raw`\b(?:${PAID_CARER_WORDS}|my\s+pa)\b`);

/** Whether the worry names the staff or carers who look after them (never a parent: "my mum forgets my tablets"). */
export function namesTheirCarers(message: string): boolean {
  return THEIR_CARERS.test(concernText(message));
}

/** Medicine named with it being forgotten, not given or run out, or a fit or seizure nobody came to. */
const MEDICINE = new RegExp(String.raw`\b${MEDICINE_WORDS}\b`);
const MISSED = new RegExp(
  String.raw`\b(?:${FORGET_WORDS}|not\s+given|never\s+given|dont\s+give|doesnt\s+give|didnt\s+give|never\s+gives?|no\s*one\s+gives|nobody\s+gives|ran\s+out|run\s+out|runs\s+out|missed|miss)\b`,
);
const FIT = String.raw`(?:${HAVING_A}${FIT_WORDS}|seizures?)\b(?!\s+of\b)`;
const FIT_ALONE = new RegExp(String.raw`\b${FIT}[^~]{0,60}\b${NOBODY_WORDS}\b|\b${NOBODY_WORDS}\b[^~]{0,40}\b${FIT}`);

/** Whether the worry tells of medicine missed or a fit with nobody there: "if you feel unwell, call 111" fits it. */
export function tellsOfMedicineMissed(message: string): boolean {
  const said = concernText(message);
  return (MEDICINE.test(said) && MISSED.test(said)) || FIT_ALONE.test(said);
}

/** Not calling anyone: "i dont wana call no one", "im not ringing anyone", "i wont phone them". */
const NO_CALLING =
  /\b(?:dont|do\s+not|wont|will\s+not|not\s+going\s+to|not\s+gonna|im\s+not|i\s+am\s+not|no\s+need\s+to)\s+(?:want\s+to\s+|wanna\s+|wana\s+|need\s+to\s+|have\s+to\s+)?(?:call|calling|ring|ringing|phone|phoning|contact|bother)\s+(?:no\s*one|nobody|anyone|anybody|them|any\s+of\s+them|any\s+numbers?|the\s+numbers?|111|999)\b/;
/** Saying it is nothing: "its not a big deal", "its fine", "it dont matter". */
const MADE_LITTLE_OF =
  /\b(?:not\s+a\s+big\s+deal|no\s+big\s+deal|not\s+that\s+(?:bad|serious|big)|its\s+(?:fine|nothing|ok|okay|alright|normal)|it\s+(?:dont|doesnt)\s+matter|(?:its|it\s+is|thats)\s+not\s+(?:serious|important|bad))\b/;

/**
 * "its not a big deal. i dont wana call no one" after the answer: the worry made little of and calling
 * declined. Answered kindly (it matters; calling is their choice; the note is kept), never with more numbers.
 * Declining to call alone ("i dont want to ring anyone") is answered as before: other ways than phoning.
 */
export function shrugsOffCalling(text: string): boolean {
  if (text.length > 300) return false;
  const said = normaliseMessage(text);
  return NO_CALLING.test(said) && MADE_LITTLE_OF.test(said);
}
