import { normaliseMessage } from './text';

/**
 * Possible disclosures of harm. The categories follow UK safeguarding practice; the bot's answer
 * is the same for all of them, the category helps the key worker.
 */
export const CONCERN_CATEGORIES = [
  'suicide',
  'self_harm',
  'sexual_abuse',
  'domestic_abuse',
  'harm_from_others',
  'neglect',
  'exploitation',
  'bullying',
] as const;
export type ConcernCategory = (typeof CONCERN_CATEGORIES)[number];

export interface Concern {
  concern: boolean;
  category: ConcernCategory | null;
}

/** Common misspellings and text-speak, rewritten before matching so one pattern covers them. */
const SPELLINGS: readonly [RegExp, string][] = [
  [/\bkms\b/g, 'kill myself'],
  [/\bkys\b/g, 'kill yourself'],
  [/\bunalive\b/g, 'kill'],
  [/\bsewerslide\b|\bsuicid\w*|\bsucide\w*|\bsuiside\w*|\bsuacide\w*/g, 'suicide'],
  [/\bmyslef\b|\bmyself\b|\bmy self\b|\bmeself\b|\bmysef\b/g, 'myself'],
  [/\b(?:hurt|hrt|hurts|hurting|hurted|hurtin)\b/g, 'hurt'],
  [/\b(?:hit|hits|hitting|hitted|hittin|beat|beats|beating|beaten|batters?|battered|punch\w*|kick\w*|slap\w*|smack\w*|chok\w*|strangl\w*|burn\w*|whip\w*|belt(?:ed|s)?)\b/g, 'hit'],
  [/\b(?:touch\w*|tuch\w*|fondl\w*|grop\w*)\b/g, 'touch'],
  [/\b(?:raped?|raping|rapist|sexually|sex|sexual|molest\w*|abus\w*|abuze\w*)\b/g, (m: string) => (/^(?:rape|raping|rapist|raped|molest)/.test(m) ? 'rape' : /^ab/.test(m) ? 'abuse' : 'sex')] as unknown as [RegExp, string],
  [/\b(?:dad|dads|father|stepdad|step dad|mum|mums|mom|moms|mother|stepmum|step mum|mam|nan|grandad|grandpa|brother|sister|uncle|auntie|aunt|cousin|carer|foster\w*|teacher|coach|boyfriend|girlfriend|bf|gf|partner|parents|family|someone|somebody|a man|a woman|he|she|they|them|people|older boys|older kids|gang|neighbour)\b/g, '$& PERSON'],
];

interface Rule {
  category: ConcernCategory;
  pattern: RegExp;
}

