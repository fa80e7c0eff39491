import { r, wish, type Rule } from './shared';

/**
 * Control in a relationship told through what a partner takes or holds back until the young person
 * gives in ("my boyfriend took my laptop, i get it back when i stop talking to my tutor"), a
 * child afraid for a parent ("protect my mum from her boyfriend"), and fights at home turning
 * physical. The older domestic abuse rules read the blows; these read the control around them.
 */
const PARTNER = '(?:boyfriend|girlfriend|partner|bf|gf|husband|wife|fiance|fiancee|ex)';
/** Someone at home a young person may want to keep safe. */
const FAMILY = '(?:my\\s+)?(?:little\\s+|big\\s+|baby\\s+|younger\\s+|older\\s+)?(?:mum|mam|mom|mummy|mammy|dad|sister|sisters|brother|brothers|siblings|nan|nana|gran|grandma|auntie|aunt)';
/** Someone at home a young person may want to keep them safe from. */
const AT_HOME = '(?:step\\s*dad|step\\s*mum|dad|mum|fella|bloke|uncle)';
const THING = '(?:phone|laptop|keys|passport|bank\\s+card|card|money|purse|wallet|id|clothes|charger|tablet|ipad|meds|medication|glasses|hearing\\s+aids?|wheelchair)';

export const PARTNER_CONTROL: readonly Rule[] = [
  // Money controlled by a partner: "my girlfriend gets cross if i spend money", "my boyfriend goes mad when i buy anything".
  r('domestic_abuse', `\\bmy\\s+${PARTNER}\\s+(?:gets?|got|goes|went|is|will\\s+be|kicks\\s+off|shouts|screams|(?:gets?\\s+)?(?:really\\s+|so\\s+|well\\s+)?(?:cross|angry|mad|annoyed|furious|funny|nasty))\\s*(?:really\\s+|so\\s+|well\\s+)?(?:cross|angry|mad|annoyed|furious|funny|nasty|off|at\\s+me)?\\s+(?:if|when|whenever|every\\s+time)\\s+i\\s+(?:spend|spent|buy|bought|use|get|have|touch)\\s+(?:any\\s+|my\\s+(?:own\\s+)?|the\\s+|some\\s+)?(?:money|cash|wages|pay|card|anything|things|stuff|clothes)\\b`),
  r('domestic_abuse', `\\b${PARTNER}\\s+(?:has\\s+|keeps\\s+)?(?:took|takes|taken|taking|keeps|kept|hid|hides|hidden|hides|locked\\s+away|has)\\s+(?:my|her|his)\\s+(?:\\w+\\s+)?${THING}\\b[^~]{0,60}\\b(?:until|till|unless|back\\s+(?:if|when|once|after)|when\\s+(?:i|she|he)\\s+(?:stop|stops|do|does|say|says)|if\\s+(?:i|she|he)\\s+(?:talk|see|go|leave|tell))\\b`),
  r('domestic_abuse', '\\b(?:protect|keep|save|look\\s+after)\\s+(?:my\\s+)?(?:mum|mam|mom|mummy|dad|sister|nan|auntie)\\s+(?:safe\\s+)?from\\s+(?:her|his|my)\\s+(?:\\w+\\s+)?(?:boyfriend|partner|husband|ex|wife|girlfriend|step\\s+dad|dad)\\b|\\b(?:parents|mum\\s+and\\s+(?:dad|\\w+)|dad\\s+and\\s+\\w+|they)\\s+(?:\\w+\\s+){0,3}?(?:fight|fights|fighting|argue|argues|arguing|row|rows|rowing)\\b[^~]{0,40}\\b(?:getting|got|gets|gone|went|turned|turns|turning)\\s+(?:physical|violent)\\b'),
  // Wanting to keep someone at home safe from a person there, as a hope or said at any question:
  // "i hope one day i can protect my mum from her bf", "keep my little sister safe from my dad", "protect my mam from him".
  wish('domestic_abuse', `\\b(?:protect|protecting|keep|keeping|save|saving|defend|defending|look\\s+after|looking\\s+after|stand\\s+up\\s+for|stick\\s+up\\s+for)\\s+${FAMILY}\\s+(?:safe\\s+)?from\\s+(?:(?:her|his|my|our|mums|mams|dads|the)\\s+)?(?:new\\s+)?(?:${PARTNER}|${AT_HOME})\\b|\\b(?:want|wish|hope|need)\\s+${FAMILY}\\s+to\\s+(?:be|feel|stay)\\s+safe\\s+from\\s+(?:(?:her|his|my|our|mums|mams|dads|the)\\s+)?(?:new\\s+)?(?:${PARTNER}|${AT_HOME}|him|them)\\b|\\b(?:protect|protecting|defend|defending|look\\s+after|looking\\s+after|stand\\s+up\\s+for|stick\\s+up\\s+for)\\s+${FAMILY}\\s+from\\s+(?:him|them|her)(?=\\s*$|\\s*~|\\s+(?:and|when|because|cos|coz|but|so|if|he|she|they|one\\s+day)\\b)|\\b(?:protect|protecting|keep|keeping|look\\s+after|looking\\s+after|stand\\s+up\\s+for|stick\\s+up\\s+for|be\\s+there\\s+for)\\s+${FAMILY}\\s+(?:\\w+\\s+){0,3}?(?:because|cos|coz|cause|as|since|when)\\s+(?:her|his|my|our)\\s+(?:new\\s+)?(?:${PARTNER}|${AT_HOME})\\s+(?:is|gets|can\\s+be|s)\\s+(?:so\\s+|really\\s+|very\\s+)?(?:horrible|nasty|mean|violent|scary|rough|angry|aggressive|cruel)\\b`),
  // A man at home pulling or grabbing a woman by the hair or throat.
  r('domestic_abuse', '\\b(?:he|dad|uncle|step\\s+dad|stepdad|boyfriend|husband|partner|grandad)\\s+(?:\\w+\\s+){0,6}?(?:pulls|pulled|pulling|grabs|grabbed|grabbing|drags|dragged)\\s+(?:her|my\\s+(?:mums|aunties|nans|mams))\\s+(?:by\\s+the\\s+)?(?:hair|throat|neck)\\b'),
];

