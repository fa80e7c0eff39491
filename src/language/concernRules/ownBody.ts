import { firm, r, type Rule } from './shared';

/**
 * Harm to oneself told without its usual words (written from train33's misses): a cord pulled
 * tight round one's own neck or a knife held to one's own throat; a train platform, a reservoir or
 * a lorry thought of as a way out ("think how easy it would be", "a pull to step forward"); hurt
 * told in few words ("i scratch me", "i hit my face lots when people shout", "i dont eat so i go
 * away"); a blade kept in secret; a cut deeper than usual and taped up; a plan to end one's life
 * told by someone else. Each needs the part that makes it harm (tight, own, how easy, when people
 * shout, nobody knows, taped), so a scarf worn round the neck, a platform on a trip or a knee hurt
 * at football is left alone.
 */
const CORD = '(?:lanyard|belt|cord|rope|scarf|tie|string|cable|charger(?:\\s+cable)?|lead|shoe\\s*laces?|tights|strap|sheet|wire|dressing\\s+gown\\s+cord)';

/** A place or a means on the way to not being here. */
const WAY_OUT = '(?:reservoir|river|canal|lake|sea|bridge|platform|tracks|trains?|roof|edge|cliffs?|motorway|lorry|lorries|traffic|balcony|multi\\s*storey|car\\s+park\\s+roof|tablets|pills)';

/** What makes a blow to oneself harm, not an accident: how often, how hard, or what sets it off. */
const SETS_IT_OFF =
  '(?:lots|a\\s+lot|all\\s+the\\s+time|every\\s+(?:day|night|time)|till|until|so\\s+hard|really\\s+hard|hard|on\\s+purpose|to\\s+(?:feel|stop|calm)|it\\s+makes?\\s+(?:red\\s+)?(?:lines|marks|bleed|blood)|(?:when|if|cos|because)\\s+(?:people|peple|ppl|someone|they|mum|dad|staff|teachers?|he|she|(?:im|i\\s+am|i\\s+get|i\\s+feel)\\s+(?:sad|angry|upset|cross|stressed|mad|annoyed|scared)))';

export const AROUND_THE_NECK: readonly Rule[] = [
  // "he held one to his own throat during a meltdown".
  firm('self_harm_or_suicide', '\\b(?:held|holds|holding|put|puts|putting|pressed|presses|pressing)\\s+(?:a\\s+|the\\s+|his\\s+|her\\s+|my\\s+)?(?:kitchen\\s+|sharp\\s+|big\\s+|bread\\s+)?(?:knife|knives|blade|razor|scissors|glass|one|it)\\s+(?:to|against|at)\\s+(?:his|her|my|their)\\s+own\\s+(?:throat|neck|wrists?|chest)\\b'),
  // "he wrapped his lanyard round his neck and pulled it tight".
  firm('self_harm_or_suicide', `\\b(?:wrapped|wraps|wrapping|wound|tied|ties|tying|put|puts|twisted|pulled|pulls|pulling)\\s+(?:a\\s+|the\\s+|his\\s+|her\\s+|my\\s+|their\\s+)?${CORD}\\s+(?:tight\\s+)?(?:round|around)\\s+(?:his|her|my|their)\\s+(?:own\\s+)?neck\\b(?=[^~]{0,40}\\b(?:tight|tighter|tightly|squeez\\w*|(?:couldnt|cant|could\\s+not)\\s+breathe|chok\\w*|on\\s+purpose|went\\s+(?:red|blue|purple))\\b)|\\b(?:pulled|pulls|pulling)\\s+(?:a\\s+|the\\s+|his\\s+|her\\s+|my\\s+)?(?:\\w+\\s+)?${CORD}\\s+tight\\s+(?:round|around)\\s+(?:his|her|my|their)\\s+(?:own\\s+)?neck\\b`),
  // "i tried with the belt on my door but it snapped".
  firm('self_harm_or_suicide', `\\b(?:tried|try|trying|attempted)\\s+(?:it\\s+|again\\s+)?(?:with|using)\\s+(?:a|the|my|his|her)\\s+${CORD}\\b(?=[^~]{0,40}\\b(?:door|banister|bannister|wardrobe|bed\\s+frame|curtain\\s+rail|hook|beam|loft|snapped|broke|neck)\\b)`),
];

