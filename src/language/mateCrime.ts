import { CARD_HELD_AS_IT, MATE_CRIME_FAMILIES } from './concernRules/mateCrime';
import { clearedConcernText } from './concernRuleMatch';

/*
 * Mate crime, one message at a time: what a young adult says of "mates" who use his card, his money or
 * his home. The rules (concernRules/mateCrime.ts) read what is plainly told; the signs here are fainter,
 * worth a gentle "Are you OK?" only: others eating all the food bought for the week while his money runs
 * out, or a "mate" who sets a price on meeting someone ("he knows a girl who likes me but i got to buy
 * her drinks"). Read on the cleared concern text. Counting signs across messages is done elsewhere.
 */

/** Others eating all the food of the home: "they ate all the food nan got", "his mates eat all our shopping". */
const FOOD_EATEN_BY_OTHERS =
  /\b(?:they|theyve|them|mates?|friends?|lads|people|everyone)\s+(?:\w+\s+)?(?:ate|eat|eats|eating|eaten|scoffed|scoff|scoffs|had|have|has|took|take|takes|finished|finish)\s+all\s+(?:of\s+)?(?:the|my|our|me)\s+(?:food|shopping|tea|dinners?)\b/;
/** Why it matters: food bought for the home or for the week, or his money running out. */
const FOOD_OR_MONEY_GONE =
  /\b(?:for\s+the\s+week|(?:nan|nana|nanny|gran|mum|mam|dad|carer)\s+(?:got|gets|bought|buys|had\s+got)|(?:my|me)\s+money\s+(?:\w+\s+)?(?:runs?|ran|running|goes|went|going)\s+(?:out|quick|fast)|no\s+money\s+left|(?:was|is|gets|got)\s+(?:cross|angry|mad|upset))\b/;

/** A price set on a friendship or a meeting: "i got to buy her drinks", "i have to pay for them all". */
const MUST_PAY_FOR_THEM =
  /\bi\s+(?:(?:have|got|has|need)\s+to|gotta|must)\s+(?:buy|pay\s+for|get)\s+(?:her|him|them|everyone)\s+(?:\w+\s+)?(?:drinks?|pints?|rounds?|food|fags|vapes?|stuff|things|everything|presents)\b/;
/** The price said as someone else's condition: "dazza says", "he knows a girl", "but". */
const SOMEONES_CONDITION = /\b(?:says?|said|told\s+me|knows?|nos|but|if\s+i\s+want|or\s+(?:else|she|he|they))\b/;

/** Money or food going to others in a way that is worth asking gently about, told by a young adult. */
export function tellsOfMateCrimeSign(cleared: string): boolean {
  if (FOOD_EATEN_BY_OTHERS.test(cleared) && FOOD_OR_MONEY_GONE.test(cleared)) return true;
  return MUST_PAY_FOR_THEM.test(cleared) && SOMEONES_CONDITION.test(cleared);
}

/** Whether a mate-crime rule reads the message: money drawn out for "mates", their card used, "he is using me". */
export function tellsOfMateCrime(text: string): boolean {
  const cleared = clearedConcernText(text);
  return MATE_CRIME_FAMILIES.mateCrime.some((rule) => rule.re.test(cleared));
}

/** A mate-crime rule or a fainter sign of it, in a message as typed. */
export function toldOfMateCrime(text: string): boolean {
  return tellsOfMateCrime(text) || tellsOfMateCrimeSign(clearedConcernText(text));
}

/** "is that normal", "is that ok to do", "is he?", "should i": asking whether what a "mate" asks is all right. */
const ASKS_IF_OK =
  /\b(?:is|isnt|was)\s+(?:it|that|this|he|she|they)\s+(?:really\s+|actually\s+)?(?:ok|okay|alright|all\s+right|normal|wrong|bad|right|fine|using\s+me)\b|\bis\s+(?:he|she)$|\bis\s+(?:he|she)\s+(?:hes|shes)\b|\bshould\s+i\s+(?:do\s+it|say\s+no|give|get|let)\b|\bare\s+(?:they|mates|friends)\s+(?:meant|supposed)\s+to\b/;

