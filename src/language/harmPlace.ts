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

/** "online yes", "online is fine", "online im ok": a place said to be fine, never where the worry happens. */
const ONLINE_FINE = /\b(?:online|on\s*line|internet)\s+(?:(?:is|its|it\s+is|im|i\s+am|i\s+feel)\s+)?(?:yes|yeah|yep|yh|fine|ok|okay|safe|good|alright|all\s+right|no\s+problems?)\b/g;

/** The message without the places it says are fine. */
const withoutFinePlaces = (said: string): string => said.replace(ONLINE_FINE, ' ');

/** Things done to them in person: taking what is theirs, or hurting their body. */
const HARM_VERB = String.raw`(?:take|takes|taking|took|taken|steal|steals|stealing|stole|stolen|nick|nicks|nicking|nicked|rob|robs|robbed|mug|mugged|hit|hits|hitting|punch\w*|kick\w*|push|pushes|pushed|pushing|shove\w*|beat|beats|beating|beaten|battered|hurt|hurts|hurting|slap\w*|spit|spits|spat|grab\w*|trip|trips|tripped|jump|jumped|attack\w*|fight|fights|fighting|thump\w*)`;
// "take the mick out of how i run" is mocking, not taking.
const TAKEN_OR_HURT = new RegExp(String.raw`\b${HARM_VERB}\b(?!\s+(?:the\s+)?(?:mick|mickey|micky|piss|fun)\b)`);

/** A threat, danger, or how much it weighs on them: "they said theyd get me", "im scared to go in", "i cant take it". */
const THREAT_OR_DANGER =
  /\b(?:threat\w*|kill\w*|knife|knives|blade|gun|weapon|stab\w*|get\s+me|jump\s+me|beat\s+me\s+up|batter\s+me|scared|frightened|terrified|afraid|unsafe|not\s+safe|danger\w*|die|dead|suicid\w*|self\s*harm\w*|cut\s+myself|hurt\s+myself|hate\s+myself|do\s+(?:something|sth|smth)\s+stupid|knows?\s+where\s+(?:i|we)\s+live|(?:ill|i\s+will|i\s+ll|well|we\s+will)\s+get\s+(?:you|u|ya)|end\s+it|cant\s+(?:take|cope|handle)|too\s+much|every\s+day|everyday|all\s+the\s+time|follow\w*|wait\w*\s+for\s+me|touch\w*|sex\w*|nudes?|naked|money|phone)\b/;

/**
 * Bullying told as words or mocking only ("some lads take the mick out of how i run"): nothing taken,
 * nobody hurt, no threat, danger or weight of it said. Then the answer is in proportion: kind words and
 * who to tell, never 999 or a crisis line.
 */
export function tellsOfMockingOnly(text: string): boolean {
  const said = withoutDeniedHarm(normaliseMessage(text));
  return !TAKEN_OR_HURT.test(said) && !THREAT_OR_DANGER.test(said);
}

/**
 * "not hit, only laugh", "they dont hit me they just laugh": harm said NOT to happen, where the denial
 * ends its clause and mocking words come straight after. Any other denial keeps the whole answer:
 * "i dont hit them back" and "not hit yet" tell of hitting, "they dont hit me when teachers are
 * there" of hitting at other times, and "not only laugh, they hit" lets the hit stand. Only the
 * answer's size reads this; the concern is raised all the same.
 */
const MOCKING_AFTER = String.raw`(?:(?:they|he|she|it|its|it\s+is|is)\s+)?(?:only|just)\s+(?:laugh\w*|teas\w*|mock\w*|call\w*|say\w*|said|talk\w*|words|shout\w*|jok\w*|make\w*\s+fun|made\s+fun|take\w*\s+the\s+(?:mick|mickey|micky|piss)|names)\b`;
const DENIED_HARM = new RegExp(
  String.raw`\b(?:not|never|dont|doesnt|didnt|do\s+not|does\s+not|did\s+not|nobody|no\s+one|no\s+body)\s+${HARM_VERB}(?:\s+(?:me|us))?\s+(?=${MOCKING_AFTER})`,
  'g',
);
const withoutDeniedHarm = (said: string): string => said.replace(DENIED_HARM, ' ');

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
  return ONLINE.test(withoutDeviceUse(withoutFinePlaces(normaliseMessage(text))));
}

/** Online and nowhere else: "its at school mostly" beside a group chat is not told as an online worry. */
export function harmIsOnlyOnline(text: string): boolean {
  const said = withoutDeviceUse(withoutFinePlaces(normaliseMessage(text)));
  return ONLINE.test(said) && !PLACES.some(([place, pattern]) => place !== 'online' && pattern.test(said)) && !TRAVEL.test(said);
}

/** Pictures or videos of them: "pictures of me", "my photos", "nudes". */
const PICTURES_OF_THEM =
  /\b(?:(?:pictures?|pics?|photos?|videos?|vids?|images?|selfies?|clips?)\s+(?:of|from)\s+me|my\s+(?:pictures?|pics?|photos?|videos?|selfies?|nudes?)|nudes?)\b/;
/** Passed round: put in a chat, posted, shared, sent on, spread, leaked. */
const PASSED_ROUND =
  /\b(?:put|puts|putting|post|posts|posted|posting|shar(?:e|es|ed|ing)|sen[dt]|sending|spread\w*|pass(?:ed|ing)?\s+(?:them\s+|it\s+)?a?round|going\s+a?round|upload\w*|leak\w*|in\s+(?:a|the|their)\s+(?:group\s*)?chat|on\s+(?:insta\w*|snap\w*|tik\s*tok|whats\s*app|facebook|social\s+media))\b/;

