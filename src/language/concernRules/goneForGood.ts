import { firm, r, type Rule } from './shared';

/**
 * Wanting to be gone, told in everyday words and in any voice: to go away or for it all to stop
 * for ever, never to have been born, to be dead by a day that is named, not planning on being
 * older, not being around for one's own birthday; picturing stepping in front of a bus or off an
 * edge, or wanting to fall from a roof; scratching words into one's skin.
 */

/** For ever, however it is typed. */
const FOR_EVER = '(?:for\\s*ever|4\\s*ever|for\\s+good|permanently)';

/** Wishing oneself or everything gone for ever; wishing never to have been born. */
export const GONE_FOR_GOOD: readonly Rule[] = [
  firm(
    'self_harm_or_suicide',
    `\\b(?:wish|wishes|want|wants|wanted|wanna|just\\s+want)\\s+(?:to\\s+)?(?:i|me|myself|it\\s+all|all\\s+of\\s+it|everything|all\\s+this)?\\s*(?:to\\s+|could\\s+|would\\s+)?(?:go\\s+away|stop|end|be\\s+gone|not\\s+exist)\\s+${FOR_EVER}\\b|\\b(?:all\\s+of\\s+it|it\\s+all|everything)\\s+to\\s+stop\\s+${FOR_EVER}\\b|\\bwish(?:es)?\\s+(?:i|he|she)\\s+(?:was\\s+|were\\s+|had\\s+)?(?:never|not)\\s+(?:been\\s+)?born\\b`,
  ),
  r(
    'self_harm_or_suicide',
    "\\b(?:ill|i\\s+will|hell|he\\s+will|shell|she\\s+will|im\\s+going\\s+to|i\\s+am\\s+going\\s+to)\\s+be\\s+dead\\s+(?:by|before)\\s+(?:christmas|easter|the\\s+summer|summer|my\\s+birthday|his\\s+birthday|her\\s+birthday|next\\s+year|the\\s+end\\s+of\\s+(?:the\\s+)?(?:year|term|month)|\\d+|sixteen|eighteen)\\b(?![^~]{0,30}\\b(?:if\\s+(?:mum|dad|my\\s+(?:mum|dad)|she|he|they)\\s+(?:finds|sees|catches)|lol|haha|joking|homework|exams?\\s+(?:are|is))\\b)|\\bnot\\s+(?:planning|plan|planing)\\s+on\\s+(?:being|getting|growing)\\s+(?:older|old|up|an?\\s+adult|eighteen|18)\\b|\\b(?:wont|will\\s+not|wont\\s+even)\\s+(?:be|b)\\s+(?:around|here|alive)\\s+(?:for|4|to\\s+see)\\s+(?:my|his|her)\\s+(?:\\w+\\s+)?(?:birthday|birfday|bday)\\b",
  ),
];

/** Where one could fall or be hit. */
const DROP = '(?:edge|bridge|roof|cliff|balcony|window|ledge|multi\\s*storey|car\\s+park\\s+roof|top\\s+floor|platform)';
const TRAFFIC = '(?:bus|buses|train|trains|car|cars|traffic|lorry|lorries|van|tram)';

/** Picturing or wanting to step in front of traffic or off an edge; wanting to fall from a roof. */
export const STEP_OFF: readonly Rule[] = [
  firm(
    'self_harm_or_suicide',
    `\\b(?:picture|pictures|picturing|imagine|imagines|imagining|keep\\s+seeing\\s+myself|part\\s+of\\s+me\\s+wants\\s+to|(?:i|he|she)\\s+(?:want|wants|wanted)\\s+to|urge\\s+to|thinking\\s+of)\\s+(?:just\\s+)?(?:step|stepping|walk|walking|jump|jumping|fall|falling|throw(?:ing)?\\s+(?:myself|himself|herself))\\s+(?:out\\s+)?(?:in\\s+front\\s+of\\s+(?:the\\s+|a\\s+)?(?:\\w+\\s+)?${TRAFFIC}|off\\s+(?:the\\s+|a\\s+)?(?:\\w+\\s+)?${DROP}|(?:out\\s+of|from)\\s+(?:the\\s+|a\\s+|my\\s+)?(?:\\w+\\s+)?${DROP})\\b(?!\\s+of\\s+(?:the\\s+|a\\s+|my\\s+)?(?:pool|bed|sofa|bath|stage|pitch|kerb|curb|pavement|trampoline|slide|diving\\s+board))`,
  ),
  r(
    'self_harm_or_suicide',
    `\\b(?:on|onto|up\\s+on|at)\\s+(?:the\\s+|a\\s+)?(?:\\w+\\s+)?${DROP}\\b[^~]{0,40}\\b(?:said|says|told\\s+(?:me|us))\\s+(?:he|she|they|i)\\s+(?:wanted|wants|want)\\s+to\\s+(?:fall|jump)\\b|\\b(?:stands?|standing|sits?|sitting)\\s+at\\s+(?:the\\s+)?(?:open\\s+)?(?:upstairs\\s+)?window\\b[^~]{0,60}\\bworking\\s+up\\s+to\\s+it\\b`,
  ),
  r(
    'self_harm_or_suicide',
    '\\b(?:scratch\\w*|carv\\w*|etch\\w*|cut\\w*)\\s+(?:words?|letters?|names?|things)\\s+(?:into|in|on)\\s+(?:my|his|her|their)\\s+(?:own\\s+)?(?:skin|arms?|legs?|wrists?|thighs?|stomach|hands?)\\b',
  ),
];
