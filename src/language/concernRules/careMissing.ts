import { r, type Rule } from './shared';

/**
 * Absence of care told through what never happens: never seen a dentist, no running water, no one
 * to collect a child, hungry when there are no school meals, a young child out alone while the
 * adult sleeps. The older neglect rules read a carer who fails; these read the gap itself.
 */
const SMALL_AGE = '(?:[1-6]|one|two|three|four|five|six|a\\s+baby|a\\s+toddler)';

export const CARE_MISSING: readonly Rule[] = [
  r('neglect', '\\bnever\\s+(?:ever\\s+)?been\\s+to\\s+(?:a|the)\\s+(?:dentist|dentists|optician|opticians)\\b|\\b(?:havent|hasnt|have\\s+not|has\\s+not|not)\\s+(?:ever\\s+)?been\\s+to\\s+(?:a|the)\\s+(?:dentist|dentists|doctor|doctors|optician|opticians|gp)\\s+(?:ever|in\\s+(?:my|his|her)\\s+(?:whole\\s+)?life|in\\s+years|for\\s+years|since\\s+(?:i|he|she)\\s+was\\s+(?:born|a\\s+baby|little))\\b'),
  r('neglect', '\\bno\\s+running\\s+water\\b|\\bwash\\s+(?:at|in)\\s+(?:my\\s+)?(?:mates|friends|nans|neighbours)\\s+(?:house|flat|place)?\\b|\\b(?:never|hardly\\s+ever|rarely|dont\\s+ever)\\s+(?:have|got|has)\\s+(?:any\\s+)?(?:food|anything\\s+to\\s+eat)\\s+in\\b'),
  r('neglect', '\\b(?:nobody|no\\s+one|noone|no\\s+body)\\s+(?:came|come|comes|turned\\s+up)\\s+to\\s+(?:(?:get|pick\\s+up|collect|fetch)\\s+(?:me|him|her|us)|pick\\s+(?:me|him|her|us)\\s+up)\\b|\\b(?:hungry|starving)\\s+(?:at|on|in|over|during)\\s+(?:the\\s+)?(?:weekends?|holidays|half\\s+term)\\b[^~]{0,40}\\b(?:no|theres\\s+no|there\\s+is\\s+no|without)\\s+(?:free\\s+)?(?:school\\s+)?(?:dinners?|meals?|lunch|breakfast\\s+club|food)\\b'),
  r('neglect', '\\b(?:he|she|i|they)\\s+(?:eats?|eating)\\s+whatever\\s+(?:he|she|i|they)\\s+(?:can\\s+)?finds?\\b|\\b(?:dont|do\\s+not)\\s+(?:really\\s+)?do\\s+meals\\b|\\b(?:parents|mum|dad|they)\\s+(?:are|is|s)\\s+using\\s+(?:again|and|drugs|gear|heroin|crack)\\b|\\bneedles\\s+(?:about|around|lying\\s+(?:about|around)|everywhere)\\b'),
  // Feeds, milk or supplies run out and left so.
  r('neglect', '\\b(?:milk|feeds?|formula|supplies|pads|nappies)\\s+(?:ran|has\\s+run|had\\s+run|run|runs)\\s+out\\b[^~]{0,60}\\b(?:just\\s+wait|wait\\s+(?:till|until)|only\\s+had\\s+water|no\\s+one|nobody|days|weeks|since)\\b'),
  // A young child out alone, or left, while the adult sleeps or is out.
  r('neglect', `(?<=\\b(?:on\\s+(?:his|her|their)\\s+own|alone|by\\s+(?:him|her|them)sel(?:f|ves))\\b[^~]{0,100})\\b(?:hes|shes|he\\s+is|she\\s+is|theyre|they\\s+are)\\s+only\\s+${SMALL_AGE}\\b`),
];

/**
 * No future said as a wish or a plan, not a feeling: better dead, what others gain when one is dead,
 * the courage to do it properly, wanting to be smaller until nothing is left.
 */
export const ENDING_WISHES: readonly Rule[] = [
  r('self_harm_or_suicide', '\\b(?:id|i\\s+would|i\\s+d|ill|i\\s+will|i\\s+might)\\s+(?:just\\s+)?be\\s+better\\s+(?:off\\s+)?dead\\b|\\b(?:when|once|after)\\s+(?:im|i\\s+am)\\s+dead\\b(?!\\s+(?:tired|bored|excited|nervous|hungry|old)\\b)'),
  r('self_harm_or_suicide', '\\b(?:courage|guts|nerve|bravery)\\s+to\\s+(?:do\\s+it|go\\s+through\\s+with\\s+it|end\\s+it|finish\\s+it)\\s+(?:properly|for\\s+real|this\\s+time|next\\s+time)\\b|\\b(?:smaller|thinner|skinnier|tinier|lighter|disappear|shrink|fade)\\s+(?:and\\s+\\w+\\s+)?(?:until|till|til)\\s+(?:theres|there\\s+is)\\s+nothing\\s+(?:left|of\\s+me)\\b'),
];
