import { normaliseMessage } from './text';

/*
 * "just the hard thing", "only that, keep the help", "leave the help": asked whether a hard thing's
 * help goes with it, the hard thing alone goes and the help is kept.
 */

const JUST = /^(?:(?:no|nah|yes|yeah|ok|okay|just|only)\s+)*(?:just|only)\s+(?:the|that)\s+(?:hard\s+thing|hard\s+bit|problem|need|one|bit|first\s+bit)(?:\s+(?:please|pls|then))*(?:\s+(?:and\s+)?(?:keep|leave)\s+(?:the\s+)?(?:help|helps|what\s+helps)(?:\s+in)?)?$/;
const KEEP_HELP = /^(?:(?:no|nah|yes|yeah|ok|okay|but|just)\s+)*(?:keep|leave)\s+(?:the\s+)?(?:help|helps|what\s+helps)(?:\s+(?:in|please|pls|though))*$/;

export function saysJustTheHardThing(text: string): boolean {
  const said = normaliseMessage(text);
  return JUST.test(said) || KEEP_HELP.test(said);
}

/** "yes but i want to keep the PA and mum helping bit": a yes that keeps the help is the same answer. */
const YES_BUT_KEEP = /^(?:yes|yeah|yep|ye|ok|okay|sure|fine)\b.*?\bbut\b.*?\b(?:keep|leave|save)\b/;
/** "... can that go on the personal care one": the hard thing the help goes to. */
const GOES_ON = /\b(?:go|goes|put|move|moved|stay|be)\s+(?:it\s+|that\s+|them\s+|those\s+)?(?:on|under|with|in|into|to|onto)\s+(?:the\s+|my\s+)?(.{2,60}?)(?:\s+(?:one|bit|part|thing|need|hard\s+thing))?(?:\s+(?:please|pls|instead))*$/;

/** After a yes to a hard thing and its help going: the hard thing the help is kept for ('' when none is named), or null when the help is not kept. */
export function helpKeptBesideYes(text: string): string | null {
  const said = normaliseMessage(text);
  if (!YES_BUT_KEEP.test(said)) return null;
  return GOES_ON.exec(said)?.[1]?.trim() ?? '';
}
