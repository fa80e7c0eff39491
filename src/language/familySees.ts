import { normaliseMessage } from './text';

/*
 * "can his birth mum read it?", "does she get a copy? she has parental responsibility", "will his dad
 * see the plan": whether a parent (often one the child does not live with) will see or get the plan.
 * The honest answer differs from "only you see your answers": the council's final plan usually goes
 * to the parents, so a carer needs to hear it before writing private things about home or contact.
 */

/** A parent other than the one chatting: "his birth mum", "her dad", "the child's parents", "bio dad". */
const PARENT =
  /\b(?:(?:birth|biological|bio|real|natural|other)\s+(?:mum|mom|mam|mother|dad|father|parents?|family)|(?:his|her|their|the\s+childs?|the\s+child\s+s|the\s+kids?)\s+(?:(?:birth|real|bio|biological|natural)\s+)?(?:mum|mom|mam|mother|mummy|dad|father|daddy|parents?|step\s*mum|step\s*dad))\b/;

/** "parental responsibility", as it is often typed. */
const RESPONSIBILITY = /\bparental\s+res?pons\w*|\bpr\s+(?:still|for\s+him|for\s+her)\b/;

/** Seeing, reading or getting the plan. */
const SEES = /\b(?:see|sees|seen|seeing|read|reads|reading|get|gets|getting|have|has|receive|receives|sent|send|access|look\s+at|copy|copies)\b/;

/** The parent, then within a few words the seeing: "his birth mum tho, does she get a copy". */
const PARENT_SEES = new RegExp(String.raw`(?:${PARENT.source}|${RESPONSIBILITY.source})(?:\s+\S+){0,4}?\s+${SEES.source}`);

/** What is seen is the plan or what they wrote: "can he see his dad more" is no question about the plan. */
const ABOUT_PLAN = /\b(?:plan|draft|ehcp?|it|this|copy|answers|stuff|what\s+i\s+(?:put|wrote|write|said|say|typed))\b/;

/** Asked, not told: a question mark, or a question's first words. */
const ASKS = /^(?:who|does|do|can|could|will|would|is|are|should|must|shall|if)\b|\b(?:does|do|can|could|will|would|is|should|must)\s+(?:she|he|they|his|her|their|the)\b/;

/** True when the message asks whether a parent the child may not live with sees or gets the plan. */
export function asksIfFamilySees(text: string): boolean {
  if (text.length > 400) return false;
  const said = normaliseMessage(text);
  const asked = /\?/.test(text) || ASKS.test(said);
  if (!asked || !SEES.test(said)) return false;
  // Each sentence read alone: "his dad picks him up" beside "who sees this?" is no question about his dad.
  const sentences = text.split(/[?.!\n]+/).map((s) => normaliseMessage(s)).filter(Boolean);
  return sentences.some((s) => PARENT_SEES.test(s) && ABOUT_PLAN.test(s))
    || (RESPONSIBILITY.test(said) && /\bcopy\b/.test(said));
}
