import { r, type Rule } from './shared';

/**
 * Harm told in passing (written from train32's misses): a partner's threat if one leaves, money
 * doled out and checked, "when his dad goes for me"; a parent's own blow that left a mark; staff
 * pushing a person to the floor; aids snatched and thrown again; wanting to stop instead of growing
 * up, everyone happier if one were gone, medicines swallowed; a man much older with a young
 * teenager; a marriage arranged for a child; a second phone of times and places. Each needs the
 * part that makes it harm (if i leave, left a mark, again, only 16), so a joke threat about a
 * messy room, a push on the swing or a wedding of adults is left alone.
 */
const PARTNER = '(?:partner|husband|wife|boyfriend|girlfriend|fella|ex)';

export const HELD_AT_HOME: readonly Rule[] = [
  // "he says hell kill me if i leave", "she said shed hurt herself if i left her".
  r('domestic_abuse', '\\b(?:he|she|my\\s+(?:partner|husband|wife|boyfriend|girlfriend|ex))\\s+(?:says?|said|told\\s+me|threatens?|threatened)\\s+(?:that\\s+)?(?:hell|shell|he\\s+will|she\\s+will|he\\s+would|she\\s+would|hed|shed|hes\\s+(?:going\\s+to|gonna)|shes\\s+(?:going\\s+to|gonna))\\s+(?:kill|hurt|find|come\\s+after)\\s+(?:me|us|himself|herself)\\s+if\\s+(?:i|we)\\s+(?:ever\\s+)?(?:leave|leaves|left|go|split\\s+up|break\\s+up)\\b(?!\\s+(?:my|the|it|them|that|this|a|your|out|on|early|late|again|without|before|after)\\b)'),
  // Money doled out and checked by a partner: "my partner gives me 10 a week for the shopping and checks the receipts".
  r('domestic_abuse', `\\b${PARTNER}\\s+(?:only\\s+)?(?:gives|give|lets\\s+me\\s+have)\\s+me\\s+(?:only\\s+)?(?:\\d+|ten|twenty|five|fifteen)\\s*(?:pounds|quid)?\\s+a\\s+(?:week|day|month)\\b[^~]{0,50}\\b(?:checks?|checking|goes\\s+through)\\s+(?:the|my|every|all\\s+the)\\s+(?:receipts?|bank|statements?|spending)\\b|\\bi\\s+(?:dont|do\\s+not|never)\\s+(?:have|get)\\s+(?:my\\s+own\\s+money|any\\s+money\\s+of\\s+my\\s+own)\\b[^~]{0,40}\\b${PARTNER}\\b`),
  // "my son tries to get in between us when his dad goes for me".
  r('domestic_abuse', '\\b(?:dad|husband|partner|boyfriend|he|ex|stepdad|step\\s+dad)\\s+(?:goes|went|go|comes|came|flies|flew)\\s+for\\s+(?:me|mum|my\\s+mum|her|us)\\b(?!\\s+(?:a|an|the|walks?|runs?|drinks?|dinner|tea|lunch|it|coffee|pizza|chips|help|advice|that|this|in)\\b)(?<=\\b(?:in\\s+between|between\\s+us|scared|frightened|hides?|hiding|again|every\\s+time|when)\\b[^~]{0,60})'),
];

export const BLOWS_AND_PUSHES: readonly Rule[] = [
  // A parent's own blow told with shame: "i lost my temper and hit him much harder than i meant to and it left a mark".
  r('harm_from_others', '\\b(?:i|ive|i\\s+have)\\s+(?:\\w+\\s+){0,4}?(?:hit|smacked|slapped|hurt|grabbed|shook|pushed|shoved)\\s+(?:him|her|them|my\\s+(?:son|daughter|child|boy|girl|kids?))\\b(?![^~]{0,20}\\b(?:ball|bat|racket|snowball|pillow|game|cricket|tennis|rounders|football)\\b)[^~]{0,50}\\b(?:left\\s+(?:a\\s+)?(?:mark|bruise)s?|harder\\s+than\\s+i\\s+(?:meant|wanted)|im\\s+ashamed)\\b'),
  // Staff pushing or pinning a person down: "staff push me on the floor".
  r('harm_from_others', '\\b(?:staff|carers?|support\\s+workers?|workers?|teachers?|nurses?)\\s+(?:push|pushed|pushes|shove|shoves|shoved|throw|threw|drag|drags|dragged|pin|pins|pinned|sit\\s+on|sat\\s+on)\\s+(?:me|him|her|us)\\s+(?:on|onto|to|down\\s+on|against|into)\\s+(?:the\\s+)?(?:floor|ground|wall|bed)\\b'),
  // Aids or things snatched again: "my hearing aids got snatched and thrown over the fence again", "having her hearing aids
  // snatched out and thrown around the classroom. Three times this week".
  r('bullying', '\\b(?:(?:having|had|has|have|getting|gets|get|got)\\s+)?(?:my|his|her)\\s+(?:hearing\\s+aids?|glasses|wheelchair|walking\\s+(?:stick|frame)|crutches|communication\\s+(?:aid|book|device)|talker)\\s+(?:(?<=\\b(?:having|had|has|have|getting|gets|get|got)\\s+\\w+\\s+(?:hearing\\s+aids?|glasses|wheelchair|walking\\s+(?:stick|frame)|crutches|communication\\s+(?:aid|book|device)|talker)\\s+)|(?:got|get|gets|was|were|keep\\s+getting|keeps\\s+getting)\\s+)(?:snatched|grabbed|nicked|taken|thrown|hidden|kicked)\\b[^~]{0,50}\\b(?:again|every\\s+(?:day|week|time)|\\w+\\s+times?\\s+this\\s+(?:term|week|year))\\b'),
];

