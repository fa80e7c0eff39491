import { saidAsNormal, type Rule } from './shared';

/*
 * Criminal exploitation told sideways, by someone who does not see it as a problem: taking a bag
 * or a package for someone to a flat or a place, being paid or given a phone for it, waiting for
 * "someone" to come for the bag, and owing someone for what they gave. One of these alone is only
 * worth "Are you OK?" (tellsOfErrandSign); two in one message are heard in full (the rules here).
 * Read on the cleared concern text (lower case, no apostrophes, single spaces).
 */

/** Taking or carrying a bag or a package that is someone else's, or "the bag", somewhere. */
const TAKE = '(?:take|takes|took|taking|carry|carries|carried|carrying|drop|drops|dropped|dropping|bring|brings|brought|bringing|deliver|delivers|delivered|delivering|run|runs|ran|running)';
const BAG = '(?:bag|bags|package|packages|parcel|parcels|rucksack|backpack|holdall|box|boxes)';
const WHOSE_BAG = `(?:his|their|the|a|this|that|some|[a-z]+s)\\s+${BAG}`;
/** Where a bag is taken: a flat, a house, a place, or "there"; not a person's own day (school, the gym). */
const SOMEWHERE =
  '(?:there|round|over|(?:to|into|at|up\\s+to|down\\s+to)\\s+(?:the|a|his|their|this|that|some|[a-z]+s)\\s+(?:\\w+\\s+)?(?:flat|flats|house|place|address|car|park|estate|block|station|garage|shop|door)|to\\s+(?:someone|somebody|some\\s+(?:guy|man|lad|bloke|people)|a\\s+(?:guy|man|lad|bloke))|to\\s+the\\s+same\\s+place)';
/** Helping a friend who cannot carry their own things, or a family member's shopping: an ordinary kindness. */
const HELPING =
  '(?:crutches|wheelchair|injur\\w*|broke\\s+(?:his|her|their)|broken\\s+(?:arm|leg|wrist|ankle)|poorly|ill|sick|heavy|shopping|groceries|pe\\s+kit|nan|nans|gran|grans|grandma|grandmas|mum|mums|dad|dads|teacher|teachers)';

const BAG_TAKEN = `\\b${TAKE}\\s+${WHOSE_BAG}\\s+(?:\\w+\\s+){0,2}?${SOMEWHERE}\\b`;
/** Paid or given a phone by someone (not a parent or family at an occasion): "gives me money", "gave me the phone", "pays me 20". */
const PAID =
  '\\b(?:gives|gave|give|giving|pays|paid|pay|paying|bought|buys|got)\\s+me\\s+(?:money|cash|a\\s+(?:tenner|fiver|score|phone|new\\s+phone|burner)|the\\s+(?:phone|money|cash)|\\d+|some\\s+(?:money|cash)|(?:a\\s+)?new\\s+(?:phone|trainers|clothes))\\b|\\b(?:i\\s+get|getting|i\\s+got)\\s+(?:paid|money|cash|\\d+)\\s+(?:for|to|when|if)\\b';
/** Waiting for "someone" to come for, collect or take the bag. */
const WAITED_FOR = `\\b(?:wait|waits|waited|waiting)\\b[^~]{0,40}\\b(?:someone|somebody|some\\s+(?:one|guy|man|lad|bloke|people)|a\\s+(?:guy|man|lad|bloke|car)|they|he|people)\\s+(?:comes?|came|to\\s+come|turns?\\s+up|shows?\\s+up)\\s+(?:and\\s+)?(?:for|to\\s+(?:get|collect|pick\\s+up|take)|get|gets|collect|collects|takes?)\\s+(?:the|a|his|their|it|that)\\s*(?:${BAG})?\\b`;
/** Home late at night, or kept out for hours. */
const LATE_HOME =
  '\\b(?:get|gets|got|getting|back|come|came|coming)\\s+(?:home|back|in)\\s+(?:after|at|past|around|about)\\s+(?:1[0-2]|midnight|one|two|three)\\b|\\b(?:home|back)\\s+(?:really\\s+|so\\s+)?late\\b|\\bwait\\w*\\s+(?:there\\s+)?(?:for\\s+)?(?:ages|hours)\\b';

/** Given a phone by someone not family, at no occasion ("Dean gave me the phone", "he got me a new phone"). */
const FAMILY_OR_OCCASION =
  '(?:mum|mom|mam|dad|mummy|daddy|parents?|nan|nana|nanny|gran|grandma|grandad|grandpa|brother|sister|auntie|aunt|uncle|cousin|carer|carers|foster|birthday|christmas|xmas|eid|present|upgrade|contract|repair\\w*|fixed|old\\s+one|broke|broken|cracked|lost|emergency|emergencies)';
