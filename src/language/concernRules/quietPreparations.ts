import { firm, type Rule } from './shared';

/**
 * Self-harm and suicide told by what is being got ready or hidden, never by its words: tablets kept
 * and counted, an excuse for marks that cannot be true, a loop tied and hidden, goodbyes "for good",
 * drinking so cutting is not felt, food hidden to be empty. Each needs the part that makes it more
 * than everyday life (tablets and not stickers, a pet they do not have, a loop in a bedroom and not a
 * belt for trousers, "for good" without a move, the cutting named, "empty" as the aim), so the
 * ordinary sides of the same words stay ordinary.
 */
const PILLS = '(?:tablets?|pills?|paracetamol|painkillers?|pain\\s+killers?|meds|medication|medicine|capsules|sleeping\\s+pills)';
const PET = '(?:cat|kitten|dog|puppy|pet|rabbit|hamster)';
const CORD = '(?:belt|rope|cord|scarf|tie|lead|dressing\\s+gown\\s+cord|charger\\s+cable|cable|shoelaces?|sheet)';
const BYE = '(?:bye\\s+bye|bye|goodbye|good\\s+bye|ta\\s+ta)';
/** Who a goodbye "for good" is said to: people, so "bye bye to nappies for good" stays ordinary. */
const PEOPLE = '(?:(?:friends?|freinds?|frends?|mates?|family|everyone|evryone|everybody|people|all|yous?|mum|mummy|mam|mom|dad|daddy|nan|nana|grandad|brothers?|sisters?|girlfriend|boyfriend)(?:\\s+(?:and|n)\\s+(?:my\\s+)?(?:friends?|mates?|family|mum|dad|nan|brothers?|sisters?))?(?:\\s+(?:at|from|in)\\s+(?:\\w+\\s+)?\\w+)?)';
/** A goodbye "for good" with a reason that makes it ordinary: a move, a new school, leaving a job. */
const ORDINARY_PARTING = '(?:mov(?:e|ed|ing)|(?:new|old)\\s+(?:school|house|job|flat|college|class|team)|starting|college|uni|university|emigrat\\w*|leaving\\s+(?:school|college|the\\s+club|work)|left\\s+(?:school|college)|australia|scotland|abroad|summer|holidays?|weekend|graduat\\w*|year\\s+(?:6|11|13))';

export const PILLS_KEPT: readonly Rule[] = [
  // "move the paracetamol out of our bathroom cabinet because I keep counting them", "ive been saving up my tablets",
  // "she keeps hiding her tablets in her pillow" (not "mum hides her tablets from my little brother").
  firm('self_harm_or_suicide', `\\b${PILLS}\\b[^~]{0,60}\\b(?:i|he|she)\\s+(?:keep|keeps|kept|been|have\\s+been|has\\s+been|always)\\s+(?:counting|lining\\s+up|saving|stockpiling)\\s+(?:them|it)\\b|\\b(?:i|he|she|ive|hes|shes|im)\\s+(?:keep|keeps|kept|been|have\\s+been|has\\s+been|started|am|is)?\\s*(?:counting|saving(?:\\s+up)?|stockpiling|hoarding|stashing)\\s+(?:up\\s+)?(?:all\\s+)?(?:my|his|her|the|mums|dads|nans|some)\\s+(?:\\w+\\s+)?${PILLS}\\b(?![^~]{0,30}\\b(?:for\\s+(?:the\\s+)?(?:trip|holiday|nurse|chemist|pharmacy|recycling|week|weekend)|to\\s+(?:take\\s+back|return|give\\s+back|make\\s+sure|check|see\\s+if)|enough|each\\s+(?:day|morning|night|week)|pill\\s*box|dosette|blister|prescription|run\\s+out)\\b)|\\b(?:hid|hides|hiding|keeps?\\s+hiding|stuff\\w*|tuck\\w*)\\s+(?:my|his|her|the|mums|dads)\\s+(?:\\w+\\s+)?${PILLS}\\s+(?:in|under|inside)\\s+(?:my|his|her|a|the)\\s+(?:pillow\\w*|mattress|socks?|bra|shoes?|teddy|pencil\\s+case|bed|bedroom\\s+floor|floorboards?)\\b`),
];

export const EXCUSE_UNTRUE: readonly Rule[] = [
  // "she says the cat scratched her but we dont have a cat"; "plasters and tissues with blood on in my daughters bin".
  firm('self_harm_or_suicide', `\\b(?:says?|said|told\\s+\\w+|tells\\s+\\w+|claims?|claimed)\\s+(?:that\\s+)?(?:it\\s+was\\s+)?(?:the|a|our|next\\s+doors|my)\\s+${PET}\\s*(?:scratched|scratches|did\\s+it|bit|clawed)?\\b[^~]{0,30}\\b(?:we|i|they)\\s+(?:dont|do\\s+not|havent|have\\s+not|have\\s+never\\s+had|never\\s+had|aint\\s+got|hasnt)\\s+(?:got\\s+|have\\s+|had\\s+)?(?:a|an|any)\\s+${PET}s?\\b|\\b(?:tissues|plasters)\\s+(?:with\\s+blood|covered\\s+in\\s+blood|all\\s+bloody)\\b[^~]{0,30}\\b(?:in|under|behind)\\s+(?:her|his|my)\\s+(?:\\w+\\s+)?(?:bin|room|bed|drawer|wardrobe|bag)\\b|\\bbloody\\s+(?:tissues|plasters)\\s+(?:in|under|hidden\\s+in)\\s+(?:her|his|my)\\s+(?:\\w+\\s+)?(?:bin|room|bed|drawer|wardrobe|bag)\\b`),
];