/** Whether a message told of mate crime also asks if it is all right ("... is that normal", "is he? hes my mate"). */
export function asksIfMateCrimeIsOk(text: string): boolean {
  const cleared = clearedConcernText(text);
  return ASKS_IF_OK.test(cleared) && toldOfMateCrime(text);
}

/** "u didnt anser me", "you never answered", "answer me": they asked and heard nothing back. Misspelt as typed. */
const NOT_ANSWERED =
  /\b(?:you|u)\s+(?:still\s+)?(?:didnt|did\s+not|dint|never|havent|have\s+not|dont|do\s+not|not)\s+(?:ans\w*|reply\w*|replie\w*|tell\s+me)\b|^\s*(?:just\s+|please\s+|pls\s+)?ans\w*\s+me\b|\bwhy\s+(?:dont|didnt|wont)\s+(?:you|u)\s+(?:ans\w*|reply)\b/;

/** They say the chat did not answer them: after a worry about "mates" and money, the answer is given again. */
export function saysNotAnswered(text: string): boolean {
  return NOT_ANSWERED.test(clearedConcernText(text));
}

/** "dazza says im his best mate", the whole message: someone's word that they are friends, no hope and no help. */
const SAYS_BEST_MATE = /^\s*(?:\w+|my\s+\w+)\s+(?:says?|said|tells\s+me|told\s+me)\s+(?:that\s+)?(?:im|i\s+am)\s+(?:his|her|their)\s+(?:best\s+|bestest\s+|only\s+|real\s+)?(?:mate|m8|friend|frend|pal|bro)(?:\s+(?:tho|though|lol|now|ever))*\s*$/;

export function saysOnlyTheyAreMates(text: string): boolean {
  return SAYS_BEST_MATE.test(clearedConcernText(text));
}

/**
 * "dale borrows my bank card", "my mate has my pin", "i lent him my card": someone else holding or using his
 * card or PIN (not him using it at their asking). The answer then says plainly that the card is his.
 */
const CARD_HELD_AS_IT_HERE = new RegExp(CARD_HELD_AS_IT);
const CARD_HELD =
  /(?<!\b(?:i|ive|id|ill)\s+(?:\w+\s+)?)\b(?:borrow\w*|borow\w*|use|uses|used|using|has|had|have|got|gets|takes?|took|keeps?|kept|holds?|held|knows?)\s+my\s+(?:bank\s+|debit\s+|cash\s+)?(?:card|pin)\b|\b(?:lend\w*|lent|give|gives|gave|giving)\s+(?!my\b)\w+\s+my\s+(?:bank\s+|debit\s+|cash\s+)?(?:card|pin)\b/;

/**
 * Anything graver beside the card: threats ("said id get stabbed if i told"), crime or drugs ("make me take packages",
 * "sell weed", "use my flat to sell drugs") or sex ("makes me sleep with his mates"). Then the card lines are not the answer.
 */
const GRAVER_THAN_CARD =
  /\b(?:stab\w*|knife|knives|kill\w*|batter\w*|beat\s+me|hurt\s+me|hit\s+me|threat\w*|or\s+else|if\s+i\s+(?:ever\s+)?(?:tell|told|say|said|snitch\w*|grass\w*)|drugs?|weed|coke|crack|sell\w*|deal\w*|packages?|parcels?|bags?\s+to|county\s+lines?|another\s+town|other\s+towns?|carry\w*|deliver\w*|shoplift\w*|steal\w*|nick\s+stuff|sleep\s+with|sex\w*|naked|nudes?|pics?|gun|gang|owe)\b/;
/** The one holding the card is someone paid or trusted to look after them: carer, staff, key worker, support worker. */
const CARER_HOLDS =
  /\b(?:carers?|staff|key\s*workers?|support\s+workers?|social\s+workers?|workers?|pa|manager|care\s+home|home\s+staff|landlord|appointee)\b/;

/**
 * Whether the card answer fits: his card or PIN held or used by someone else (a friend, a mate, a flatmate), and
 * nothing graver told beside it, and the holder not a carer or staff (then the usual answer, with its manager and
 * police lines, is given, and the holder is never named as the one to help).
 */