export const HOW_EASY_IT_WOULD_BE: readonly Rule[] = [
  // "i drive past the reservoir a lot and think how easy it would be".
  { ...firm('self_harm_or_suicide', `\\b(?:think|thinking|thought|imagine|imagining|wonder|wondering)\\s+(?:about\\s+)?how\\s+easy\\s+it\\s+(?:would|will|d)\\s+be\\b(?!\\s+(?:to|for|if|with|when|once|now)\\b)(?:(?<=\\b${WAY_OUT}\\b[^~]*)|(?=[^~]*\\b${WAY_OUT}\\b))`), wish: true },
  // "sometimes i imagine swerving into a lorry".
  firm('self_harm_or_suicide', '\\b(?:imagine|imagining|picture|picturing|think\\s+about|thinking\\s+about|thought\\s+about|daydream\\w*\\s+about)\\s+(?:myself\\s+|just\\s+)?(?:swerving|crashing|steering|driving|stepping|walking|running|veering)\\s+(?:\\w+\\s+)?(?:in\\s?to|in\\s+front\\s+of|under)\\s+(?:a|the|an|some)\\s+(?:lorry|lorries|truck|bus|train|traffic|oncoming\\s+\\w+|wall|tree)\\b'),
  // "on the platform i feel a pull to step forward and im scared ill do it one day".
  { ...firm('self_harm_or_suicide', `\\b(?:pull|urge|urges|tempted|tempting|temptation)\\s+(?:to\\s+)?(?:just\\s+)?(?:step|stepping|jump|jumping|walk|walking|lean|leaning|throw\\s+myself)\\s+(?:forward|off|out|in\\s+front|over|in)\\b(?!\\s+(?:\\w+\\s+){0,2}(?:to\\s+(?:get|see|help|say|ask|board|catch)|and\\s+(?:get|say|help|ask))\\b)(?:(?<=\\b${WAY_OUT}\\b[^~]*)|(?=[^~]*\\b${WAY_OUT}\\b))`), wish: true },
];