const PHONE_GIVEN = `(?<!\\b(?:my|our)\\s+(?:\\w+\\s+)?)\\b(?!(?:i|we|my|our)\\b)\\w+\\s+(?:just\\s+)?(?:gave|gives|give|bought|buys|got|gets)\\s+me\\s+(?:a|the|this|that|his|an?\\s+(?:new|old|spare|second|cheap))?\\s*(?:new\\s+|spare\\s+|second\\s+|cheap\\s+|burner\\s+)?(?:phone|iphone|sim|burner)\\b(?![^~]*\\b${FAMILY_OR_OCCASION}\\b)`;

/** Owing someone for what they gave ("i still owe him for the phone", "i owe dean for the trainers"). */
const OWED_FOR_A_GIFT =
  '\\bi\\s+(?:still\\s+|now\\s+|apparently\\s+)?owe\\s+(?!my\\s+(?:mum|dad|nan|gran|brother|sister)\\b)(?:him|her|them|\\w+)\\s+(?:\\w+\\s+)?for\\s+(?:the|a|that|this|my|those|them|it)\\s*(?:phone|iphone|trainers|clothes|stuff|food|weed|lifts?|bag|bags|shoes|jacket|coat|money|vape|vapes|it|them)?\\b';

/** A friend who cannot carry their own bag: helping is ordinary, asked about or not (never the family words, kept out of this set-aside). */
const KINDNESS = '(?:crutches|wheelchair|injur\\w*|broken\\s+(?:arm|leg|wrist|ankle)|poorly|heavy)';

/** A question whether something is wrong, bad or all right ("is it bad that", "is something wrong with", "is it ok to"). */
const ASKS_IF_WRONG =
  '\\b(?:is|isnt|was)\\s+(?:it|there|something|anything|that)\\s+(?:really\\s+|actually\\s+)?(?:wrong|bad|ok|okay|alright|all\\s+right|normal|illegal|dodgy|a\\s+problem)\\b|\\bwhats\\s+(?:wrong|bad)\\s+(?:with|about)\\b';
const ASKS_IF_WRONG_HERE = new RegExp(ASKS_IF_WRONG);

/*
 * Asked, wanted or made to hold, keep or take a bag, a parcel or "stuff" for someone, to someone or somewhere ("he asked
 * me to hold a bag for his mate", "they want me to drop a parcel off", "i have to take a package to someone in another
 * town", "if i keep his stuff at mine hell pay me"): how children are drawn into carrying drugs or money (county lines),
 * heard in full on its own. Not an errand for family or a teacher, the shopping, a friend on crutches, nor the post.
 */
const HOLD = `(?:hold|holds|holding|keep|keeps|keeping|stash|stashing|hide|hiding|mind|minding|look\\s+after|${TAKE})`;
const CARRIED_THING = `(?:(?:a|the|his|her|their|some|this|that|these|those|[a-z]+s)\\s+)?(?:${BAG}|stuff|gear|things|bits|something|summat)`;
const FOR_SOMEONE_OR_SOMEWHERE =
  '(?:for\\s+(?:him|her|them|someone|somebody|his|her|their|a\\s+(?:mate|friend|guy|man|lad|bloke)|some\\s+(?:guy|man|lad|bloke|people))|to\\s+(?:someone|somebody|some\\s+(?:guy|man|lad|bloke|people|place)|a\\s+(?:guy|man|lad|bloke|flat|house)|another\\s+(?:town|city|place|area)|(?:his|their|the)\\s+(?:mate|mates|friend|flat|house|station|car|estate)|\\w+\\s+(?:town|city))|off\\b|at\\s+(?:mine|my\\s+(?:house|place|flat))|round\\s+to)';
/** Someone else wants it done: asked, told, made, or "i have to". */
const MADE_TO = '(?:(?:asked|asks|asking|want|wants|wanted|told|tells|telling|make|makes|made|got|gets|need|needs|needed)\\s+(?:me|us)\\s+(?:to|2)|(?:i|we)\\s+(?:(?:just|only|still)\\s+)?(?:have|had|got|gotta|need)\\s*(?:to|2)?|if\\s+(?:i|we))';
const NOT_A_CHILDS_ERRAND = `(?:${HELPING}|post\\s+office|post\\s*box|royal\\s+mail|amazon|evri|hermes|dpd|depot|delivery\\s+(?:job|driver)|for\\s+(?:a|my)\\s+job|at\\s+work|school\\s+bag|homework|register|office)`;
const ASKED_TO_CARRY = `^(?![^~]*\\b${NOT_A_CHILDS_ERRAND}\\b)[^~]*?\\b${MADE_TO}\\s+(?:\\w+\\s+)?${HOLD}\\s+${CARRIED_THING}\\s+(?:\\w+\\s+){0,2}?${FOR_SOMEONE_OR_SOMEWHERE}`;
const ASKED_TO_CARRY_HERE = new RegExp(ASKED_TO_CARRY);

