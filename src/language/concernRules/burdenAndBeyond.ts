import { r, type Rule } from './shared';

/**
 * Wanting to be gone said without its usual words, as young people and people with learning
 * disabilities say it: being a weight others carry, a world better without one in it, sorry for
 * being born; no place at all in a few years; tired of being oneself; treasured things labelled
 * for friends; wanting to go to heaven now. Each needs the part that makes it more than ordinary
 * talk, so a move, a trip, a grandparent's death told as news or "one day" are left alone.
 */

/** The people a person may feel they weigh on. */
const OTHERS =
  '(?:everyone|everybody|every\\s+one|my\\s+(?:family|mum|dad|parents|carers?|foster\\s+\\w+|nan|brothers?|sisters?|friends)|mum|dad|they|them|people|the\\s+world|the\\s+family|(?:his|her)\\s+(?:family|mum|dad|parents|carers?|sisters?|brothers?))';

export const BURDEN_CARRIED: readonly Rule[] = [
  // "im just a weight they have to carry", "i feel like a burden my mum has to put up with".
  r('self_harm_or_suicide', `\\b(?:im|i\\s+am|feel\\s+like|i\\s+feel\\s+like|he\\s+(?:is|feels\\s+like)|she\\s+(?:is|feels\\s+like)|hes|shes)\\s+(?:just\\s+|only\\s+|nothing\\s+but\\s+)?(?:a|an)\\s+(?:\\w+\\s+)?(?:weight|burden|drain|problem|nuisance)\\s+(?:(?:that|which)\\s+)?${OTHERS}\\s+(?:has|have|had)\\s+to\\s+(?:carry|deal\\s+with|put\\s+up\\s+with|look\\s+after|worry\\s+about|drag\\s+around)\\b`),
  // "my carers would have so much more freedom without me", "the world would be better without her in it",
  // "my family would be better off without the cost and stress of me".
  r('self_harm_or_suicide', `\\b${OTHERS}\\s+(?:(?:would|will|wud|d|could)\\s+(?:honestly\\s+|really\\s+|probably\\s+|definitely\\s+|all\\s+|just\\s+)?(?:have|get|be)|be)\\s+(?:so\\s+much\\s+|much\\s+|way\\s+|a\\s+lot\\s+|loads\\s+)?(?:more\\s+(?:freedom|money|time|space|fun)|freer|better\\s+off|better|happier|easier|a\\s+better\\s+life|an\\s+easier\\s+life)\\s+without\\s+(?:(?:the\\s+|all\\s+the\\s+)?(?:cost|stress|worry|hassle|trouble|bother|mess|drama)(?:\\s+(?:and|or)\\s+(?:the\\s+)?(?:cost|stress|worry|hassle|trouble|bother|drama))?\\s+of\\s+(?:having\\s+)?)?(?:me|him|her)\\b(?:\\s+in\\s+it\\b|(?![^~]{0,30}\\b(?:for\\s+(?:a|the|one|two)\\s+(?:day|days|week|night|weekend)|this\\s+(?:week|weekend)|today|tomorrow|tonight|while|when\\s+(?:i|he|she)\\s+(?:go|goes|move|moves|leave|leaves|start|starts)|at\\s+(?:uni|college|camp)|on\\s+(?:the\\s+)?(?:trip|holiday|residential))\\b))`),
];