export const WANT_TO_STOP: readonly Rule[] = [
  // "i dont want to grow up i want to stop".
  r('self_harm_or_suicide', '\\bdont\\s+want\\s+to\\s+grow\\s+up\\b[^~]{0,20}\\bi\\s+(?:just\\s+)?want\\s+(?:to\\s+stop|it\\s+(?:all\\s+)?to\\s+(?:stop|end)|to\\s+not\\s+be\\s+here)(?=\\s*$)'),
  // "every one be happy if im gon", "they would all be happier when im gone".
  r('self_harm_or_suicide', '\\b(?:every\\s*one|everybody|they|mum|my\\s+family|people)\\s+(?:would\\s+|will\\s+|wud\\s+|all\\s+)*(?:be\\s+)?(?:happy|happier|better\\s+off)\\s+(?:if|when)\\s+(?:im|i\\s+am|i\\s+was|i\\s+were)\\s+(?:gon|gone|dead|not\\s+here|not\\s+around)\\b(?!\\s+(?:to|for|on|away|out|home|back)\\b)'),
  // Medicines swallowed on purpose: "he tried to swallow a load of them" with medicines in the message.
  r('self_harm_or_suicide', '(?<=\\b(?:tablets?|pills?|medicines?|meds|paracetamol|medication|ibuprofen)\\b[^~]*)\\b(?:tried|try|tries|trying)\\s+to\\s+(?:swallow|take|down)\\s+(?:a\\s+load|loads|lots|a\\s+lot|all|handfuls?|a\\s+handful|a\\s+bunch|the\\s+whole\\s+(?:box|packet|bottle))\\s+(?:of\\s+)?(?:them|it|the\\s+\\w+|my\\s+\\w+|his\\s+\\w+|her\\s+\\w+)\\b|\\b(?:tried|try|tries|trying)\\s+to\\s+(?:swallow|take|down)\\s+(?:a\\s+load|loads|lots|a\\s+lot|all|handfuls?|a\\s+handful|the\\s+whole\\s+(?:box|packet|bottle))\\s+of\\s+(?:them\\s+)?(?:tablets|pills|medicines?|meds|paracetamol|medication)\\b'),
];

const YOUNG = '(?:1[0-5]|[89]|twelve|thirteen|fourteen|fifteen)';
const GROWN = '(?:19|[2-5]\\d|twenty\\w*|thirty\\w*|forty\\w*)';

export const TOO_OLD_TOO_YOUNG: readonly Rule[] = [
  // "an older boyfriend, hes 28, shes 14"; either order.
  r('sexual_abuse', `\\b(?:boyfriend|man|bloke|guy|fella)\\b[^~]{0,40}\\b(?:hes|he\\s+is|whos|who\\s+is)\\s+(?:like\\s+)?${GROWN}\\b[^~]{0,20}\\b(?:shes|she\\s+is|im|i\\s+am|hes\\s+only|he\\s+is\\s+only)\\s+(?:only\\s+)?${YOUNG}\\b|\\b(?:shes|she\\s+is|im|i\\s+am)\\s+(?:only\\s+)?${YOUNG}\\b[^~]{0,30}\\b(?:boyfriend|man|bloke|guy|fella)\\b[^~]{0,20}\\b(?:hes|he\\s+is|whos|who\\s+is|is)\\s+(?:like\\s+)?${GROWN}\\b`),
];

export const MARRIAGE_ARRANGED: readonly Rule[] = [
  // "my husbands family is arranging her marriage in pakistan next year and shes only 16".
  r('other', '\\b(?:arrang\\w*|planning|sorting|organising|organizing|fixing)\\s+(?:a\\s+|her\\s+|his\\s+|my\\s+)?(?:marriage|wedding)\\b[^~]{0,60}\\b(?:(?:shes|hes|im|she\\s+is|he\\s+is|i\\s+am)\\s+(?:only\\s+)?(?:1[0-7]|[89]|thirteen|fourteen|fifteen|sixteen|seventeen)|(?:she|he|i)\\s+(?:dont|doesnt)\\s+want\\s+(?:it|to)|too\\s+young)\\b'),
];

export const TIMES_AND_PLACES: readonly Rule[] = [
  // A hidden phone of bare orders: "he hides a second phone and gets texts that are just times and places".
  r('exploitation', '\\b(?:second|another|secret|other|burner|new)\\s+phone\\b[^~]{0,60}\\b(?:times\\s+and\\s+places|places\\s+and\\s+times|addresses|postcodes|just\\s+(?:times|numbers|places))\\b'),
  // Called out late and scared: "someone rings my son late at night and he goes out looking scared".
  r('exploitation', '\\b(?:rings?|calls?|phones?|texts?|messages?)\\s+(?:me|him|her|my\\s+(?:son|daughter|boy|girl))\\s+(?:late\\s+at\\s+night|at\\s+night|in\\s+the\\s+night|at\\s+\\d+\\s*am)\\s+and\\s+(?:then\\s+)?(?:i|he|she)\\s+(?:goes|go|went|has\\s+to\\s+go|have\\s+to\\s+go)\\s+out\\b[^~]{0,20}\\b(?:scared|frightened|shaking|worried|upset)\\b'),
];

export const PICTURES_NOT_WANTED: readonly Rule[] = [
  // "he sends me pictures and words i dont like".
  r('sexual_abuse', '\\b(?:sends?|sent|sending|shows?|showed|showing)\\s+me\\s+(?:pictures?|pics|photos?|videos?|images?)(?:\\s+(?:and|of)\\s+\\w+)?\\s+(?:that\\s+|which\\s+)?i\\s+(?:dont|do\\s+not|didnt|did\\s+not)\\s+(?:like|want)\\b'),
];
