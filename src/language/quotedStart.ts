/*
 * "the one that starts 'he is only seven'", "the bit beginning with i want": a part named by the
 * words it starts with. Only a naming word ("the one", "the bit", "the goal") followed by "starts"
 * or "begins" says so; "he starts school in september" and "the start date" name no start.
 */

const NAMER = String.raw`(?:the|that|this|my|his|her|their)\s+(?:one|bit|part|line|sentence|thing|hope|dream|goal|outcome|need|hard\s+thing|answer)`;
const STARTS = String.raw`(?:(?:that|which|what)\s+)?(?:starts|begins|starting|beginning|start|begin)(?:\s+(?:with|off\s+with|by\s+saying|saying|like))?`;
const QUOTED_START = new RegExp(String.raw`(?:^|\s)${NAMER}\s+${STARTS}\s+(?:the\s+words\s+)?[:"'\u2018\u201c]*\s*([\p{L}\p{N}][^"\u201d\u2019]*?)\s*[."'\u2019\u201d!?]*$`, 'iu');

/** The words a part is said to start with ("he is only seven"), else undefined. */
export function quotedStartOf(named: string): string | undefined {
  const said = named.slice(0, 200).replace(/\s+/g, ' ').trim();
  const start = QUOTED_START.exec(said)?.[1]?.replace(/[\u2018\u2019']/g, '').trim();
  return start && start.split(' ').length >= 2 ? start : undefined;
}
