import { r, type Rule } from './shared';

/** People paid to look after a child or young adult: school, transport, care, clubs. */
const STAFF =
  '(?:teacher|teachers|teecher|teacha|ta|tas|1\\s+1|one\\s+to\\s+one|1\\s+to\\s+1|support\\s+worker|support\\s+staff|key\\s+worker|keyworker|care\\s+worker|carers?|staff|staff\\s+member|member\\s+of\\s+staff|dinner\\s+lad(?:y|ies)|lunchtime\\s+supervisors?|lunch\\s+lady|midday\\s+supervisors?|supervisor|bus\\s+driver|taxi\\s+driver|driver|escort|nursery\\s+(?:worker|staff|teacher)|childminder|coach|instructor|residential\\s+worker|colleague|worker|nurse|respite\\s+(?:worker|staff|carer)|house\\s+parent|head\\s+teacher|headteacher|head\\s+of\\s+\\w+)';
/** Words that put someone else in between ("told his teacher my mum hits me", "the nurse says i just pinch my nose"). */
const NOT_BETWEEN = '(?:mum|dad|mums|dads|he|she|they|i|im|we|boy|boys|girl|girls|kids|children|brother|sister|friend|friends|someone|somebody|say|says|said|told|tells|that|and|but|because|cos)\\b';
/** Rough handling done to a person, not to a thing. */
const ROUGH =
  '(?:(?:smack\\w*|slap\\w*|hit|hits|hitting|kick(?:s|ed|ing)?|punch\\w*|pinch\\w*|chok\\w*|throttl\\w*|shov\\w*|thump\\w*|whack\\w*|strangl\\w*)\\s+(?:me|us|him|her|them|my\\s+\\w+|his\\s+\\w+|kids|children|the\\s+(?:kids|children|boy|girl|child)|a\\s+(?:boy|girl|child|kid))\\b|pull(?:s|ed|ing)?\\s+(?:me|him|her|them|my|his|her)\\s+(?:by\\s+(?:the|my|his|her)\\s+)?(?:ear|ears|hair|arm|hood|collar|neck|head)|drag\\w*\\s+(?:me|us|him|her|them|a\\s+(?:\\d+\\s+year\\s+old|boy|girl|child|kid|young\\s+\\w+)|my\\s+(?:son|daughter|boy|girl|child))\\b|shak(?:e|es|ing)\\s+(?:me|him|her|them)|shook\\s+(?:me|him|her|them)|pinn?(?:ed|ing|s)?\\s+(?:me|him|her|them|a\\s+\\w+\\s+(?:old\\s+)?(?:boy|girl|child|kid))\\s+(?:down|to|against|on)|(?:hold|holds|held|holding)\\s+(?:me|him|her|them)\\s+(?:face\\s+)?down|slam\\w*\\s+(?:my|his|her)\\s+(?:fingers|hand|head)|squeez\\w*\\s+(?:my|his|her)\\s+(?:arm|wrist|hand|neck)|tip\\w*\\s+(?:cold\\s+|hot\\s+)?water\\s+over|push\\w*\\s+(?:me|him|her|them|my\\s+(?:son|daughter|boy|girl|child))\\s+(?:off|over|down|into|against|onto|out\\s+of)|grab\\w*\\s+(?:me|him|her|them)\\s+(?:by|round|hard)|rough\\s+with)';

/** Rough handling or hitting by school, transport, care or club staff (adults outside the family). */
export const HURT_BY_STAFF: readonly Rule[] = [
  r('harm_from_others', `\\b${STAFF}\\s+(?:(?!${NOT_BETWEEN})\\w+\\s+){0,6}?(?:keeps\\s+|kept\\s+|always\\s+|sometimes\\s+|often\\s+|has\\s+been\\s+(?:seen\\s+)?|was\\s+(?:seen\\s+)?|is\\s+|used\\s+to\\s+|accidentally\\s+|on\\s+purpose\\s+|)${ROUGH}(?![^~]{0,20}\\b(?:ball|game|by\\s+accident|in\\s+(?:pe|the\\s+game)|to\\s+(?:do|try|work|get\\s+better))\\b)`),
  r('harm_from_others', `\\b(?:saw|seen|see|watched|caught)\\s+(?:a|the|her|his|my|our|another)\\s+(?:\\w+\\s+)?${STAFF}\\s+(?:${ROUGH})`),
];
