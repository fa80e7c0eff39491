import { r, type Rule } from './shared';

/**
 * Cruelty by other young people told through the act: a video of someone's meltdown posted, tics
 * or stims copied back at them, being the only one left out, things taken week after week.
 */
export const PEER_CRUELTY: readonly Rule[] = [
  r('bullying', '\\b(?:(?:posted|posts|shared|shares|uploaded|put|sent|spread|filmed|films|recorded)\\s+(?:up\\s+)?(?:a\\s+|an\\s+)?(?:video|vid|clip|photo|pic|picture|recording)\\s+of|(?:filmed|films|filming|recorded|recording|videoed))\\s+(?:me|him|her|my\\s+(?:son|daughter))\\s+(?:having\\s+(?:a\\s+)?(?:meltdown|seizure|fit|panic\\s+attack|tantrum|breakdown)|crying|screaming|getting\\s+(?:hit|beaten|punched|pushed)|being\\s+(?:hit|sick|beaten))\\b'),
  r('bullying', '\\b(?:does|do|doing|did|copy|copies|copying|copied|mimic\\w*|imitat\\w*|mock\\w*|laugh\\w*\\s+at)\\s+(?:my|his|her)\\s+(?:tics?|stims?|stimming|flapping|rocking|noises|twitch\\w*|stammer|stutter)\\b'),
  r('bullying', '\\b(?:only\\s+one|the\\s+only\\s+(?:one|person|kid|girl|boy))\\s+(?:in\\s+(?:my|the)\\s+(?:class|year|group|form)\\s+)?(?:not|who\\s+(?:isnt|wasnt|is\\s+not|was\\s+not)|who\\s+(?:doesnt|didnt)\\s+get)\\s+(?:invited|asked|picked)\\b|\\b(?:in\\s+front\\s+of\\s+me|so\\s+i\\s+can\\s+hear)\\s+on\\s+purpose\\b'),
  r('bullying', '\\b(?:stole|steal|steals|stealing|nick|nicks|nicked|take|takes|took|hide|hides|hid|bin|bins|binned)\\s+my\\s+(?:\\w+\\s+){0,2}?(?:kit|bag|lunch|shoes|coat|book|books|stuff|things|phone|pencil\\s+case|homework|trainers|glasses|money)\\s+(?:(?:\\w+\\s+){0,2}(?:days|weeks|times)\\s+in\\s+a\\s+row|every\\s+(?:day|week|lesson|single\\s+day)|again\\s+and\\s+again)\\b'),
  r('bullying', '\\b(?:say|says|saying|said|write|writes|writing|wrote|post|posts|posting)\\s+(?:mean|nasty|horrible|rude)\\s+(?:words|things|stuff)\\s+about\\s+(?:my|me)\\b|\\b(?:they|someone|somebody|people|kids|boys|girls)\\s+(?:keep\\s+)?(?:write|writes|wrote|writing|draw|draws|drew)\\s+(?:\\w+\\s+){0,2}(?:in|on)\\s+my\\s+(?:books?|bag|planner|desk|locker|work)\\b|\\btalk\\s+about\\s+me\\s+in\\s+front\\s+of\\s+me\\b|\\b(?:pic|picture|photo|image|meme|video)\\s+of\\s+me\\s+(?:with|as)\\s+(?:a|an)\\b[^~]{0,40}\\b(?:whole\\s+(?:year|class|school)|everyone|shared|sent|has\\s+it|round)\\b'),
];

/**
 * Risks outside the first seven categories said without the obvious words: drinking at school or
 * work, a habit with gas canisters, a marriage decided for someone under 18, nowhere to live, a
 * hostel with drunk men, and talk of getting rid of a race or faith.
 */
