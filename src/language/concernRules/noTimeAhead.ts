import type { ConcernCategory } from '../concernCategories';
import { firm, r, saidAsNormal, wish, type Rule } from './shared';

/**
 * Wanting to be gone told as having no time ahead, or as quietly getting ready to go: no long term
 * for me; help turned down because one will not finish or stay; a few days ahead as far as one can
 * see; no birthday wanted next year; wanting to be nowhere; wanting to stop oneself or to sleep and
 * stay asleep; hoping to be forgotten quickly so it hurts less; a plan kept behind a smile; a river
 * or a road thought of "not in a nice way"; things given away with a cover story. Each needs the
 * part that makes it more than ordinary talk, so a course left for another, a party not wanted, a
 * lie-in or a walk by the river are left alone.
 */

/** Wanting not to be, said as a wish or a dream: the words of a hope around it do not make it ordinary. */
const wishedGone = (category: ConcernCategory, source: string): Rule => ({ ...wish(category, source), firm: true });

export const NO_LONG_TERM: readonly Rule[] = [
  // "i dont think there is a long term for me", "theres no grown up life for me".
  firm('self_harm_or_suicide', '\\b(?:no|not\\s+a|not\\s+any|isnt\\s+a|isnt\\s+any|(?:dont|do\\s+not)\\s+think\\s+(?:there\\s+is|theres|there\\s+will\\s+be)\\s+(?:a|any))\\s+(?:long\\s+term|longer\\s+term|long\\s+run|grown\\s+up\\s+life|adult\\s+life|old\\s+age|later\\s+on)\\s+for\\s+(?:me|him|her)\\b'),
  // "my goal for the next 5 years? getting through the next 5 days would be a stretch".
  firm('self_harm_or_suicide', '\\b(?:years?|future|long\\s+term)\\b[^~]{0,60}\\b(?:getting|get|make\\s+it|making\\s+it|got\\s+to\\s+get)\\s+through\\s+(?:the\\s+next\\s+|this\\s+|a\\s+)?(?:\\d+\\s+|few\\s+|a\\s+few\\s+|couple\\s+of\\s+|one\\s+|two\\s+|three\\s+|five\\s+)?(?:days?|hours?|week|today|tonight)\\b[^~]{0,30}\\b(?:stretch|miracle|push|pushing\\s+it|struggle|lucky|hard\\s+enough|all\\s+i\\s+can)\\b'),
];

export const HELP_NOT_NEEDED: readonly Rule[] = [
  // "i dont really need support with my course, i wont be finishing it", "what i need help wiv is nothing, i am not staying long".
  firm('self_harm_or_suicide', '\\b(?:dont|do\\s+not|wont|will\\s+not)\\s+(?:really\\s+|even\\s+)?need\\s+(?:any\\s+)?(?:support|help|a\\s+plan|anything)\\b[^~]{0,40}\\bi\\s+(?:wont|will\\s+not|am\\s+not|m\\s+not|aint)\\s+(?:be\\s+)?(?:finishing|finish|staying|here|around|be\\s+here|starting)\\b(?!\\s+(?:at|in)\\s+(?:this|that|the)\\s+(?:school|college|course|class|house|flat|area))(?![^~]{0,40}\\b(?:moving|transfer\\w*|switch\\w*|chang\\w*|another|different|apprenticeship|new\\s+(?:college|school|course|job)))|\\bneed\\s+help\\s+(?:with|wiv|wif)\\s+is\\s+nothing\\b[^~]{0,20}\\b(?:not\\s+staying|wont\\s+be\\s+(?:here|around)|not\\s+be\\s+here)\\b'),
];

