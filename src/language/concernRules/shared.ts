import type { ConcernCategory } from '../concernCategories';

/** Building blocks (on concernText output: lower case, no apostrophes, single spaces). */
export const ME = '(?:me|us|my\\s+(?:face|head|body|arm|arms|leg|legs|back|neck|stomach|tummy|belly)|my\\s+little\\s+(?:brother|sister)|my\\s+(?:brother|sister))';
export const HIT =
  '(?:hit|hits|hitting|hitted|hittin|beat|beats|beating|beaten|beatin|punch|punches|punched|punching|kick|kicks|kicked|kicking|slap|slaps|slapped|slapping|smack|smacks|smacked|smacking|thump|thumps|thumped|whack|whacks|whacked|batter|batters|battered|strangle|strangles|strangled|strangling|choke|chokes|choked|choking|shake|shakes|shook|bite|bites|bit|burn|burns|burnt|burned|attack|attacks|attacked|hurt|hurts|hurting|harm|harms|harmed|push|pushes|pushed|shove|shoves|shoved|grab|grabs|grabbed|drag|drags|dragged|throttle|throttled|stab|stabs|stabbed|whip|whips|whipped|belt|belts|belted|cane|caned|spank|spanks|spanked|abuse|abuses|abused|abusing|threaten|threatens|threatened|threatening|boot|boots|booted|stamp|stamps|stamped|headbutt|headbutts|headbutted|elbow|elbows|elbowed|kneed|knees|bash|bashes|bashed|wallop|walloped|leather|leathers|leathered|thrash|thrashes|thrashed|scald|scalds|scalded)';
export const ADULT =
  '(?:dad|mum|step\\s+dad|step\\s+mum|parents?|mums\\s+(?:boyfriend|partner|husband)|dads\\s+(?:girlfriend|partner|wife)|uncle|aunt|auntie|grandad|grandpa|grandma|granny|nan|nana|gran|carer|carers|foster\\s+(?:carer|mum|dad|parents?)|teacher|teachers|coach|tutor|babysitter|neighbour|a\\s+man|a\\s+woman|an\\s+adult|adults|man|men|boyfriend|girlfriend|partner|brother|sister|cousin|someone|somebody|he|she|they|them|people|stepbrother|step\\s+brother|husband|wife|guardian)';
export const HOME = '(?:home|house|at\\s+home|my\\s+house|our\\s+house|my\\s+flat|our\\s+flat)';
export const PEERS =
  '(?:kids|children|boys|girls|students|pupils|people\\s+in\\s+my\\s+(?:class|year|school|form)|people\\s+at\\s+(?:school|college)|everyone|others|the\\s+others|year\\s+\\d+s|older\\s+kids|other\\s+kids|my\\s+class|classmates|friends|mates|they|them|people)';

/** Everyday trouble a threat "in fun" is about ("kill me if i get detention again", "if i lose my phone"). */
export const EVERYDAY_TROUBLE =
  '(?:report|detention|grades?|results?|tattoo|piercing|makeup|make\\s+up|room|phone|mud|carpet|car|film|spoil\\w*|lose|lost|win|late|mess|broke|break|haircut|hair|clothes|jumper|bill|homework|exam|test|score|shotgun|game|match|lol|haha|joking)';

/** A grown-up a child lives with or sees at home, a parent included (without "his", "my"). */
export const HOME_ADULT =
  '(?:dad|daddy|mum|mummy|step\\s*(?:dad|mum|father|mother)|mums\\s+(?:boyfriend|partner|husband)|dads\\s+(?:girlfriend|partner|wife)|uncle|grandad|grandpa|lodger|foster\\s+(?:dad|mum|carer))';

/** Words of harm or temper told of someone ("he bruised his arm", "she slaps him", "he throws things", "when hes drunk"). */
const HARM_WORDS =
  '(?:hit\\w*|hurt\\w*|bruis\\w*|kick\\w*|slap\\w*|punch\\w*|smack\\w*|thump\\w*|whack\\w*|beat|beats|beating|beaten|throw\\w*|threw|thrown|chuck\\w*|shov\\w*|push\\w*|grab\\w*|drag\\w*|pinch\\w*|bite|bites|biting|burn\\w*|chok\\w*|strangl\\w*|shout\\w*|yell\\w*|scream\\w*|angry|cross|mad|drunk|rough|mean|nasty|touch\\w*|threat\\w*|kill\\w*|punish\\w*|locks?|locked)';

