import { firm, type Rule } from './shared';

/**
 * Thoughts of suicide and self-harm told in passing, in any voice, without the words for them:
 * letters or texts written for when one is gone; the family better off or coping fine without one;
 * a bridge, the tracks or a river that keep coming to mind, or the edge one stands on; counting how
 * many tablets it would take; "what i do to myself", harm done to the body on purpose or to feel
 * something; a future said not to be there ("if im still here", "there isnt going to be one").
 */

/** Letters, texts or notes written for people to find, or for when one is not here. */
export const LETTERS_LEFT: readonly Rule[] = [
  firm(
    'self_harm_or_suicide',
    '\\b(?:wrote|written|writing|write|writ|rote)\\s+(?:\\w+\\s+){0,3}?(?:letters?|texts?|notes?|messages?)\\s+(?!(?:\\w+\\s+){0,3}?(?:future\\s+(?:self|me)|older\\s+(?:self|me)|pen\\s*pals?|santa)\\b)(?:\\w+\\s+){0,6}?(?:for\\s+when\\s+(?:(?:im|i\\s+am|i\\s+m)(?!\\s+(?:\\d|older|grown|an\\s+adult|eighteen|twenty))|they\\s+find|i\\s+die|i\\s+go)\\b|for\\s+after\\s+(?:im|i\\s+am|i)\\s+(?:gone|dead|not)\\b|when\\s+they\\s+find\\s+(?:them|me)\\b|for\\s+(?:them|people|everyone)\\s+to\\s+find\\b|(?:to|for)\\s+(?:my\\s+(?:family|friends?|best\\s+friend|mum|dad|sister|brother|nan)|everyone|all\\s+of\\s+(?:them|you))\\b[^~]{0,30}\\bjust\\s+in\\s+case\\b(?!\\s+(?:i|we|you|he|she|they)\\b)|(?:to|for)\\s+(?:my\\s+(?:family|friends|mum|dad|sister|brother)|everyone)(?:\\s+and\\s+\\w+(?:\\s+\\w+)?)?\\s+already\\b)|\\bgot\\s+as\\s+far\\s+as\\s+(?:writing|tying|counting|standing|getting\\s+the|taking)\\b',
  ),
];

/** The family said to be better off, richer or calmer without one; being forgotten, not missed. */
export const WITHOUT_ME: readonly Rule[] = [
  firm(
    'self_harm_or_suicide',
    '\\b(?:cope|manage|be\\s+(?:fine|ok|okay|happier|better|easier|calmer)|get\\s+on|have\\s+(?:an\\s+)?easier\\s+(?:life|time))\\s+(?:\\w+\\s+){0,2}?without\\s+me\\b(?![^~]{0,30}\\b(?:for\\s+(?:a|the|one|two)\\s+(?:day|days|week|night|weekend)|this\\s+(?:week|weekend)|today|tomorrow|tonight|while|when\\s+i\\s+(?:go|move|leave|start|am\\s+at|m\\s+at)|at\\s+(?:uni|college|camp)|on\\s+(?:the\\s+)?(?:trip|holiday|residential))\\b)',
  ),
  firm(
    'self_harm_or_suicide',
    '\\b(?:better|easier|happier|calmer|quieter|simpler|nicer)\\b[^~]{0,40}\\bif\\s+i\\s+(?:(?:wasnt|was\\s+not|werent|were\\s+not|not|was\\s+never|had\\s+never\\s+been)\\s+(?:here|around|alive|born)|disappeared\\s+for\\s*(?:good|ever)|went\\s+to\\s+sleep\\s+and\\s+(?:didnt|never|did\\s+not)\\s+wake|(?:was|were)\\s+gone|didnt\\s+exist|did\\s+not\\s+exist|died|was\\s+dead)\\b|\\bforget\\s+i\\s+(?:ever\\s+)?(?:existed|exist|was\\s+(?:here|born|alive))\\b',
  ),
  firm(
    'self_harm_or_suicide',
    '\\b(?:nobody|no\\s+one|noone|no\\s+body)\\s+(?:would|will|wud|is\\s+going\\s+to|gonna)?\\s*(?:even\\s+)?(?:miss\\s+me|find\\s+me\\s+(?:till|until|for)|notice\\s+if\\s+i\\s+(?:walked|went|jumped|stepped|disappeared|died|was\\s+gone|wasnt\\s+here))\\b(?![^~]{0,12}\\b(?:at|in|on)\\s+(?:the\\s+)?(?:party|school|club|class|practice|football|match|trip|disco)\\b)|\\b(?:wont|will\\s+not|not)\\s+(?:have\\s+to|need\\s+to)\\s+(?:worry|bother)\\s+about\\s+me\\s+(?:much|for\\s+much|any)\\s*(?:longer|more)\\b',
  ),
];