export function tellsOfCardHeldByOthers(text: string): boolean {
  const cleared = clearedConcernText(text);
  return (CARD_HELD.test(cleared) || CARD_HELD_AS_IT_HERE.test(cleared)) && !GRAVER_THAN_CARD.test(cleared) && !CARER_HOLDS.test(cleared);
}

/**
 * "why would i call the police dale hasnt done anything", "dale isnt a criminal", "i dont want dale in trouble",
 * "are you saying dale is bad": after a worry about a friend and his money, he stands up for the friend or asks
 * why the police. Answered plainly: nobody says he must call them, and the worry is his money, not the friend.
 */
const FRIEND_DEFENDED = new RegExp(
  [
    String.raw`\bwhy\s+(?:would|should|do|would\s+i\s+have\s+to|do\s+i\s+have\s+to|wud|shud)\s+(?:i\s+)?(?:call|ring|phone|tell|get)\s+(?:the\s+)?(?:police|cops|feds|101|999)\b`,
    String.raw`\b(?:he|she|they|hes|shes|\w+)\s+(?:hasnt|has\s+not|havent|have\s+not|didnt|did\s+not|aint|never)\s+(?:done|did|do)\s+(?:anything|nothing|owt|nowt)(?:\s+wrong|\s+bad)?\b`,
    String.raw`\b(?!(?:im|i|its|it|thats|that|this|not)\b)\w+\s+(?:isnt|is\s+not|aint|s\s+not|not)\s+(?:a\s+)?(?:criminal|crook|thief|bad\s+(?:person|guy|lad|man|mate|friend)|bad(?!\s+at\b)(?=\s*$|\s+(?:hes|shes|he|she|tho|though|hes\s+my|lol)\b))\b`,
    String.raw`\b(?:dont|do\s+not|dont\s+wanna|never)\s+(?:want|wanna)\s+(?:to\s+get\s+)?(?!me\b|myself\b)\w+\s+(?:in|into)\s+(?:trouble|trubble|truble)\b`,
    String.raw`\b(?:are|r)\s+(?:you|u)\s+saying\s+(?:that\s+)?\w+\s+(?:is|s)\s+(?:bad|a\s+(?:criminal|thief|bad\s+\w+)|using\s+me)\b`,
  ].join('|'),
);

export function defendsTheFriend(text: string): boolean {
  return FRIEND_DEFENDED.test(clearedConcernText(text));
}

/**
 * "its not like that there sound", "nah theyre my mates", "they look after me tho": the people a note about being used
 * names, defended as friends. Read only after such a note: met kindly (it can feel like friendship; that is the trick).
 */
const DEFENDS_THEM =
  /\b(?:its|it\s+is|it\s+s|it\s+aint|it\s+isnt)\s+not\s+like\s+that\b|\b(?:it|its|it\s+is)\s+(?:aint|isnt|is\s+not|not)\s+like\s+that\b|\b(?:they|theyre|there|their|them|hes|he|shes|she|the\s+(?:lads|boys|olders|older\s+(?:lads|boys)|girls))\s+(?:(?:are|is|r|re)\s+)?(?:all\s+|just\s+|proper\s+|really\s+|well\s+|dead\s+|actually\s+)?(?:sound|safe\s+(?:lads|boys|people)|alright|nice|sick|cool|decent|my\s+(?:mates|m8s|friends|frends|boys|bros|fam|pals|homies|mandem|g)|mates|m8s|friends|frends|pals|fam)\b|\b(?:they|he|she)\s+(?:look|looks|looked)\s+after\s+me\b|\b(?:they|he|she)\s+(?:sort|sorts|sorted)\s+me\s+out\b|\b(?:they|he|she)\s+(?:(?:are|is|r)\s+)?(?:just\s+)?(?:being\s+)?(?:kind|generous)\s+to\s+me\b/;

export function defendsThemAsFriends(text: string): boolean {
  return DEFENDS_THEM.test(clearedConcernText(text));
}
