import { r, type Rule } from './shared';

/**
 * Neglect told through care that is not given, in general words rather than one set phrase: a
 * child not taken to the doctor, dentist or appointments; not kept clean; a home without heat or
 * overrun by vermin and mess; no coat or shoes; nobody knowing where a child is; food found in bins
 * or stolen. Each rule needs the absence itself (no one, never, won't), so care that is given
 * ("mum takes me to the dentist") or a lack that is ordinary ("i havent been to the dentist this
 * year yet") is left alone.
 */
const NOBODY = '(?:no\\s*one|nobody|no\\s+body)';
const CARER = '(?:mum|mom|mummy|dad|daddy|my\\s+(?:mum|dad|parents|carer|carers|foster\\s+carer|step\\s*(?:mum|dad))|his\\s+(?:mum|dad|parents)|her\\s+(?:mum|dad|parents)|parents|he|she|they)';
const NOT = '(?:wont|will\\s+not|never|doesnt|does\\s+not|dont|didnt|hasnt|havent|has\\s+not|have\\s+not|isnt|refuses\\s+to|refused\\s+to)(?:\\s+(?:ever|even|been))*';
const CARE_PLACE = '(?:doctors?|gp|dentists?|opticians?|hospital|eye\\s+tests?|appointments?|camhs|physio|therapy|clinic|jabs|vaccinations?)';

export const MEDICAL_CARE_MISSED: readonly Rule[] = [
  // "no one will take me to the doctors", "his dad wont take him", "nobody has ever taken me to the opticians".
  r('neglect', `\\b(?:${NOBODY}\\s+(?:(?:will|would|has|have|ever)\\s+)*|${CARER}\\s+${NOT}\\s+)(?:take|takes|taken|took|taking|bring|brings|brought|bringing|book|books|booked)\\s+(?:me|him|her|them|us|my\\s+\\w+|his\\s+\\w+)?\\s*(?:to|for)\\s+(?:see\\s+)?(?:the\\s+|my\\s+|his\\s+|her\\s+|any\\s+(?:of\\s+)?(?:my|his|her)\\s+|an?\\s+)?(?:\\w+\\s+)?${CARE_PLACE}\\b`),
  // "hasnt seen a doctor about his seizures", "havent been to the doctors even though shes been coughing for weeks".
  r('neglect', `\\b(?:hasnt|havent|has\\s+not|have\\s+not|never)\\s+(?:been\\s+to|seen|had)\\s+(?:a|the|any)\\s+(?:doctors?|gp|dentist|optician)\\s+(?:about|even\\s+though|for\\s+(?:months|years|ages)|in\\s+(?:like\\s+)?(?:\\d+|two|three|many)\\s+years|in\\s+years|since)\\b`),
  // "mum says dentists are a waste of money", "wont let me see the GP", "says i dont need a dentist".
  r('neglect', '\\b(?:says?|said)\\s+(?:the\\s+)?(?:dentists?|doctors?|gp|opticians?)\\s+(?:is|are)\\s+a\\s+waste\\b|\\b(?:wont|will\\s+not|doesnt|dont)\\s+let\\s+me\\s+(?:see|go\\s+to)\\s+(?:a|the)\\s+(?:gp|doctors?|dentist)\\b|\\b(?:says?|said)\\s+(?:i|he|she)\\s+(?:dont|doesnt)\\s+need\\s+(?:a|the)\\s+(?:dentist|doctor|gp)\\b'),
  // A parent who cannot face it: "i just cant face taking her to the GP", "not been able to get him to the GP".
  r('neglect', '\\b(?:cant|cannot)\\s+face\\s+(?:taking\\s+(?:him|her|them)\\s+to\\s+)?(?:the\\s+)?(?:gp|doctors?|dentist|hospital)\\b|\\b(?:not|never)\\s+been\\s+able\\s+to\\s+get\\s+(?:him|her|them)\\s+(?:to\\s+)?(?:the\\s+)?(?:gp|doctors?|dentist|seen)\\b'),
];