/** Someone doing harm, as an "-ing" word after fear of them ("scared of his dad shouting", "of her step dad hitting mum"). */
export const HARM_DOING =
  '(?:hitting|hurting|kicking|slapping|punching|smacking|thumping|whacking|beating|throwing|chucking|shoving|pushing|grabbing|dragging|pinching|biting|burning|choking|strangling|shouting|yelling|screaming|drinking|fighting|touching|threatening|swearing)';

/**
 * After fear of someone: an everyday reason for a young child's fear, with no harm said ("scared of his grandad since
 * he had a stroke", "of his uncle because he has a beard", "because she doesnt see him much"). A negative lookahead;
 * never with harm said after it ("because he is new, he bruised his arm").
 */
export const NOT_AN_ORDINARY_FEAR =
  `(?![^~]{0,15}\\b(?:because|cos|cuz|since|as)\\b(?![^~]*\\b${HARM_WORDS}\\b)[^~]{0,40}\\b(?:beard|moustache|stroke|wheelchair|glasses|hearing\\s+aids?|oxygen|tubes?|looks?\\s+different|doesnt\\s+see\\s+(?:him|her|them)\\s+(?:much|often|very\\s+often)|(?:only|just)\\s+met|never\\s+met|hasnt\\s+seen|not\\s+seen|is\\s+new|s\\s+new|(?:is|s)\\s+(?:so\\s+|really\\s+|very\\s+)?tall|deep\\s+voice|mask|costume|poorly|in\\s+hospital)\\b)`;

export interface Rule {
  category: ConcernCategory;
  re: RegExp;
  /**
   * The rule reads a wish ("i want to protect my mum from her boyfriend"): the words that make a
   * hope ordinary ("one day", "when im older") do not make it so.
   */
  wish?: boolean;
  /**
   * The rule reads words that ordinary talk does not use ("no food since sunday", "how many tablets
   * it would take"): the classifier's doubt alone does not overrule it; a lesson, a joke or an
   * accident around it still can.
   */
  firm?: boolean;
  /**
   * The rule reads being used or controlled, which is often told as if normal ("lol", "its fine now",
   * "she looks after me"): a joke or "it's sorted" beside it does not make the message ordinary.
   */
  saidAsNormal?: boolean;
}

export function r(category: ConcernCategory, source: string): Rule {
  return { category, re: new RegExp(source) };
}

/** A rule that reads a wish (see Rule.wish). */
export function wish(category: ConcernCategory, source: string): Rule {
  return { category, re: new RegExp(source), wish: true };
}

/** A rule the classifier's doubt alone does not overrule (see Rule.firm). */
export function firm(category: ConcernCategory, source: string): Rule {
  return { category, re: new RegExp(source), firm: true };
}

/**
 * A rule that reads something often told as if normal ("lol", "its fine"): firm, and a joke or
 * "it's sorted" beside it does not make the message ordinary (see Rule.saidAsNormal).
 */
export function saidAsNormal(category: ConcernCategory, source: string): Rule {
  return { category, re: new RegExp(source), firm: true, saidAsNormal: true };
}

/**
 * Joins groups of rule families in order. A family name given twice would silently replace the
 * earlier family (object spread keeps the last), so its rules would never run: throw at load instead.
 */
export function joinFamilies(...groups: readonly Readonly<Record<string, readonly Rule[]>>[]): Readonly<Record<string, readonly Rule[]>> {
  const joined: Record<string, readonly Rule[]> = {};
  for (const group of groups) {
    for (const [name, rules] of Object.entries(group)) {
      if (Object.hasOwn(joined, name)) throw new Error(`Concern rule family "${name}" is defined twice`);
      joined[name] = rules;
    }
  }
  return joined;
}
