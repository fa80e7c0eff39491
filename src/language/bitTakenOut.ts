import { normaliseMessage } from './text';

/*
 * "did you see what i said about my health bit, can you take it out", "take my health bit off
 * please", "the bit about my knees can come out": a part named by what it is about, then asked to
 * come out in other words than "take out the bit about ...". The words name the part; "it" in the
 * asking points at them, never at the answer being given now.
 */

const WHAT_I_SAID = String.raw`(?:what\s+i\s+(?:said|put|wrote|typed|told\s+(?:you|u)|mentioned)|wot\s+i\s+(?:said|put)|the\s+(?:bit|part|thing|stuff|line|sentence)\s+(?:i\s+(?:said|put|wrote)\s+)?)`;
const ABOUT = String.raw`(?:about|on|re|with)\s+((?:my|me|our|her|his|the)\s+[\p{L}' ]{2,40}?)(?:\s+(?:bit|part|thing|stuff))?`;
const TAKE_IT = String.raw`(?:take\s+(?:it|that|this|them)\s+(?:out|off|away)|(?:take\s+out|remove|delete|get\s+rid\s+of|cross\s+out|leave\s+out)\s+(?:it|that|this|them)|(?:leave|keep)\s+(?:it|that|this|them)\s+out)`;
const POLITE = String.raw`(?:please|pls|plz|thanks|thank\s+you|ta|x+)`;
const ASK = String.raw`(?:(?:so|and|but|please|pls|just|can\s+(?:you|u)|could\s+(?:you|u)|would\s+(?:you|u)|i\s+want\s+(?:you\s+)?to|id\s+like\s+(?:you\s+)?to)\s+)*`;

const FORMS: readonly RegExp[] = [
  // "did you see what i said about my health bit, can you take it out"
  new RegExp(String.raw`${WHAT_I_SAID}\s*${ABOUT}\s+${ASK}${TAKE_IT}(?:\s+${POLITE})*$`, 'u'),
  // "take my health bit off please", "take out my knees bit", "remove my diabetes part"
  new RegExp(String.raw`^${ASK}(?:take|remove|delete|get\s+rid\s+of|take\s+out|leave\s+out)\s+((?:my|me|our)\s+[\p{L}' ]{2,30}?)\s+(?:bit|part|thing|stuff)(?:\s+(?:out|off|away))?(?:\s+${POLITE})*$`, 'u'),
  // "the bit about my knees can come out", "what i said about my health needs to come out"
  new RegExp(String.raw`${WHAT_I_SAID}\s*${ABOUT}\s+(?:can|could|should|needs\s+to|has\s+to|must)\s+(?:come\s+out|come\s+off|go|be\s+(?:taken\s+out|removed|deleted))(?:\s+${POLITE})*$`, 'u'),
];

/** The words naming the part a carer asks to take out ("my health"); null when the message asks no such thing. */
export function bitAskedOut(text: string): string | null {
  const said = normaliseMessage(text);
  if (said.length > 240) return null;
  for (const form of FORMS) {
    const about = form.exec(said)?.[1];
    if (about) return about.replace(/^(?:the|me)\s+/, (w) => (w.trim() === 'me' ? 'my ' : '')).trim();
  }
  return null;
}
