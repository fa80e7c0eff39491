import { overlap } from './thread';

/*
 * Asked "How does this help with your hope 'work with animals'?", an answer that talks about
 * another hope and not this one ("it doesnt really, its more for living on my own", "it helps me
 * live on my own") says the step belongs to that other hope.
 */

interface Hope {
  id: string;
  text: string;
}

/** The other hope the answer names, when it names exactly one and not the hope asked about; else undefined. */
export function otherHopeInLinkAnswer<H extends Hope>(answer: string, current: H, hopes: readonly H[], needsOf: (id: string) => readonly string[]): H | undefined {
  // The hope's own words count twice its needs' words, as when a hope is named anywhere else.
  const score = (h: H) => 2 * overlap(answer, h.text, false) + Math.max(0, ...needsOf(h.id).map((n) => overlap(answer, n, false)));
  if (score(current) > 0) return undefined;
  const named = hopes.filter((h) => h.id !== current.id).map((h) => ({ h, s: score(h) })).filter((x) => x.s > 0).sort((a, b) => b.s - a.s);
  if (named.length === 0 || (named[1] && named[1].s === named[0]!.s)) return undefined;
  return named[0]!.h;
}

/** "it doesnt really", "its more for ...", "not for that one": the answer says where it belongs, not what it makes possible. */
const ONLY_WHERE = /\b(?:doesn'?t|doesnt|does\s+not|don'?t\s+think|not\s+really|won'?t|wont|(?:it'?s|its|it\s+is)\s+(?:more\s+|really\s+)?(?:for|about)|more\s+for|nothing\s+to\s+do\s+with|not\s+for|not\s+about)\b/i;

/** Whether the answer only says which hope the step is for; otherwise it also says what the step makes possible. */
export function onlySaysWhichHope(answer: string): boolean {
  return ONLY_WHERE.test(answer.replace(/[\u2018\u2019]/g, "'"));
}

/** "it helps me live on my own", "that would help with my flat": the answer ties the step to a hope itself. */
const TIES_TO_A_HOPE = /^(?:(?:well|yeah|yes|erm|um)[\s,]+)*(?:it|that|this)\s+(?:(?:would|will|could|can|does|should|might)\s+)?(?:really\s+|mostly\s+|mainly\s+)?(?:helps?|goes|is\s+part\s+of|belongs)\b/i;

/**
 * Whether the answer says the step belongs with the hope it names ("it doesnt really, its more for
 * living on my own", "it helps me live on my own"). An answer that only says what the step makes
 * possible ("save for the holiday with my mates") ties nothing: the step stays with its hope.
 */
export function saysWhichHopeItIsFor(answer: string): boolean {
  const said = answer.replace(/[\u2018\u2019]/g, "'").trim();
  return onlySaysWhichHope(said) || TIES_TO_A_HOPE.test(said);
}
