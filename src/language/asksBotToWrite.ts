/*
 * "write it for me", "u do it", "can you pick one for me": the person asks the bot to write the
 * answer. At the step question they get ideas that fit the hope, to pick or to start from.
 */

const ASKS =
  /\b(?:(?:write|do|pick|choose|make|think\s+of|come\s+up\s+with|give\s+me)\s+(?:it|one|that|this|something|some)?\s*(?:up\s+)?for\s+me\b|(?:you|u)\s+(?:write|do|pick|choose|decide|think\s+of)\s+(?:it|one|that|this|something)\b)/i;

/** Whether the message asks the bot to write the answer for them. */
export function asksBotToWrite(text: string): boolean {
  return text.length <= 120 && ASKS.test(text.replace(/[’‘`]/g, "'"));
}