export const KEPT_UNCLEAN: readonly Rule[] = [
  // Never a rumour about nits, which is bullying: "a girl keeps spreading that i have nits".
  r('neglect', '\\b(?:nits|headlice|head\\s+lice)\\b(?<!\\b(?:rumou?rs?|spread\\w*|telling\\s+(?:everyone|people)|saying|says|say|said|calls?\\s+me)\\b[^~]{0,30})[^~]{0,40}\\b(?:no\\s*one|nobody|never|for\\s+months|for\\s+ages|months)\\b'),
  r('neglect', '\\b(?:nappy|nappies)\\s+(?:dont|doesnt|never|arent|isnt)\\s+(?:get\\s+)?(?:changed|change)\\b|\\b(?:doesnt|dont|never)\\s+(?:change|changes)\\s+(?:his|her|my|the)\\s+(?:nappy|nappies)\\b|\\bnappy\\s+rash\\b[^~]{0,30}\\b(?:doesnt|dont|never|no\\s*one|nobody)\\b'),
  r('neglect', '\\b(?:i|he|she|we)\\s+(?:dont|doesnt|never)\\s+(?:ever\\s+)?get\\s+(?:washed|bathed|a\\s+bath|clean\\s+clothes)\\b|\\bnever\\s+(?:get|have|got)\\s+clean\\s+(?:clothes|uniform)\\b|\\b(?:wear|wears|wearing)\\s+the\\s+same\\s+(?:clothes|uniform|pants|socks)\\s+(?:all|every|for\\s+a)\\s+(?:week|the\\s+week|days)\\b|\\b(?:no\\s+sheets\\s+on|bed\\s+has\\s+no\\s+sheets)\\b|\\b(?:bed|sheets|mattress|clothes|uniform)\\s+(?:\\w+\\s+)?smells?\\s+of\\s+(?:wee|pee|urine|poo)\\b'),
  r('neglect', '\\b(?:my|his|her)\\s+(?:\\w+\\s+)?(?:teeth|tooth|toof)\\s+(?:are\\s+|is\\s+)?(?:all\\s+)?(?:black|rotten|rotting)\\b'),
];

export const HOME_UNFIT: readonly Rule[] = [
  r('neglect', '\\b(?:we|i|our\\s+(?:house|flat))\\s+(?:have\\s+|has\\s+|got\\s+)?(?:no|dont\\s+have|dont\\s+have\\s+any|havent\\s+got|hasnt\\s+got|have\\s+not\\s+got)\\s+(?:heating|electric|electricity)\\b(?![^~]{0,30}\\b(?:for\\s+a\\s+(?:day|bit|while|few)|when\\s+the\\s+(?:boiler|power)|while\\s+(?:they|it|the)|at\\s+school|in\\s+(?:the\\s+)?(?:tent|caravan|camp\\w*))\\b)|\\b(?:electric|electricity|gas|meter)\\s+(?:ran|run|has\\s+run|went)\\s+out\\b[^~]{0,40}\\b(?:days|weeks|dark|cold|again|no\\s+money)\\b'),
  r('neglect', '\\b(?<!pet\\s)(?:mice|rats|cockroaches|bed\\s*bugs|maggots|fleas)\\s+(?:in|all\\s+over)\\s+(?:my|our)\\s+(?:bedroom|room|bed|house|flat|kitchen|home)\\b|\\b(?:house|flat|home|kitchen|bedroom)\\s+(?:is\\s+)?(?:full\\s+of|covered\\s+in)\\s+(?:rubbish|dog\\s+(?:poo|mess)|poo|bottles|needles|flies)\\b|\\b(?:dog|cat)\\s+(?:mess|poo)\\s+all\\s+over\\s+the\\s+(?:house|flat|floor|kitchen)\\b|\\bneedles\\s+(?:and\\s+\\w+\\s+)?(?:all\\s+over|on\\s+the\\s+floor|everywhere|in\\s+the\\s+kitchen)\\b|\\bblack\\s+mould\\b[^~]{0,50}\\b(?:coughs?|asthma|nobody|no\\s*one|nothing)\\b'),
];

