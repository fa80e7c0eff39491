/*
 * Kitchen talk that looks like self-harm, set aside as an idiom (concernIdioms.ts), read on concernText output.
 * Each is the WHOLE message, from its first word to its last: a burn on a hot kitchen thing with its
 * everyday reason at the very end ("i always burn myself on the oven cos im so clumsy lol"), a kitchen task
 * wished for "without hurting myself", and a knife that took the end off a nail. Nothing may come before or
 * after: more said around them ("...cos im clumsy, and when im upset", "...without hurting myself again",
 * "i tell them i burn myself on the oven by accident") may be what the message is really about, and is read as
 * ever. So are "on purpose", "keep", "again", a person as the one who did it, and any body part but a nail.
 */

/** A hot kitchen thing one gets burnt on by accident. */
const KITCHEN_THING =
  '(?:the|a|my)\\s+(?:oven|oven\\s+door|oven\\s+tray|baking\\s+tray|tray|hob|cooker|stove|grill|pan|frying\\s+pan|saucepan|kettle|toaster)';

/** Cooking, said beside the kitchen thing or in its place. */
const COOKING = '(?:cooking|baking|(?:when|while|whilst)\\s+(?:im|i\\s+am|i\\s+was|i\\s+m)\\s+(?:cooking|baking))';

/** A laugh that may close a message. */
const LAUGH = '(?:\\s+(?:lol|lool|haha\\w*|lmao))?';

/**
 * The everyday reason, which must end the message: being clumsy or dyspraxic (a laugh may follow), or an accident,
 * which must be the very last words: "by accident haha" may laugh off what is not one, so it is read as ever.
 */
const ACCIDENT_ENDING =
  `(?:(?:because|as)\\s+(?:im|i\\s+am|i\\s+m)\\s+(?:so\\s+|really\\s+|a\\s+bit\\s+|quite\\s+|just\\s+|very\\s+)?(?:clumsy|dyspraxic)${LAUGH}|by\\s+accident|(?:its|it\\s+is|it\\s+was|its\\s+just|it\\s+was\\s+just)\\s+an\\s+accident)`;

/**
 * "i always burn myself on the oven cos im so clumsy lol", "i burn myself cooking its an accident". Only "i" as
 * the one who did it, only a burn or a scald (a cut "with the knife" is too near cutting to set aside), and only
 * "always", "sometimes", "often" or "once" before it ("keep" tells of it happening again and again).
 */
export const KITCHEN_ACCIDENT_SOURCE =
  `^\\s*i\\s+(?:always\\s+|sometimes\\s+|often\\s+|once\\s+)?(?:burn|burnt|burned|scald|scalded)\\s+myself\\s+` +
  `(?:(?:on|with)\\s+${KITCHEN_THING}(?:\\s+${COOKING})?|${COOKING})\\s+${ACCIDENT_ENDING}\\s*$`;

/** A kitchen task to be done safely: cooking, baking, a meal made, the oven or the kettle used. */
const KITCHEN_TASK =
  '(?:cook|bake|cook\\s+and\\s+bake)(?:\\s+(?:a\\s+meal|a\\s+cake|(?:my\\s+own\\s+|a\\s+|my\\s+)?(?:meals?|tea|dinner|lunch|breakfast|food|toast|pasta)))?(?:\\s+(?:on\\s+my\\s+own|by\\s+myself|at\\s+home))?' +
  '|make\\s+(?:my\\s+own\\s+|a\\s+|my\\s+)?(?:meals?|tea|dinner|lunch|breakfast|food|toast|pasta|cup\\s+of\\s+tea|hot\\s+drink)(?:\\s+(?:on\\s+my\\s+own|by\\s+myself))?' +
  // Never a knife, a peeler or a grater: "use a knife without cutting myself" is too near cutting to set aside.
  '|use\\s+(?:a|the)\\s+(?:oven|hob|cooker|kettle|toaster|microwave|grill)' +
  '|(?:chop|cut)\\s+(?:up\\s+)?(?:the\\s+|my\\s+)?(?:veg|vegetables|onions|carrots|food|fruit|bread)';

