import { r, type Rule } from './shared';

/**
 * Harm from others told through what surrounds it (written from train33's misses): a made-up
 * accident told to school and then who really did it; being held down, tied or locked in as a
 * punishment; being slapped or hit at home said without naming who; being jumped or locked in by
 * other young people. Each needs the part that makes it harm (it was my brother, as punishment,
 * at home, jumped), so a real trip on the stairs, a detention or a dog jumping up is left alone.
 */
const CHILD = '(?:him|her|me|them|us|(?:my|our|his|her)\\s+(?:son|daughter|child|boy|girl|brother|sister))';
const BLOW_TAKEN = '(?:slapped|hit|beaten|battered|kicked|punched|smacked|whacked|belted|thumped|strangled|choked|leathered)';

export const COVER_STORY: readonly Rule[] = [
  // "i told school i walked into a door. it was my brother".
  r('harm_from_others', '\\b(?:told|tell|say|said|says|had\\s+to\\s+say|makes?\\s+me\\s+say|made\\s+me\\s+say)\\s+(?:\\w+\\s+){0,2}(?:that\\s+)?(?:i|she|he|we)\\s+(?:walked\\s+into\\s+a\\s+(?:door|wall|cupboard)|fell\\s+(?:down\\s+the\\s+stairs|over|off\\s+\\w+)|tripped|banged\\s+(?:it|my\\s+\\w+|into\\s+\\w+)|did\\s+it\\s+(?:at|in|playing)\\s+\\w+)\\b[^~]{0,25}\\b(?:(?:but\\s+|really\\s+|actually\\s+)?it\\s+was\\s+(?:really\\s+|actually\\s+)?(?:my|his|her|mum|dad|him|them)|(?:but|really)\\s+(?:my|his|her)\\s+(?:\\w+\\s+){1,2}did\\s+it)\\b'),
];

export const HELD_AS_PUNISHMENT: readonly Rule[] = [
  // "they use a weighted blanket to hold him down for long periods as punishment", "locking our son in the bedroom to teach him".
  r('harm_from_others', `\\b(?:(?:hold|holds|holding|held|pin|pins|pinning|pinned|sit\\w*\\s+on|sat\\s+on)\\s+${CHILD}\\s+down|(?:restrain\\w*|tie|ties|tying|tied|strap|straps|strapping|strapped)\\s+${CHILD}|(?:lock|locks|locking|locked|shut|shuts|shutting)\\s+${CHILD}\\s+(?:in|into|inside|out))\\b(?:\\s+\\w+){0,6}?\\s+(?:as\\s+(?:a\\s+)?punishment|to\\s+punish\\s+\\w+|to\\s+teach\\s+(?:him|her|me|them)(?:\\s+a\\s+lesson)?(?!\\s+(?:to|how|about|the|some)\\b))\\b`),
];

export const HIT_AT_HOME: readonly Rule[] = [
  // "at home i get shouted at and slapped all the time", "i get slapped at home".
  r('harm_from_others', `\\b(?:at\\s+home|home)\\s+(?:i|we|he|she)\\s+(?:get|gets|got|getting)\\s+(?:\\w+\\s+(?:at\\s+)?(?:and|or)\\s+)?${BLOW_TAKEN}\\b(?!\\s+(?:out|off|by\\s+(?:a\\s+|the\\s+|my\\s+)?(?:ball|toys?|door|baby|little)))|\\b(?:i|we)\\s+(?:get|gets|got|getting)\\s+${BLOW_TAKEN}\\s+(?:at\\s+home|by\\s+(?:my\\s+)?(?:mum|dad|step\\s*dad|step\\s*mum|parents|nan|grandad|uncle|carer|foster\\s+(?:mum|dad|carer)))\\b`),
];

export const JUMPED_AND_LOCKED_IN: readonly Rule[] = [
  // "so i dont get jumped in the corridor again".
  r('bullying', '\\b(?:get|got|getting|gets|been)\\s+jumped(?!\\s+(?:on\\s+by\\s+(?:my|the|our|a)\\s+(?:dog|puppy|cat)|the\\s+queue|in\\s+the\\s+queue))\\s+(?:in|on|at|after|outside|by|near|walking|again|every|coming)\\b'),
  // "the other apprentices keep locking me in the store cupboard".
  r('bullying', '\\b(?:keep|keeps|kept|always|been|they|boys|girls|kids|lads)\\s+(?:locking|shutting|trapping|locked|shut|trapped)\\s+(?:me|him|her)\\s+in\\s+(?:the\\s+)?(?:\\w+\\s+)?(?:cupboard|toilets?|store\\s*room|changing\\s+rooms?|locker|shed|cubicle)\\b'),
];

/** This file's families, by name, in the order they are read. */
export const COVER_STORY_FAMILIES = { coverStory: COVER_STORY, heldAsPunishment: HELD_AS_PUNISHMENT, hitAtHome: HIT_AT_HOME, jumpedAndLockedIn: JUMPED_AND_LOCKED_IN };