export const NO_BIRTHDAY_AHEAD: readonly Rule[] = [
  // "i dont want a birthday next year", "i wont see my next birthday" (not "a birthday party", "like last year").
  r('self_harm_or_suicide', '\\b(?:dont|do\\s+not|doesnt|does\\s+not|never)\\s+wants?\\s+(?:a|another|any\\s+more|anymore|a\\s+next)\\s+birthdays?\\b(?!\\s+(?:party|parties|cake|fuss|present|presents|meal|trip|card|cards|like|at|with|in|out|at\\s+school))(?![^~]{0,40}\\b(?:instead|rather|i\\s+want\\s+(?:to\\s+go|a\\s+trip|to\\s+have)|trip|holiday)\\b)|\\b(?:wont|will\\s+not|not\\s+going\\s+to)\\s+(?:see|reach|get\\s+to)\\s+(?:my\\s+)?(?:next\\s+birthday|\\d+(?:th|st|nd|rd)?\\s+birthday|another\\s+birthday|next\\s+christmas)\\b(?!\\s+(?:with|at|in)\\b)'),
];

export const WANT_TO_BE_NOWHERE: readonly Rule[] = [
  // "where i want to be in a year. nowhere. i want to be nowhere" (not "nowhere near school").
  wishedGone('self_harm_or_suicide', '\\bi\\s+(?:want|wanna|wish\\s+i\\s+could|would\\s+like|d\\s+like|just\\s+want)\\s+(?:to\\s+)?be\\s+nowhere\\b(?!\\s+near)'),
  // "i hate me. i want to stop me", "i want to switch myself off" (not "stop myself biting my nails").
  wishedGone('self_harm_or_suicide', '\\b(?:want|wanna|wish\\s+i\\s+could|need)\\s+to\\s+(?:(?:switch|turn)\\s+(?:me|myself)\\s+off|(?:stop|end|delete|erase|switch\\s+off|turn\\s+off|unplug|rub\\s+out|cancel)\\s+(?:me|myself)\\b(?!\\s+(?:from|getting|going|eating|biting|picking|being|saying|doing|shouting|hitting|spending|buying|playing|worrying|thinking|crying|panicking|overthinking|snacking|off\\s+(?:the|my)|out\\s+of)\\b))'),
  // "my dream is go sleep and stay sleep", "sleep and never wake up" (not "till 12", "stayed asleep all night").
  wishedGone('self_harm_or_suicide', '\\bsleep\\s+and\\s+(?:stay\\s+(?:a)?sleep|never\\s+wake(?:\\s+up)?|not\\s+wake(?:\\s+up)?|never\\s+get\\s+up|not\\s+(?:come|get)\\s+(?:back\\s+)?up)\\b(?![^~]{0,12}\\b(?:till|until|before|at|early|for\\s+school|in\\s+the\\s+night)\\b)|\\bstay\\s+(?:a)?sleep\\s+(?:for\\s*ever|for\\s+good|always)\\b'),
];

export const FORGOTTEN_QUICKLY: readonly Rule[] = [
  // "my hope is that the people i love forget about me quickly so it doesnt hurt them too much".
  r('self_harm_or_suicide', '\\b(?:forget|forgets|forgot|get\\s+over|move\\s+on\\s+from)\\s+(?:about\\s+)?(?:me|him|her)\\s+(?:quickly|fast|soon|easily|quick)\\b[^~]{0,40}\\b(?:hurt|hurts|sad|upset|miss|grieve|cry)\\b|\\b(?:hope|want|wish)\\s+(?:they|my\\s+\\w+|people|everyone)\\s+(?:dont|do\\s+not|doesnt|does\\s+not|wont)\\s+miss\\s+(?:me|him|her)\\s+(?:too\\s+much|for\\s+long)\\b[^~]{0,30}\\b(?:when|after|once)\\s+(?:im|i\\s+am|he\\s+is|she\\s+is)\\s+(?:gone|not\\s+here)\\b'),
];

