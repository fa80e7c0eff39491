import { saidAsNormal, type Rule } from './shared';

/*
 * Child criminal exploitation told as a good deal: drugs, money or things given by someone for dropping "stuff" off,
 * delivering packages or "doing runs" ("theyre sound tho they give me weed n money for dropping stuff off", "i do drops
 * for my mates older brother he gives me money n trainers"), or nights away with older lads who give them things
 * ("i stay out all weekend with the lads from town, they look after me and give me stuff"). "They're sound" never
 * clears it. Not pocket money from family for a chore, a paper round, a job, a birthday present, nor a lift for a brother.
 * Read on the cleared concern text (lower case, no apostrophes, "n" as "and", single spaces).
 */

/** Drugs given: never an ordinary reward, whoever gives them. */
const DRUGS = '(?:free\\s+)?(?:weed|bud|drugs|gear|coke|cocaine|pills|ket|spice|crack|smoke)';
/** Anything given or paid: money, a sum, trainers, "stuff". */
const THING = `(?:${DRUGS}|money|cash|dough|p|quid|\\d+|a\\s+(?:tenner|fiver|score|ton|phone|new\\s+phone)|(?:some\\s+|free\\s+|new\\s+)?(?:money|cash|stuff|things|trainers|clothes|vapes?|fags|cigarettes|food|phones?|drink|booze|presents|gifts))`;
const THINGS = `${THING}(?:\\s+(?:and|or|plus|an)\\s+${THING}){0,3}`;
/** Given or paid something ("give me weed and money", "pays us 50", "i get free weed"). */
const GIVEN = `(?:(?:give|gives|gave|giving|pay|pays|paid|paying|buy|buys|bought|buying|bung|bungs|bunged|sort|sorts|sorted)\\s+(?:me|us)\\s+(?:out\\s+)?(?:with\\s+|in\\s+)?|(?:i|we)\\s+(?:get|gets|got|getting)\\s+(?:paid\\s+(?:in\\s+)?)?)${THINGS}`;
const GIVEN_DRUGS = `(?:(?:give|gives|gave|giving|pay|pays|paid|paying|buy|buys|bought|buying|bung|bungs|bunged|sort|sorts|sorted)\\s+(?:me|us)\\s+(?:out\\s+)?(?:with\\s+|in\\s+)?|(?:i|we)\\s+(?:get|gets|got|getting)\\s+(?:paid\\s+(?:in\\s+)?)?)(?:${THING}\\s+(?:and|or|plus|an)\\s+)*${DRUGS}`;

/** Carrying for someone: dropping "stuff" off, delivering packages, doing runs or drops. */
const TAKE = '(?:drop|drops|dropping|dropped|deliver|delivers|delivering|delivered|carry|carries|carrying|carried|take|takes|taking|took|move|moves|moving|moved|run|runs|running|bring|brings|bringing|brought|hold|holds|holding|stash|stashing)';
const CARRIED = '(?:stuff|things|bits|gear|packages?|parcels?|bags?|a\\s+(?:package|parcel|bag)|some\\s+(?:stuff|things|bits|packages|parcels|bags)|weed|drugs)';
const ERRAND = `(?:${TAKE}\\s+${CARRIED}(?:\\s+(?:off|round|about|over|to\\s+(?:people|someone|somebody|places|houses|flats|his\\s+mates|their\\s+mates)|for\\s+(?:them|him|her)))?|(?:do|does|doing|did|done)\\s+(?:a\\s+few\\s+|a\\s+couple\\s+(?:of\\s+)?|a\\s+|some\\s+|the\\s+)?(?:drops?|runs?)\\b(?!\\s+(?:in|at|round|around)\\s+the\\s+(?:park|track|gym))|${TAKE}\\s+(?:parcels|packages|drops))`;

/** Pocket money, a job or a family chore: the ordinary look-alikes (never where drugs are given). */
const ORDINARY =
  '(?:mum|mam|mom|mummy|dad|daddy|nan|nana|nanny|gran|granny|grandma|grandad|grandpa|parents|foster\\s+(?:carer|carers|mum|dad)|carer|carers|teacher|boss|job|work|shift|paper\\s*round|newspapers?|papers|leaflets|pizzas?|takeaways?|amazon|evri|hermes|dpd|royal\\s+mail|post\\s+office|charity|the\\s+tip|recycling|bins?|shopping|groceries|pocket\\s+money|birthday|christmas|school)';