export const IN_FEW_WORDS: readonly Rule[] = [
  // "i scratch me it make red lines", "mum dont know i hurt me" (not "i hurt me knee", a way of saying "my").
  r('self_harm_or_suicide', '\\bi\\s+(?:\\w+\\s+)?(?:cut|scratch|scratches|hit|hits|bite|bites|burn|burns|hurt|hurts|punch|punches|bang|bangs|slap|slaps|pinch|pinches)\\s+me\\b(?!\\s+(?:up|off|out|back|finger|fingers|hand|hands|knee|knees|leg|legs|arm|arms|foot|feet|head|toe|toes|ankle|wrist|elbow|thumb|lip|tongue|chin|nose|eye|ear|face|neck|shoulder|hip|self)\\b)(?<!\\b(?:he|she|they|it|you|who|that)\\s+\\w+\\s+me)'),
  // "i hit me self hard", "i hurt me head on wall when i sad": "me self" for myself, or one's own body hurt against a wall or when upset.
  r('self_harm_or_suicide', '\\bi\\s+(?:\\w+\\s+)?(?:hit|hits|hurt|hurts|bang|bangs|punch\\w*|slap\\w*|scratch\\w*|bite|bites|cut|cuts|burn|burns)\\s+me\\s+(?:self\\b|(?:own\\s+)?(?:head|face|arms?|legs?|hands?|wrists?|body|tummy|stomach|skin|fists?)\\b[^~]{0,30}?\\b(?:(?:on|against|into)\\s+(?:the\\s+|a\\s+)?(?:wall|walls|floor|door|doors)|when\\s+(?:i|im)\\s+(?:\\w+\\s+)?(?:sad|angry|upset|cross|mad|stressed|cry\\w*)|on\\s+(?:purpose|perpose)|deliberately)\\b)'),
  // "i hit my face lots when people shout".
  r('self_harm_or_suicide', `\\bi\\s+(?:\\w+\\s+)?(?:hit|hits|punch\\w*|slap\\w*|bang\\w*|scratch\\w*|bite|bites|pinch\\w*|cut)\\s+my\\s+(?:own\\s+)?(?:face|head|arms?|legs?|skin|hands?|wrists?|body|tummy|stomach)\\s+${SETS_IT_OFF}\\b`),
  // "the marks on my thighs are from me".
  r('self_harm_or_suicide', '\\b(?:marks|cuts|scars|scratches|bruises|burns|lines)\\s+on\\s+my\\s+(?:\\w+\\s+)?(?:arms?|legs?|thighs?|wrists?|stomach|tummy|hips?|skin|body)\\s+(?:are|were|is)\\s+(?:from|by)\\s+me\\b'),
  // "i dont eat so i get small and go away".
  r('self_harm_or_suicide', '\\b(?:dont|do\\s+not|wont|stopped|not|never)\\s+eat(?:ing)?\\b[^~]{0,30}\\bso\\s+(?:that\\s+)?(?:i|he|she)\\s+(?:can\\s+|will\\s+|could\\s+|might\\s+)?(?:get\\s+(?:small|smaller|tiny|thin|thinner|weak|ill)\\s+and\\s+)?(?:go\\s+away|disappear|vanish|fade(?:\\s+away)?|die|not\\s+be\\s+here|waste\\s+away|stop\\s+existing)\\b'),
  // "she doesnt know i have a blade in my pencil case".
  r('self_harm_or_suicide', '\\b(?:have|got|keep|carry|carries)\\s+(?:a\\s+|my\\s+|the\\s+|some\\s+)?(?:blade|blades|razor|razors|razor\\s+blades?|sharpener\\s+blades?)\\s+(?:in|under|inside|behind)\\s+(?:my|the)\\s+\\w+(?:(?<=\\b(?:doesnt|dont|does\\s+not|do\\s+not|nobody|no\\s+one|noone)\\s+knows?\\b[^~]{0,40})|(?=[^~]{0,40}\\b(?:secret|nobody\\s+knows|no\\s+one\\s+knows|dont\\s+tell)\\b))'),
  // "i went deeper than usual last night and just taped it up".
  r('self_harm_or_suicide', '\\bwent\\s+(?:a\\s+(?:bit|lot)\\s+|too\\s+|much\\s+|way\\s+)?deep(?:er)?\\s+(?:than\\s+(?:usual|normal|i\\s+meant|i\\s+wanted|before|last\\s+time|ever)|this\\s+time|last\\s+night)\\b(?=[^~]{0,60}\\b(?:taped|tape|plasters?|bandag\\w*|steri\\s*strips?|stitches|bleed\\w*|blood|glued)\\b)'),
];

export const THEIR_OWN_LIFE: readonly Rule[] = [
  // "the school counsellor called to say he has a plan to end his life".
  firm('self_harm_or_suicide', '\\b(?:plan|plans|planning|planned|going|gonna|want|wants|wanted|tried|tries|trying|try|threatened|threatening|threatens|attempted|about)\\s+(?:to\\s+)?(?:end|take|ending|taking)\\s+(?:his|her|their)\\s+(?:own\\s+)?life\\b(?!\\s+(?:support|into|back|forward|story|savings|sentence|seriously|to|on|in\\s+(?:a|another)\\s+(?:new\\s+|different\\s+)?direction)\\b)'),
];

/** This file's families, by name, in the order they are read. */
export const OWN_BODY_FAMILIES = { aroundTheNeck: AROUND_THE_NECK, howEasyItWouldBe: HOW_EASY_IT_WOULD_BE, inFewWords: IN_FEW_WORDS, theirOwnLife: THEIR_OWN_LIFE };
