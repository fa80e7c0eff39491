import { firm, HARM_DOING, HOME_ADULT as GROWN_UP_AT_HOME, NOT_AN_ORDINARY_FEAR, type Rule } from './shared';

/**
 * The people close to a child or young adult who look after them, teach them or live with them: the
 * ones who help are the ones who can hurt. "my key worker" is never read as the plan's own helper here.
 * A parent is left to the older families, which tell harm to the child from harm between the adults.
 */
const CLOSE =
  '(?:key\\s+worker|keyworker|support\\s+worker|care\\s+worker|carers?|personal\\s+assistant|pa|foster\\s+(?:carer|mum|dad|parents?)|respite\\s+(?:worker|carer|staff)|residential\\s+worker|house\\s+parent|social\\s+worker|childminder|babysitter|escort|taxi\\s+driver|ta|teaching\\s+assistant|1\\s+1|one\\s+to\\s+one|coach|tutor|instructor|teacher|step\\s*(?:dad|mum|brother|sister)|uncle|aunt|auntie|grandad|grandpa|cousin|mums\\s+(?:boyfriend|partner)|dads\\s+(?:girlfriend|partner)|lodger)';
/**
 * Bus drivers, drivers and neighbours: fear of them is often of how they drive or shout at a dog ("im scared of the bus
 * driver he drives fast"), so they count only with harm said beside it (the last rule), never on fear alone. A taxi
 * driver or an escort taking a child to school alone is close, as a carer is ("hes scared of his taxi driver").
 */
const NEAR = `(?:${CLOSE.slice(3, -1)}|bus\\s+driver|driver|neighbour)`;
/** Whose: "my", "his", "her", "the", "our", "their", "a". */
const WHOSE = '(?:my|his|her|their|our|the|a|new)\\s+(?:new\\s+)?';
/** Afraid of someone, or not safe with them, said of oneself or of the child a parent tells of. */
const AFRAID = '(?:scared|frightened|afraid|terrified|petrified)';
/** Fear of being found out or told off ("scared of my teacher finding out", "afraid of my mum seeing my report"): no harm. */
const NOT_TOLD_OFF = '(?!\\s+(?:finding|seeing|knowing|reading|hearing|telling|asking|being\\s+(?:cross|angry|upset|disappointed|mad)|getting\\s+(?:cross|angry|mad)|shouting\\s+at\\s+me\\s+for|if\\s+i|when\\s+i\\s+(?:get|got|forget|lose))\\b)';

/** Their helper gone or away ("i dont feel safe with my key worker gone"): missing help, not fear of the helper. */
const NOT_GONE = '(?!\\s+(?:gone|away|off\\s+sick|off|leaving|not\\s+there|not\\s+here|being\\s+(?:off|away|gone)|changing))';

/** Wetting or soiling oneself or the bed. */
const WETS = '(?:wets|wet|wetting|soils|soiled|soiling|pees|wees)\\s+(?:himself|herself|myself|themselves|themself|the\\s+bed|his\\s+pants|her\\s+pants|my\\s+pants)';
/** A grown-up the child lives with or sees at home, a parent included, with whose ("his dad", "my step mum"). */
const HOME_ADULT = `(?:his|her|their|my|our)\\s+${GROWN_UP_AT_HOME}\\b`;
/**
 * Fear of losing them or of what they will do about something ("scared of his dad leaving", "... dad going to work");
 * never their harm or temper ("scared of his dad shouting").
 */
const NOT_A_LOSS = `(?!\\s+(?!${HARM_DOING}\\b)(?:\\w+ing|not|ever|might|will|would|could|s\\s+\\w+)\\b)`;

/**
 * Fear of someone close, or not feeling safe with them: "i dont feel safe with my key worker", "im
 * scared of my key worker", "i dont like being alone with my carer, he scares me". Words ordinary talk
 * about a helper does not use, so the classifier's doubt does not overrule them. A teacher is read only
 * with "not safe" or "alone with": being scared of a strict teacher is everyday school talk.
 */
export const FEAR_OF_SOMEONE_CLOSE: readonly Rule[] = [
  firm(
    'harm_from_others',
    `\\b(?:(?:dont|do\\s+not|doesnt|does\\s+not|never|cant|cannot)\\s+feel\\s+(?:very\\s+|really\\s+|completely\\s+)?safe|(?:am|im|i\\s+m|is|hes|shes|feel|feels)\\s+(?:not|never)\\s+(?:very\\s+|really\\s+)?safe|(?:feel|feels|am|im|is|hes|shes)\\s+unsafe)\\s+(?:with|around|near|when\\s+(?:im|i\\s+am|hes|shes)\\s+with)\\s+${WHOSE}${CLOSE}\\b${NOT_GONE}`,
  ),
  firm(
    'harm_from_others',
    `\\b(?:im|i\\s+am|i\\s+m|i\\s+get|i\\s+feel|hes|shes|he\\s+is|she\\s+is|he\\s+gets|she\\s+gets|theyre|they\\s+are)\\s+(?:so\\s+|really\\s+|very\\s+|a\\s+bit\\s+|quite\\s+|always\\s+|too\\s+)?${AFRAID}\\s+(?:of|around)\\s+${WHOSE}(?!teacher\\b)${CLOSE}\\b${NOT_TOLD_OFF}${NOT_AN_ORDINARY_FEAR}`,
  ),
  firm(
    'harm_from_others',
    `\\b${WHOSE}(?!teacher\\b)${CLOSE}\\s+(?:really\\s+|kind\\s+of\\s+|sort\\s+of\\s+|always\\s+|sometimes\\s+)?(?:scares|frightens)\\s+(?:me|him|her|us)\\b(?!\\s+(?:with\\s+(?:stories|jokes|films)|for\\s+a\\s+laugh|when\\s+(?:he|she)\\s+(?:jumps|hides)))`,
  ),
  // Not wanting to be alone with someone close, and why: "i dont like being alone with my carer, he scares me".
  firm(
    'harm_from_others',
    `\\b(?:dont|do\\s+not|doesnt|does\\s+not|hate|hates|never\\s+want\\s+to\\s+be|dont\\s+want\\s+to\\s+be|doesnt\\s+want\\s+to\\s+be)\\s+(?:like\\s+|want\\s+)?(?:being\\s+|to\\s+be\\s+)?(?:left\\s+)?(?:alone|on\\s+my\\s+own|on\\s+(?:his|her)\\s+own)\\s+with\\s+${WHOSE}${NEAR}\\b[^~]{0,40}\\b(?:scares|frightens|hurts|touches|shouts\\s+at|grabs|hits)\\s+(?:me|him|her|us)\\b`,
  ),
  // A child wetting or soiling from fear of a grown-up at home, either way round: "he wets himself because hes scared of
  // his dad", "shes that scared of her step dad she wets the bed". A bodily sign of fear a lead acts on, a parent included.
  firm(
    'harm_from_others',
    `\\b${WETS}\\b[^~]{0,30}?\\b(?:because|cos|cuz|as|since|when|whenever)\\s+(?:hes|shes|he\\s+is|she\\s+is|im|i\\s+am|he\\s+gets|she\\s+gets|i\\s+get)\\s+(?:so\\s+|really\\s+|very\\s+|that\\s+)?${AFRAID}\\s+of\\s+${HOME_ADULT}${NOT_A_LOSS}|\\b${AFRAID}\\s+of\\s+${HOME_ADULT}${NOT_A_LOSS}[^~]{0,30}?\\b${WETS}\\b`,
  ),
];
