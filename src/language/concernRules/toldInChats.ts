import type { ConcernCategory } from '../concernCategories';
import { firm, r, saidAsNormal, type Rule } from './shared';

/*
 * Pattern families met in whole typed chats, each read as who does what to whom:
 * - a grown-up at home throwing things at a parent, or screaming at one while throwing or smashing;
 * - school staff or carers taping, tying or strapping a child's hands or body down;
 * - pictures sent to someone for game money, gift cards or cash;
 * - carrying packets or bags on a train or bus, or to other towns, for a mate or an older person;
 * - a child not fed or washed at another home, or coming back from it starving.
 * On concernText output (lower case, no apostrophes, "stepdad" read as "step dad").
 */

/** A grown-up at home, as young people and parents name them ("dads screaming" is "dad is screaming"). */
const HOME_ADULT =
  '(?:dad|dads|step\\s+dad|step\\s+dads|mum|mums|step\\s+mum|step\\s+mums|mums\\s+(?:new\\s+)?(?:boyfriend|partner|husband|fella)|dads\\s+(?:new\\s+)?(?:girlfriend|partner|wife)|he|she)';
/** The parent on the receiving end. */
const PARENT = '(?:(?:my|our|his|her)\\s+)?(?:mum|dad|step\\s+mum|step\\s+dad|nan|gran)';
/** Soft things thrown in play ("threw a pillow at my dad"). */
const IN_PLAY = '(?:pillows?|cushions?|balls?|snowballs?|water\\s+balloons?|teddy|teddies|socks?|confetti|sweets|popcorn|paper\\s+planes?)';

export const THROWN_AT_A_PARENT: readonly Rule[] = [
  // "my stepdad threw a pan at my mum and burned her arm", "he chucks plates at mum".
  r('domestic_abuse', `\\b${HOME_ADULT}\\s+(?:\\w+\\s+){0,2}?(?:threw|throws|throwing|throw|chucked|chucks|chucking|lobbed|hurled|hurls|flung|flings)\\s+(?!(?:a\\s+|the\\s+|some\\s+)?${IN_PLAY}\\b)(?:\\w+\\s+){0,3}?at\\s+${PARENT}\\b`),
  // "dad's screaming at mum and throwing stuff", "he was yelling at her and smashing plates".
  r('domestic_abuse', `\\b${HOME_ADULT}\\s+(?:is\\s+|was\\s+|keeps\\s+|kept\\s+|always\\s+|started\\s+|starts\\s+)?(?:screaming|shouting|yelling|screams|shouts|yells|screamed|shouted|yelled)\\s+at\\s+(?:${PARENT}|her|him)\\b[^~]{0,30}\\b(?:throwing|throws|threw|smashing|smashes|smashed|breaking|breaks|broke|chucking|chucked|punching|punched|kicking|kicked)\\b`),
];

/**
 * Told beside a hope or as a job ("I want her to go to mainstream but the teacher there tapes her
 * hands", "my job is..."): the words of a hope around it do not make it ordinary, and the
 * classifier's doubt alone does not overrule it (Rule.wish, Rule.firm).
 */
function besideAHope(category: ConcernCategory, source: string): Rule {
  return { ...firm(category, source), wish: true };
}

/** Told as a job or a favour, which is how it is sold: as besideAHope, and "lol" or "its fine" does not cancel it either. */
function toldAsAJob(category: ConcernCategory, source: string): Rule {
  return { ...saidAsNormal(category, source), wish: true };
}

/** Staff and carers as a parent or young person names them. */
const STAFF = '(?:she|he|they|staff|the\\s+staff|teachers?|the\\s+teacher|tas?|the\\s+ta|miss|sir|support\\s+workers?|carers?|the\\s+carers?|lsa|the\\s+lsa|school)';

