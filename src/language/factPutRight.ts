import { FEAR_WORDS, HARM_WORDS } from './harmOrFearWords';
import { meaningStems, overlap } from './thread';
import { normaliseMessage } from './text';

/*
 * "No. That is wrong. Mum does not do my money now. I do it myself.": a fact that was kept, put
 * right. It tells how things are now, so it is a correction of what was kept, never a worry to ask
 * after. Only a message that opens with "that is wrong" (or "not right") and then says plainly, in a
 * few short sentences with a "not" in the first, how it is now; any word of harm, fear, taking or
 * being made to do something leaves it to the safeguarding readers.
 */

const WRONG_LEAD = /^(?:(?:no+|nope|nah|wait|sorry|um+)\s+)*(?:(?:that|thats|that s|this|it|its|it s)\s+(?:is\s+|was\s+|s\s+)?(?:wrong|not right|not true|incorrect|not correct)|(?:you|u)\s+(?:got|have)\s+(?:that|it)\s+wrong)$/;
const BARE_NO = /^(?:no+|nope|nah)$/;
const NOT_NOW = /\b(?:not|doesnt|dont|isnt|arent|wont|no longer|anymore|any more|never)\b/;
const WORRY = new RegExp(String.raw`\b(?:${HARM_WORDS}|${FEAR_WORDS}|hit\w*|beat\w*|takes?|taken|took|steal\w*|stole|forc\w*|makes?\s+me|made\s+me|let\s+me|hungry|starv\w*|lock\w*|die|dead|kill\w*|sell\w*|drunk|drugs?|hate\w*|cry\w*|sad|alone|nobody|no one|food|feed\w*|eat\w*|meals?|clean\w*|wash\w*|medicine|meds|pills?|alive|exist|(?:want|wanna)\s+to\s+(?:live|be here|go on)|end\s+it|sell\w*|money\s+off\s+me)\b`);
const MOST_SENTENCES = 3;
/** Who does it and "does" itself are shared by many wordings: only what is done counts as the same thing. */
const PEOPLE_AND_DOING = meaningStems('mum mums mother dad dads father nan gran grandma grandad carer sister brother does doing done now myself');
const MOST_WORDS = 15;

/**
 * What the fact now is, when no one else is part of it: "I do it myself", "i do it", "I get dressed on my own",
 * "nobody does". Only then is a check the concern readers wanted set aside: "my step dad does it in the bathroom"
 * names someone new and is asked after as ever.
 */
const ONLY_ME_NOW =
  /^(?:(?:and|but|so|now)\s+)?(?:(?:i|im|i m)\s+(?:now\s+|just\s+|can\s+)?(?:do|does|doing|manage|managing|sort|sorting|handle|handling|get|getting)\s+(?:it|that|this|them|(?:my|the)\s+\w+|dressed|ready|washed)(?:\s+(?:myself|my\s+self|on\s+my\s+own|by\s+myself|alone|independently|all|now|fine|every\s+day))*|(?:nobody|no\s+one|noone)\s+(?:does|do|helps?)(?:\s+(?:it|that|me))?(?:\s+(?:now|anymore|any\s+more))?)$/;

/** True when what was put right now says they do it themselves, or nobody does: no one else is part of it. */
export function putRightToOnlyMe(facts: string): boolean {
  const said = facts.split('. ').map((f) => normaliseMessage(f));
  const after = said.slice(1);
  return after.length > 0 ? after.every((s) => ONLY_ME_NOW.test(s)) : ONLY_ME_NOW.test(said[0]!) || /^(?:nobody|no\s+one|noone)\b/.test(said[0]!);
}

export interface FactPutRight {
  /** The facts as typed, without the "that is wrong" before them. */
  facts: string;
}

/** The facts a message puts right, or null when it is not only a plain correction of a fact. */
export function readFactPutRight(text: string): FactPutRight | null {
  const pieces = text.slice(0, 400).split(/(?<=[.!?])\s+|,\s+/).map((p) => p.trim()).filter(Boolean);
  let lead = 0;
  let saidWrong = false;
  while (lead < pieces.length) {
    const said = normaliseMessage(pieces[lead]!);
    if (WRONG_LEAD.test(said)) saidWrong = true;
    else if (!BARE_NO.test(said)) break;
    lead++;
  }
  const facts = pieces.slice(lead);
  if (!saidWrong || facts.length === 0 || facts.length > MOST_SENTENCES) return null;
  const said = facts.map((f) => normaliseMessage(f));
  if (said.some((s) => s.split(' ').length > MOST_WORDS || WORRY.test(s))) return null;
  if (!NOT_NOW.test(said[0]!)) return null;
  return { facts: facts.map((f) => f.replace(/[.!]+$/, '')).join('. ') };
}

/**
 * The one kept wording the facts put right (a need, a help or a line about them; never a hope, which
 * its own readers put right) that shares words of meaning with them, if only one does.
 */
export function keptWordingPutRight<I extends { text: string }>(put: FactPutRight, kept: readonly I[]): I | undefined {
  const first = put.facts.split('. ')[0] ?? put.facts;
  const scored = kept.map((item) => ({ item, score: overlap(first, item.text, false, PEOPLE_AND_DOING) })).filter((s) => s.score >= 1);
  const best = Math.max(0, ...scored.map((s) => s.score));
  const top = scored.filter((s) => s.score === best);
  return top.length === 1 ? top[0]!.item : undefined;
}
