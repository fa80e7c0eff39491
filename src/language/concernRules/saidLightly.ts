import { firm, saidAsNormal, type Rule } from './shared';

/**
 * Harm said lightly or in passing: a threat over something small that the speaker then says is
 * meant ("mum will kill me if i get another detention and shes not joking"), a grown-up at home
 * who drinks or uses drugs, told as a worry ("im worried about my mum she drinks a lot"), and what a
 * hope would bring that tells of someone ("id feel free of him", "i wouldnt have to wait for him to
 * finish with me"). Each needs the person and the sign together, so a threat said in fun, tea drunk
 * a lot, pills for a heart, or "free to go out on my own" are left alone.
 */

/** Who may threaten: a grown-up or anyone named, or "he", "she", "they" (never a thing: "this homework will kill me"). */
const THREATENER =
  '(?:mum|mam|mom|mummy|dad|daddy|step\\s*(?:dad|mum)|mums\\s+(?:boyfriend|partner)|dads\\s+(?:girlfriend|partner)|parents|nan|gran|grandad|grandma|uncle|aunt|auntie|carer|brother|sister|boyfriend|girlfriend|he|she|they|hell|shell|theyll|hed|shed|theyd)';

/** A threat to hurt the one speaking: "will kill me", "said hed batter me", "is going to beat us". */
const THREAT = `\\b${THREATENER}\\s+(?:\\w+\\s+){0,2}?(?:(?:will|would|is\\s+going\\s+to|are\\s+going\\s+to|gonna|going\\s+to)\\s+)?(?:actually\\s+|literally\\s+|properly\\s+|seriously\\s+)?(?:kill|murder|strangle|skin|batter|beat|hurt|hit|smack|belt|leather|thump|knock\\s+me\\s+out)\\s+(?:me|us)\\b`;

/** Said to be meant, or done before: "shes not joking", "he means it", "she will actually", "last time she did". */
export const THREAT_SAID_MEANT =
  '(?:(?:not|isnt|wasnt|aint|arent|werent)\\s+(?:even\\s+|just\\s+)?(?:joking|kidding|messing)|(?:she|he|they|mum|dad)\\s+(?:really\\s+|actually\\s+|totally\\s+)?(?:means|meant|mean)\\s+it|(?:she|he|they|shell|hell|theyll)\\s+(?:will\\s+|would\\s+|d\\s+)?(?:actually|really|defo|definitely)\\s+(?:will|would|do\\s+it|does|did)|(?:she|he|they|shell|hell|theyll|shed|hed|theyd)\\s+(?:will|would)\\s+(?:actually|really|defo|definitely)\\b|last\\s+time\\s+(?:she|he|they|i)\\b|(?:she|he|they)\\s*(?:s|has|have|ve)?\\s+(?:done|did)\\s+it\\s+before|(?:shes|hes|theyre|she\\s+is|he\\s+is|they\\s+are)\\s+(?:dead\\s+|deadly\\s+|being\\s+)?serious|(?:its|it\\s+is|thats)\\s+(?:no|not\\s+a)\\s+joke)';

export const THREAT_MEANT: readonly Rule[] = [
  // "mum will kill me if i get another detention and shes not joking": said as a joke-phrase, then said to be meant. The
  // rule's own "not joking" would read as a joke around it (concernCues), so a joke beside it does not set it aside.
  // A threat over a boyfriend or the family's name is so-called honour-based abuse: the families that read it name it.
  saidAsNormal('harm_from_others', `^(?![^]*\\b(?:boyfriend|girlfriend|shame\\w*|shaming|honou?r)\\b)[^]*?${THREAT}[^~]{0,80}\\b${THREAT_SAID_MEANT}|\\b${THREAT_SAID_MEANT}\\b[^~]{0,30}${THREAT}`),
];

/** A grown-up a young person lives with or is looked after by. */
const CARER =
  '(?:mum|mam|mom|mummy|dad|daddy|step\\s*(?:dad|mum)|mums\\s+(?:boyfriend|partner|husband)|dads\\s+(?:girlfriend|partner|wife)|parents|nan|nana|gran|grandad|grandma|carers?|foster\\s+(?:carer|mum|dad)|uncle|aunt|auntie)';

