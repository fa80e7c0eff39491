import { foldCase } from './text';

/*
 * Support said as a goal: "our goal is 2 hours of OT every week", "my aim is to get him a keyworker
 * at nursery", "my goal is that the school give him a quiet place at lunch", "we hope she gets a
 * place in a small class with a TA". The words of a goal lead in, but what follows is help others
 * give, so it is provision. "my goal is to pass maths" and "my aim is to get a job" name the
 * person's own step and are left alone: only the thing got or had is read as support.
 */

/**
 * "my goal is", "our main aims for him are", "my hopes r", "we hope", "my dream at this point is",
 * "hoping for", "we'd like him to have", "she should be getting", or a bare "that" answering "what do you hope for?": the
 * lead-in of a goal, left aside.
 */
const GOAL_LEAD =
  /^(?:(?:so|well|and|oh|honestly|tbh)[\s,]+)*(?:(?:(?:(?:my|our|the|his|her|their)\s+(?:main\s+|big\s+|biggest\s+|first\s+|only\s+|real\s+)?)?(?:goal|aim|target|hope|wish|plan|priority|dream)(?:\s+for\s+(?:him|her|them|me|[a-z]+))?(?:\s+(?:at\s+this\s+point|right\s+now|now|really|honestly))?\s+(?:is|would\s+be|will\s+be|'s)|(?:(?:i'?m|im|i\s+am|we'?re|we\s+are)\s+)?(?:just\s+|really\s+|still\s+)?hoping\s+for|(?:i|we)\s*(?:'d|would)\s+(?:really\s+|just\s+)?(?:like|love)(?=\s+(?:him|her|them)\s+to\s+(?:get|have|be\s+given)\b)|(?:he|she|they)\s+(?:should|must|ought\s+to)(?:\s+really|\s+already)?(?:\s+be)?(?=\s+(?:getting|given|having|get|have)\s)|(?:my|our|his|her|their)\s+(?:main\s+|big\s+|biggest\s+|only\s+|real\s+)?(?:goals|aims|targets|hopes|wishes|plans|priorities)(?:\s+for\s+(?:him|her|them|me|[a-z]+))?\s+(?:are|r|would\s+be|will\s+be)|(?:we|i)\s+(?:really\s+)?(?:hope|wish)|what\s+(?:i|we)\s+(?:really\s+|just\s+|most\s+)?(?:want|wish\s+for|hope\s+for|am\s+hoping\s+for|'m\s+hoping\s+for)(?:\s+most)?(?:\s+for\s+(?:him|her|them|me))?\s+is|(?:the\s+)?(?:(?:one|main|only|biggest|first)\s+)?thing\s+(?:that\s+)?(?:i|we)\s*(?:'m|'re|am|are|m|re)?\s+(?:really\s+)?(?:hoping|wishing|asking)\s+for(?:\s+most)?\s+is|(?:i|we)\s+(?:really\s+|just\s+)?want\s+for\s+(?:my|our)\s+(?:son|daughter|child|boy|girl|grandson|granddaughter|kid)(?=\s+(?:a|an|the|some|more|extra|proper)\s))[\s:,]+(?:that\s+)?|that\s+(?=(?:the\s+)?[a-z]+\s+(?:will\s+)?(?:give|gives|let|lets|get|gets|provide|provides|find|finds|offer|offers)\s+(?:him|her|them|me|us)\b))/i;

/** "to get him", "for him to have", "she gets": someone getting or having the thing that follows (after a goal's lead-in). */
const GETS =
  /^(?:(?:(?:for\s+)?(?:him|her|them|me|us)\s+)?to\s+|(?:he|she|they|i|we|[a-z]+)\s+(?:will\s+|should\s+(?:be\s+)?)?(?:finally\s+|actually\s+|eventually\s+|at\s+last\s+)?)?(?:get|gets|getting|have|has|having|be\s+given|is\s+given|are\s+given)\s+(?:(?:him|her|them|me|us)\s+)?(.+)$/i;
/** "to get him a special chair": a thing got for someone else, said with no lead-in ("get the bus" is their own step). */
const GETS_FOR = /^(?:to\s+)?get\s+(?:him|her|them)\s+(.+)$/i;
/** "get my level 3 BSL": their own thing, a step of theirs however its words read. */
const OWN_THING = /^(?:my|his|her|their|our)\s+/i;

/** "so he can sit properly", "because he falls off his chair": the reason after the thing. */
const REASON = /\s+(?:so(?:\s+that)?\s+(?:i|he|she|they|we|it)\b|so\s+as\s+to\b|to\s+help\s+(?:me|him|her|them)\b|cos|coz|because|as|since)\b.*$/i;

/**
 * The support named after a goal's lead-in or as a thing someone gets ("to get him a special chair
 * in class"); `isSupport` is the shared reader of support answers, asked about what is left.
 */
export function goalIsSupport(said: string, isSupport: (text: string) => boolean): boolean {
  const text = foldCase(said).replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim();
  // "my dream is that CAMHS see her. We've been on the list forever": the help is in the first sentence.
  // "We've been fighting for years. The thing I'm hoping for most is that he gets a TA": the story
  // before is left aside when a later sentence is the one that says what is hoped for.
  const goalSentence = GOAL_LEAD.test(text) ? text : text.split(/(?<=[.!?])\s+/).find((s) => GOAL_LEAD.test(s) && s.replace(GOAL_LEAD, '') !== s);
  const led = (goalSentence ?? text).replace(GOAL_LEAD, '');
  const rest = led !== text ? led.split(/[.!?]+(?:\s|$)/)[0]!.trim() : led;
  const got = (rest !== text ? GETS : GETS_FOR).exec(rest);
  const thing = got ? got[1]!.replace(REASON, '').trim() : null;
  if (thing && !OWN_THING.test(thing) && isSupport(thing)) return true;
  // "more adult help in the playground so he can play": the help, with the reason it is wanted after it.
  const reasoned = rest.replace(REASON, '').trim();
  return (rest !== text || reasoned !== rest) && reasoned.length > 0 && !got && isSupport(reasoned);
}
