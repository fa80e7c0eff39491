import { r, type Rule } from './shared';

/** Why someone is away that day: an ordinary absence, never an ending. */
const AWAY_BECAUSE = '(?:holiday|away|trip|dentist|appointment|doctors?|hospital|moving|move|because|cos|as\\s+(?:im|we)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|work|shift|busy|visiting|football|match|training|college|lessons?|class|club|practice|wedding|party|funeral)';

/**
 * Not being here or around for a day ahead of the plan ("i wont be here for the review", "i wont b
 * around 4 the meeting", "im not going to be around for my birthday"), unless the same sentence says
 * why they will be away ("i wont be around for the meeting, i have a dentist appointment").
 */
const NOT_THERE_FOR = `(?<!\\b${AWAY_BECAUSE}\\b[^~]{0,40})\\b(?:i\\s+(?:wont|will\\s+not)|(?:im|i\\s+am)\\s+not\\s+going\\s+to)\\s+(?:even\\s+)?(?:be|b)\\s+(?:here|around|arround|round)\\s+(?:for|4)\\s+(?:the|my|next|this|that)\\s+(?:next\\s+)?(?:review|meeting|meetin|year|birthday|bday)\\b(?![^~]{0,40}\\b${AWAY_BECAUSE}\\b)`;

/**
 * Suicidal thinking and self-harm told sideways, in any voice: the plan not needed because one will
 * not be here; goodbyes written, photos deleted "for whoever gets my phone"; a child who wishes he had
 * never been born; being scared of oneself; hurting oneself with what is to hand (a pencil, a wall, a
 * hair bobble, the road); eating less "till i disappear"; the edge of a platform, the tallest bridge.
 */
export const PLAN_NOT_NEEDED: readonly Rule[] = [
  r('self_harm_or_suicide', `\\b(?:i\\s+)?(?:wont|will\\s+not)\\s+need\\s+(?:it|one|a\\s+plan|this\\s+plan|the\\s+plan|any\\s+of\\s+(?:it|this))\\s*(?:honestly|anyway|soon|tbh|really)?\\s*$|\\b(?:need|needs|do|write|make|making|writing)\\s+(?:a\\s+|the\\s+)?plan\\s+for\\s+me\\b[^~]{0,10}\\bi\\s+(?:wont|will\\s+not)\\s+(?:need|be\\s+here)\\b|\\b(?:after|once)\\s+(?:my\\s+)?(?:exams|gcses|birthday|christmas|this\\s+term|the\\s+summer)\\s+i\\s+(?:wont|will\\s+not)\\s+be\\s+(?:around|here)\\b(?![^~]{0,30}\\b(?:because|cos|as|holiday|away|abroad|moving|trip)\\b)|${NOT_THERE_FOR}|\\b(?:ill|i\\s+will|i\\s+ll)\\s+be\\s+gone\\s+soon\\b|\\bplanning\\s+how\\s+to\\s+go\\b(?!\\s+(?:to|on|about|home|back|there))`),
];

export const GOODBYES_MADE: readonly Rule[] = [
  r('self_harm_or_suicide', '\\bgoodbye\\s+(?:letters|messages|notes|texts|videos|posts)\\b|\\b(?:said|say|saying)\\s+my\\s+goodbyes\\b(?![^~]{0,30}\\b(?:at|to\\s+the|before\\s+(?:we|i)\\s+(?:moved|left|go\\s+(?:on|to)))\\b)|\\bfor\\s+whoever\\s+gets\\s+my\\s+(?:phone|stuff|things|room)\\b|\\bgoing\\s+away\\s+for\\s*ever\\s+and\\s+not\\s+coming\\s+back\\b|\\bsorry\\s+to\\s+everyone\\b[^~]{0,40}\\bnot\\s+(?:our|your|their|anyones)\\s+fault\\b|\\byoull\\s+understand\\s+why\\s+later\\b'),
  r('self_harm_or_suicide', '\\b(?:wishes|wished|says\\s+he\\s+wishes|says\\s+she\\s+wishes)\\s+(?:he|she|they)\\s*(?:d|had|would\\s+have|was|were)?\\s+(?:never\\s+been\\s+born|been\\s+dead|dead|wasnt\\s+(?:here|alive|born))\\b|\\b(?:everyone|everybody|the\\s+world|his\\s+family|her\\s+family|we)\\s+would\\s+be\\s+(?:so\\s+much\\s+)?better\\s+off\\s+without\\s+(?:him|her)\\b(?![^~]{0,20}\\b(?:dad|mum|ex|partner)\\b)|\\b(?:scared|frightened|afraid)\\s+of\\s+(?:myself|what\\s+i\\s+(?:might|will|could)\\s+do\\s+to\\s+(?:myself|me))\\b|\\bstaying\\s+alive\\s+is\\s+(?:hard|so\\s+hard|too\\s+hard|a\\s+struggle)\\b|\\bwant\\s+out\\s+of\\s+(?:everything|it\\s+all|life)\\b|\\brunning\\s+out\\s+of\\s+reasons\\b|\\b(?:dream|dreams|dreaming)\\s+(?:about|of)\\s+(?:being\\s+dead|dying|not\\s+waking\\s+up)\\b'),
];

