import { normaliseMessage } from './text';

/*
 * "i have my dinner money every day", "i bring my pe kit every week": their own things with them,
 * said whole as what they will do. Nobody else is in it and nothing is done to them, so it tells of
 * no harm (a classifier reads "dinner money" as bullying). Anything more ("... but they take it",
 * "i have my dinner money taken") is read as usual. Only their own things: "i take my dads money" names someone else's
 * money and is read as usual, so no possessive and no "take" or "get".
 */
const OWN_THINGS =
  /^(?:(?:yes|yeah|ok|okay|so|and|because|cos|when)\s+)*(?:i|we)\s+(?:will\s+|always\s+|can\s+|would\s+)*(?:have|bring|remember|pack|carry)\s+(?:got\s+)?(?:my|our)\s+(?:own\s+)?(?:(?:dinner|lunch|pe|bus|own|packed|school)\s+){0,2}?(?:dinner\s+money|lunch\s+money|money|bus\s+pass|pass|pe\s+kit|kit|bag|lunch|lunchbox|packed\s+lunch|planner|homework|book|books|pencil\s+case|water\s+bottle|coat|uniform|phone|keys|card|glasses|inhaler|medicine|meds|timetable)(?:\s+with\s+(?:me|us))?(?:\s+(?:to|at|for|in)\s+(?:school|college|work|class|lessons?))?(?:\s+(?:every|each)\s+(?:single\s+)?(?:day|morning|week|time|lesson|monday|tuesday|wednesday|thursday|friday))?(?:\s+(?:to|at|for|in)\s+(?:school|college|work|class|lessons?))?$/;

/** Whether the whole message says only that they will have their own things with them. */
export function saysOwnThingsCarried(text: string): boolean {
  const said = normaliseMessage(text).replace(/[.!]+$/, '').trim();
  return said.length <= 120 && OWN_THINGS.test(said);
}
