import { normaliseMessage } from './text';

/*
 * What kind of help fits an outcome, from its own words: "I will read a bus timetable on my own"
 * is about reading, "I will cook pasta" about cooking. Used to give examples of help that fit the
 * step when someone asks what "What would it provide?" means.
 */

export type HelpIdeaFamily = 'reading' | 'writing' | 'travel' | 'cooking' | 'money' | 'work' | 'friends' | 'calm';

/** Checked in this order: reading a timetable is about reading before it is about the bus. */
const FAMILIES: ReadonlyArray<readonly [HelpIdeaFamily, RegExp]> = [
  ['reading', /\b(?:read|reads|reading|timetables?|books?|spell|spelling|phonics)\b/],
  ['writing', /\b(?:write|writes|writing|handwriting|typing|type up|notes)\b/],
  ['travel', /\b(?:bus|buses|train|trains|travel|travelling|journey|cycle|bike|taxi|tram|walk to|get to (?:school|college|work|town))\b/],
  ['cooking', /\b(?:cook|cooks|cooking|bake|baking|meals?|pasta|kitchen|recipes?|make (?:my|a|his|her) (?:tea|dinner|lunch|breakfast|sandwich))\b/],
  ['money', /\b(?:money|shop|shopping|pay|paying|budget|bank|coins|buy|buying)\b/],
  ['work', /\b(?:job|jobs|work|working|interviews?|apprenticeship|volunteer|volunteering|cv|placement)\b/],
  ['friends', /\b(?:friends?|club|clubs|team|join in|play with|talk to (?:people|others|new people)|make friends)\b/],
  ['calm', /\b(?:calm|angry|anger|anxious|worried|worry|stress|stressed|feelings|upset|quiet|lunch|lunchtime|break time|playtime)\b/],
];

/** The kind of help that fits the outcome's words; null when none stands out. */
export function helpIdeaFamily(statement: string): HelpIdeaFamily | null {
  const said = normaliseMessage(statement);
  return FAMILIES.find(([, re]) => re.test(said))?.[0] ?? null;
}