export const HURT_WITH_WHAT_IS_NEAR: readonly Rule[] = [
  r('self_harm_or_suicide', '\\b(?:stab|stabs|stabbed|stabbing|jab|jabs|jabbed|jabbing|dig|digs|dug)\\s+(?:myself|my\\s+(?:leg|legs|arm|arms|hand|hands|thigh|thighs|wrist|wrists))\\s+with\\b|\\b(?:hit|hits|hitting|bang|bangs|banging|banged|bash|bashes|bashing|bashed)\\s+my\\s+(?:head|hed)\\s+(?:on|against|into)\\s+(?:the\\s+|my\\s+)?(?:wall|walls|desk|floor|door|table|radiator)\\b(?![^~]{0,30}\\b(?:by\\s+accident|accident\\w*|fell|tripped|slipped|playing)\\b)[^~]{0,40}\\b(?:so|when|till|until|on\\s+purpose|to\\s+make|cos|because|again|every)\\b|\\b(?:scratch|scratches|scratching|scratched|pick|picks|picking|snap|snaps|snapping)\\s+(?![^~]{0,30}\\b(?:eczema|itch\\w*|bites?|spots?|scabs?|psoriasis|rash|chickenpox)\\b)(?:\\w+\\s+){0,3}?(?:til|till|until)\\s+(?:it|they|i)\\s+(?:bleeds?|bleed|welts?|raw|goes\\s+raw)\\b|\\bthrow\\w*\\s+(?:myself|himself|herself)\\s+(?:down\\s+the\\s+stairs|in\\s+front\\s+of)\\b|\\b(?:walk|walks|walking|step|steps|stepping|run|running)\\s+(?:out\\s+)?into\\s+the\\s+road\\b[^~]{0,40}\\b(?:on\\s+purpose|hoping|want\\s+to\\s+be\\s+hit)\\b'),
  r('self_harm_or_suicide', '\\b(?:thin|thinner|weight\\s+down|smaller)\\s+(?:enough\\s+)?(?:\\w+\\s+){0,3}?(?:till|until|and|maybe|that|so)\\s+(?:i|ill|he|she)\\s+(?:just\\s+)?(?:disappear|vanish)\\b|\\b(?:doesnt|dont|do\\s+not|does\\s+not)\\s+deserve\\s+(?:food|to\\s+eat|to\\s+live|to\\s+be\\s+(?:here|alive))\\b|\\bhow\\s+many\\s+(?:tablets|pills|paracetamol)\\s+(?:it\\s+takes|would|to\\s+(?:take|kill|die))\\b|\\b(?:edge|top)\\s+of\\s+(?:the\\s+)?(?:platform|multi\\s+storey|car\\s+park|bridge|building|cliff|roof)\\b[^~]{0,40}\\b(?:lean\\w*|think\\s+about\\s+(?:it|jumping)|jump|look\\s+down|step\\s+off)\\b|\\b(?:tallest|highest)\\s+(?:bridge|building|car\\s+park)\\b[^~]{0,60}\\b(?:nobody|no\\s+one|times|when|alone)\\b|\\btake\\s+the\\s+(?:razor\\s+)?blades\\s+(?:off|away\\s+from)\\s+me\\b|\\b(?:found|seen|caught)\\s+(?:twice\\s+|again\\s+)?on\\s+the\\s+(?:railway|railway\\s+(?:line|bridge)|train\\s+(?:line|tracks)|tracks|bridge)\\b'),
];
