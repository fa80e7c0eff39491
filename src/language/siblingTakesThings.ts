import { normaliseMessage } from './text';

/*
 * "i lock my door cos my brother nicks my stuff": a brother or sister taking their things, and the door locked against
 * it, is a squabble at home told whole. The rules read "nicks my stuff" as bullying; this is asked after gently at most,
 * never the full answer at once. Only the whole message, from its first word to its last, with everyday words on both
 * sides: a harm word, an adult, or a second clause ("... and he hits me", "... my dad nicks my stuff") is read as ever.
 */
const LEAD = String.raw`(?:(?:well|tbh|honestly|yeah|yes|mostly|i\s+do|not\s+always|sometimes|but|and|like)\s+)*`;
const LOCKS = String.raw`i\s+(?:always\s+|just\s+)?(?:lock|locks|locked)\s+my\s+(?:bedroom\s+)?door`;
const BECAUSE = String.raw`(?:cos|coz|cuz|because|as|so|since)`;
const SIBLING = String.raw`my\s+(?:little\s+|big\s+|older\s+|younger\s+|baby\s+|annoying\s+|twin\s+)?(?:brother|sister|bro|sis|brothers|sisters)`;
const TAKES = String.raw`(?:always\s+|keeps?\s+|kept\s+)?(?:nicks|nicking|nicked|takes|taking|took|steals|stealing|stole|pinches|pinching|borrows|borrowing|nick|take|steal|pinch|borrow)`;
const THINGS = String.raw`my\s+(?:stuff|things|sweets|snacks|chocolate|clothes|makeup|make\s+up|games|charger|chargers|headphones|xbox|switch|ps5|toys|lego|pens|books|hoodies?|phone\s+charger)`;
const TAIL = String.raw`(?:\s+(?:all\s+the\s+time|lol|tbh|haha|sometimes|again|every\s+day|loads))*`;
const SIBLING_TAKES_THINGS = new RegExp(String.raw`^${LEAD}${LOCKS}\s+${BECAUSE}\s+${SIBLING}\s+${TAKES}\s+${THINGS}${TAIL}$`);

/** Whether the whole message says only that they lock their door because a brother or sister takes their things. */
export function tellsOfSiblingTakingThings(text: string): boolean {
  return text.length <= 160 && SIBLING_TAKES_THINGS.test(normaliseMessage(text).trim());
}