export const LOOP_TIED: readonly Rule[] = [
  // "I found a belt tied in a loop at the back of his wardrobe", "a scarf knotted into a noose shape in her room".
  firm('self_harm_or_suicide', `\\b(?:${CORD}\\s+(?:tied|knotted|done\\s+up|made)|(?:tied|tie|ties|tying|knotted)\\s+(?:his|her|my|a|the)\\s+(?:\\w+\\s+)?${CORD})\\s+(?:in|into)\\s+a\\s+(?:loop|noose|circle|ring)\\b[^~]{0,40}\\b(?:his|her|my|their)\\s+(?:bed\\s*room|room|wardrobe|cupboard|bed|drawer|door|bannister|banister|ceiling|hook)\\b|\\b(?:found|find|saw|there\\s+was|there\\s+is)\\s+(?:a\\s+)?${CORD}\\s+(?:(?:tied|knotted)\\s+(?:to|from|round|around|on)\\s+(?:the\\s+|his\\s+|her\\s+|my\\s+)?|hanging\\s+(?:down\\s+)?from\\s+(?:the\\s+|his\\s+|her\\s+|my\\s+)?(?=(?:bannister|banister|beam|loft\\s+hatch)\\b))(?:bannister|banister|ceiling|light|hook|door\\s*frame|rail|wardrobe\\s+rail|beam|loft\\s+hatch|bunk\\s+bed)\\b(?![^~]{0,30}\\b(?:swing|washing|drying|decorations?|lights?|lamp|bulb|fitting|bunting|costume|rope\\s+swing|climbing)\\b)`),
];

export const GOODBYE_FOR_GOOD: readonly Rule[] = [
  // "i said bye bye to my freinds today. for good", "told everyone goodbye forever" (not "bye for the summer", not before a move).
  firm('self_harm_or_suicide', `(?<!\\b${ORDINARY_PARTING}\\b[^~]{0,60})\\b(?:(?:said|say|saying|says)\\s+${BYE}\\s+(?:to\\s+)?(?:\\w+\\s+){0,2}?${PEOPLE}|told\\s+(?:\\w+\\s+){0,2}?${PEOPLE}\\s+${BYE})\\b[.,\\s]*(?:(?:today|tonight|now|properly|already)[.,\\s]+)?(?:for\\s+good|forever|for\\s+ever|for\\s+the\\s+last\\s+time|properly\\s+this\\s+time)\\b(?![^~]{0,60}\\b${ORDINARY_PARTING}\\b)`),
  // "keeps saying bye forever mummy": the goodbye, then who it is to.
  firm('self_harm_or_suicide', `(?<!\\b${ORDINARY_PARTING}\\b[^~]{0,60})\\b(?:said|say|saying|says)\\s+${BYE}\\s+(?:for\\s+good|forever|for\\s+ever)\\s+(?:to\\s+)?(?:my\\s+)?${PEOPLE}\\b(?![^~]{0,60}\\b${ORDINARY_PARTING}\\b)`),
];

export const NUMBED_TO_CUT: readonly Rule[] = [
  // "ive started drinking on my own so i can do it without feeling it. the cutting i mean", "i get drunk first so the cutting doesnt hurt".
  firm('self_harm_or_suicide', '\\b(?:drink|drinks|drinking|drunk|alcohol|vodka|booze|cider|wine)\\b[^~]{0,60}\\b(?:without\\s+feeling|not\\s+(?:to\\s+)?feel|doesnt\\s+hurt|dont\\s+feel|cant\\s+feel|does\\s+not\\s+hurt|numb)\\b[^~]{0,40}\\b(?:cutting|cut\\s+myself|cuts|cut|burning\\s+myself|hurting\\s+myself)\\b|\\b(?:drink|drinks|drinking|drunk|alcohol|vodka|booze)\\b[^~]{0,40}\\b(?:so\\s+(?:that\\s+)?(?:the\\s+)?(?:cutting|i\\s+cut|cuts|i\\s+can\\s+cut)|(?:and\\s+)?(?:then|before)\\s+(?:the\\s+)?cutting)\\b(?!\\s+(?:down|back|out|up|the|my|it|them)\\b)'),
];

export const EMPTY_ON_PURPOSE: readonly Rule[] = [
  // "ive been hiding my food in my room so mum thinks i ate it. i want to be empty" (not "hiding sweets from my brother", not making weight for a fight).
  firm('self_harm_or_suicide', '\\b(?:hid|hide|hides|hiding|bin|binned|binning|throw|throws|throwing|threw|flush\\w*|skip|skipping|skipped|not\\s+eating|stopped\\s+eating|sick\\s+after)\\s+(?:all\\s+)?(?:my|his|her|the|away|out)?\\s*(?:food|meals|dinner|dinners|lunch|lunches|tea|breakfast)\\b[^~]{0,60}\\b(?:(?:want|wants|wanted|need|needs)\\s+to|(?:so|till|until|til)\\s+(?:i|he|she)(?:\\s+(?:can|could|will|am|is))?|to)\\s+(?:be|feel|feels|stay|stays|keep|am|is)\\s+(?:completely\\s+|totally\\s+|really\\s+)?(?:empty|hollow|nothing)\\b'),
];

/** This file's families, by name, in the order they are read. */
export const QUIET_PREPARATION_FAMILIES = { pillsKept: PILLS_KEPT, excuseUntrue: EXCUSE_UNTRUE, loopTied: LOOP_TIED, goodbyeForGood: GOODBYE_FOR_GOOD, numbedToCut: NUMBED_TO_CUT, emptyOnPurpose: EMPTY_ON_PURPOSE };
