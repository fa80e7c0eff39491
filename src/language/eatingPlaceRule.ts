import { normaliseMessage } from './text';

/*
 * "Food is not allowed in the library, and nobody has given me permission to eat anywhere else": a school's
 * or college's rule about where food may be eaten is a hard thing for a hope about lunch, not neglect. The
 * classifier alone reads "nobody ... eat" as neglect. With a place of learning named and no word of home,
 * hunger, punishment or harm anywhere in the message, it is never a reason to ask "Are you OK?". "nobody
 * lets me eat", "nobody gives me food at home" name no such place and are read as before.
 */

/** Places of a school day or a public place where eating may be ruled on. */
const PLACE =
  String.raw`(?:library|libary|canteen|cafeteria|dining\s+(?:hall|room)|dinner\s+hall|lunch\s+(?:hall|room)|lunchroom|hall|class|classes|classroom|classrooms|lessons?|corridors?|form\s+room|tutor\s+room|base|quiet\s+room|learning\s+support|sen\s+room|inclusion\s+room|common\s+room|study\s+room|playground|school|college|uni|sixth\s+form|buses|bus|train|shop|office|staff\s*room|it\s+room|computer\s+room|music\s+room|room\s+\w+|there)`;

/** Eating, food or drink, ruled on: allowed, permitted, let, only in one place. */
const EATING = String.raw`(?:food|foods|eat|eating|ate|lunch|lunches|snacks?|drinks?|drinking|packed\s+lunch|sandwich(?:es)?|meals?|breakfast)`;
// Only an impersonal rule: a person stopping them ("the other kids wont let me eat", "miss doesnt let me eat") or
// where they "have to eat" ("in the toilets ... cos of them") may be bullying or punishment, and is read as ever.
const RULED = String.raw`(?:allowed|aloud|permitted|permission|rule|rules|banned|ban|nowhere\s+(?:quiet\s+|else\s+)?to\s+eat|no\s+(?:food|eating|drinks?)\s+(?:in|on|at))`;

/** Someone stopping them or making them: "nobody lets me", "they wont let me", "he makes me eat". */
const PERSON_STOPS =
  /\b(?:let|lets|letting|allow|allows|allowing|stop|stops|stopped|stopping|make|makes|made|making|force\w*|cos\s+of|because\s+of|on\s+report|detention|excluded|isolation)\b/;

const EATING_RULE = new RegExp(String.raw`\b${EATING}\b(?:\s+\w+){0,8}?\s+\b${RULED}\b|\b${RULED}\b(?:\s+\w+){0,8}?\s+\b${EATING}\b`);
const AT_PLACE = new RegExp(String.raw`\b(?:in|at|on|into|inside|outside|from)\s+(?:the\s+|a\s+|my\s+|our\s+|any\s+|his\s+|her\s+)?${PLACE}\b`);

/** Home, family, hunger, punishment or harm anywhere in the message: then it is read as before. */
const MORE_THAN_A_RULE =
  /\b(?:home|house|flat|mum|mums|mom|dad|dads|step\s*(?:mum|dad|mom)|stepmum|stepdad|parents?|carers?|nan|nana|gran|grandad|foster|uncle|aunt|auntie|brother|sister|boyfriend|girlfriend|hungry|starving|starve\w*|days?|weeks?|fridge|cupboards?|locked|lock\w*|punish\w*|bad|naughty|hurt\w*|hit\w*|kick\w*|shout\w*|scared|afraid|frightened|unsafe|not\s+safe|takes?|took|steal\w*|stole|money|sick|weight|fat|starv\w*|make\s+myself|throw\w*\s+up|hate|die|dead|kill\w*|myself|gang|older|men|man)\b/;

/** A rule about where food may be eaten at a place of learning (or a bus, a shop), with nothing about home, hunger or harm beside it. */
export function tellsOfEatingPlaceRule(text: string): boolean {
  const said = normaliseMessage(text);
  if (!said || said.length > 300) return false;
  return EATING_RULE.test(said) && AT_PLACE.test(said) && !MORE_THAN_A_RULE.test(said) && !PERSON_STOPS.test(said);
}