/** "some boys put pictures of me in a group chat": pictures or videos of them passed round by others. */
export function tellsOfPicturesShared(text: string): boolean {
  const said = normaliseMessage(text);
  return PICTURES_OF_THEM.test(said) && PASSED_ROUND.test(said);
}

/** "im not in it", "a group chat im not in", "they kicked me out of the group": what is said there is out of their sight. */
const NOT_IN_THE_CHAT =
  /\b(?:im|i\s+am|i\s+m)\s+not\s+(?:in|on)\s+(?:it|that|the\s+(?:group|chat|gc)|that\s+(?:group|chat))\b|\b(?:chat|group|gc)\s+(?:that\s+)?(?:im|i\s+am|i\s+m)\s+not\s+(?:in|on)\b|\b(?:kicked|removed|took|threw)\s+me\s+(?:out|off)\b|\bcant\s+see\s+(?:it|what|them)\b/;

/** Whether they say they are not in the chat where it happens, so they cannot screenshot it. */
export function notInTheChat(text: string): boolean {
  return NOT_IN_THE_CHAT.test(normaliseMessage(text));
}

/** Whether it tells of things taken or of being hurt in person. */
export function tellsOfTakingOrHurting(text: string): boolean {
  return TAKEN_OR_HURT.test(withoutDeniedHarm(normaliseMessage(text)));
}

/** "some lads take my money", "they nicked my phone", "she took 20 pound off me", "they make me give them my food": money or things of theirs taken by others. */
const MONEY_TAKEN =
  /\b(?:take|takes|taking|took|taken|steal|steals|stealing|stole|stolen|nick|nicks|nicking|nicked|rob|robs|robbed|mug|mugs|mugged|have|had)\b(?:\s+\w+){0,3}?\s+(?:my|me|our)\s+(?:\w+\s+)?(?:money|cash|phone|wallet|purse|bag|card|bank\s+card|wages|pay|benefits|pip|stuff|things|food|dinner|lunch|dinner\s+money|bus\s+pass|trainers|shoes|clothes|coat|games|xbox|playstation|switch|ipad|tablet|laptop|headphones)\b|\b(?:make|makes|made|making)\s+me\s+(?:give|hand\s+over|hand)\s+(?:them|him|her|\w+)\s+(?:\w+\s+){0,2}?(?:my|me|all\s+my)\s+(?:\w+\s+)?(?:money|cash|food|dinner|lunch|stuff|things|games|trainers|clothes|phone)\b|\b(?:robbed|mugged)\b|\b(?:take|takes|taking|took|taken|had|have|has|get|gets|got|nick|nicks|nicked)\s+(?:(?:another|all|some|more|a)\s+)?(?:\d+\s*(?:pounds?|quid|p)?|money|cash|the\s+money)\s+(?:off|from|of)\s+me\b/;

/** "keeps borowing my money ... dont give it back": borrowed and kept, which is taking too. */
const MONEY_BORROWED = /\b(?:bor+ow\w*|lend\w*|lent)\b(?:\s+\w+){0,3}?\s+(?:my|me|our)\s+(?:\w+\s+)?(?:money|cash|card|bank\s+card|wages|pay|benefits)\b/;
const NOT_PAID_BACK = /\b(?:dont|do\s+not|doesnt|does\s+not|didnt|never|wont|not)\s+(?:ever\s+)?(?:give|gives|giv|pay|pays)\s+(?:it\s+|me\s+|them\s+)?(?:it\s+)?back\b/;

/** "keeps borowing my money and dont give it back": asked for and kept, not taken by force or threats. */
export function tellsOfMoneyNotPaidBack(text: string): boolean {
  const said = normaliseMessage(text);
  return MONEY_BORROWED.test(said) && NOT_PAID_BACK.test(said);
}

/** "always wants to borow my money an i cant say no": asked for in a way they cannot refuse, which is taking too. */
const CANT_SAY_NO = /\b(?:cant|cannot|can\s+not|couldnt)\s+say\s+no\b/;

/** Whether it tells of their money or things taken by others. */
export function tellsOfMoneyTaken(text: string): boolean {
  const said = normaliseMessage(text);
  return MONEY_TAKEN.test(said) || (MONEY_BORROWED.test(said) && (NOT_PAID_BACK.test(said) || CANT_SAY_NO.test(said)));
}

/** Someone they live with, doing the harm: "brother angry he take my phone", "my dad hits me". */
const FAMILY_MEMBER =
  String.raw`\b(?:(?:my|me|our)\s+)?(?:(?:big|little|older|younger|step|half)\s*)?(?:brothers?|bro|sisters?|sis|mum|mam|mom|mother|dad|father|stepdad|stepmum|parents?|nan|nana|gran|grandad|grandma|uncle|aunt|auntie|cousin|carer)\b`;
const FAMILY = new RegExp(`${FAMILY_MEMBER}(?:\\s+\\w+){0,3}?\\s+(?:${HARM_VERB}|angry|shouts?|shouting|yells?|yelling|screams?|screaming)\\b`);

/** Words that are about a phone in the hand, not a place online: "he take my phone. then me cant text mum". */
const DEVICE_ONLY =
  /\b(?:messages?|messaging|texts?|texting|texted|on\s+(?:my|the)\s+phone)\b/g;

/** The message with the words for using a phone taken out, when the worry is about family at home. */
const withoutDeviceUse = (said: string): string => (FAMILY.test(said) ? said.replace(DEVICE_ONLY, ' ') : said);

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
  const said = withoutDeviceUse(withoutFinePlaces(normaliseMessage(text)));
  const found = PLACES.filter(([, pattern]) => pattern.test(said)).map(([place]) => place);
  return found.length === 1 ? found[0] : undefined;
}
