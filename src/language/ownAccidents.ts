/*
 * Ordinary talk of hurting oneself by accident, set aside as an idiom (concernIdioms.ts): a burn or a cut with its
 * everyday reason said ("i burnt myself last time cos of my hands being clumsy"), and a wish to do a kitchen task
 * safely ("i want to cook without hurting myself"). Anything alarming said beside them is still read, and neither is
 * set aside with a sign of harm on purpose: again, on purpose, a lighter, stress, deserving it.
 */

/** Words that make a burn or a cut self-harm whatever reason is given with it. */
const ON_PURPOSE =
  '(?:again|on\\s+purpose|deliberately|purposely|meant\\s+to|lighter|lighters|matches|blade|blades|razor|razors|sharpener|stress\\w*|upset|angry|sad|deserve\\w*|punish\\w*|hate|hide|hiding|secret|scars?|every\\s+(?:day|night|time)|a\\s+lot|loads|all\\s+the\\s+time|arms?|wrists?|thighs?|legs?|stomach|tummy|nobody|no\\s+one|noone|looking|alone|marks?|empty|numb|feel|feeling|not\\s+(?:ok|okay|fine|alright|coping)|cant\\s+cope|so\\s+(?:that\\s+)?(?:nobody|no\\s+one|they|people|it))';

/** Told by someone else, or a story told to cover it ("i tell them i burnt myself cooking"): never set aside. */
const NOT_A_COVER = '(?<!\\b(?:say|said|says|saying|tell|tells|told|telling|pretend\\w*|lie|lied|lying|think|thinks|thought|act\\s+like|make\\s+out|made\\s+out)\\s+(?:that\\s+)?(?:i\\s+)?)';

/** An everyday reason for the accident: clumsy hands, dyspraxia, the oven, cooking, by accident. */
const ACCIDENT_REASON =
  '(?:by\\s+accident|accidentally|by\\s+mistake|(?:on|from|off|against)\\s+(?:the|a|my)\\s+(?:oven|hob|cooker|stove|grill|pan|pans|tray|oven\\s+tray|kettle|toaster|steam|hot\\s+water|tin|can|grater|peeler)|(?:when|while|whilst)\\s+(?:i\\s+was\\s+)?(?:cooking|baking|chopping|ironing|making\\s+\\w+|cutting\\s+\\w+)|cooking|baking|chopping\\s+\\w+|(?:because|cos|coz|cause|as)\\s+(?:of\\s+)?(?:(?:my|how)\\s+(?:hands?|fingers?)\\s+(?:being|are|were|is|was|get|go)\\s+(?:so\\s+|really\\s+|a\\s+bit\\s+|too\\s+)?(?:clumsy|shaky|wobbly|slippy)|(?:im|i\\s+am|i\\s+m|i\\s+was|im\\s+so|i\\s+am\\s+so)\\s+(?:so\\s+|really\\s+|a\\s+bit\\s+|quite\\s+)?(?:clumsy|dyspraxic|shaky)|(?:my\\s+)?(?:dyspraxia|clumsiness|clumsy\\s+hands|shaky\\s+hands|coordination)|i\\s+(?:have|got|ve\\s+got)\\s+dyspraxia))';

/** Words that may stand between the hurt and its reason: a time, how badly. */
const BETWEEN = '(?:(?:last\\s+time|once|one\\s+time|before|yesterday|today|the\\s+other\\s+day|a\\s+bit|a\\s+little|badly|quite\\s+badly|when\\s+i\\s+tried|trying)\\s+)?';

/** "i burnt myself last time cos of my hands being clumsy", "i cut myself on the tin", "burned myself cooking". */
export const ACCIDENT_WITH_REASON_SOURCE = `${NOT_A_COVER}\\b(?:burnt|burned|scalded|cut|nicked|hurt|caught)\\s+myself\\s+${BETWEEN}${ACCIDENT_REASON}\\b(?![^~]*\\b${ON_PURPOSE}\\b)(?<!\\b${ON_PURPOSE}\\b[^~]{0,40}\\b(?:burnt|burned|scalded|cut|nicked|hurt|caught)\\s+myself\\s+[^~]*)`;

/** A kitchen or household task that can hurt by accident. */
const RISKY_TASK =
  '(?:cook|cooking|bake|baking|chop|chopping|iron|ironing|(?:use|using)\\s+(?:a|the|my|sharp)\\s+(?:knife|knives|oven|hob|cooker|stove|kettle|iron|toaster|grill|peeler|grater|scissors|tools|microwave)|(?:make|making)\\s+(?:a\\s+|my\\s+(?:own\\s+)?)?(?:tea|toast|dinner|tea|lunch|breakfast|meals?|food|drinks?|cups?\\s+of\\s+tea|a\\s+hot\\s+drink|pasta)|(?:cut|cutting|chop|chopping)\\s+(?:up\\s+)?(?:the\\s+|my\\s+)?(?:food|veg|vegetables|onions?|meat|bread|fruit))';

/** "i want to cook without hurting myself", "so i can use a knife without hurting myself": doing a task safely is a hope. */
export const TASK_DONE_SAFELY_SOURCE = `\\b${RISKY_TASK}\\b(?:\\s+(?!(?:without|day|days|week|weeks|night|nights|month|months|again)\\b)\\w+){0,4}\\s+(?:without|and\\s+not)\\s+(?:hurting|burning|cutting|injuring|scalding)\\s+myself\\b(?!\\s+(?:again|any\\s*more|for\\s+(?:a|one|\\d+|ages)|on\\s+purpose))`;
