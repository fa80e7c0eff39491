import { CARER, FAMILY, PARENT_FONDLY, PARTNER, SIBLING, STEP_PARENT } from './familyWords';
import { normaliseMessage, sentencesOf } from './text';

/*
 * "i dont want it in my plan", said just after an answer that has a hope and, beside it, something
 * private about home ("get the bus to town on my own and like earn my own money. my mum cant really
 * give me money rn cos shes not allowed the card"): the private part comes out and the hope's own
 * words stay ("get the bus to town on my own and earn my own money"). The private part is the
 * sentence, or the "cos ..." clause, that tells of someone else at home; when none, or every part,
 * does, it is unclear which part is meant, and the person is asked.
 */

const ASKS_OUT = new RegExp(
  String.raw`^(?:(?:but|and|oh|wait|actually|no|nah|um|erm|ok|okay|please|pls|plz|tbh|just)\s+)*` +
    String.raw`(?:i\s+(?:dont|do\s+not|didnt|did\s+not)\s+want\s+(?:it|that|this|that\s+bit|that\s+part|this\s+bit|that\s+stuff)\s+(?:in|on|going\s+in|to\s+go\s+in|to\s+be\s+in)\s+(?:my|the)\s+plan` +
    String.raw`|(?:dont|do\s+not|please\s+dont|pls\s+dont)\s+put\s+(?:it|that|this|that\s+bit)\s+(?:in|on)\s+(?:my|the)\s+plan` +
    String.raw`|(?:keep|leave)\s+(?:it|that|this|that\s+bit)\s+out\s+of\s+(?:my|the)\s+plan)` +
    String.raw`(?:\s+(?:please|pls|plz|thanks|tho|though|its\s+private|its\s+personal|its\s+nobodys\s+business))*$`,
);

/** Whether the whole message asks for something just said to be left out of the plan ("i dont want it in my plan"). */
export function asksToKeepOutOfPlan(text: string): boolean {
  return text.length <= 120 && ASKS_OUT.test(normaliseMessage(text));
}

/** Someone else at home a private part tells of. */
const SOMEONE_AT_HOME = new RegExp(
  String.raw`\b(?:${FAMILY}|${PARENT_FONDLY}|${STEP_PARENT}|parents|${SIBLING}|family|${PARTNER}|girlfriend|${CARER}|she|shes|he|hes|her|his|they|theyre|them)\b`,
);
/** A reason clause joined to a hope ("... cos my mum cant"). */
const REASON = /\s+(?:cos|coz|cause|because|bc|as|since)\s+/;

const tellsOfSomeoneElse = (part: string): boolean => SOMEONE_AT_HOME.test(normaliseMessage(part));

/** "and like earn": the filler "like" between joined words is no part of the hope. */
const tidied = (words: string): string => words.replace(/\b(and|but|or|to)\s+like\s+(?=\p{L})/giu, '$1 ').replace(/\s{2,}/g, ' ').trim();

/**
 * The kept words with the private part taken out, tidied; undefined when it is unclear which part
 * is private (one part only, no part about someone else, or every part about someone else).
 */
export function withoutPrivatePart(kept: string): string | undefined {
  const sentences = sentencesOf(kept);
  let left: string[] | undefined;
  if (sentences.length >= 2) {
    const kept_ = sentences.filter((s) => !tellsOfSomeoneElse(s));
    if (kept_.length > 0 && kept_.length < sentences.length) left = kept_;
  } else if (sentences.length === 1) {
    // One sentence: a reason clause about someone else ("earn my own money cos my mum cant give me any").
    const [hope, ...reason] = sentences[0]!.split(REASON);
    if (reason.length > 0 && hope && !tellsOfSomeoneElse(hope) && tellsOfSomeoneElse(reason.join(' '))) left = [hope];
  }
  if (!left) return undefined;
  const joined = tidied(left.join(' ').replace(/\s+([.!?])/g, '$1'));
  // Typed with no full stop at the end, kept with none.
  return /[.!?]\s*$/.test(kept) ? joined : joined.replace(/[.!?,]+$/, '');
}
