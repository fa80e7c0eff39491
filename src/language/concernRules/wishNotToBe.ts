import { r, type Rule } from './shared';

/** What follows "disappear" or "vanish" when it is only embarrassment or wanting a break ("disappear when the teacher asks me"). */
const NOT_EMBARRASSMENT =
  '(?![^~]{0,30}\\b(?:when|whenever|in\\s+(?:class|lessons?|assembly|front|pe)|from\\s+(?:class|the\\s+room|school|lessons?|the\\s+lesson)|into\\s+the\\s+floor|under\\s+the|embarrass\\w*|cringe|for\\s+(?:a\\s+bit|a\\s+while|a\\s+day|the\\s+day|an\\s+hour|a\\s+week)|on\\s+holiday|to\\s+(?:my\\s+room|the\\s+beach|another\\s+country))\\b)';
/** What follows "born" when it is about a time, a place or a way of being born ("wasnt born in december"). */
const NOT_A_DETAIL = '(?!\\s+(?:in|on|at|with|a|an|so|like|that|this|the|here|there|early|late|deaf|blind|first|last|yet|before|after)\\b)';
/** Everyday giving away: old things, to charity, what no longer fits or is no longer used. */
const NOT_DECLUTTERING = '(?![^~]{0,40}\\b(?:charity|charity\\s+shop|old|outgrown|too\\s+small|dont\\s+fit|doesnt\\s+fit|dont\\s+use|dont\\s+play|make\\s+room|car\\s+boot|sell|ebay|vinted)\\b)';

/**
 * Given to someone named, with nothing about being gone: "i want to give all my games away to my cousin" is a gift.
 * "... to my brother when im gone" is read as before.
 */
const NOT_A_GIFT =
  '(?!\\s+(?:away\\s+)?to\\s+(?:my|a|the|his|her|our|their)\\s+(?:little\\s+|big\\s+|best\\s+|baby\\s+)?\\w+\\b(?![^~]{0,40}\\b(?:gone|dead|die|died|dying|not\\s+here|not\\s+around|anymore|any\\s+more|kill|end\\s+it|goodbye|bye)\\b))';

/**
 * ("disappear" or "vanish" counts only for good, or said alone: "disappear into my room all weekend" is a break.)
 * A wish not to exist or to be gone, said indirectly ("i wish i could just not exist", "i wish i just
 * wasnt around", "i wish i could vanish"), and things given away or left to others for after they are
 * gone ("i want to give all my things away", "my brother can have my stuff when im gone").
 */
export const WISH_NOT_TO_BE: readonly Rule[] = [
  r(
    'self_harm_or_suicide',
    `\\b(?:wish|wishing|want|wanna|wanted|would\\s+like|d\\s+like|rather|just\\s+want)\\s+(?:i\\s+)?(?:could\\s+|would\\s+|to\\s+)?(?:just\\s+|really\\s+|sometimes\\s+)?(?:not\\s+(?:exist|be\\s+(?:here|alive|around|anywhere))|stop\\s+existing|(?:wasnt|werent|was\\s+not|were\\s+not)\\s+(?:here|alive|around)\\b(?!\\s+(?:for|when|at|to)\\b)|(?:wasnt|werent|was\\s+not|were\\s+not|was\\s+never|had\\s+never\\s+been)\\s+born${NOT_A_DETAIL}|(?:vanish|disappear|fade\\s+away|fade\\s+out)(?:\\s+(?:forever|for\\s+good|completely|and\\s+never\\s+come\\s+back|from\\s+(?:everyone|the\\s+world|everything|existence))|(?=\\s*$))${NOT_EMBARRASSMENT})\\b`,
  ),
  r(
    'self_harm_or_suicide',
    `\\b(?:want|wanna|going|gonna|planning|plan|thinking\\s+of|about)\\s+(?:to\\s+)?(?:give|giving)\\s+(?:away\\s+(?:all\\s+)?(?:of\\s+)?my\\s+(?:stuff|things|games|clothes|toys|belongings|xbox|playstation|phone|books|teddies|pets?)|(?:all\\s+(?:of\\s+)?)?my\\s+(?:stuff|things|games|clothes|toys|belongings|xbox|playstation|phone|books|teddies|pets?)\\s+away|all\\s+(?:of\\s+)?my\\s+(?:stuff|things|games|clothes|toys|belongings|xbox|playstation|phone|books|teddies|pets?))\\b${NOT_DECLUTTERING}${NOT_A_GIFT}|\\b(?:can|could|should|will|gets?\\s+to)\\s+(?:have|keep)\\s+(?:all\\s+)?my\\s+(?:stuff|things|games|clothes|toys|belongings|room|xbox|phone)\\s+when\\s+(?:im|i\\s+am|i\\s+m)\\s+(?:gone|dead|not\\s+here)\\b(?!\\s+(?:to|on|for|out|off|away|home|back|in|into|abroad|shopping|up|down|over)\\b)|\\b(?:to\\s+)?have\\s+(?:all\\s+)?my\\s+(?:stuff|things|games|clothes|toys|belongings|room)\\s+when\\s+(?:im|i\\s+am|i\\s+m)\\s+(?:gone|dead|not\\s+here)\\b(?!\\s+(?:to|on|for|out|off|away|home|back|in|into|abroad|shopping|up|down|over)\\b)`,
  ),
];
