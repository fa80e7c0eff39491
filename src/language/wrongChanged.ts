import { overlap } from './thread';

/*
 * "you changed the wrong thing. the youtube thing helps with illustration. loud busy places make me
 * anxious": the change just made was to the wrong answer. The sentences after it that speak of the
 * answer put back ("the youtube thing helps ...") say only where it belongs; the others answer the
 * question open now.
 */

const WRONG_CHANGED =
  /^(?:(?:no+|oh|ugh|wait|sorry|nah)[\s,.!]+)*(?:(?:you|u)\s+(?:have\s+|ve\s+|just\s+)?(?:changed|replaced|swapped|overwrote|deleted|took\s+out|removed|got\s+rid\s+of)\s+(?:the\s+)?wrong\s+(?:thing|one|bit|answer|part)|(?:thats|that\s+is|that\s+was)\s+the\s+wrong\s+(?:thing|one|bit|answer)\s+(?:you\s+)?(?:changed|replaced))\b/i;

/** What follows "you changed the wrong thing", without the sentences that speak of what was changed; null when not said. */
export function wrongThingChanged(text: string, changed: readonly string[]): { rest: string } | null {
  const said = text.trim().replace(/[\u2018\u2019]/g, "'").replace(/'/g, '');
  const m = WRONG_CHANGED.exec(said);
  if (!m) return null;
  const sentences = said.slice(m[0].length).split(/(?<=[.!?])\s+|^[\s.!?,]+/).map((s) => s.replace(/^[\s.!?,]+/, '').trim()).filter(Boolean);
  const rest = sentences.filter((s) => !changed.some((c) => overlap(s, c) > 0));
  return { rest: rest.join(' ').replace(/[.!]+$/, '').trim() };
}