/** Drink or a drug, never what a drink is of ("a lot of tea", "loads of coffee") nor pills for an illness. */
const DRUG = '(?:drugs|weed|crack|heroin|smack|coke|cocaine|spice|ket|ketamine|meth)';
const USES =
  '(?:drinks\\s+(?:a\\s+lot|loads|so\\s+much|too\\s+much|all\\s+the\\s+time|all\\s+day|every\\s+(?:day|night)|heavily|constantly)\\b(?!\\s+(?:of\\s+(?!(?:wine|vodka|beer|cans|cider|gin|alcohol|booze|whisky|lager|rum|spirits)\\b)|tea|coffee|water|milk|juice|squash|pop|fizzy|diet|energy|lucozade|red\\s+bull))' +
  '|(?:is|s|are|re|has\\s+been|keeps|started|been)\\s+drinking\\s+(?:again|a\\s+lot|too\\s+much|every\\s+(?:day|night)|all\\s+(?:day|the\\s+time)|in\\s+the\\s+mornings?)' +
  '|(?:is|s|are|re|gets|get)\\s+(?:always|usually|often|constantly|mostly)\\s+(?:drunk|wasted|smashed|high|stoned|off\\s+(?:her|his|their)\\s+face)' +
  '|(?:is|s|are|re|gets|get)\\s+(?:drunk|wasted|smashed|high|stoned)\\s+(?:all\\s+the\\s+time|every\\s+(?:day|night|morning)|most\\s+(?:days|nights)|again|when\\s+(?:we|i)\\s+(?:get|got|come|came)\\s+(?:home|back|in)|in\\s+the\\s+mornings?|before\\s+(?:school|lunch|dinner))' +
  '|(?:comes|came)\\s+home\\s+(?:drunk|wasted|smashed|high|stoned)\\b(?![^~]{0,30}\\b(?:party|wedding|christmas|work\\s+do|birthday|stag|hen)\\b)' +
  `|(?:does|do|did|doing|takes|take|took|taking|uses|use|using|smokes|smoke|smoking|sells|deals|injects)\\s+${DRUG}\\b(?!\\s+(?:tests?|testing|awareness|education|counsell\\w*|workers?|programmes?|dogs?))` +
  `|(?:is|s|are|re)\\s+(?:always\\s+|still\\s+)?on\\s+(?:drugs|crack|heroin|smack|spice|coke|meth|the\\s+drink|the\\s+booze)` +
  '|(?:is|s|are|re)\\s+(?:an?\\s+)?(?:alcoholic|alcoholics|addict|addicts|junkie|druggie|crackhead|smackhead|drunk)\\b(?!\\s+(?:driver|bloke|man|woman)\\b)' +
  '|drinks\\s+(?:till|until)\\s+(?:she|he|they)\\s+(?:passes|pass|passed|falls|fall)\\s+(?:out|asleep)|(?:is|s|are|re)\\s+never\\s+sober' +
  '|(?:cant|cannot|can\\s+not)\\s+stop\\s+drinking)';

/** Hurt or fighting told beside it. */
const HURT_BESIDE = '(?:hits?|hitting|hurts?|hurting|starts\\s+on|banging|kicks?|kicking|punch\\w*|slap\\w*|split|beats?|beating|throws?\\s+(?:things|stuff)|smash\\w*|(?:shouts?|screams?)\\s+at)';

export const CARER_DRINKS_OR_USES: readonly Rule[] = [
  // "im worried about my mum she drinks a lot", "mums boyfriend does drugs in the house", "i think my mum is an alcoholic".
  // Never a grown-up who used to ("used to drink too much but she stopped"): that is past, and "used to" reads no USES.
  // Hurt told beside the drinking ("comes home drunk and starts on me") is what the message is about: the families that
  // read hurt name it.
  firm('neglect', `^(?![^]*\\b${HURT_BESIDE}\\b)[^]*?\\b${CARER}\\b(?:\\s+(?:she|he|they))?\\s+(?:(?:always|still|just|really|never\\s+stops|now)\\s+)*${USES}`),
];

/** Who one would be free of: a person, never a thing ("free of my splints", "free from pain"). */
const FREED_FROM = `(?:him|her|(?:my|his|her)\\s+(?:${CARER}|brother|boyfriend|girlfriend|ex|partner|husband|wife|cousin))`;

export const FREE_OF_SOMEONE: readonly Rule[] = [
  // "id feel free of him", "id be free of my step dad at last": freedom from a person, said as the whole of it. Not
  // "free of my brother nicking my stuff" (what he does, said) nor "free to go out on my own".
  firm('harm_from_others', `\\b(?:feel|be|get|am|was|finally)\\s+(?:\\w+\\s+)?free\\s+(?:of|from)\\s+${FREED_FROM}(?=\\s*$|\\s+(?:at\\s+last|finally|for\\s+good|forever|for\\s+once|properly|completely|and\\s+(?:what|the\\s+way)\\s+(?:he|she)|and\\s+(?:his|her)\\s+(?:hands|temper|drinking))\\b)`),
];

/** Someone whose work keeps a person a while ("the physio keeps me until shes done with me"). */
const NOT_BY_A_PROFESSIONAL =
  '(?<!\\b(?:physio|physiotherapist|nurse|doctor|dentist|teacher|tutor|hairdresser|barber|ot|therapist|optician|assessor|examiner|instructor|coach|mechanic)\\b[^~]{0,60})';

export const WAIT_TILL_DONE: readonly Rule[] = [
  // "i wouldnt have to wait for him to finish with me", "i have to wait in his room till hes finished with me": made to
  // wait while someone is done with one's body. Not "sad if he finished with me" (a break-up), which has no waiting.
  firm('sexual_abuse', `${NOT_BY_A_PROFESSIONAL}\\b(?:wait|waits|waiting|waited|stay|stays|staying|lie|lay|lying|sit|sitting)\\s+(?:(?:in|on)\\s+(?:his|her|their|the)\\s+(?:room|bed|car|van|lap|sofa|flat)\\s+)?(?:for|till|until|while)\\s+(?:him|her|them|he|she|they|hes|shes|theyre)\\s+(?:to\\s+|is\\s+|s\\s+|has\\s+|have\\s+|are\\s+|re\\s+)?(?:finish|finishes|finished|done|get\\s+done|gets\\s+done)\\s+with\\s+me\\b`),
];

/** This file's families, by name. */
export const SAID_LIGHTLY_FAMILIES = {
  threatMeant: THREAT_MEANT,
  carerDrinksOrUses: CARER_DRINKS_OR_USES,
  freeOfSomeone: FREE_OF_SOMEONE,
  waitTillDone: WAIT_TILL_DONE,
};