/** A bridge, the tracks, a river or a high edge that one stands on or keeps thinking of. */
export const EDGE_AND_TRACKS: readonly Rule[] = [
  firm(
    'self_harm_or_suicide',
    '\\b(?:stood|stand|stands|standing|stop|stopped|stopping|stops|lean|leaned|leaning|sat|sit|sitting)\\s+(?:right\\s+)?(?:on|at|over)\\s+(?:the\\s+)?(?:edge\\s+of\\s+(?:the\\s+|a\\s+)?)?(?:\\w+\\s+){0,2}?(?:multi\\s*storey|multistorey|top\\s+floor|roof|bridge|cliff|platform\\s+edge|motorway\\s+bridge)\\b[^~]{0,40}\\b(?:a\\s+bit\\s+longer|longer\\s+each|every\\s+day|think\\s+about\\s+it|thought\\s+about\\s+it|didnt\\s+go\\s+through|did\\s+not\\s+go\\s+through|didnt\\s+do\\s+it|nearly)\\b|\\b(?:stood|stand|standing)\\s+on\\s+the\\s+edge\\s+of\\s+(?:the\\s+)?(?:multi\\s*storey|multistorey|top\\s+floor|roof|bridge|cliff)\\b',
  ),
  firm(
    'self_harm_or_suicide',
    '\\b(?:think|thinking|thought|thinks)\\s+about\\s+(?:the\\s+)?(?:train\\s+tracks?|railway\\s+(?:line|tracks?)|tracks\\s+behind|motorway\\s+bridge|bridge\\s+(?:near|behind|by|over)|river\\s+(?:near|behind|by)|top\\s+of\\s+the\\s+(?:multi\\s*storey|car\\s+park|flats))\\b(?![^~]{0,20}\\b(?:trip|project|model|walk|we\\s+(?:built|made|drew)|in\\s+(?:dt|geography|history))\\b)|\\b(?:bridge|train\\s+tracks?|railway|river|canal|pond|cliff|motorway)\\b[^~]{0,30}\\b(?:keeps?\\s+popping\\s+(?:into|in)\\s+my\\s+head|nobody\\s+would\\s+find\\s+me|no\\s+one\\s+would\\s+find\\s+me|calls?\\s+(?:to\\s+)?me)\\b|\\b(?:googl\\w*|look\\w*\\s+up|search\\w*|check\\w*)\\s+train\\s+times\\b[^~]{0,15}\\bnot\\s+to\\s+go\\s+anywhere\\b',
  ),
];

const PILLS = '(?:tablets|pills|paracetamol|meds|medicine|medication|sleeping\\s+(?:tablets|pills)|insulin)';

/** Tablets counted, saved or thought of all at once. */
export const PILLS_COUNTED: readonly Rule[] = [
  firm(
    'self_harm_or_suicide',
    `\\bhow\\s+(?:many|much)\\s+(?:of\\s+(?:my|the|mums|her|his)\\s+)?(?:\\w+\\s+)?${PILLS}\\s+(?:it\\s+)?(?:would|will|does|to|it\\s+takes|takes|you\\s+need)\\b(?![^~]{0,20}\\b(?:a\\s+day|each\\s+day|for\\s+(?:a|my|his|her)\\s+(?:headache|cold|temperature))\\b)|\\b(?:take|taking|took|swallow\\w*|have)\\s+(?:all\\s+)?(?:of\\s+)?(?:my|the|mums|her|his|them)?\\s*(?:\\w+\\s+)?${PILLS}?\\s*(?:all\\s+)?(?:at\\s+once|in\\s+one\\s+go)\\b|\\bif\\s+you\\s+(?:take|took|swallow)\\s+(?:enough|too\\s+many|loads|a\\s+lot)\\b|\\b(?:take|taking|took)\\s+extra\\s+(?:of\\s+)?(?:my\\s+|the\\s+)?(?:\\w+\\s+)?${PILLS}\\s+(?:to\\s+(?:feel|sleep\\s+for|forget|not\\s+feel)|so\\s+i\\s+(?:dont|cant|can\\s+not)\\s+feel)\\b|\\b${PILLS}\\b[^~]{0,40}\\b(?:i\\s+(?:might|mite|could|will|want\\s+to|wanna)\\s+)(?:take|swallow)\\s+(?:them\\s+all|the\\s+lot|all\\s+of\\s+them)\\b`,
  ),
];