export const SORRY_FOR_BEING_BORN: readonly Rule[] = [
  // "he said sorry for being born", "i wish i was never born", "sorry for ruining our lives" (not "before i was born").
  r('self_harm_or_suicide', '\\b(?:sorry|apologis\\w*|apologiz\\w*)\\s+for\\s+(?:ever\\s+)?being\\s+born\\b|\\b(?:sorry|apologis\\w*|apologiz\\w*)\\s+for\\s+(?:ruining|wrecking|messing\\s+up|spoiling)\\s+(?:our|your|their|everyones|all\\s+your|all\\s+our|his|her|my\\s+(?:family|familys|mums|dads|parents))\\s+(?:lives|life)\\b(?![^~]{0,30}\\b(?:lol|haha|film|ending|game|joke|joking)\\b)|\\b(?:wish|wishes|wished)\\s+(?:i|he|she)\\s+(?:was|were|had|d)\\s+never\\s+(?:been\\s+)?born\\b|\\b(?:wish|wishes|wished)\\s+(?:i|he|she)\\s+(?:hadnt|had\\s+not)\\s+been\\s+born\\b|\\b(?:shouldnt|should\\s+not|should\\s+never)\\s+(?:have|of)\\s+been\\s+born\\b'),
];

export const NOWHERE_IN_YEARS: readonly Rule[] = [
  // "in 5 years? i wont be anywhere", "next year i wont be around" (not "i wont be around next week, holiday").
  r('self_harm_or_suicide', '\\b(?:in\\s+(?:\\d+|a\\s+few|few|five|ten|two|three)\\s+(?:years?|yrs?)|when\\s+(?:im|i\\s+am)\\s+(?:older|grown\\s+up|an\\s+adult|\\d+))\\b[^~]{0,20}\\bi\\s+(?:wont|will\\s+not|aint|am\\s+not\\s+going\\s+to|m\\s+not\\s+going\\s+to)\\s+(?:be\\s+(?:anywhere|around|alive|here\\s+at\\s+all)|exist)\\b'),
];

export const TIRED_OF_BEING_ME: readonly Rule[] = [
  // "im tired. not tired like sleep. tired of being me" (not "tired of being the only girl in the team").
  r('self_harm_or_suicide', '\\b(?:tired|sick|exhausted)\\s+of\\s+(?:being\\s+(?:me|myself)|living|life|my\\s+life)(?=\\s*(?:$|[.,!?~]|(?:and|so|but|now|tbh|honestly|lol|really|any\\s+more)\\b))|\\bnot\\s+tired\\s+like\\s+(?:sleep|sleepy|bed)\\b'),
];

export const NAMES_ON_THINGS: readonly Rule[] = [
  // "his favourite things packed in a box with his friends names written on them".
  r('self_harm_or_suicide', '\\b(?:things|stuff|belongings|games|toys|teddies|clothes|books|cards|jewellery|collection)\\b[^~]{0,40}\\b(?:(?:his|her|my|their)\\s+)?(?:friends|mates|cousins|sisters|brothers)\\s+names\\s+(?:written\\s+|put\\s+)?on\\s+(?:them|each|it|every)\\b'),
];

export const HEAVEN_WISHED: readonly Rule[] = [
  // "i wan to go to heven wiv my nan now", "i want to be in heaven with grandad" (not "one day", not news of a death).
  r('self_harm_or_suicide', '\\b(?:i|he|she)\\s+(?:want|wants|wan|wanna|wish\\s+i\\s+could|wishes\\s+(?:he|she)\\s+could|just\\s+want|really\\s+want)\\s+(?:to\\s+)?(?:go|be)\\s+(?:to|in|up\\s+in)\\s+heaven\\b(?![^~]{0,60}\\b(?:one\\s+day|when\\s+(?:im|i\\s+am|he\\s+is|she\\s+is)\\s+(?:old|older|really\\s+old)|when\\s+i\\s+die|when\\s+(?:he|she)\\s+dies|in\\s+(?:a|the)\\s+(?:game|story|film|play))\\b)'),
];

/** This file's families, by name. */
export const BURDEN_AND_BEYOND_FAMILIES = {
  burdenCarried: BURDEN_CARRIED,
  sorryForBeingBorn: SORRY_FOR_BEING_BORN,
  nowhereInYears: NOWHERE_IN_YEARS,
  tiredOfBeingMe: TIRED_OF_BEING_ME,
  namesOnThings: NAMES_ON_THINGS,
  heavenWished: HEAVEN_WISHED,
};
