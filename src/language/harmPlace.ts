import { normaliseMessage } from './text';

/*
 * Where a worry happens and what kind it is, so the help fits what was said: bullying online gets
 * "screenshot, block, report", bullying in person the words about taking things or hurting, and
 * the plan can offer to say "I need to feel safe at school". Read on the normalised message
 * (lower case, no apostrophes). Never a verdict on whether it is a disclosure: that is the
 * concern detector's.
 */

/** Apps, sites and the words for what happens on them. */
const ONLINE =
  /\b(?:online|on\s*line|internet|social\s+media|group\s*chats?|gc|snap\s*chat|snaps?|insta|instagram|tik\s*tok|whats\s*app|facebook|twitter|discord|youtube|roblox|fortnite|minecraft|xbox|playstation|gaming|game\s+chat|dms?|direct\s+messages?|messages?|messaging|texts?|texting|texted|commented|posts?|posting|posted|(?:on|in)\s+(?:their|his|her|my)\s+stor(?:y|ies)|reels?|screenshots?|memes?|fake\s+(?:account|profile|page)|followers|on\s+(?:my|the)\s+phone)\b/;

/** Things done to them in person: taking what is theirs, or hurting their body. */
const TAKEN_OR_HURT =
  /\b(?:take|takes|taking|took|taken|steal|steals|stealing|stole|stolen|nick|nicks|nicking|nicked|rob|robs|robbed|mug|mugged|hit|hits|hitting|punch\w*|kick\w*|push|pushes|pushed|pushing|shove\w*|beat|beats|beating|beaten|battered|hurt|hurts|hurting|slap\w*|spit|spits|spat|grab\w*|trip|trips|tripped|jump|jumped|attack\w*|fight|fights|fighting|thump\w*)\b/;

/** On the way somewhere: buses, trains, taxis and their stops. */
const TRAVEL = /\b(?:on|in|at|off|near|outside)\s+(?:the\s+|my\s+|a\s+|school\s+)?(?:bus|buses|bus\s+stop|train|trains|train\s+station|station|tram|coach|taxi|minibus|school\s+bus)\b/;

/**
 * "not on bus": unsafe on the way somewhere, with nothing taken and nobody hurting them. Harm told
 * on the way ("older boys at the bus stop take my money") is not this: it keeps its own answer.
 */
export function unsafeOnTheWayOnly(text: string): boolean {
  const said = normaliseMessage(text);
  return TRAVEL.test(said) && !TAKEN_OR_HURT.test(said);
}

/** Whether a worry about bullying happens online (posts, group chats, messages, games). */
export function harmIsOnline(text: string): boolean {
  return ONLINE.test(normaliseMessage(text));
}

/** Whether it tells of things taken or of being hurt in person. */
export function tellsOfTakingOrHurting(text: string): boolean {
  return TAKEN_OR_HURT.test(normaliseMessage(text));
}

export type HarmPlace = 'school' | 'college' | 'home' | 'online' | 'travel';

const PLACES: ReadonlyArray<readonly [HarmPlace, RegExp]> = [
  ['online', ONLINE],
  ['college', /\b(?:at|in|from)\s+(?:my\s+|the\s+)?(?:college|sixth\s+form|uni)\b/],
  ['school', /\b(?:at|in|from|around|outside)\s+(?:my\s+|the\s+)?(?:school|class|lessons?|the\s+playground|playground|break\s*time|lunch\s*time|dinner\s*time)\b|\b(?:kids|boys|girls|people|someone|students|pupils|year\s+\d+s?)\s+(?:at|in|from)\s+(?:my\s+)?(?:school|class)\b/],
  ['home', /\b(?:at|in|from)\s+(?:my\s+|our\s+|the\s+)?(?:home|house|flat)\b|\bat\s+(?:my\s+)?(?:mums|dads|nans|grans)\b/],
];

/**
 * The one place the worry happens, when the message names exactly one (online counts as a place):
 * "they post stuff about me" is online, "boys in my class push me" school. Two places, or none,
 * give nothing: the plan then does not guess where.
 */
export function placeOfHarm(text: string): HarmPlace | undefined {
  const said = normaliseMessage(text);
  const found = PLACES.filter(([, pattern]) => pattern.test(said)).map(([place]) => place);
  return found.length === 1 ? found[0] : undefined;
}
