import { saidAsNormal, type Rule } from './shared';

/**
 * Being used or controlled, told as if it were normal: paid by a cousin to drop stuff off "so i got
 * money anyway lol"; a girlfriend who looks after his bank card and gets cross if he spends; a mate
 * who looks after someone's benefits and keeps most of it; people staying in a young adult's flat
 * who won't leave; friends who make them lend money or buy things. Grooming works by making these
 * feel ordinary, so the words that usually make talk ordinary ("lol", "its fine", "she looks after
 * me") do not cancel them (Rule.saidAsNormal), and the classifier's doubt alone does not overrule them.
 * A parent or appointee managing money with consent has none of the signs these need.
 */
/** Someone who is not a parent or carer: the people these rules are about. */
const OTHER = '(?:cousin|cuz|mate|mates|friend|friends|boyfriend|girlfriend|bf|gf|partner|uncle|brother|bro|neighbour|man|men|guy|guys|lad|lads|older\\s+\\w+|olders|someone|somebody|people|they|he|she|him|her|them)';
const PARTNER = '(?:boyfriend|girlfriend|partner|bf|gf|husband|wife|fiance|fiancee)';
const MONEY = '(?:money|cash|bank\\s+card|card|debit\\s+card|pin|benefits|benefit\\s+money|pip|pip\\s+money|universal\\s+credit|esa|dla|wages|pay|savings|account|bank)';
/** Things carried for someone, as said to make them sound like nothing. */
const GOODS = '(?:(?:a|the|some|his|her|their)\\s+)?(?:stuff|things|bits|packages?|parcels?|bags?|box|boxes)';

export const PAID_TO_DROP_OFF: readonly Rule[] = [
  // "my cousin gives me money to drop stuff off for him", "he pays me to carry a bag to his mate", "i get £50 to hold stuff for him".
  saidAsNormal('exploitation', `\\b${OTHER}\\s+(?:\\w+\\s+){0,2}?(?:give|gives|gave|giving|pay|pays|paid|paying|bung|bungs)\\s+(?:me|us|him|her)\\s+(?:\\w+\\s+){0,2}?(?:to|for)\\s+(?:drop|dropping|take|taking|carry|carrying|deliver|delivering|hold|holding|keep|keeping|move|moving|run|running|drive|driving)\\s+(?:off\\s+|round\\s+)?${GOODS}\\b(?![^~]{0,20}\\b(?:shop|shopping|homework|dog|dogs|nan|school\\s+bag|recycling|bins?|post\\s+office|charity)\\b)`),
  saidAsNormal('exploitation', '\\b(?:get|gets|got|getting)\\s+(?:paid|money|cash|£?\\d+)\\s+(?:\\w+\\s+)?(?:to|for)\\s+(?:drop|dropping|carry|carrying|deliver|delivering|hold|holding)\\s+(?:off\\s+)?(?:stuff|things|bits|packages?|parcels?|a\\s+bag|bags)\\s+(?:off\\s+)?for\\s+(?:my\\s+)?' + OTHER + '\\b'),
];

export const PARTNER_HOLDS_THE_MONEY: readonly Rule[] = [
  // "my girlfriend looks after my bank card. she gets cross if i spend money and she checks my phone".
  saidAsNormal('domestic_abuse', `\\b${PARTNER}\\s+(?:\\w+\\s+){0,2}?(?:looks\\s+after|has|keeps|holds|does|takes|took|controls|manages|sorts|runs)\\s+(?:all\\s+)?(?:my|the)\\s+(?:\\w+\\s+)?${MONEY}\\b[^~]{0,80}\\b(?:gets?\\s+(?:cross|angry|mad|upset|annoyed|funny|arsey)|goes\\s+mad|shouts|wont\\s+let\\s+me|doesnt\\s+let\\s+me|i\\s+(?:have\\s+to|must|got\\s+to)\\s+ask|not\\s+allowed|checks?\\s+my\\s+(?:phone|messages|texts)|reads?\\s+my\\s+(?:messages|texts)|keeps?\\s+it|gives\\s+me\\s+(?:a\\s+bit|some|pocket))\\b`),
  saidAsNormal('domestic_abuse', `\\b${PARTNER}\\s+(?:\\w+\\s+){0,2}?(?:gets?\\s+(?:cross|angry|mad|upset|annoyed)|goes\\s+mad|shouts)\\s+(?:at\\s+me\\s+)?(?:if|when)\\s+i\\s+(?:spend|buy|use\\s+my\\s+(?:card|money)|talk\\s+to|see|text|go\\s+out)\\b[^~]{0,60}\\b(?:checks?|reads?|goes\\s+through|looks\\s+at)\\s+my\\s+(?:phone|messages|texts)\\b`),
];

export const USED_BY_MATES: readonly Rule[] = [
  // "my mate looks after my pip, he gives me £20 a week and keeps the rest".
  saidAsNormal('exploitation', '\\b(?:mate|mates|friend|friends|pal|flatmate|housemate|neighbour|cousin|lads?|people)\\s+(?:\\w+\\s+){0,2}?(?:looks\\s+after|look\\s+after|has|have|keeps|keep|holds|hold|takes|take|took)\\s+(?:all\\s+)?my\\s+(?:\\w+\\s+)?(?:money|benefits|pip|universal\\s+credit|esa|wages|bank\\s+card|card|savings)\\b[^~]{0,60}\\b(?:keeps?\\s+(?:the\\s+rest|most|it|the\\s+change)|never\\s+(?:get|gets|see|gives)|i\\s+(?:have\\s+to|must)\\s+ask|gives?\\s+me\\s+(?:a\\s+bit|£?\\d+|some|a\\s+tenner|a\\s+fiver|pocket))\\b'),
  // "people stay at my flat and wont leave", "my mates are staying in my flat and i cant get them out".
  saidAsNormal('exploitation', '\\b(?:stay|stays|staying|stayed|sleep|sleeps|sleeping|living|live|lives|moved\\s+in)\\s+(?:at|in|round)\\s+my\\s+(?:flat|house|place|room|bedsit)\\b[^~]{0,50}\\b(?:wont|will\\s+not|dont|refuse\\s+to|never)\\s+(?:leave|go|go\\s+home|move\\s+out)\\b|\\bcant\\s+get\\s+(?:them|him|her)\\s+(?:to\\s+leave|out)\\b'),
  // "my friends make me lend them money", "i have to buy things for my mates or they wont talk to me".
  saidAsNormal('exploitation', '\\b(?:mates|friends|friend|mate|they|he|she)\\s+(?:\\w+\\s+)?(?:make|makes|made|get|gets|got)\\s+me\\s+(?:to\\s+)?(?:lend|give|buy|pay\\s+for|get)\\s+(?:them|him|her)\\s+(?:money|cash|stuff|things|food|drink|drinks|fags|vapes?|takeaways?|£?\\d+)\\b|\\b(?:have\\s+to|got\\s+to|must)\\s+(?:lend|give|buy)\\s+(?:my\\s+)?(?:mates|friends|them)\\s+(?:money|cash|stuff|things|drinks?|takeaways?)\\b[^~]{0,40}\\b(?:or|else|otherwise)\\s+(?:they|he|she)\\b'),
];

/** This file's families, by name, in the order they are read. */
export const TOLD_AS_NORMAL_FAMILIES = {
  paidToDropOff: PAID_TO_DROP_OFF,
  partnerHoldsTheMoney: PARTNER_HOLDS_THE_MONEY,
  usedByMates: USED_BY_MATES,
};
