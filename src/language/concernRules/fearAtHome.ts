import { r, type Rule } from './shared';

/**
 * Harm at home told through what a child does to stay safe, or through a parent's saying: waiting
 * to hear what mood he is in, keeping quiet "or it gets worse", hiding marks, "say you fell",
 * "something to cry about", the belt. And staying near a parent for fear of a partner.
 */
export const FEAR_AT_HOME: readonly Rule[] = [
  r('harm_from_others', '\\b(?:what|which)\\s+(?:kind\\s+of\\s+|sort\\s+of\\s+)?mood\\s+(?:he|she|dad|mum|my\\s+dad|my\\s+mum|hes|shes)\\s+(?:is\\s+|s\\s+|will\\s+be\\s+|ll\\s+be\\s+)?in\\b|\\byou\\s+never\\s+know\\s+what\\s+(?:he|she|dad|mum)\\s*(?:ll|will|is\\s+going\\s+to)?\\s*be\\s+like\\b|\\b(?:or|else|otherwise)\\s+it\\s+gets\\s+worse\\b|\\bas\\s+long\\s+as\\s+i\\s+do\\s+everything\\s+right\\b'),
  r('harm_from_others', '\\bgives?\\s+(?:me|us)\\s+something\\s+to\\s+cry\\s+about\\b|\\b(?:get|gets|got|getting)\\s+the\\s+(?:belt|slipper|strap|cane|stick)\\b|\\b(?:hit|hits|hitting|beat|beats|whip\\w*)\\s+(?:me|us|them|him|her|you)\\s+with\\s+(?:the|a|his|her)\\s+(?:dog\\s+lead|lead|belt|slipper|wooden\\s+spoon|cable|charger|stick|shoe|hanger|hairbrush)\\b|\\b(?:said|says|told\\s+me|tell\\s+me)\\s+to\\s+say\\s+i\\s+(?:fell|tripped|walked\\s+into|did\\s+it)\\b'),
  r('harm_from_others', '\\b(?:hiding|hide|hid|cover\\w*)\\s+(?:up\\s+)?(?:the\\s+|my\\s+)?(?:marks|bruises|bruising)\\b(?![^~]{0,20}\\b(?:from\\s+(?:football|rugby|hockey|training|pe|the\\s+match)|on\\s+stage)\\b)|\\bnot\\s+allowed\\s+to\\s+tell\\s+about\\s+the\\s+(?:marks|bruises|red\\s+marks)\\b|\\bflinch\\w*\\s+when\\s+(?:anyone|someone|somebody|he|she|dad|mum|people|adults?)\\s+(?:raises?|lifts?|moves?|puts|comes?|shouts?|walks)\\b|\\bso\\s+(?:im|i\\s+am|i\\s+m)\\s+not\\s+(?:home|in|there|around)\\s+when\\s+(?:my\\s+)?(?:step\\s*dad|dad|mum|step\\s*mum|mums\\s+(?:boyfriend|partner)|uncle|he|she)\\s+(?:gets|comes)\\s+(?:in|home|back)\\b|\\blong\\s+sleeves\\b[^~]{0,30}\\bbecause\\s+of\\s+what\\s+happened\\b'),
  // Afraid of what a parent hits with, or of their hand or temper ("he's scared of his dad's belt").
  r('harm_from_others', '\\b(?:scared|frightened|afraid|terrified|petrified)\\s+of\\s+(?:(?:his|her|my|their|our|the)\\s+)?(?:(?:dad|daddy|mum|mummy|step\\s+dad|step\\s+mum|uncle|grandad|nan|carer|foster\\s+(?:dad|mum|carer)|mums\\s+(?:boyfriend|partner)|dads\\s+(?:girlfriend|partner))s?\\s+(?:belt|slipper|strap|cane|stick|hand|hands|fists?|temper)|belt|slipper|strap|cane)\\b'),
  r('domestic_abuse', '\\b(?:cant|cannot|dont\\s+want\\s+to)\\s+leaves?\\s+(?:my\\s+)?(?:mum|dad|mam)\\s+(?:alone|on\\s+her\\s+own|on\\s+his\\s+own)\\s+with\\s+(?:him|her|them|my\\s+step\\s+dad|his\\s+\\w+)\\b|\\bstay\\s+(?:up|awake)\\s+(?:till|until|til)\\s+(?:dad|he|my\\s+dad|my\\s+step\\s+dad)\\s+(?:is|s)\\s+asleep\\s+so\\b|\\blocked\\s+(?:her|him|my\\s+mum|mum)\\s+in\\s+(?:the|a|their|her)\\s+(?:bedroom|room|bathroom|house)\\b'),
];
