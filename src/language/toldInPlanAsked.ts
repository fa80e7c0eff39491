import { normaliseMessage, sentencesOf } from './text';

/*
 * After a worry was noted, "is the thing i said about my mums boyfriend in the plan? i dont want my
 * mum seeing that": a question about what they told, answered about the note (it is not in the
 * plan; who sees the note), never matched against the plan's items by a shared word, never an
 * invitation to add it. Matched on the normalised message.
 */

const TOLD = String.raw`(?:the\s+(?:thing|things|stuff|bit)|what|everything|all\s+that)\s+i\s+(?:said|told\s+(?:you|u)|told|wrote|typed|mentioned|put)(?:\s+(?:earlier|before|just\s+now))?(?:\s+about\s+(?<about>(?:[a-z]+\s+){0,3}?[a-z]+))?`;
const PLAN = String.raw`(?:the|my|this|that|ur|your)\s+(?:plan|draft|ehcp|ehc\s+plan)|(?:in|on)\s+there`;
const IN_PLAN = new RegExp(
  String.raw`^(?:(?:so|ok|okay|but|and|wait|um|erm|hang\s+on|hold\s+on)\s+)*(?:is|are|was|did\s+(?:you|u)\s+(?:put|keep|write|add)|have\s+(?:you|u)\s+(?:put|kept|written|added)|will\s+(?:you|u)\s+put|does|will)\s+${TOLD}\s+(?:(?:going|gonna|go|goes|get|got|gone|put|written|kept|still|be|in\s+it|going\s+to\s+be|gonna\s+be)\s+)*(?:in|on|into|going\s+in)?\s*(?:${PLAN})\b`,
);
const NOT_SEEN_BY = /\b(?:dont|do\s+not|wont|never)\s+(?:want|wanna)\s+(?<whom>(?:my|our)\s+(?:mum|mam|mom|dad|parents|nan|gran|grandad|grandma|brother|sister|step\s*dad|step\s*mum|carers?|family|teachers?|form\s+tutor|social\s+worker))\s+(?:to\s+)?(?:seeing|see|reading|read|knowing|know|finding\s+out|find\s+out)\b/;

/** What was told is about a person or home ("my mums boyfriend", "him", "what happens at home"), not a plan topic ("drawing"). */
const SOMEONE = /\b(?:him|her|them|he|she|they|mum|mam|mom|mums|dad|dads|boyfriend|girlfriend|partner|step\s*dad|step\s*mum|brother|sister|uncle|auntie|aunt|cousin|nan|gran|grandad|grandma|carer|friend|mate|mates|people|boys|girls|man|men|home|house|it|that|this)\b/;

export interface ToldInPlanAsked {
  /** What they said it was about ("my mums boyfriend"), when named. */
  about?: string;
  /** Whom they do not want to see it, in the asker's terms ("your mum"), when named. */
  whom?: string;
}

/** Whether the message asks if what they told is in the plan; what it was about and whom they fear seeing it. */
export function asksIfToldIsInPlan(text: string): ToldInPlanAsked | null {
  if (text.length > 300) return null;
  const sentences = sentencesOf(text).map(normaliseMessage).filter(Boolean);
  const asked = sentences.map((s) => IN_PLAN.exec(s)).find(Boolean);
  if (!asked) return null;
  const about = asked.groups?.about?.trim();
  if (about && !SOMEONE.test(about)) return null;
  const whom = sentences.map((s) => NOT_SEEN_BY.exec(s)?.groups?.whom).find(Boolean);
  return { ...(about ? { about } : {}), ...(whom ? { whom: `your ${whom.replace(/^(?:my|our)\s+/, '')}` } : {}) };
}

/**
 * Just after that answer, asked again because it was not clear ("WHAT. u said yes?? so is it in there or not",
 * "wait so is it in the plan or not"): every sentence asks it again or is only surprise. Read only then.
 */
const ASKED_AGAIN =
  /^(?:(?:so|but|ok|okay|well|wait|hang\s+on|and)\s+)*(?:(?:is|was|are|did\s+(?:you|u)\s+put)\s+(?:it|that|this|them)\s+(?:(?:in|on)\s+(?:there|it|the\s+plan|my\s+plan|the\s+draft|my\s+draft)|in)(?:\s+or\s+not)?|(?:you|u)\s+(?:said|say|sed|just\s+said)\s+(?:yes|yeah|yea|it\s+(?:is|was))|is\s+it\s+or\s+not|yes\s+or\s+no|which\s+is\s+it)$/;
const ONLY_SURPRISE = /^(?:what|wat|wot|huh|eh|wait|um|erm|so|what\s+the|im\s+confused|i\s+dont\s+get\s+it|confused)$/;

export function asksAgainIfInPlan(text: string): boolean {
  if (text.length > 200) return false;
  const sentences = sentencesOf(text).map(normaliseMessage).filter(Boolean);
  return sentences.some((s) => ASKED_AGAIN.test(s)) && sentences.every((s) => ASKED_AGAIN.test(s) || ONLY_SURPRISE.test(s));
}