export const NOTHING_TO_WEAR: readonly Rule[] = [
  r('neglect', '\\b(?:i|he|she|we)\\s+(?:dont|doesnt|havent|hasnt)\\s+(?:have|got)\\s+(?:a|any)\\s+(?:coat|winter\\s+coat|shoes|school\\s+shoes|socks|pants|clean\\s+(?:clothes|uniform|pants))\\b(?!\\s+(?:for|on|with|yet)\\b)|\\bholes\\s+in\\s+(?:my|his|her)\\s+(?:shoes|school\\s+shoes|trainers|coat)\\b'),
];

/** Going missing or away from home told with it is running away (category other), never only neglect. */
const GONE_MISSING = '(?:missing|run\\s+away|running\\s+away|ran\\s+away|runaway|left\\s+home|leaving\\s+home|leave\\s+home|homeless|tent|sofa\\s+surf\\w*|skip\\w*\\s+school|buses|trains|arches|my\\s+(?:older\\s+)?mates|a\\s+friends)';

export const NOBODY_WATCHING: readonly Rule[] = [
  r('neglect', `\\b${NOBODY}(?<!\\b${GONE_MISSING}\\b[^~]*)(?![^~]*\\b${GONE_MISSING}\\b)\\s+(?:ever\\s+|really\\s+)?(?:knows|checks|asks|cares|notices|minds|bothers)\\s+(?:where\\s+(?:i|he|she)\\s+(?:am|is|go|goes)(?!\\s+(?:going|gonna|applying|moving|starting|studying|working|to\\s+(?:college|uni|school|work)))|if\\s+(?:i|he|she)\\s+(?:go|goes|come|comes)\\s+(?:home|to\\s+school)|what\\s+time\\s+(?:i|he|she))\\b|\\b${NOBODY}\\s+(?:ever\\s+)?(?:wakes|gets)\\s+(?:me|him|her)\\s+up\\s+for\\s+school\\b|\\b${NOBODY}\\s+(?:ever\\s+)?goes\\s+to\\s+(?:him|her|them)\\b`),
  r('neglect', '\\b(?:go|goes)\\s+to\\s+bed\\s+when(?:ever)?\\s+(?:i|he|she)\\s+(?:want|wants|like|likes)\\b[^~]{0,20}\\b(?:no\\s*one|nobody)\\b|\\bon\\s+(?:his|her|their)\\s+own\\s+in\\s+(?:a|his|her)\\s+nappy\\b'),
];

export const FOOD_FOUND: readonly Rule[] = [
  // Never told to by others ("they tell me to eat out of the bin" is bullying).
  r('neglect', '\\b(?:eat|eats|eating|ate)(?<!\\b(?:tell|tells|told|telling|make|makes|made|dare|dares|dared)\\s+(?:me|him|her|us)\\s+to\\s+\\w+)\\s+(?:food\\s+)?(?:out\\s+of|from)\\s+(?:the\\s+)?bins?\\b|\\b(?:steal|steals|stealing|stole|nick|nicking)\\s+food\\b[^~]{0,40}\\b(?:hungry|starving|nothing\\s+to\\s+eat|no\\s+food)\\b'),
  r('neglect', '\\b(?:theres|there\\s+is|there\\s+s)\\s+never\\s+(?:any\\s*thing|any\\s+food|food)\\s+(?:in\\s+the\\s+(?:fridge|cupboards?|house)|to\\s+eat|at\\s+home)\\b|\\b(?:dont|doesnt|never)\\s+(?:hav|have|get|gets)\\s+(?:any\\s+)?food\\s+(?:at\\s+home|in\\s+the\\s+house)\\b|\\b(?:theres|there\\s+is|there\\s+s|is)\\s+nothing\\s+to\\s+eat\\b(?![^~]{0,20}\\b(?:i\\s+like|that\\s+i\\s+like|vegan|halal|gluten|veggie)\\b)|\\b(?:thats|that\\s+is|is)\\s+my\\s+only\\s+meal\\b'),
];