const BODY = '(?:arms?|legs?|hands?|wrists?|skin|fingers?|thighs?|stomach|tummy|knuckles)';

/** Harm to one's own body told plainly: what one does to oneself, to feel something, till it bleeds. */
export const WHAT_I_DO_TO_MYSELF: readonly Rule[] = [
  firm(
    'self_harm_or_suicide',
    `\\bwhat\\s+(?:i|he|she)\\s+(?:do|does|did|ve\\s+done|have\\s+done|has\\s+done|been\\s+doing|keep\\s+doing)\\s+to\\s+(?:myself|himself|herself|my\\s+${BODY}|(?:his|her)\\s+${BODY})\\b|\\b(?:sh|self\\s+harm\\w*|cutting)\\s+again\\b|\\b(?:sh|self\\s+harm\\w*|cutting|cut)\\b[^~]{0,20}\\brelapse\\w*|\\brelapse\\w*\\b[^~]{0,20}\\b(?:sh|self\\s+harm\\w*|cutting)\\b|\\bmy\\s+(?:cuts|scars|burns)\\s+(?:got|get|have\\s+got|are|went|keep)\\s+(?:infected|opening|open\\s+again|bleeding\\s+through)\\b|\\bmy\\s+(?:skin|${BODY})\\s+(?:is|are)\\s+(?:full\\s+of|covered\\s+in)\\s+(?:lines|cuts)\\b(?![^~]{0,10}\\bfrom\\b)`,
  ),
  firm(
    'self_harm_or_suicide',
    `\\bvoices?\\b[^~]{0,25}\\btells?\\s+(?:me|him|her|them)\\s+to\\s+(?:cut|jump|hurt|kill|die|end)\\b|\\b(?:asked|asks|begged|told)\\s+(?:me|us|mum|dad)\\s+to\\s+(?:hide|lock\\s+up|lock\\s+away|take\\s+away)\\s+(?:the\\s+|all\\s+the\\s+|my\\s+|his\\s+|her\\s+)?(?:kitchen\\s+)?(?:knives|blades|razors|${PILLS})\\b|\\b(?:knife|blade|razor|razors|blades|${PILLS})\\b[^~]{0,40}\\bfor\\s+when\\s+(?:it|things|everything)\\s+(?:gets?|get)\\s+(?:too\\s+much|bad|really\\s+bad|worse)\\b|\\b(?:long\\s+sleeves|hoodie|jumper|sleeves\\s+down)\\b[^~]{0,30}\\bso\\s+(?:nobody|no\\s+one|noone|people|anyone|mum|dad)\\s+(?:can\\s+)?(?:sees?|notices?)\\s+(?:my\\s+)?(?:arms|wrists|legs|thighs|cuts|scars|lines)\\b|\\b(?:hold|held|holding|look|looked|looking|stare|stared|staring)\\s+(?:at\\s+)?(?:the|a|my)\\s+(?:knife|blade|razor|rope|bottle\\s+of\\s+(?:pills|tablets)|box\\s+of\\s+(?:pills|tablets))\\b[^~]{0,30}\\b(?:think\\s+about\\s+it|and\\s+think|for\\s+ages\\s+last\\s+night|thinking\\s+about\\s+(?:it|using))\\b|\\b(?:snapped|snap|broke|took\\s+apart)\\s+(?:my|a)\\s+(?:sharpener|razor|pencil\\s+sharpener)\\s+(?:for|to\\s+get)\\s+the\\s+blades?\\b`,
  ),
  firm(
    'self_harm_or_suicide',
    `\\b(?:bite|bites|bit|biting|scratch\\w*|scrach\\w*|pinch\\w*|dig|digs|digging|claw\\w*)\\s+(?:at\\s+)?(?:\\w+\\s+){0,4}?(?:my|his|her)\\s+(?:own\\s+)?${BODY}\\b[^~]{0,40}\\b(?:till|until|til)\\s+(?:it|they|i|she|he)\\s+(?:(?:breaks?|broke)\\s+the\\s+skin|(?:is|s|are|goes?|went)\\s+raw|bleeds?|bled|bleed)\\b|\\b(?:pinch|pinches|pinched|pinching|hit|hits|hitting|punch|punches|punching|scratch|scratches|scratching|slap|slaps|slapping|bite|bites|biting)\\s+myself\\b(?![^~]{0,25}\\b(?:by\\s+accident|to\\s+(?:check|see\\s+if|stay\\s+awake|wake)|awake|on\\s+(?:the|a)\\s+(?:door|table|desk|shelf|cupboard))\\b)[^~]{0,50}\\b(?:when\\s+i|hard|till|until|bruises?|bleed\\w*|marks|wrong|upset|angry|sad|bad\\s+about)\\b|\\b(?:me|i)\\s+(?:bite|bites|hit|scratch|pinch)\\s+my\\s+${BODY}\\b[^~]{0,30}\\b(?:purple|purpal|bleed\\w*|bruise\\w*|lots\\s+and\\s+lots)\\b`,
  ),
  firm(
    'self_harm_or_suicide',
    `\\b(?:on\\s+purpose|hurt\\w*\\s+myself|cut\\w*|burn\\w*|pain)\\b[^~]{0,40}\\b(?:just\\s+)?to\\s+feel\\s+(?:something|anything|real|in\\s+control)\\b|\\blets?\\s+(?:the\\s+)?(?:sad|pain|bad|hurt|anger)\\s+out\\b|\\bi\\s+(?:\\w+\\s+)?(?:put|held|hold|pressed|press|stuck|touched|smashed|slammed|banged|punched|punchd|hit|cut|burnt|burned|scratched|scalded|trapped)\\s+my\\s+(?:own\\s+)?(?:${BODY}|head|face|hand|fingers?)\\b[^~]{0,30}\\bon\\s+purpose\\b|\\b(?:punch\\w*|hit|hitting|kick\\w*)\\s+(?:the\\s+)?walls?\\s+on\\s+purpose\\b|\\b(?:break|brake|broke)\\s+my\\s+(?:own\\s+)?(?:hand|arm|leg|wrist|finger|foot|ankle)\\s+(?:on\\s+purpose|so\\s+(?:i|that))\\b|\\bthe\\s+pain\\s+(?:stops|quiets|drowns\\s+out|shuts\\s+up)\\s+the\\s+(?:noise|voices|thoughts)\\b`,
  ),
];

