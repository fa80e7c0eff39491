import { r, type Rule } from './shared';

/**
 * Harm from others told without its usual words (written from train34's misses): a bank card or PIN
 * handed to "friends" who are nice; money sent to someone met online who never comes; a phone from a
 * man that must always be answered; cash and phones found hidden; days left alone; asking for someone
 * to give one food; dressings nobody changed; being filmed for laughs or a fake profile made; a child
 * made to stand against a wall for hours or locked in at night; "what his scout leader did to him".
 * Each needs the part that makes it harm (a friend or a man, not a parent or a bank; days, not hours;
 * laughing or names, not tricks), so ordinary talk of cards, phones, filming and time alone is left alone.
 */

/** Those who help with money as part of care: a PIN shared with them is not exploitation. */
const CARER = '(?:mum|mam|mom|dad|parents?|carer|carers|support\\s+worker|key\\s*worker|appointee|nan|gran|grandma|grandad|staff|social\\s+worker|sister|brother|auntie|aunt|uncle)';

export const CARD_AND_PIN: readonly Rule[] = [
  // "my friend say give him my pin number", "she gives them her PIN cos theyre nice to her".
  r('exploitation', `\\b(?:give|gives|gave|giving|tell|tells|told|telling|send|sent)\\s+(?:him|her|them|the\\s+lads|the\\s+boys|people|strangers|my\\s+(?:friend|friends|mates?))\\s+(?:my|her|his|their)\\s+(?:bank\\s+)?(?:pin|pin\\s+number|card\\s+and\\s+pin|bank\\s+card|card\\s+details|bank\\s+details)\\b(?<!\\b${CARER}\\b[^~]{0,30})`),
  // "her bank card keeps getting used by her new friends", "a guy i met in the pub keeps borrowing my card".
  r('exploitation', `\\b(?:bank\\s+)?card\\s+(?:keeps|kept)\\s+(?:getting|being)\\s+used\\s+by\\b|(?<!\\b${CARER}\\s+(?:\\w+\\s+){0,2})\\b(?:keeps|kept|keep|always)\\s+(?:borrowing|taking|using)\\s+(?:my|her|his)\\s+(?:bank\\s+)?card\\b`),
];

export const MONEY_FOR_LOVE: readonly Rule[] = [
  // "my girlfriend i met online has had about 3000 off me for her flights but she never comes".
  r('exploitation', '\\b(?:girlfriend|boyfriend|gf|bf|partner|woman|man|girl|guy|lad|someone|lady)\\s+(?:i\\s+|he\\s+|she\\s+)?(?:met|meet|talks?\\s+to|speaks?\\s+to|chats?\\s+(?:to|with))\\s+online\\b[^~]{0,80}\\b(?:off\\s+(?:me|him|her)|from\\s+(?:me|him|her)|(?:i|he|she)\\s+(?:sent|send|sends|paid|pay|pays|gave|give|gives|lent|lend|lends)\\s+(?:(?:her|him|them)\\s+)?(?:money|cash|\\d+|(?:my|his|her)\\s+(?:savings|wages|benefits|money)|loads|everything|all)|asks?\\s+(?:me\\s+|him\\s+|her\\s+)?for\\s+(?:money|cash|\\d+)|asked\\s+(?:me\\s+|him\\s+|her\\s+)?for\\s+(?:money|cash|\\d+)|never\\s+(?:comes|came|turns\\s+up|turned\\s+up|shows\\s+up|showed\\s+up))\\b'),
];

export const PHONE_TO_ANSWER: readonly Rule[] = [
  // "this man gave me a new phone and says i have to answer it whenever he rings, even in lessons".
  r('exploitation', '\\b(?:man|guy|bloke|lad|lads|older\\s+\\w+|stranger|someone|somebody|boys|men)\\s+(?:\\w+\\s+){0,4}?(?:gave|give|gives|bought|buys|got)\\s+(?:me|him|her)\\s+a\\s+(?:new\\s+|second\\s+|spare\\s+)?phone\\b[^~]{0,60}\\b(?:have\\s+to|has\\s+to|got\\s+to|must|always)\\s+(?:answer|pick\\s+up)\\b'),
  // "we found 2000 and three phones hidden in his wardrobe, hes 13".
  r('exploitation', '\\b(?:found|find|finding)\\s+(?:\\w+\\s+){0,3}?(?:\\d[\\d ]*|cash|money|wads?|bundles?|rolls?|notes)\\b[^~]{0,30}\\b(?:phones|mobiles|sim\\s+cards|burners?|burner\\s+phones|scales|bags\\s+of)\\b(?=[^~]{0,40}\\b(?:hidden|hid|stashed|wardrobe|under\\s+(?:his|her|the)\\s+bed|room|bag|school\\s+bag)\\b)'),
];

