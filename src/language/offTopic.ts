import { normaliseMessage } from './text';

/*
 * About-me answers go into Section A of the plan as the young person's own words. A swear word or
 * a remark to the bot ("this is boring", "lol") may be how they feel right now rather than what
 * they want their key worker to read, so the bot asks before it is kept.
 */

const SWEARING =
  /\b(?:f+u+c+k\w*|fk|fck\w*|sh[i1]t\w*|crap\w*|bollocks|wank\w*|piss\w*|bastard\w*|bitch\w*|dick(?:head)?s?|twat\w*|arse(?:hole)?s?|ass(?:hole)?s?|bloody|damn\w*|sod\s+off|pricks?|cunt\w*|slag\w*|tosser\w*|knob\w*|bellend\w*|stfu|wtf|omfg)\b/;

const REMARK =
  /^(?:(?:this|that|it|you|u|ur|you\s*re)\s+(?:is|are|r|s)?\s*(?:so\s+|really\s+|well\s+)?(?:boring|stupid|dumb|rubbish|pointless|annoying|weird|sh\w+)|boring|so\s+boring|stupid\s+(?:bot|robot|thing|question)|(?:lol|lmao|haha\w*|hehe\w*|blah\w*|meh|poo|poop|bum|idc|asdf\w*|qwerty\w*|[a-z])(?:\s+(?:lol|lmao|haha\w*|blah\w*))*|(?:shut\s+up|go\s+away|leave\s+me\s+alone|who\s+cares|i\s+dont\s+care|whatever))$/;

/** Swearing or a remark to the bot rather than an answer: asked about before it goes into the plan. */
export function needsCheckBeforeKeeping(text: string): boolean {
  const t = normaliseMessage(text);
  if (!t) return false;
  return SWEARING.test(t) || REMARK.test(t);
}
