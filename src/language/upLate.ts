import { normaliseMessage } from './text';

/*
 * "sleep better honestly, i'm up til 3 most nights": a hope to sleep better, and being up late as its
 * reason. The classifier alone can read nights and "up til" as a worry; said this way and nothing more,
 * it is a hope about sleep, never a reason to ask "Are you OK?". The whole message must be this shape:
 * anything after the hour or the nights ("... cos dad is shouting", "... crying") is read as ever.
 */

/** "sleep better", "i want to get more sleep", "to go to bed earlier". */
const SLEEP_HOPE = String.raw`(?:(?:i\s+)?(?:(?:really\s+)?(?:want|wanna|would\s+like|d\s+like|id\s+like|hope)\s+to\s+|to\s+|be\s+able\s+to\s+)?(?:sleep\s+(?:better|more|properly|earlier|well)|get\s+(?:more|better|enough)\s+sleep|go\s+to\s+bed\s+earlier)(?:\s+(?:honestly|tbh|ngl|lol|really|at\s+night))*\s+(?:(?:cos|coz|cuz|because|as|since)\s+)?)`;

/** "im up til 3", "im awake till like 2am", "im up until midnight". */
const UP_LATE = String.raw`(?:im|i\s+am|i\s+m)\s+(?:always\s+|usually\s+|often\s+|still\s+)?(?:up|awake)\s+(?:til|till|until|untill|past)\s+(?:like\s+|about\s+|around\s+)?(?:\d{1,2}(?::\d{2})?\s*(?:am)?|midnight|(?:one|two|three|four|five)(?:\s+am)?)`;

/** "most nights", "every night", "on my phone": when, or on what, and nothing more. */
const WHEN_UP = String.raw`(?:\s+(?:(?:most|every|some|lots\s+of|loads\s+of|on\s+school)\s+nights?|at\s+night|on\s+(?:my|the)\s+(?:phone|xbox|playstation|ps\d|switch|ipad|tablet|laptop|computer|games?)|gaming))*(?:\s+(?:lol|tbh|honestly|haha))*`;

const SLEEP_HOPE_UP_LATE = new RegExp(String.raw`^${SLEEP_HOPE}?${UP_LATE}${WHEN_UP}$`);

/** The whole message is a hope to sleep better with being up late as its reason, or being up late alone. */
export function tellsOfUpLate(text: string): boolean {
  const said = normaliseMessage(text);
  return said.length <= 200 && SLEEP_HOPE_UP_LATE.test(said);
}