export const PLAN_BEHIND_A_SMILE: readonly Rule[] = [
  // "when people ask about my plans i just smile, because ive made a different kind of plan".
  r('self_harm_or_suicide', '\\b(?:just\\s+smile|smile\\s+and\\s+nod|say\\s+nothing|dont\\s+tell\\s+them|they\\s+dont\\s+know)\\b[^~]{0,40}\\b(?:made|got|have|making)\\s+(?:a\\s+|my\\s+own\\s+)?(?:different|other|another)\\s+(?:kind\\s+of\\s+|sort\\s+of\\s+)?plans?\\b(?!\\s+(?:for|with|at|to|about)\\b)'),
  // "id be gone by christmas, she thought i meant moving house".
  saidAsNormal('self_harm_or_suicide', '\\b(?:gone|(?:not|wont|will\\s+not)\\s+be\\s+(?:here|around))\\b[^~]{0,50}\\b(?:she|he|they|everyone|people|my\\s+\\w+)\\s+(?:thought|thinks|think)\\s+i\\s+(?:meant|mean|was\\s+talking\\s+about)\\s+(?:moving|a\\s+holiday|going\\s+away|going\\s+on\\s+holiday|leaving\\s+(?:school|college|home))\\b'),
];

export const DRAWN_TO_DANGER: readonly Rule[] = [
  // "been thinking about the river a lot lately. not in a nice walk kind of way".
  r('self_harm_or_suicide', '\\b(?:thinking|think|thought|thinkin)\\s+(?:about|of|bout)\\s+(?:the\\s+)?(?:river|bridge|canal|train\\s+tracks?|railway|cliffs?|motorway|sea|roof|tracks|edge)\\b[^~]{0,40}\\bnot\\s+(?:in\\s+)?(?:a|the)\\s+(?:nice|good|fun|normal|happy)\\b[^~]{0,25}\\bway\\b'),
  // "my head says go in the road. i listen sometimes", "a voice tells me to jump off the bridge".
  r('self_harm_or_suicide', '\\b(?:my\\s+head|my\\s+brain|my\\s+mind|voices?|a\\s+voice|the\\s+voice)\\s+(?:says|say|said|tells\\s+me|tell\\s+me|told\\s+me|keeps\\s+(?:saying|telling\\s+me))\\s+(?:to\\s+)?(?:go|walk|run|step|jump|get)\\s+(?:in|into|in\\s+front\\s+of|off|from)\\s+(?:the\\s+|a\\s+)?(?:road|traffic|river|canal|sea|cars?|bus|buses|train|trains|tracks|bridge|window|roof|cliff)\\b'),
];

export const GIVEN_AWAY_QUIETLY: readonly Rule[] = [
  // "ive started giving away my art stuff and books to friends. feels right to let go of things now".
  firm('self_harm_or_suicide', '\\b(?:giving|gave|give|given)\\s+(?:away\\s+)?(?:all\\s+)?(?:my|his|her)\\s+[^~]{0,40}\\b(?:to\\s+(?:my\\s+|his\\s+|her\\s+)?(?:friends|mates|people|cousins?|sisters?|brothers?)|away)\\b[^~]{0,40}\\b(?:let(?:ting)?\\s+go\\s+of\\s+(?:things|everything|it\\s+all|stuff)|feels\\s+right|wont\\s+be\\s+needing|no\\s+use\\s+to\\s+me\\s+(?:now|soon))\\b'),
  // "gave my dog to my cousin. told everyone it was cos of allergies. its not".
  firm('self_harm_or_suicide', '\\b(?:gave|given|giving|give|rehomed|rehoming)\\s+(?:away\\s+)?(?:my|his|her)\\s+[^~]{0,60}\\b(?:told|tell|telling)\\s+(?:everyone|people|them|mum|dad|my\\s+\\w+)\\s+(?:it\\s+was|its|that\\s+it\\s+was|that\\s+its)\\b[^~]{0,40}\\b(?:its|it\\s+is|it\\s+was|thats|that\\s+is)\\s+not\\b'),
];

/** This file's families, by name. */
export const NO_TIME_AHEAD_FAMILIES = {
  noLongTerm: NO_LONG_TERM,
  helpNotNeeded: HELP_NOT_NEEDED,
  noBirthdayAhead: NO_BIRTHDAY_AHEAD,
  wantToBeNowhere: WANT_TO_BE_NOWHERE,
  forgottenQuickly: FORGOTTEN_QUICKLY,
  planBehindASmile: PLAN_BEHIND_A_SMILE,
  drawnToDanger: DRAWN_TO_DANGER,
  givenAwayQuietly: GIVEN_AWAY_QUIETLY,
};