/** A kitchen hurt, one or two of them: "without cutting myself or burning myself", "without cutting or burning myself". */
const HURT = '(?:hurting|burning|cutting)';

/**
 * "i want to cook a meal without hurting myself", "to use the oven without burning myself": a goal with its task
 * named. "i want to stop hurting myself", "to go a day without hurting myself" name no kitchen task and are read
 * as ever, and so is anything after "myself" ("...again", "...any more").
 */
export const KITCHEN_TASK_SAFELY_SOURCE =
  `^\\s*(?:(?:i\\s+(?:want|would\\s+like|wish|need|hope)|id\\s+like|i\\s+d\\s+like)\\s+to\\s+|to\\s+)?(?:(?:be\\s+able|learn(?:\\s+how)?)\\s+to\\s+)?` +
  `(?:${KITCHEN_TASK})\\s+without\\s+${HURT}\\s+(?:or\\s+${HURT}\\s+)?myself(?:\\s+or\\s+${HURT}\\s+myself)?${LAUGH}\\s*$`;

/**
 * "i was cutting carrots and the knife cut off the end of my nail": a nail, never a finger or any other part of the
 * body, and the knife, the peeler or "i" as the one that cut it ("he cut off the end of my nail" is read as ever).
 */
export const NAIL_CUT_SOURCE =
  `^\\s*(?:(?:i\\s+was|im|i\\s+am|i\\s+m|(?:when|while|whilst)\\s+i\\s+was)\\s+(?:cutting|chopping|peeling|slicing)\\s+(?:up\\s+)?(?:the\\s+|some\\s+)?(?:carrots?|veg|vegetables|onions?|potatoes|apples?|bread|cheese|food)\\s+(?:and\\s+)?)?` +
  `(?:(?:the|my)\\s+(?:knife|peeler|grater)|i)\\s+(?:cut|sliced|chopped|took|caught|nicked)\\s+(?:off\\s+)?the\\s+(?:end|tip|top|edge|corner)\\s+(?:off\\s+)?of\\s+my\\s+(?:nail|finger\\s*nail|thumb\\s*nail)(?:\\s+off)?${LAUGH}\\s*$`;

const KNIFE_USE = `use\\s+(?:a|the)\\s+(?:sharp\\s+|big\\s+|kitchen\\s+)?knife`;
const KNIFE_HOW = `(?:in\\s+the\\s+kitchen|safely|properly|to\\s+(?:chop|cut)\\s+(?:veg|vegetables|food|onions?))`;

/**
 * "i want to learn to use a sharp knife in the kitchen so i dont cut myself": a knife skill wished for, with the cut it
 * should prevent as its purpose. Only the whole message, ending there: "... so i dont cut myself anymore" or "... again"
 * is read as ever, and so is "without cutting myself" (too near cutting to set aside, above).
 */
export const KNIFE_SKILL_SO_SAFE_SOURCE =
  `^\\s*(?:(?:i\\s+(?:want|would\\s+like|wish|hope)|id\\s+like|i\\s+d\\s+like)\\s+to\\s+|to\\s+)?` +
  // A skill must be said: learning it, being able to, or using the knife safely, properly, in the kitchen.
  // "i need to use the knife so i dont cut myself" says none of these, and is read as ever.
  `(?:(?:be\\s+able|learn(?:\\s+how)?)\\s+to\\s+${KNIFE_USE}(?:\\s+${KNIFE_HOW})?|${KNIFE_USE}\\s+(?:in\\s+the\\s+kitchen|safely|properly))` +
  `\\s+so\\s+(?:that\\s+)?i\\s+(?:dont|do\\s+not|wont|will\\s+not)\\s+cut\\s+myself${LAUGH}\\s*$`;