export const DAYS_ALONE: readonly Rule[] = [
  // "mum go out. i on my own 2 days" (not two hours, and not a stay enjoyed).
  r('neglect', '\\b(?:mum|mam|mom|dad|parents|carer|carers|they|she|he)\\s+(?:go|goes|gone|went|left|leave|leaves|going)\\b[^~]{0,40}\\b(?:i|im|me|i\\s+am|i\\s+was|we|we\\s+are|we\\s+were|he|she|hes|shes|he\\s+was|she\\s+was)\\s+(?:\\w+\\s+)?(?:on\\s+(?:my|our|his|her)\\s+own|alone|by\\s+(?:my|our|him|her)sel(?:f|ves))\\s+(?:for\\s+)?(?:\\d+|two|three|four|five|six|a\\s+few|few|couple\\s+of|a\\s+couple\\s+of|all)\\s+(?:days|nights|whole\\s+days)\\b(?![^~]{0,40}\\b(?:great|fine|good|amazing|loved|practice|proud|independ\\w*|respite|training\\s+flat)\\b)'),
  // "my help i need is some one give me food".
  r('neglect', '\\b(?:need|needs|want|wants|help\\s+i\\s+need\\s+is|help\\s+is)\\s+(?:some\\s*one|somebody|a\\s+person|people)\\s+(?:to\\s+)?(?:give|giving|gives)\\s+me\\s+(?:food|dinner|tea|breakfast|something\\s+to\\s+eat|a\\s+meal|meals)\\b(?!\\s+(?:at|in|on|when|after|before|because|cos|as)\\b)'),
  // "my wound got infected cos no one changed the dressings like the nurse said".
  r('neglect', '\\b(?:no\\s+one|nobody|noone|no\\s+body|(?:mum|dad|carer|carers|staff|they|she|he)\\s+(?:didnt|dont|doesnt|wont|never|forgot\\s+to|forgets\\s+to|wouldnt))\\s+(?:ever\\s+)?(?:changed|change|changes|cleaned|clean|cleans|checked|check)\\s+(?:the|my|his|her)\\s+(?:dressings?|bandages?|wound|catheter|stoma\\s+bag|pads?|nappy|nappies|pressure\\s+sores?)\\b'),
];

export const FILMED_FOR_LAUGHS: readonly Rule[] = [
  // "they call me a dwarf in the canteen and film my reaction" (not friends filming tricks).
  r('bullying', '\\b(?:call|calls|called|calling)\\s+me\\b[^~]{0,50}\\b(?:film|films|filmed|filming|record|records|recorded|recording|video|videos)\\s+(?:me|my\\s+(?:reaction|face)|it)\\b|\\b(?:film|films|filmed|filming|record|records|recorded|recording)\\s+(?:me|my\\s+reaction)\\b[^~]{0,40}\\b(?:laugh\\w*\\s+at|when\\s+i\\s+(?:cry|get\\s+upset|react|fall|scream)|crying|meltdown)\\b'),
  // "someone made a fake dating profile of me and everyone at college is laughing".
  r('bullying', '\\b(?:made|make|makes|set\\s+up|sets\\s+up|created|creates)\\s+(?:a\\s+)?fake\\s+(?:\\w+\\s+)?(?:profile|account|page)\\s+(?:of|about|pretending\\s+to\\s+be|as|with\\s+my|using\\s+my)\\s+(?:me|my|him|her)\\b'),
];

export const HELD_IN_PLACE: readonly Rule[] = [
  // "makes him stand against the wall for hours and shouts right in his face".
  r('harm_from_others', '\\b(?:make|makes|made|making)\\s+(?:him|her|me|them|us|my\\s+(?:son|daughter|brother|sister))\\s+(?:stand|sit|kneel|stay)\\s+(?:\\w+\\s+){0,3}?(?:against|facing|in)\\s+(?:the|a)\\s+(?:wall|corner)\\s+for\\s+(?:hours|ages|\\d+\\s+hours|the\\s+whole|all)\\b'),
  // "i lock him in his room at night and take the handle off".
  r('harm_from_others', '\\block\\w*\\s+(?:him|her|me|them|us|my\\s+(?:son|daughter|brother|sister))\\s+in\\s+(?:his|her|my|their|the|our)\\s+(?:bed)?room\\b[^~]{0,60}\\b(?:handle\\s+off|all\\s+night|for\\s+hours|screams|bangs|no\\s+food|every\\s+night|without\\s+food)\\b'),
  // "after what his scout leader did to him".
  r('sexual_abuse', '\\b(?:after|about|over|because\\s+of|since)\\s+what\\s+(?:his|her|my|their|the|a|our)\\s+(?:\\w+\\s+)?(?:leader|coach|teacher|uncle|cousin|priest|tutor|instructor|neighbour|babysitter|stepdad|step\\s+dad|grandad|man|lad|worker|driver|trainer)\\s+did\\s+(?:to|with)\\s+(?:him|her|me|them|us)\\b'),
];

/** This file's families, by name, in the order they are read. */
export const USED_AND_KEPT_FAMILIES = {
  cardAndPin: CARD_AND_PIN,
  moneyForLove: MONEY_FOR_LOVE,
  phoneToAnswer: PHONE_TO_ANSWER,
  daysAlone: DAYS_ALONE,
  filmedForLaughs: FILMED_FOR_LAUGHS,
  heldInPlace: HELD_IN_PLACE,
};
