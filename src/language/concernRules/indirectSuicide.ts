import { r, type Rule } from './shared';

/** Not being around, said after a reason ("because they want them and i wont be around"): it wins over the reason. */
const NOT_AROUND =
  '[^~]*\\b(?:(?:wont|will\\s+not|not\\s+going\\s+to|aint\\s+going\\s+to|dont\\s+think\\s+(?:ill|i\\s+will))\\s+(?:be\\s+(?:around|here|alive)|need\\s+(?:them|it|anything|any\\s+of\\s+it))|(?:ill|i\\s+will)\\s+be\\s+gone)\\b';

/**
 * An everyday reason for giving things away ("because i got new ones", "cos hes into them now", "because its his
 * birthday"), with no not-being-around said after it.
 */
const NOT_AN_ORDINARY_REASON =
  '(?!(?!' + NOT_AROUND + ')(?:\\s+(?:i\\s+)?(?:got|get|getting|have|had|bought|am\\s+getting|im\\s+getting)\\s+(?:some\\s+|a\\s+)?(?:new|newer|better)\\b|[^~]{0,30}\\b(?:outgrown|grown\\s+out|too\\s+(?:old|small|young|babyish|big)|bored\\s+of|finished|completed|(?:his|her|their)\\s+birthday|christmas|(?:he|she|they)\\s+(?:likes?|loves?|wants?|asked|hasnt\\s+got|doesnt\\s+have|dont\\s+have|cant\\s+afford|is\\s+into|s\\s+into)|(?:hes|shes|theyre)\\s+into|upgraded|new\\s+ones?)\\b))';

/**
 * Thoughts of suicide said sideways ("i wont be a problem much longer", "this is my last
 * message", "i wrote a will") and hurting oneself by other means than cutting: hitting, biting or
 * burning oneself, not eating as a punishment, trying to drown.
 */
export const INDIRECT_SUICIDE: readonly Rule[] = [
  r('self_harm_or_suicide', '\\b(?:wont|will\\s+not|not\\s+going\\s+to)\\s+be\\s+(?:a\\s+)?(?:problem|burden|bother|trouble|in\\s+the\\s+way)\\s+(?:much\\s+|for\\s+much\\s+)?(?:longer|soon|any\\s*more|for\\s+long)\\b|\\b(?:sorry|sory)\\s+for\\s+(?:being\\s+)?(?:a\\s+)?(?:burden|problem|everything)\\b|\\b(?:this\\s+is|its)\\s+(?:my\\s+)?(?:the\\s+)?last\\s+(?:msg|message|text|time\\s+(?:you\\s+will|youll)\\s+hear)\\b|\\bthis\\s+is\\s+the\\s+last\\s+time\\b(?![^~]{0,30}\\b(?:i\\s+(?:eat|play|go|do|ask|try|tell)|we\\s+)\\b)'),
  r('self_harm_or_suicide', `\\b(?:i|ive|i\\s+have)\\s+(?:wrote|rote|written|writing|made|making)\\s+(?:a|my)\\s+will\\b|\\b(?:giving|gave|give)\\s+(?:all\\s+)?(?:my|away\\s+my)\\s+(?:stuff|things|games|clothes|toys)\\s+(?:away|to\\s+(?:my|people|everyone))\\b[^~]{0,40}\\b(?:wont\\s+need|not\\s+need|dont\\s+need|(?:because|cos)\\b${NOT_AN_ORDINARY_REASON}|before)\\b|\\b(?:future|tomorrow)\\b[^~]{0,30}\\b(?:there\\s+isnt|there\\s+wont\\s+be|isnt)\\s+(?:one|any)\\s+for\\s+me\\b|\\bno\\s+future\\s+for\\s+me\\b`),
  r('self_harm_or_suicide', '\\b(?:tried|try|trying|wanted|want)\\s+to\\s+(?:drown|hang|suffocate|strangle|poison|gas)\\s+myself\\b|\\b(?:starve|starving)\\s+(?:so\\s+i\\s+can|to)\\s+(?:be\\s+with|see|join)\\b|\\bbe\\s+with\\s+(?:my\\s+)?(?:dad|mum|nan|grandad|grandma|brother|sister)\\s+(?:who|in\\s+heaven)\\b[^~]{0,30}\\b(?:died|dead|heaven|gone)\\b'),
  // Hurting oneself by other means than cutting.
  r('self_harm_or_suicide', '\\bi\\s+(?:\\w+\\s+)?(?:hit|hits|punch|punches|punched|bite|bites|bit|scratch|scratched|burn|burnt|burned|slap|slapped|bash|bashed|bang|banged|squeeze|pinch|pinched)\\s+(?:my\\s+own|my)\\s+(?:legs?|arms?|hands?|wrists?|stomach|tummy|thighs?|fingers?|knuckles)\\b(?![^~]{0,20}\\b(?:by\\s+accident|on\\s+(?:the|a)\\s+(?:door|table|shelf|wall|desk|cupboard)|playing|in\\s+pe|at\\s+football|when\\s+i\\s+fell|fell)\\b)[^~]{0,50}\\b(?:when|wen|till|until|cos|because|if|so|every|again|get\\s+it\\s+wrong|upset|angry|mad|sad|hate|purple|bleed|bruise\\w*)\\b|\\bi\\s+hate\\s+my\\s*self\\b[^~]{0,20}\\bi\\s+(?:bite|hit|scratch|punch|burn)\\b'),
  r('self_harm_or_suicide', '\\b(?:burnt|burned|burn|cut|hurt|scratched|hit)\\s+(?:my|myself)\\s*(?:\\w+\\s+){0,4}on\\s+purpose\\b|\\b(?:deserve|need|needed|have)\\s+to\\s+(?:be\\s+)?punish(?:ed)?\\s*(?:myself|me)?\\b|\\b(?:punish|punishing)\\s+(?:me|myself)\\b|\\b(?:stopped|stop|not)\\s+eating\\b[^~]{0,40}\\b(?:punish|thin|deserve|disappear|so\\s+i\\s+can|to\\s+be\\s+with)\\b|\\b(?:used|use|using|took|take)\\s+(?:sizzors|scissors|a\\s+razor|a\\s+blade|a\\s+lighter|a\\s+pin|a\\s+needle)\\s+on\\s+(?:my|myself)\\b'),
  // Not eating so as to be gone ("ive stopped eating so i can just disappear", "smaller and smaller till im gone").
  r('self_harm_or_suicide', '\\b(?:stop|stopped|stopping|not|dont|do\\s+not|wont|barely|hardly)\\s+(?:\\w+\\s+)?(?:eating|eat)\\b[^~]{0,60}\\b(?:disappear|vanish|fade\\s+away|waste\\s+away|(?:till|until|so)\\s+(?:im|i\\s+am|i\\s+m)\\s+(?:gone|not\\s+here|nothing))\\b|\\b(?:smaller\\s+and\\s+smaller|thinner\\s+and\\s+thinner)\\s+(?:till|until|so)\\s+(?:im|i\\s+am)\\s+(?:gone|not\\s+here|nothing)\\b'),
];
