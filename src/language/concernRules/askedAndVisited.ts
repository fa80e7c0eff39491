import { r, type Rule } from './shared';

/**
 * Sexual harm told without its usual words (written from train33's misses): money for sending
 * pictures, a picture asked for with no clothes on; an adult coming into a bedroom at night with
 * nightmares or a secret after it, or a man who is "different" when the other adult is asleep; a
 * private part hurt by someone. Each needs the part that makes it harm (money, no clothes, the
 * nightmares after, someone else did it), so pictures sold from a photo round, a parent saying
 * goodnight or a fall off a bike is left alone.
 */
const PICTURES = '(?:pics?|pictures?|picher\\w*|pitchers?|photos?|fotos?|videos?|selfies?)';
const UNDRESSED = '(?:with\\s+no\\s+(?:clothes|close|cloths|clothing|top|pants|knickers)|without\\s+(?:any\\s+|my\\s+|her\\s+|his\\s+)?(?:clothes|close|cloths|clothing|top|pants|knickers)|in\\s+(?:my|her|his)\\s+(?:underwear|pants|knickers|bra)|with\\s+(?:my|her|his)\\s+(?:top|clothes|shirt)\\s+off)';
const VISITOR = '(?:staff|man|uncle|grandad|grandpa|step\\s*dad|dad|carer|brother|cousin|lodger|neighbour|boyfriend|husband|he)';
const MEN_AT_HOME = '(?:grandad|grandpa|uncle|step\\s*dad|dad|lodger|husband|boyfriend|mums\\s+(?:boyfriend|partner)|cousin|brothers\\s+friend)';

export const PAID_FOR_PICTURES: readonly Rule[] = [
  // "sometimes i get money for sending pics to a guy".
  r('sexual_abuse', `\\b(?:get|gets|got|getting|given|paid|pays|pay|earn|earns|earned|give|gives|gave|sends?)\\s+(?:me\\s+)?(?:money|cash|credit|gift\\s+cards?|vapes|\\d+\\s*(?:quid|pounds)?)\\s+(?:for|to)\\s+(?:send|sending|sent)\\s+(?:him\\s+|her\\s+|them\\s+)?${PICTURES}\\b`),
  // "my friend on the phone want picture of me with no clothes".
  r('sexual_abuse', `\\b(?:want|wants|wanted|ask|asks|asked|asking|begs|begged|begging|told\\s+me\\s+to\\s+send|wants\\s+me\\s+to\\s+send|make\\s+me\\s+send|makes\\s+me\\s+send)\\s+(?:me\\s+)?(?:for\\s+)?(?:a\\s+|some\\s+|more\\s+)?${PICTURES}\\s+(?:of\\s+(?:me|myself|my\\s+body|her|him)\\s+)?${UNDRESSED}\\b`),
];

export const VISITS_AT_NIGHT: readonly Rule[] = [
  // "one of the night staff used to come into my room. i still have nightmares".
  r('sexual_abuse', `\\b${VISITOR}\\s+(?:\\w+\\s+){0,3}?(?:come|comes|came|coming|get|gets|got|climb\\w*|creep\\w*|sneak\\w*)\\s+(?:in\\s?to|in)\\s+(?:my|her|his)\\s+(?:room|bed|bedroom)\\b(?=[^~]{0,60}\\b(?:(?:i\\s+)?still\\s+(?:have|get)\\s+nightmares|(?:scared|frightened|terrified)\\s+of\\s+(?:him|her|them)|our\\s+secret|(?:dont|not\\s+to|never)\\s+tell|pretend\\w*\\s+(?:to\\s+be|im|i\\s+am)\\s+asleep|lock\\s+my\\s+door|touch\\w*\\s+me)\\b)`),
  // "i dont like the sleepovers at my nans any more. my grandads different when nans asleep".
  r('sexual_abuse', `\\b${MEN_AT_HOME}s?\\s+(?:is\\s+|s\\s+|gets\\s+|goes\\s+|acts\\s+)?(?:different|weird|strange|funny|creepy)\\s+when\\s+(?:my\\s+)?\\w+\\s+(?:is\\s+|s\\s+|are\\s+)?(?:asleep|in\\s+bed|out|at\\s+work|away)\\b(?![^~]{0,20}\\b(?:lets?\\s+us|more\\s+fun|funnier|relaxed|chilled|stricter|happier|nicer)\\b)(?:(?<=\\b(?:dont\\s+like|do\\s+not\\s+like|hate|scared|dont\\s+want\\s+to\\s+(?:go|stay|sleep)|uncomfortable)\\b[^~]*)|(?=[^~]*\\b(?:dont\\s+like|do\\s+not\\s+like|hate|scared|dont\\s+want\\s+to\\s+(?:go|stay|sleep)|uncomfortable)\\b))|\\b${MEN_AT_HOME}\\s+(?:wont|doesnt|will\\s+not|does\\s+not)\\s+leave\\s+(?:me|her|him)\\s+alone\\s+(?:at\\s+night|in\\s+(?:the\\s+)?(?:night|bed|my\\s+room)|when\\s+(?:\\w+\\s+){1,2}(?:asleep|out|at\\s+work))\\b`),
];

export const HURT_THERE: readonly Rule[] = [
  // "the man in the toilet at college hurt my privates".
  r('sexual_abuse', '\\b(?:man|men|he|she|they|boy|boys|uncle|grandad|dad|step\\s*dad|brother|cousin|staff|teacher|someone|somebody|carer|neighbour|lady|woman)\\s+(?:\\w+\\s+){0,6}?(?:hurt|hurts|hurted|hurting)\\s+(?:my|his|her)\\s+(?:privates|private\\s+parts?|down\\s+there|willy|vagina|penis|front\\s+bottom)\\b(?![^~]{0,30}\\b(?:fell|falling|bike|crossbar|playing|football|cricket|accident)\\b)'),
];

/** This file's families, by name, in the order they are read. */
export const ASKED_AND_VISITED_FAMILIES = { paidForPictures: PAID_FOR_PICTURES, visitsAtNight: VISITS_AT_NIGHT, hurtThere: HURT_THERE };