/** A future said not to be there. */
export const NO_FUTURE_THERE: readonly Rule[] = [
  firm(
    'self_harm_or_suicide',
    '\\bif\\s+(?:im|i\\s+am|i\\s+m)\\s+still\\s+(?:here|around|alive)\\b(?!\\s+(?:at|after|when|by\\s+\\d|in\\s+the\\s+(?:office|library|building|queue|room)|waiting|later|then\\s+(?:come|ring|call)))|\\b(?:not|never|dont|do\\s+not)\\s+(?:planning|plan|planing|intending|intend|expecting|expect)\\s+(?:on\\s+|to\\s+)?(?:being|be|still\\s+be)\\s+(?:here|around|alive)\\b(?![^~]{0,15}\\b(?:for\\s+the|at\\s+the|next\\s+(?:week|weekend)|on\\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|that\\s+day)\\b)',
  ),
  firm(
    'self_harm_or_suicide',
    '\\bthere\\s+(?:isnt|is\\s+not|wont\\s+be|aint)\\s+(?:going\\s+to\\s+be\\s+|gonna\\s+be\\s+)?(?:a|an|any)\\s+(?:future|next\\s+year|year\\s+\\d+|tomorrow|summer|christmas|birthday)\\s+for\\s+me\\b|\\b(?:future|college|next\\s+year|plans?)\\b[^~]{0,40}\\bthere\\s+(?:isnt|is\\s+not|wont\\s+be|aint)\\s+(?:going\\s+to\\s+be\\s+|gonna\\s+be\\s+)(?:one|any)\\b|\\b(?:dont|cant|can\\s+not|cannot)\\s+(?:really\\s+)?see\\s+myself\\s+(?:anywhere|existing|alive|being\\s+(?:here|alive|around))\\b(?!\\s+(?:but|else|except|other))|\\bmake\\s+it\\s+to\\s+(?:\\d+|eighteen|twenty|next\\s+year|christmas|my\\s+birthday)\\b[^~]{0,15}\\b(?:probably|prob|likely|proberly)\\s+not\\b|\\b(?:it|that|none\\s+of\\s+(?:it|this))\\s+(?:wont|will\\s+not|isnt\\s+going\\s+to|is\\s+not\\s+going\\s+to)\\s+matter\\s+(?:soon|much\\s+longer|for\\s+long|for\\s+me)\\b|\\b(?:doesnt|dont|wont|does\\s+not)\\s+hurt\\s+when\\s+i\\s+do\\s+it\\b',
  ),
];