/** Given or paid for carrying, in either order ("they give me weed n money for dropping stuff off", "i do drops for him he gives me money"). */
const PAID_FOR_ERRAND = `\\b${GIVEN}\\b[^~]{0,40}?\\b(?:for|to|if\\s+(?:i|we)|when\\s+(?:i|we)|so\\s+(?:i|we))\\s+(?:\\w+\\s+)?${ERRAND}|\\b${ERRAND}\\b[^~]{0,60}?\\b${GIVEN}\\b`;
const DRUGS_FOR_ERRAND = `\\b${GIVEN_DRUGS}\\b[^~]{0,40}?\\b(?:for|to|if\\s+(?:i|we)|when\\s+(?:i|we)|so\\s+(?:i|we))\\s+(?:\\w+\\s+)?${ERRAND}|\\b${ERRAND}\\b[^~]{0,60}?\\b${GIVEN_DRUGS}\\b`;

/** Away from home overnight or for days: "stay out all weekend", "i dont go home", "sometimes i go missing". */
const AWAY =
  '\\b(?:(?:stay|stays|staying|stayed|out)\\s+(?:out\\s+)?(?:all\\s+(?:night|weekend|the\\s+weekend)|overnight|for\\s+days|till\\s+(?:morning|the\\s+next\\s+day))|(?:dont|didnt|never|do\\s+not|wont|not)\\s+(?:even\\s+)?(?:go|come|get|going|coming)\\s+(?:back\\s+)?home|(?:go|goes|gone|went|going)\\s+missing|(?:sleep|stay|kip)\\s+(?:at|round)\\s+theirs)\\b';
/** Older lads or people from town, not friends from school: "some older lads from town", "the lads off the estate". */
const OLDER_GROUP =
  '\\b(?:older\\s+(?:lads|boys|men|guys|ones|kids|people|girls|teenagers)|(?:lads|boys|men|guys|people|olders)\\s+(?:from|off|in|on|round)\\s+(?:the\\s+|our\\s+)?(?:town|estate|ends|area|block|city|flats|streets))\\b';
/** Those same ones give them things: "they look after me and give me stuff", "older lads from the estate give me vapes". */
const THEY_GIVE = `(?:\\b(?:they|the\\s+lads|the\\s+older\\s+(?:lads|boys|ones))|${OLDER_GROUP})\\s+(?:\\w+\\s+){0,5}?${GIVEN}\\b`;
const AWAY_WITH_OLDER_GIVEN = `^(?=[^~]*${AWAY})(?=[^~]*${OLDER_GROUP})[^~]*${THEY_GIVE}`;

/** Carrying told as "-ing": "dropping stuff off", "doing runs", "running bits about". */
const TAKING = '(?:dropping|delivering|carrying|taking|moving|running|bringing|holding|stashing)';
const ERRAND_DONE = `(?:${TAKING}\\s+${CARRIED}(?:\\s+(?:off|round|about|over))?|doing\\s+(?:a\\s+few\\s+|some\\s+|the\\s+)?(?:drops|runs|a\\s+drop|a\\s+run))`;
/** Where their money comes from is carrying for someone: "only money i get is from dropping stuff off for the older lads". */
const MONEY_FROM_ERRANDS = `^(?![^~]*\\b${ORDINARY}\\b)[^~]*?\\b(?:money|cash|p|dough|income|(?:earn|earns|earned|earning|make|makes|made|making)\\s+(?:a\\s+bit|a\\s+few\\s+quid|some\\s+(?:money|cash)|money|cash|\\d+))\\b[^~]{0,30}?\\b(?:from|off|by)\\s+${ERRAND_DONE}\\s+(?:for|with)\\s+\\w+`;

export const PAID_IN_DROPS_FAMILIES = {
  // Drugs given for carrying, whoever gives them: heard in full, however lightly told.
  drugsForDrops: [saidAsNormal('exploitation', DRUGS_FOR_ERRAND)] as readonly Rule[],
  // Money or things given for carrying "stuff", doing runs or drops; not pocket money, a job or a family chore.
  paidForDrops: [saidAsNormal('exploitation', `^(?![^~]*\\b${ORDINARY}\\b)[^~]*?(?:${PAID_FOR_ERRAND})`)] as readonly Rule[],
  // Their money comes from carrying for someone ("my cash comes from doing runs for the lads"); not a job or a paper round.
  moneyFromDrops: [saidAsNormal('exploitation', MONEY_FROM_ERRANDS)] as readonly Rule[],
};

/**
 * Nights away with older lads or people from town who give them things. Its own family, read after the harm and sexual
 * families (index.ts): "..., they give me stuff, i dont want to go home cos my dad beats me" is harm at home first.
 */
export const AWAY_WITH_OLDER_FAMILIES = {
  awayWithOlderGiven: [saidAsNormal('exploitation', AWAY_WITH_OLDER_GIVEN)] as readonly Rule[],
};