export const OTHER_RISKS: readonly Rule[] = [
  r('other', '\\b(?:drink|drinking|drank|have|having|had|bring|bringing)\\s+(?:\\w+\\s+){0,5}?(?:vodka|cider|alcohol|beer|wine|gin|rum|whisky|cans|booze|spirits)\\b[^~]{0,40}\\b(?:in\\s+the\\s+toilets|at\\s+(?:school|college|work)|before\\s+(?:school|college|work|lessons)|every\\s+(?:lunch|break|morning))\\b|\\b(?:problem|addiction|habit)\\s+with\\s+(?:the\\s+)?(?:nitrous|nos|gas|balloons|canisters|vodka|alcohol|drink|drinking|weed|coke|ket|ketamine|pills|spice)\\b|\\bstomach\\s+pumped\\b|\\b(?:die|dying|died)\\s+(?:a|as\\s+a)\\s+martyr\\b|\\bdo\\s+a\\s+runner\\s+(?:again|from)\\b|\\b(?:gonna|going\\s+to|will|ll)\\s+do\\s+one\\s+again\\b|\\b(?:boxes|packs|loads|crates)\\s+of\\s+(?:nos\\s+|gas\\s+|nitrous\\s+)?canisters\\b'),
  r('other', '\\b(?:(?:get|getting|gets|be|being|got)\\s+married|meet\\s+my\\s+(?:husband|wife))\\b[^~]{0,60}\\b(?:im|i\\s+am|when\\s+i\\s+am|when\\s+im|at|shes|she\\s+is|hes|he\\s+is|only)\\s+(?:1[0-7]|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)\\b|\\b(?:married|marry|marrying|marriage|wedding|husband|wife)\\b[^~]{0,80}\\b(?:(?:family|parents|mum|dad|they|uncle|in\\s+laws|grandparents|relatives)\\s+(?:has\\s+|have\\s+)?(?:already\\s+)?(?:chose|chosen|picked|decided|arranged)|(?:it\\s+is|its|it\\s+has\\s+been)\\s+(?:already\\s+)?(?:decided|arranged))\\b'),
  r('other', '\\b(?:dont|do\\s+not|doesnt|does\\s+not)\\s+(?:really\\s+)?(?:live|stay|sleep)\\s+anywhere\\b|\\b(?:go|sleep|stay|crash)\\s+(?:wherever|where\\s+(?:theres|there\\s+is)\\s+a\\s+(?:sofa|couch|bed|floor))\\b|\\b(?:b\\s+b|bed\\s+and\\s+breakfast|hostel|emergency\\s+accommodation|temporary\\s+accommodation)\\b[^~]{0,40}\\b(?:drunk|drugs|scared|unsafe|not\\s+safe|dont\\s+feel\\s+safe|fights?|fighting)\\b|\\b(?:staying|sleeping|living|stay|sleep)\\s+(?:with|at)\\s+(?:whoever|anyone\\s+who)\\s+(?:will|would|lets|let)\\b|\\bcouncil\\s+(?:says?|said)\\s+(?:they\\s+)?(?:cant|cannot|wont)\\s+(?:help|house)\\b'),
  r('other', '\\b(?:races?|religions?|immigrants|foreigners|muslims|jews|black\\s+people|white\\s+people|gays?|trans\\s+people)\\s+(?:should|need\\s+to|deserve\\s+to|must)\\s+(?:all\\s+)?(?:be\\s+)?(?:removed|got\\s+rid\\s+of|sent\\s+back|wiped\\s+out|killed|eliminated|exterminated|die|go\\s+back)\\b'),
];

/** Marks that tell of a blow whatever the adult says ("she said she tapped him but there were finger marks"). */
export const MARKS_LEFT: readonly Rule[] = [
  r('harm_from_others', '\\b(?:finger|hand|slap|belt|grip|buckle)\\s*(?:marks?|shaped\\s+bruises?)\\s+(?:on|across|round|around|all\\s+over|down)\\s+(?:my|his|her|their|it|them|both)\\b|\\b(?:handprint|hand\\s+print|fingerprints?|finger\\s+prints?)\\s+(?:on|across)\\s+(?:my|his|her|their)\\s+(?:face|arm|arms|leg|legs|back|neck|cheek|bum|hand|wrist)\\b'),
];
