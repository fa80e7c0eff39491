import { normaliseMessage } from './text';

/*
 * A carer who has already passed the worry on ("I've told his social worker", "the police know",
 * "we reported it to school"): the answer says that was right instead of telling them to do it.
 * Only a telling that is done counts: "should I tell his social worker?" or "I haven't told anyone"
 * asks for the whole of what to do.
 */
const PROFESSIONAL = String.raw`(?:(?:his|her|their|the|our|my|a)\s+)?(?:social\s+workers?|sw|police|school|safeguarding\s+lead|dsl|teachers?|head\s*teacher|head\s+of\s+year|key\s*workers?|youth\s+workers?|yot|youth\s+offending\s+team|fostering\s+(?:team|agency)|supervising\s+social\s+worker|link\s+worker|gp|doctor|camhs|cops)`;
const TOLD = new RegExp(
  String.raw`\b(?:(?:i|we)\s*(?:ve|have|had|already|ve\s+already|have\s+already)?\s+(?:told|rang|called|phoned|emailed|informed|contacted|reported\s+(?:it|this|him|her)\s+to|spoke\s+to|spoken\s+to|let)\s+${PROFESSIONAL})\b|\b${PROFESSIONAL}\s+(?:already\s+)?(?:knows?|know\s+about\s+it|(?:is|are|has\s+been|have\s+been)\s+(?:told|informed|involved))\b`,
);
const NOT_YET = /\b(?:should|shall|could|do|can)\s+(?:i|we)\s+(?:tell|call|ring|report)\b|\b(?:havent|have\s+not|not|never|didnt|dont\s+want\s+to)\s+(?:yet\s+)?(?:told|tell|rang|called|reported)\b/;
const SOCIAL_WORKER = /\bsocial\s+workers?\b/;

/** Who they said they have already told: their social worker, someone else who helps, or nobody said. */
export function alreadyToldSomeone(text: string): 'socialWorker' | 'someone' | undefined {
  const said = normaliseMessage(text);
  const told = TOLD.exec(said);
  if (!told || NOT_YET.test(said)) return undefined;
  return SOCIAL_WORKER.test(told[0]) ? 'socialWorker' : 'someone';
}
