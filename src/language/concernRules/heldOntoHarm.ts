import { r, type Rule } from './shared';

/**
 * A body part forced onto something that burns or cuts: "he held my hand on the burning pan", "she pressed my arm
 * against the radiator", "he held a lighter to my hand", "he pushed my hand onto the knife". Someone else does it:
 * never "i put my hand on the hot pan" nor "i burnt my hand on the pan cooking". A hand held on the way somewhere,
 * under the cold tap, or over the fire to warm it, is left alone; so is a knife held with a child to show them how.
 */

/** Something that burns whatever else is said of it. */
const HOT_THING =
  '(?:hobs?|cooker|oven|oven\\s+door|iron|kettle|radiator|fire|fireplace|flames?|candles?|lighter|cigarettes?|fags?|stove|grill|heater|toaster|bbq|barbecue|hair\\s+straighteners|straighteners|curling\\s+tongs)';
/** Heat said of anything else: "the burning pan", "the boiling water", "a hot spoon". */
const HEAT = '(?:hot|boiling|burning|red\\s+hot|scalding|scorching|lit|heated)';
/** Something that cuts or pierces, only when a body part is forced onto it. */
const SHARP = '(?:knife|knives|blade|razor|broken\\s+glass|glass|nails?|pins?|needles?|spikes?|barbed\\s+wire|scissors|thorns?|nettles)';
/** The part of the body forced ("my hand", "my left arm"); the speaker whole only against or onto it ("held me against the radiator"). */
const BODY = '(?:me(?=\\s+(?:on|onto|on\\s+to|against)\\b)|my\\s+(?:\\w+\\s+)?(?:hand|hands|arm|arms|finger|fingers|fingertips|thumb|wrist|leg|legs|foot|feet|face|head|cheek|tongue|palm|palms|skin|back|neck))';
/** Held, put or pushed there by someone else: never after "i" ("i put my hand on the hot pan", "i go home and hold my arm against the iron"). */
const NOT_BY_ME = '(?<!\\b(?:i|ive|id|we)\\s+(?:\\w+\\s+){0,2}|\\b(?:i|we)\\s+(?:\\w+\\s+){0,6}(?:and|then|n)\\s+(?:then\\s+)?)';
const PUT_ON = '(?:held|holds|hold|holding|put|puts|putting|pushed|pushes|pushing|pressed|presses|pressing|forced|forces|forcing|shoved|shoves|stuck|sticks|kept|keeps|slammed|jammed|made\\s+me\\s+(?:put|hold|keep|touch))';
const FORCED_ON = '(?:pushed|pushes|pushing|pressed|presses|pressing|forced|forces|forcing|shoved|shoves|slammed|slams|jammed)';
const ONTO = '(?:on|onto|on\\s+to|on\\s+top\\s+of|against|over|under|in|into|to)';
const THE = '(?:(?:the|a|an|his|her|their|our|my|that)\\s+)?';
/** Warming, cooling, washing or an accident said after it: care or mishap, not harm. A negative lookahead. */
const NOT_CARE = '(?![^~]{0,30}\\b(?:warm\\w*|cool\\w*|cold|wash\\w*|clean\\w*|soak\\w*|by\\s+accident|accident\\w*)\\b)';

export const HELD_ONTO_HARM: readonly Rule[] = [
  r(
    'harm_from_others',
    `${NOT_BY_ME}\\b${PUT_ON}\\s+${BODY}\\s+${ONTO}\\s+${THE}(?:${HEAT}|${HOT_THING})\\b${NOT_CARE}` +
      `|${NOT_BY_ME}\\b${FORCED_ON}\\s+${BODY}\\s+(?:on|onto|on\\s+to|into|against)\\s+${THE}(?:\\w+\\s+)?${SHARP}\\b${NOT_CARE}` +
      `|\\b(?:held|holds|hold|holding|put|puts|pressed|presses|pushed|pushes|stuck|sticks)\\s+${THE}(?:${HEAT}\\s+(?:\\w+\\s+)?\\w+|${HOT_THING}|lit\\s+match(?:es)?)\\s+(?:to|on|onto|against|near)\\s+${BODY}\\b${NOT_CARE}`,
  ),
];
