import { r, type Rule } from './shared';

/**
 * No future said as not growing older ("i just think i wont get older", "in 5 years? nowhere would
 * be nice"), as being tired of existing or wanting to stop living, as not being needed once one
 * last task is done, as a search for a way to hang oneself, and as treasured things given away
 * beside letters written. The older rules read "i dont think ill get to 11"; these read the rest.
 */
const AGE = '(?:\\d+|twenty|thirty|eighteen|sixteen|an\\s+adult|a\\s+grown\\s+up|grown\\s+up)';

export const NOT_GROWING_UP: readonly Rule[] = [
  r('self_harm_or_suicide', `\\b(?:i|he|she)\\s+(?:just\\s+|really\\s+)?(?:wont|will\\s+not|am\\s+not\\s+going\\s+to|im\\s+not\\s+going\\s+to|is\\s+not\\s+going\\s+to|isnt\\s+going\\s+to|aint\\s+going\\s+to|never\\s+going\\s+to)\\s+(?:ever\\s+)?(?:get\\s+(?:older|old)(?!\\s+(?:brothers?|sisters?|cousins?|kids|people|friends|ones?|clothes|stuff|things)\\b)|get\\s+to\\s+be\\s+${AGE}|grow\\s+old|live\\s+(?:to\\s+(?:be\\s+)?${AGE}|that\\s+long|past\\s+${AGE})|reach\\s+${AGE}|see\\s+(?:${AGE}|my\\s+next\\s+birthday|next\\s+year))\\b`),
  r('self_harm_or_suicide', '\\b(?:in\\s+(?:\\d+|five|ten|a\\s+few)\\s+years?|when\\s+(?:im|i\\s+am)\\s+(?:older|grown\\s+up|an\\s+adult))\\b[^~]{0,40}\\bnowhere\\s+(?:would\\s+be|sounds|is|seems)\\s+(?:nice|good|fine|better|great|best|ok|okay|peaceful)\\b|\\b(?:tired|sick|exhausted)\\s+of\\s+(?:existing|being\\s+alive|being\\s+on\\s+this\\s+earth)\\b(?!\\s+(?:on|in|with|like|at)\\b)|\\b(?:want|wanna|need|wish\\s+i\\s+could)\\s+(?:to\\s+)?(?:just\\s+)?stop\\s+(?:living|existing|being\\s+alive|breathing)\\b(?!\\s+(?:with|at|in|on|near|here|there|like|through|for)\\b)'),
  r('self_harm_or_suicide', '\\b(?:after\\s+(?:that|this)|then|once\\s+(?:\\w+\\s+){0,3}?(?:is\\s+|are\\s+|s\\s+)?(?:done|sorted|finished))\\s+(?:im|i\\s+am|i\\s+wont\\s+be|i\\s+will\\s+not\\s+be)\\s+(?:not\\s+)?needed\\b(?!\\s+(?:at|in|for|on|until|till|by|to)\\b)|\\b(?:search\\s+history|browser\\s+history|searched|searches|googled|looked\\s+up|looking\\s+up)\\b[^~]{0,40}\\b(?:ways?|how|methods?)\\s+to\\s+(?:hang|drown|poison|suffocate|strangle|kill|overdose)\\s*(?:your|my|her|him|them)?sel(?:f|ves)?\\b'),
  r('self_harm_or_suicide', '\\b(?:gave|given|giving|gives|give)\\s+(?:away\\s+)?(?:all\\s+)?(?:of\\s+)?(?:his|her|my)\\s+(?:favourite\\s+|best\\s+|precious\\s+|special\\s+)?(?:\\w+\\s+){0,2}(?:playstation|xbox|switch|console|games|phone|hoodie|clothes|stuff|things|teddy|jewellery|guitar|possessions|belongings|collection)\\b[^~]{0,60}\\b(?:wrote|writing|written|writes)\\s+(?:letters|notes|a\\s+letter|a\\s+note|goodbye|cards)\\b'),
];
