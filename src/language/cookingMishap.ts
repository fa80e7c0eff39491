import { normaliseMessage } from './text';

/*
 * "cutting stuff is hard i nearly cut myself once. and pouring hot stuff", said where the hard things
 * about a cooking hope are asked: a kitchen mishap, a hard thing for the plan, never a worry. Read on
 * the WHOLE message, from its first word to its last, and only from an allow-list of kitchen words:
 * kitchen tasks that are hard, and a cut or a burn that nearly happened, or happened by accident or
 * while cooking. Nothing else may come before, between or after ("when im stressed", "on purpose",
 * "again", "with the lighter", a person as the one who did it, any word not listed), so those are read
 * as ever. The hope must be about cooking, or the message must name the kitchen itself.
 */

/** A kitchen task, with what it is done to. */
const TASK =
  '(?:cutting|chopping|slicing|peeling|grating|pouring|draining|carrying|lifting|stirring|frying|boiling|using\\s+(?:a|the)\\s+(?:knife|knives|oven|hob|cooker|kettle|pan|grater|peeler))' +
  '(?:\\s+(?:up\\s+)?(?:the\\s+|some\\s+)?(?:hot\\s+)?(?:stuff|things|food|veg|vegetables|veggies|onions?|carrots?|potatoes|meat|bread|fruit|water|pans?|pasta|oil|kettle))?';

/** "cutting stuff is hard", "pouring hot stuff", "and using the oven is scary for me". */
const HARD_TASK = `(?:(?:and|also|plus|or)\\s+)?${TASK}(?:\\s+(?:is|are|can\\s+be|gets)\\s+(?:really\\s+|so\\s+|a\\s+bit\\s+|quite\\s+|very\\s+)?(?:hard|tricky|difficult|scary|hard\\s+for\\s+me|difficult\\s+for\\s+me|scary\\s+for\\s+me)(?:\\s+too)?)?`;

/** A hot kitchen thing or a knife. */
const KITCHEN_THING = '(?:the|a|my)\\s+(?:knife|oven|oven\\s+door|tray|hob|cooker|stove|grill|pan|frying\\s+pan|saucepan|kettle|toaster|peeler|grater)';

/** Food cut, chopped or peeled: the food must be named ("cutting veg"), except for chopping and peeling. */
const FOOD_TASK =
  '(?:(?:cutting|chopping|slicing|peeling|grating)\\s+(?:up\\s+)?(?:the\\s+|some\\s+)?(?:food|veg|vegetables|veggies|onions?|carrots?|potatoes|meat|bread|fruit|cheese)|chopping|peeling|grating|cooking|baking)';

/** While cooking: "when chopping", "while i was cutting veg", "cooking". */
const WHILE_COOKING = `(?:(?:when|while|whilst)\\s+(?:i\\s+was\\s+|im\\s+|i\\s+am\\s+)?)?${FOOD_TASK}`;

/** When or how often: never "again", "keep", "every day". */
const ONCE = '(?:\\s+(?:once|one\\s+time|before|last\\s+time|last\\s+week|the\\s+other\\s+day))?';

/** The accident said: "by accident", "like by accident", "it was an accident". */
const BY_ACCIDENT = '(?:(?:like\\s+|just\\s+|all\\s+)?by\\s+accident|(?:it\\s+was|its|it\\s+is)\\s+(?:just\\s+)?an\\s+accident)';

/** The cut or burn: nearly, or done on a kitchen thing / while cooking / by accident. Only "i" did it. */
const MISHAP =
  `(?:and\\s+)?i\\s+(?:(?:nearly|almost)\\s+(?:cut|burnt|burned|burn|scalded|scald)\\s+myself${ONCE}(?:\\s+(?:on|with)\\s+${KITCHEN_THING})?(?:\\s+${WHILE_COOKING})?(?:\\s+${BY_ACCIDENT})?` +
  `|(?:cut|burnt|burned|scalded)\\s+myself${ONCE}(?:(?:\\s+(?:on|with)\\s+${KITCHEN_THING})(?:\\s+${WHILE_COOKING})?(?:\\s+${BY_ACCIDENT})?|\\s+${WHILE_COOKING}(?:\\s+${BY_ACCIDENT})?|\\s+${BY_ACCIDENT}))`;

const CLAUSE = `(?:${HARD_TASK}|${MISHAP})`;
const KITCHEN_MISHAP = new RegExp(`^\\s*${CLAUSE}(?:\\s+${CLAUSE}){0,3}\\s*$`);

/** A word that names the kitchen in the message itself. */
const KITCHEN_WORD = /\b(?:cook\w*|bak(?:e|ing)|kitchen|knife|knives|veg|vegetables|veggies|oven|hob|cooker|pan|saucepan|kettle|chopping|peeling|grater|peeler)\b/;

/** Whether a hope is about cooking ("learn to cook my own food", "make my own dinner"). */
export function hopeIsAboutCooking(hope: string | undefined): boolean {
  return hope !== undefined && /\b(?:cook\w*|bak(?:e|ing)|kitchen|meals?|dinner|tea|lunch|breakfast|food)\b/.test(normaliseMessage(hope));
}

/**
 * Whether the whole message is a kitchen mishap or a hard kitchen task, said about a cooking hope (or
 * naming the kitchen itself), and nothing else.
 */
export function isCookingMishap(text: string, hope?: string): boolean {
  if (text.length > 300) return false;
  const said = normaliseMessage(text);
  if (!KITCHEN_MISHAP.test(said)) return false;
  return hopeIsAboutCooking(hope) || KITCHEN_WORD.test(said);
}

/** "i meant with a knife cutting veg. like by accident": a cut or burn said plainly to be a kitchen accident, the whole message. */
const MEANT_ACCIDENT = new RegExp(
  `^\\s*(?:no\\s+|nah\\s+|sorry\\s+)?i\\s+(?:meant|mean|ment)\\s+(?:(?:with|on)\\s+${KITCHEN_THING}\\s*)?(?:${WHILE_COOKING}\\s*)?(?:${BY_ACCIDENT})?\\s*$`,
);

/** Whether the message says the cut or burn just told of was a kitchen accident, and nothing else. */
export function meantAKitchenAccident(text: string): boolean {
  if (text.length > 200) return false;
  const said = normaliseMessage(text);
  return MEANT_ACCIDENT.test(said) && /\b(?:accident|knife|veg|vegetables|cooking|chopping|pan|oven|hob|kettle)\b/.test(said) && said.split(/\s+/).length >= 3;
}
