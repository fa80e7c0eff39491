import { r, type Rule } from './shared';

/**
 * A carer telling of injuries found after someone else's care: bruises shaped like fingers, marks
 * on the wrists, burns or bites after school, respite, the bus or a parent's weekend; and a child
 * told to lie about them ("i told the nurse it was a dog scratch").
 */
const INJURY =
  '(?:bruis\\w*|finger\\s*(?:marks|bruises|shaped)|marks|red\\s+marks|burns?|carpet\\s+burns|scratch\\w*|bite\\s+marks?|a\\s+bite|cuts?|a\\s+black\\s+eye|a\\s+split\\s+lip|a\\s+broken\\s+\\w+|welts?)';

/** Sport, a fall or an accident said beside an injury: an ordinary bruise. */
const EXPLAINED = '(?:football|rugby|hockey|netball|pe|playground|fell|fall|falling|tripped|trampoline|climbing|bike|accident|match|training|karate|judo|boxing|my\\s+(?:condition|eczema|medication|operation)|the\\s+(?:dog|cat))';

/**
 * An injury told of one's own body, or a child's ("i have bruises on my arms", "a black eye"),
 * without a sport, a fall or an accident beside it. Alone it earns a gentle check; beside a threat
 * it is harm, and a threat said in fun beside it is not set aside (concernIdioms.ts).
 */
export const INJURY_ON_BODY = `(?:\\b(?:bruis\\w*|marks|red\\s+marks|cuts|burns|welts|scratches)\\s+(?:on|all\\s+over|across|down|round|around)\\s+(?:both\\s+)?(?:my|his|her)\\s+(?:upper\\s+)?(?:arms?|wrists?|legs?|thighs?|back|neck|face|body|chest|ribs|stomach|tummy|belly|shoulders?|head)\\b|\\b(?:a|my|his|her)\\s+(?:black\\s+eye|split\\s+lip|broken\\s+(?:nose|arm|wrist|rib|finger))\\b)(?![^~]{0,40}\\b${EXPLAINED}\\b)`;

/** Threatened with being killed or hurt, in earnest or "in fun". */
const THREATENED = '\\b(?:kill|hurt|batter|beat|smash|strangle|murder|get)\\s+(?:me|us|him|her)\\b|\\bthreaten\\w*\\s+(?:me|us|him|her)\\b';

export const INJURIES_SEEN: readonly Rule[] = [
  // "they said they'd kill me if i get detention again... i have bruises on my arms": a threat beside an injury is harm, however lightly it was said.
  r('harm_from_others', `(?:${THREATENED})[^~]{0,120}${INJURY_ON_BODY}|${INJURY_ON_BODY}[^~]{0,120}(?:${THREATENED})`),
  r('harm_from_others', `\\b(?:came|come|comes|coming)\\s+(?:home|back)\\s+(?:from\\s+(?:(?:his|her|their|the|my|school|a)\\s+)?(?:\\w+\\s+){0,3}?)?with\\s+(?:a\\s+|big\\s+|more\\s+|new\\s+)?(?:\\w+\\s+){0,2}?${INJURY}\\b(?![^~]{0,40}\\b(?:football|rugby|pe|playground|fell|fall|trampoline|climbing|tripped|bike|accident|match|training|another\\s+child|incident\\s+form|accident\\s+form)\\b)[^~]{0,80}\\b(?:scared|terrified|screams?|cries|cried|wont\\s+say|wouldnt\\s+say|wont\\s+tell|said\\s+(?:miss|sir|daddy|mummy|the|a|his|her)|shaped|staff|teacher|escort|worker|carer|dad|mum|restrain\\w*|held|grabbed|squeezed|again|twice|most\\s+days|every)\\b`),
  r('harm_from_others', `\\b${INJURY}\\s+(?:on|all\\s+over|across)\\s+(?:both\\s+)?(?:his|her|my)\\s+(?:upper\\s+)?(?:arms?|wrists?|thighs?|back|neck|face|legs?)\\b[^~]{0,60}\\b(?:from\\s+(?:the\\s+)?(?:wire|belt|cable|staff|carer|escort|worker)|(?:told|tell|said)\\s+(?:the\\s+\\w+|people|everyone|them)?\\s*(?:it\\s+was|i\\s+fell)|says?\\s+(?:he|she)\\s+fell|said\\s+(?:he|she)\\s+fell|guid\\w*|restrain\\w*)\\b|\\b(?:told|tell)\\s+(?:the\\s+)?(?:hospital|nurse|doctor|teacher|people|everyone)\\s+(?:that\\s+)?(?:i|he|she)\\s+(?:fell\\s+down\\s+the\\s+stairs|fell|walked\\s+into)\\b[^~]{0,60}\\b(?:dad|mum|step\\s*dad|he|she)\\s+(?:drove|stood|was\\s+there|made|told)\\b`),
];