/** Whether the message tells of being asked or made to carry or keep things for someone (the answer says they need not, and are not in trouble). */
export function tellsOfCarryingForSomeone(cleared: string): boolean {
  return cleared.length <= 2_000 && (ASKED_TO_CARRY_HERE.test(cleared) || (BAG_TAKEN_ALONE.test(cleared) && !HELPING_HERE.test(cleared)) || CARRY_IT_THERE.test(cleared));
}

/** "i just have to carry it to the station": a thing taken somewhere because they have to, said of "it" alone; worth "Are you OK?". */
const CARRY_IT_THERE = new RegExp(
  `^(?![^~]*\\b${NOT_A_CHILDS_ERRAND}\\b)[^~]*?\\b(?:i|we)\\s+(?:(?:just|only|still)\\s+)?(?:have|had|got|gotta|need)\\s*(?:to)?\\s+${TAKE}\\s+(?:it|them|that|this)\\s+(?:to|round\\s+to|over\\s+to)\\s+(?:the|a|his|their|some|someone|somebody|another)\\s+(?:\\w+\\s+)?(?:station|flat|flats|house|estate|block|car|park|garage|town|city|guy|man|lad|bloke|address)\\b`,
);

export const CARRIED_FOR_SOMEONE_FAMILIES = {
  // Asked or made to hold or take a bag or "stuff" for someone or somewhere: heard in full on its own.
  askedToCarry: [saidAsNormal('exploitation', ASKED_TO_CARRY)] as readonly Rule[],
  // Two signs together: a bag taken somewhere, and paid or given a phone for it (either order).
  bagTakenForPay: [
    saidAsNormal('exploitation', `${BAG_TAKEN}[^~]{0,80}(?:${PAID})|(?:${PAID})[^~]{0,80}${BAG_TAKEN}`),
    saidAsNormal('exploitation', `${WAITED_FOR}[^~]{0,60}(?:${LATE_HOME}|${PAID})|(?:${LATE_HOME})[^~]{0,60}${WAITED_FOR}`),
  ] as readonly Rule[],
  // Asking whether carrying for someone is wrong ("is something wrong with taking a bag for a mate?"): told, and asked about.
  errandAskedAbout: [saidAsNormal('exploitation', `^(?![^~]*\\b${KINDNESS}\\b)[^~]*?(?:${ASKS_IF_WRONG})[^~]{0,40}\\b${TAKE}\\s+(?:a|the|his|their|some|this|that|these|[a-z]+s)\\s+(?:${BAG}|stuff|things|gear)\\s+(?:for|to|round|over)\\b`)] as readonly Rule[],
  // Owing someone for a thing they gave is the debt that holds a young person to them.
  owedForAGift: [saidAsNormal('exploitation', OWED_FOR_A_GIFT)] as readonly Rule[],
};

const BAG_TAKEN_ALONE = new RegExp(BAG_TAKEN);
const WAITED_FOR_ALONE = new RegExp(WAITED_FOR);
const PHONE_GIVEN_ALONE = new RegExp(PHONE_GIVEN);
const HELPING_HERE = new RegExp(`\\b${HELPING}\\b`);

/**
 * One sign alone (a bag taken somewhere for someone, waiting for "someone" to come for the bag, a phone
 * given by someone outside the family): worth "Are you OK?", never a flag by itself. Helping a friend on
 * crutches or taking a nan's shopping is left alone.
 */
export function tellsOfErrandSign(cleared: string): boolean {
  if (BAG_TAKEN_ALONE.test(cleared) && !HELPING_HERE.test(cleared)) return true;
  if (CARRY_IT_THERE.test(cleared)) return true;
  return WAITED_FOR_ALONE.test(cleared) || PHONE_GIVEN_ALONE.test(cleared);
}

/** The message asks whether what they do is wrong or all right ("is it bad that he gives me money to take stuff"). */
export function asksIfItIsWrong(cleared: string): boolean {
  return ASKS_IF_WRONG_HERE.test(cleared);
}