const RULES: readonly Rule[] = [
  { category: 'suicide', pattern: /\b(?:kill|end|take)\s+(?:myself|my life|my own life|it all)\b|\bsuicide\b|\b(?:want|wanna|going|gonna|wish|rather)\s+(?:to\s+)?(?:be\s+)?(?:die|dead)\b|\bwish i (?:was|were|wasnt) (?:dead|never born|here|alive)\b|\bbetter off (?:dead|without me)\b|\bno point (?:in )?(?:living|being alive|going on)\b|\bdont want to (?:be alive|live|be here anymore|exist|wake up)\b|\bend (?:it|things)\b.*\b(?:tonight|soon|today)\b|\bnot be here any ?more\b|\bcant go on\b/ },
  { category: 'self_harm', pattern: /\b(?:cut|cutting|cuts|scratch\w*|hurt|hit|starv\w*)\s+(?:myself|my (?:arms?|wrists?|legs?|skin|self))\b|\bself ?harm\w*\b|\bharm(?:ing)? myself\b|\bmake myself (?:sick|bleed|throw up)\b|\bblades?\b.*\bmyself\b|\bi (?:cut|burn|hit)\b(?! the| a | my (?:hair|food|nails))/ },
  { category: 'sexual_abuse', pattern: /\brape\b|\b(?:PERSON|he|she|they)\b.*\btouch\b.*\b(?:me|my (?:private|body|bum|chest|boobs|willy|privates))\b|\btouch\b.*\bmy (?:private|privates|bum|chest|boobs|willy|body)\b|\bmade me (?:touch|do sex|take (?:my )?clothes off|send (?:nudes|pics|pictures|photos))\b|\b(?:sex|abuse)\b.*\b(?:me|i was|happened)\b|\bsend (?:him|her|them) (?:nudes|naked)\b|\bnudes\b/ },
  { category: 'domestic_abuse', pattern: /\b(?:mum|mom|mam|dad|stepdad|mother|father|parents)\b[^.]{0,40}\b(?:hit|fight\w*|scream\w*|shout\w*)\b[^.]{0,30}\b(?:mum|mom|mam|dad|each other|her|him)\b|\bdomestic (?:abuse|violence)\b|\b(?:he|dad|stepdad)\b[^.]{0,20}\bhit\b[^.]{0,10}\b(?:my )?mum\b|\bscared (?:of|when) (?:my )?(?:dad|stepdad|mum)\b.*\b(?:drunk|angry|shouts?)\b/ },
  { category: 'harm_from_others', pattern: /\bPERSON\b[^.]{0,40}\bhit\b[^.]{0,20}\b(?:me|us|my (?:face|head|back|sister|brother))\b|\b(?:hit|hurt|kick|attack\w*|threaten\w*)\s+me\b|\bhurt(?:s)? me\b|\bi(?:m| am) (?:scared|frightened|afraid|terrified) (?:of|to go) (?:PERSON\b|going home|home|my )|\bnot safe (?:at|in|going) home\b|\bdont feel safe\b|\bunsafe at home\b|\bleaves? (?:me )?(?:bruises?|marks?)\b|\bbruises?\b.*\b(?:from|because|gave)\b|\babuse\b|\blocked (?:me )?in\b.*\b(?:room|cupboard|shed)\b|\bthreaten\w* to (?:hurt|hit|kill)\b/ },
  { category: 'neglect', pattern: /\b(?:no|not enough|never (?:any|enough)|dont get|dont have)\s+(?:food|dinner|tea|breakfast|meals?)\b[^.]{0,30}(?:home|house|\bdays?\b|eat)|\bnot (?:been )?(?:fed|eaten)\b.*\b(?:days?|since)\b|\bhungry\b.*\b(?:all the time|every day|at home|no food)\b|\b(?:left|leaves?|leaving) (?:me )?(?:on my own|alone|home alone)\b.*\b(?:days?|nights?|weekend|all night)\b|\bnobody (?:looks after|feeds|cares for) me\b|\bno one (?:looks after|feeds|cares for|at home)\b|\bno (?:heating|electric|electricity|water) (?:at|in) (?:home|the house)\b|\bsame clothes for (?:days|weeks)\b/ },
  { category: 'exploitation', pattern: /\b(?:older|some)\s+(?:boys|men|lads|people|guys|kids)\b.*\b(?:make|made|makes|pay|paid|give|gave)\s+me\b|\bcarry (?:stuff|packages|drugs|parcels|things) for\b|\bcounty lines\b|\b(?:made|make|makes) me (?:sell|carry|deliver|hold)\b|\bowe (?:them|him|her) money\b.*\b(?:hurt|or else|threat)\b|\bgave me (?:drugs|alcohol|money|phones?|trainers) (?:and|to|so)\b|\bmet (?:a man|someone|him|her) online\b.*\b(?:meet|secret|pictures)\b|\bkeep it (?:a )?secret\b/ },
  { category: 'bullying', pattern: /\b(?:bull(?:y|ied|ies|ying)|buly\w*|bulli\w*)\b|\b(?:they|people|kids|everyone|some (?:boys|girls))\b[^.]{0,30}\b(?:pick(?:s|ing)? on me|call(?:s|ing)? me names|laugh(?:s|ing)? at me|beat me up|push(?:es|ing)? me|hit me|spit on me)\b|\bpick(?:s|ing)? on me\b|\bcall(?:s|ing)? me (?:names|stupid|retard\w*|fat|ugly|thick)\b|\bbeat me up\b|\bgang up on me\b|\bnobody (?:talks|plays) (?:to|with) me\b.*\bschool\b/ },
];

/** Phrases that sound like harm but are ordinary talk ("this homework is killing me"). */
const HARMLESS = /\b(?:killing me|kills me|killed it|dying to|dying of laughter|die laughing|died laughing|to die for|hit the (?:ball|gym|road|target|books|sack|hay)|hit (?:a|the) (?:ball|drum|shot|note|button|high note|wall in a game)|kill (?:the|a) (?:game|boss|zombies?|monsters?|time)|killed (?:the|a) (?:boss|zombie|monster)|cut (?:my|the) (?:hair|nails|food|grass|paper|vegetables|veg)|cutting (?:my|the) (?:hair|nails|food|grass|paper|vegetables|veg)|hurt my (?:knee|ankle|foot|leg|arm|back|wrist|finger|toe|head) (?:playing|at|in|when|falling)|bored to death|scared of (?:the dark|spiders|dogs|heights|buses|loud)|fight(?:ing)? (?:in a game|on fortnite)|beat (?:him|her|them|my \w+) at)\b/;

/** Whether a message may be a disclosure of harm, and of which kind. High recall on purpose. */
export function detectConcern(text: string): Concern {
  let message = ` ${normaliseMessage(text)} `;
  if (message.trim().length < 3) return { concern: false, category: null };
  const harmless = HARMLESS.test(message);
  for (const [pattern, replacement] of SPELLINGS) {
    message = message.replace(pattern, replacement as string);
  }
  const folded = message.replace(/\bPERSON\b/g, '').replace(/\s+/g, ' ');
  for (const rule of RULES) {
    const hit = rule.pattern.test(message) || rule.pattern.test(folded);
    if (!hit) continue;
    // A harmless idiom only clears the message when nothing beyond it is alarming.
    if (harmless && !stillAlarming(HARMLESS_REMOVED(text))) continue;
    return { concern: true, category: rule.category };
  }
  return { concern: false, category: null };
}

function HARMLESS_REMOVED(text: string): string {
  return normaliseMessage(text).replace(new RegExp(HARMLESS.source, 'g'), ' ');
}

function stillAlarming(rest: string): boolean {
  let message = ` ${rest} `;
  for (const [pattern, replacement] of SPELLINGS) message = message.replace(pattern, replacement as string);
  return RULES.some((rule) => rule.pattern.test(message));
}
