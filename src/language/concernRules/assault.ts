import { r, type Rule } from './shared';

/** Someone hurt, or a young person themselves, as the one attacked (not a team beaten at a sport). */
const VICTIM = '(?:i|im|he|she|hes|shes|my\\s+(?:son|daughter|boy|girl|child|brother|sister|mate|friend)|our\\s+(?:son|daughter))';

/**
 * Attacks and threats by other young people or strangers, often in slang ("got glassed",
 * "some randoms sparked me", "they want me dead round here", "says hes going to find me and break
 * my legs"): harm from others whoever did it (bullying when byWhom hears a school or online context).
 */
export const ASSAULT: readonly Rule[] = [
  r('harm_from_others', `\\b${VICTIM}\\s+(?:\\w+\\s+)?(?:got|get|gets|getting|been|was|were|keeps?\\s+getting|has\\s+been|have\\s+been)\\s+(?:glassed|shanked|stabbed|slashed|bottled|mugged|jumped|sparked(?:\\s+out)?|knocked\\s+out|beaten\\s+up|beat\\s+up|battered|headbutted|strangled|choked|set\\s+on\\s+fire|held\\s+at\\s+knife\\s*point)\\b(?!\\s+(?:on\\s+(?!(?:the|my)\\s+way\\b)|in\\b|into|over|up|off|at\\s+(?:fifa|football|chess|the\\s+match)|\\d|by\\s+\\d|in\\s+the\\s+(?:match|game|final)))(?![^~]{0,30}\\b(?:accident\\w*|by\\s+mistake|pencil|pen|compass|needle|playing|football|rugby|match)\\b)`),
  r('harm_from_others', '\\b(?:some|these|the|a\\s+few|two|three|older|big)\\s+(?:\\w+\\s+)?(?:lads|boys|men|guys|randoms|girls|teenagers?|kids|year\\s+\\d+s|people|gang|group)\\s+(?:\\w+\\s+){0,3}?(?:sparked|glassed|shanked|stabbed|slashed|jumped|battered|mugged|stamped\\s+on|threw\\s+(?:me|him|her)|held\\s+a\\s+(?:lighter|knife|blade)|tipped\\s+(?:my|his|her)\\s+(?:wheel)?chair|made\\s+me\\s+fight|set\\s+fire|pinn?(?:ed|ing)\\s+(?:me|him|her)|chok(?:ed|ing)\\s+(?:me|him|her)|strangl\\w+\\s+(?:me|him|her))\\b'),
  r('harm_from_others', '(?<!\\b(?:game|level|boss|homework|exam|teacher|coach)\\s+)\\b(?:want|wants|wanted)\\s+me\\s+dead\\b(?![^~]{0,15}\\b(?:lol|lmao|haha|jk|in\\s+the\\s+game)\\b)|\\b(?:gonna|going\\s+to|will|said\\s+(?:they|he|she)\\s*(?:will|would|re\\s+gonna|are\\s+gonna|is\\s+gonna|ll))\\s+(?:come\\s+and\\s+|find\\s+me\\s+and\\s+)?(?:shoot|stab|shank|glass|slash)\\s+me\\b|\\b(?:find|found)\\s+me\\s+and\\s+(?:break|smash|kill|hurt|stab|batter)\\b|\\b(?:held|hold|holds|put)\\s+a\\s+(?:lighter|knife|blade|flame)\\s+(?:to|against|near)\\s+(?:my|his|her)\\s+(?:hair|face|neck|throat|arm)\\b'),
  // Punishments that hurt or frighten: kept out in the cold or rain, exercise till sick, things smashed.
  r('harm_from_others', '\\b(?:made|makes|make|making)\\s+me\\s+(?:stand|stay|sit|sleep|kneel|wait)\\s+(?:outside|in\\s+the\\s+(?:garden|rain|cold|dark|shed|hall)|out\\s+in\\s+the|on\\s+the\\s+doorstep)\\b[^~]{0,40}\\b(?:till|until|for\\s+hours|all\\s+night|midnight|rain|cold|dark)\\b|\\b(?:made|makes|make|making)\\s+me\\s+(?:do\\s+)?(?:\\d+\\s+)?(?:press\\s*ups|sit\\s*ups|squats|laps|burpees)\\b[^~]{0,40}\\b(?:till|until|sick|faint\\w*|cry|crying|collapse\\w*|hundreds|\\d{3})\\b|(?<!\\b(?:i|we|accidentally)\\s)\\b(?:smashes|smashed|smash|breaks|broke|throws|threw)\\s+(?:my|our)\\s+(?:laptop|phone|tablet|ipad|stuff|things|xbox|playstation|console|door)\\b[^~]{0,30}\\b(?:when|if|because|cos|every)\\b'),
];