export const HELD_DOWN_BY_STAFF: readonly Rule[] = [
  // "she tapes her hands to the desk so she cant flap", "they strap him to the chair", "staff tied his wrists together".
  besideAHope(
    'harm_from_others',
    `\\b${STAFF}\\s+(?:\\w+\\s+){0,2}?(?:tapes?|taped|taping|sellotapes?|sellotaped|ties|tied|tying|tie|straps?|strapped|strapping)\\s+(?:(?:his|her|their|my)\\s+(?:hands|hand|arms|arm|wrists|feet|legs|ankles)|him|her|me|them)\\s+(?:to|together|down|behind|onto)\\b(?![^~]{0,20}\\b(?:boxing|gloves?|splint|bandage|plaster|physio|cast)\\b)`,
  ),
];

/** What is given for pictures: game money, gift cards, top-ups or cash. */
const GIFT = '(?:robux|vbucks|v\\s+bucks|gems|coins|skins|gift\\s+cards?|vouchers?|credit|top\\s+ups?|money|cash|£?\\d+|quid|presents?|gifts?|vapes?)';
const PICTURES = '(?:pictures?|photos?|videos?|vids?|selfies|nudes|snaps)';
/** Someone the pictures go to. */
const RECEIVER = '(?:(?:this|a|an|some|that|one|my|the)\\s+)?(?:\\w+\\s+)?(?:guy|guys|man|men|lad|lads|boy|bloke|person|stranger|fella|someone|somebody|him|them)';

export const PICTURES_FOR_GIFTS: readonly Rule[] = [
  // "sending pics to this guy online for robux", "i sent photos of me to a man for a gift card".
  saidAsNormal('sexual_abuse', `\\b(?:send|sends|sending|sent|selling|sell|sold|swap|swapping|trade|trading)\\s+(?:\\w+\\s+)?${PICTURES}\\s+(?:of\\s+(?:me|myself)\\s+)?to\\s+${RECEIVER}\\s+(?:\\w+\\s+){0,3}?for\\s+(?:\\w+\\s+)?${GIFT}\\b`),
  // "sending pics for robux", "he gives me vbucks for pictures", "he sends me money if i send him photos".
  saidAsNormal('sexual_abuse', `\\b(?:send|sends|sending|sent|swap|swapping|trade|trading)\\s+(?:\\w+\\s+)?${PICTURES}\\s+(?:of\\s+(?:me|myself)\\s+)?for\\s+(?:\\w+\\s+)?(?:robux|vbucks|v\\s+bucks|gems|skins|gift\\s+cards?|top\\s+ups?)\\b`),
  saidAsNormal('sexual_abuse', `\\b(?:he|she|they|someone|somebody|this\\s+\\w+|a\\s+\\w+)\\s+(?:\\w+\\s+)?(?:gives?|gave|sends?|sent|pays?|paid|buys?|bought)\\s+me\\s+(?:\\w+\\s+)?${GIFT}\\s+(?:for|if\\s+i\\s+send|when\\s+i\\s+send|to\\s+send)\\s+(?:him\\s+|her\\s+|them\\s+)?(?:\\w+\\s+)?${PICTURES}\\b`),
];

/** Things carried, as said to make them sound like nothing ("packits" as typed). */
const CARRIED = '(?:(?:a|the|some|his|these)\\s+)?(?:pack(?:et|it)s?(?!\\s+of)|packages?|parcels?|bags?|stuff|bits|things|boxes|a\\s+box)';
/** The ride or the distance that makes it more than an errand. */
const FAR = '(?:on|onto|in)\\s+(?:the|a)\\s+(?:trains?|bus|buses|coach|tram)|to\\s+(?:other|another|different)\\s+(?:towns?|cities|city|areas?|places)';
/** Someone who is not family: a mate, an older person, a man. */
const FOR_SOMEONE = 'for\\s+(?:my\\s+|a\\s+|an\\s+|some\\s+|this\\s+|these\\s+|his\\s+|the\\s+)?(?:older\\s+)?(?:mate|mates|friend|friends|guy|guys|man|men|lad|lads|boys|cousin|olders|someone|somebody|people|him|them|boyfriend)';