/**
 * Sex without consent told plainly ("i didnt want to but he kept going"), and touching of private
 * parts in a young child's own words ("wee wee", "front bottom", "foof").
 */
export const UNWANTED_TOUCH: readonly Rule[] = [
  r('sexual_abuse', '\\b(?:didnt|did\\s+not|dont|do\\s+not)\\s+want\\s+(?:to|it|him\\s+to|her\\s+to)\\b[^~]{0,30}\\b(?:he|she|they)\\s+(?:kept\\s+going(?!\\s+on\\b)|carried\\s+on|didnt\\s+stop|wouldnt\\s+stop|did\\s+it\\s+anyway|still\\s+did\\s+it)\\b|\\b(?:said|say|told\\s+(?:him|her|them))\\s+no\\b[^~]{0,30}\\b(?:he|she|they)\\s+(?:kept\\s+going(?!\\s+on\\b)|carried\\s+on|didnt\\s+stop|wouldnt\\s+stop|did\\s+it\\s+anyway)\\b'),
  // Made to have sex, by anyone: "my boyfriend made me have sex when i didnt want to", "he forces me to sleep with him".
  r('sexual_abuse', '\\b(?:made|makes|make|making|forced|forces|force|forcing|pressured|pressures|pressuring)\\s+me\\s+(?:to\\s+|into\\s+)?(?:have|having)\\s+sex\\b|\\b(?:made|makes|forced|forces|pressured|pressures)\\s+me\\s+(?:to\\s+|into\\s+)?(?:sleep|sleeping)\\s+with\\b'),
  r('sexual_abuse', '\\b(?:touch|touches|touched|touching|rub|rubs|rubbed|rubbing|tickles|tickled|plays\\s+with|played\\s+with|licks|licked|kisses|kissed)\\s+(?:me\\s+on\\s+)?(?:my|her|his)\\s+(?:wee\\s*wee|weewee|willy|winkle|foof|fanny|front\\s+bottom|minnie|tuppence|noony|moo\\s+moo|private\\s+bits|down\\s+below|downstairs|nunu|pee\\s*pee)\\b(?![^~]{0,30}\\b(?:cream|nappy|wipe|rash|doctor|nurse|wash\\w*|bath)\\b)'),
];