/** Thoughts of ending it and harm to oneself in other words: euphemisms, misspellings, a way out pictured. */
export const IN_OTHER_WORDS: readonly Rule[] = [
  firm(
    'self_harm_or_suicide',
    '\\b(?:not\\s+sure|dont\\s+know\\s+if|doubt|dont\\s+think)\\s+(?:ill|i\\s+will|i\\s+ll|im\\s+going\\s+to|i\\s+am\\s+going\\s+to)\\s+(?:still\\s+)?be\\s+(?:around|here|alive)\\s+(?:by\\s+then|for\\s+(?:it|that|long)|that\\s+long|in\\s+(?:a|\\d+|two|ten)\\s+years?|next\\s+year|tbh)\\b|\\b(?:worst|hardest)\\s+(?:bit|part|thing)\\s+(?:of\\s+(?:the|my)\\s+(?:day|week)\\s+)?is\\s+waking\\s+up\\b(?!\\s+(?:early|at|for|in\\s+the))|\\bbe\\s+hear\\s+(?:no|any)\\s*more\\b|\\bnotice\\s+if\\s+(?:i|he|she)\\s+(?:\\w+\\s+){0,4}for\\s*ever\\b|\\btired\\s+of\\s+fighting\\s+(?:my\\s+own\\s+head|my\\s+(?:own\\s+)?(?:brain|mind|thoughts)|myself)\\b',
  ),
  firm(
    'self_harm_or_suicide',
    '\\b(?:do|doing|did|done)\\s+(?:anything|something)\\s+to\\s+myself\\b|\\bdo\\s+something\\s+permanent\\b|\\b(?:razors?|blades?)\\b[^~]{0,30}\\bfor\\s+emergencies\\b|\\bi\\s+(?:cuted|cutted|cut)\\s+my\\s+(?:arm|arms|leg|legs|wrist|wrists)\\s+with\\b|\\b(?:think\\w*|thought)\\s+about\\s+(?:just\\s+)?(?:driving|crashing|swerving|walking|stepping)\\s+(?:\\w+\\s+)?(?:into|in\\s+front\\s+of|off)\\s+(?:a|the)\\b',
  ),
  firm(
    'self_harm_or_suicide',
    '\\bwant\\s+to\\s+(?:be|go)\\s+(?:in|to)\\s+(?:heaven|heven|hevan)\\s+with\\b|\\bready\\s+to\\s+check\\s+out\\s*(?:tbh|honestly|now|for\\s+good)?\\s*$|\\bhate\\s+(?:my\\s+body|myself|me)\\b[^~]{0,15}\\bi\\s+(?:hit|punch|cut|scratch|bite|burn|hurt)\\s+(?:it|myself|me)\\b|\\b(?:choke|chokes|choked|choking|strangle|strangles|strangling)\\s+(?:himself|herself|myself)\\b(?!\\s+(?:on|laughing))|\\bthinks?\\s+(?:the|my)\\s+(?:marks|cuts|scars|scratches|lines)\\s+(?:are|were)\\s+from\\s+(?:the\\s+)?(?:cat|dog|kitten|puppy)\\b|\\bi\\s+(?:want|wanna|wana|going|gonna)\\s+(?:to\\s+)?(?:stab|cut|hurt|burn|kill)\\s+me\\b|\\b(?:life|living|existing)\\b[^~]{0,40}\\b(?:waiting\\s+to|want\\s+to|ready\\s+to)\\s+(?:quit|log\\s+off|log\\s+out|exit|switch\\s+off)\\b(?!\\s+(?:my|the|this|school|college|smoking|vaping|football|job|work|\\w+ing)\\b)|\\bon\\s+(?:perpose|purpos|porpose|purpuse|perpus)\\b',
  ),
];