export const CARRIED_FOR_SOMEONE: readonly Rule[] = [
  // "my job is take packits on the train for my mate", "i carry bags to other towns for some lads".
  toldAsAJob('exploitation', `\\b(?:take|takes|taking|took|carry|carries|carrying|carried|move|moving|drop|dropping|deliver|delivering|bring|bringing|run|running)\\s+(?:\\w+\\s+)?${CARRIED}\\s+(?:\\w+\\s+){0,2}?(?:${FAR})\\b[^~]{0,30}\\b${FOR_SOMEONE}\\b`),
  // "i take packets for my mate on the train".
  toldAsAJob('exploitation', `\\b(?:take|takes|taking|took|carry|carries|carrying|carried|move|moving|drop|dropping|deliver|delivering)\\s+(?:\\w+\\s+)?${CARRIED}\\s+${FOR_SOMEONE}\\s+(?:\\w+\\s+){0,2}?(?:${FAR})\\b`),
];

/** Who is not cared for, as a parent or the young person says it. */
const CHILD = '(?:he|she|they|hes|shes|theyre|i|im|we|(?:my|our)\\s+(?:son|daughter|child|kids|boy|girl|little\\s+one))';
/** Not, as it is typed: "is not", "isnt", "doesnt get", "never gets". */
const NOT = '(?:not|isnt|arent|wasnt|werent|dont|doesnt|didnt|never|hardly|barely|rarely)(?:\\s+(?:ever|really|always))?';
/** Where: the other home. */
const AT_THE_OTHER_HOME =
  '(?:when\\s+(?:he|she|they|i|we)\\s+(?:is|are|am|go|goes|stay|stays|sleeps?)\\s+)?(?:at|to)\\s+(?:his|her|their|my|our)\\s+(?:dads|mums|nans|grans|dad|mum|step\\s+\\w+s?|other\\s+house|aunties|uncles|place)\\b';

export const NOT_FED_THERE: readonly Rule[] = [
  // "he is not fed at his dads", "she doesnt get fed properly at her mums", "he never gets washed when he stays at his dads".
  r(
    'neglect',
    `\\b${CHILD}\\s+(?:is\\s+|are\\s+|was\\s+|am\\s+)?${NOT}\\s+(?:get\\s+|gets\\s+|got\\s+|been\\s+|being\\s+)?(?:fed|washed|bathed|changed|given\\s+(?:any\\s+)?(?:food|dinner|tea|meals?|breakfast|(?:his|her|their|my)\\s+(?:meds|medicine|tablets)))(?!\\s+(?:up|by|through|via|with\\s+a\\s+tube|orally)\\b)(?:\\s+(?:properly|enough|anything|at\\s+all|there))?\\s+${AT_THE_OTHER_HOME}`,
  ),
  // "he comes back from his dads starving", "she came home from her mums in the same clothes and filthy".
  r('neglect', `\\b(?:comes?|came|coming|gets?)\\s+(?:back|home)\\s+from\\s+(?:his|her|their|my)\\s+(?:dads|mums|nans|step\\s+\\w+s)\\s+(?:\\w+\\s+){0,2}?(?:starving|starved|so\\s+hungry|really\\s+hungry|filthy|stinking|unwashed|in\\s+the\\s+same\\s+clothes)\\b`),
];

/** This file's families, by name, in the order they are read. */
export const TOLD_IN_CHATS_FAMILIES = {
  thrownAtAParent: THROWN_AT_A_PARENT,
  heldDownByStaff: HELD_DOWN_BY_STAFF,
  picturesForGifts: PICTURES_FOR_GIFTS,
  carriedForSomeone: CARRIED_FOR_SOMEONE,
  notFedThere: NOT_FED_THERE,
};
