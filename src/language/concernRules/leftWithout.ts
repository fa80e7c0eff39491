import { firm, r, type Rule } from './shared';

/**
 * Care not given, money and homes taken, and a partner's hold, told plainly (written from
 * train33's misses): help refused and weeks without a wash; the power cut off with the house
 * freezing or a machine a child needs stopped; a home dirty and smelly; an appointment missed
 * again; a "friend" taking money every week or hundreds going out to someone; a flat taken over;
 * a parcel to carry on a train; a husband who does not let one go out. Each needs the part that
 * makes it harm (too busy, freezing, again, every week, a stranger), so a camping trip, a storm,
 * a party's mess or a cancelled clinic is left alone.
 */
const PARTNER = '(?:husband|husbend|wife|partner|boyfriend|boyfrend|girlfriend|girlfrend|bf|gf)';

export const REFUSED_SO_WITHOUT: readonly Rule[] = [
  // "my dad says hes too busy so i havent showered in about two weeks".
  firm('neglect', '\\b(?:too\\s+busy|cant\\s+be\\s+bothered|wont\\s+help|doesnt\\s+help|dont\\s+help|no\\s+one\\s+helps|nobody\\s+helps|refuses?\\s+to\\s+help)\\b[^~]{0,40}\\b(?:havent|have\\s+not|hasnt|has\\s+not|not|never)\\s+(?:been\\s+)?(?:showered|washed|had\\s+a\\s+(?:bath|shower|wash)|bathed|changed|eaten|had\\s+(?:a\\s+)?(?:meal|dinner|tea)|brushed\\s+(?:my|his|her)\\s+teeth)\\s+(?:in|for)\\s+(?:about\\s+|over\\s+|nearly\\s+|almost\\s+|like\\s+)?(?:(?:a|two|three|four|\\d+|several|a\\s+few)\\s+)?(?:weeks?|days|months?|ages)\\b'),
];

export const POWER_CUT_OFF: readonly Rule[] = [
  // "weve had our electric cut off. the house is freezing and our sons oxygen concentrator doesnt work".
  r('neglect', '\\b(?:electric|electricity|gas|power|heating|water)\\s+(?:has\\s+been\\s+|have\\s+been\\s+|has\\s+|have\\s+|had\\s+|got\\s+|gets\\s+|was\\s+|been\\s+|is\\s+)?(?:cut\\s+off|turned\\s+off|disconnected|run\\s+out|ran\\s+out)\\b(?=[^~]{0,80}\\b(?:freezing|so\\s+cold|no\\s+heat\\w*|cant\\s+(?:pay|afford)|concentrator|oxygen|feed\\s+pump|ventilator|suction)\\b)(?![^~]*\\b(?:storm|power\\s+cut\\s+in|whole\\s+street|roadworks|for\\s+an\\s+hour)\\b)'),
];

export const HOME_FILTHY: readonly Rule[] = [
  // "my home is dirty and smelly".
  r('neglect', '\\bmy\\s+(?:home|house|flat)\\s+(?:is|s)\\s+(?:always\\s+|very\\s+|really\\s+|so\\s+)?(?:(?:dirty|diry|durty|filthy|disgusting|minging)\\s+and\\s+(?:smelly|smells|stinks|stinky|dirty|filthy)|(?:smelly|stinky)\\s+and\\s+(?:dirty|diry|durty|filthy))\\b(?![^~]{0,30}\\b(?:after|party|cleaning|tidy|decorat\\w*|builders|building\\s+work)\\b)'),
];

export const MISSED_AGAIN: readonly Rule[] = [
  // "my dentist appointment got missed again. my tooth has been hurting for months".
  r('neglect', '\\b(?:appointments?|check\\s*ups?)\\s+(?:got|gets|was|were|has\\s+been|have\\s+been|keeps?\\s+getting|keep\\s+getting)\\s+(?:missed|forgotten)\\s+(?:again|every\\s+time)\\b(?![^~]{0,30}\\bbecause\\s+(?:i|he|she)\\s+(?:was|were|is)\\s+(?:ill|sick|poorly)\\b)'),
];

export const MONEY_DRAINED: readonly Rule[] = [
  // "i like going out with my friend. he take my money every week".
  r('exploitation', '\\b(?:friend|frend|mate|pal)s?\\b[^~]{0,25}\\b(?:takes?|took|has|keeps?)\\s+(?:all\\s+)?(?:my|his|her)\\s+(?:money|mony|munny|cash|benefits|wages|pip|bank\\s+card)\\s+(?:every|each|all\\s+the\\s+time|whenever)\\b'),
  // "her bank statements show hundreds going out to someone called dean".
  r('exploitation', '\\b(?:hundreds|thousands|all\\s+(?:her|his|my)\\s+money|(?:her|his|my)\\s+(?:money|benefits|wages|savings))\\s+(?:going|goes|gone|went|been\\s+going)\\s+(?:out\\s+)?to\\s+(?:someone|a\\s+man|a\\s+woman|a\\s+friend|a\\s+bloke|this\\s+(?:man|guy|bloke|friend|lad)|him)\\b'),
];

export const PLACE_TAKEN_OVER: readonly Rule[] = [
  // "people took it over and i had to move out", "gaz lets them stay in exchange for me not owing him".
  r('exploitation', '\\b(?:people|men|blokes|lads|they|strangers|dealers|gang)\\s+(?:\\w+\\s+){0,2}(?:took|take|taken|taking|takes)\\s+(?:it|my\\s+(?:flat|place|house|home))\\s+over\\b|\\btook\\s+over\\s+my\\s+(?:flat|place|house|home)\\b|\\bin\\s+exchange\\s+for\\s+(?:me\\s+)?(?:not\\s+owing|paying\\s+off|the\\s+debt|what\\s+i\\s+owe)\\b'),
];

export const CARRY_FOR_THEM: readonly Rule[] = [
  // "he say i have to take the parcel on the train".
  r('exploitation', '\\b(?:he|she|they|them|man|men|boys|lads|guy|someone)\\s+(?:say|says|said|tell|tells|told|make|makes|made)\\s+(?:me\\s+)?(?:i\\s+)?(?:have\\s+to|has\\s+to|got\\s+to|gotta|must|to)\\s+(?:take|carry|deliver|drop|bring|hold|move)\\s+(?:the|a|this|that|his|their|some)\\s+(?:parcel|parsel|package|packet|bag|box|stuff|things)\\s+(?:on|to|across|up\\s+to|onto)\\s+(?:the|a|another)\\s+(?:train|trane|bus|coach|town|city|flat|address)\\b'),
];

export const KEPT_IN_BY_PARTNER: readonly Rule[] = [
  // "my husband dont let me go out".
  r('domestic_abuse', `\\b${PARTNER}\\s+(?:dont|doesnt|wont|never|does\\s+not|will\\s+not)\\s+let\\s+me\\s+(?:go\\s+out|out|leave|see\\s+(?:my|anyone|friends)|go\\s+(?:anywhere|to)|have\\s+(?:my\\s+own|any)\\s+(?:money|phone|friends))\\b`),
];

/** This file's families, by name, in the order they are read. */
export const LEFT_WITHOUT_FAMILIES = {
  refusedSoWithout: REFUSED_SO_WITHOUT,
  powerCutOff: POWER_CUT_OFF,
  homeFilthy: HOME_FILTHY,
  missedAgain: MISSED_AGAIN,
  moneyDrained: MONEY_DRAINED,
  placeTakenOver: PLACE_TAKEN_OVER,
  carryForThem: CARRY_FOR_THEM,
  keptInByPartner: KEPT_IN_BY_PARTNER,
};
