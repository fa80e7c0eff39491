import { normaliseMessage } from './text';

/*
 * "The hope should only be to live in my own flat. Mum does it now is a fact not a hope. For the
 * flat: I need to learn to cook and pay bills.": one message that puts a hope right in three parts.
 * The words the hope should be; words kept in it that are no hope ("Mum does it now"); and an
 * answer said for one hope ("For the flat: ..."). Each part is read from its own sentence.
 */

export interface HopeOnlyBe {
  /** The hope's words as they should be ("live in my own flat"). */
  hope: string;
  /** Words said to be no hope ("Mum does it now"), when said. */
  notHope?: string;
  /** An answer given for the hope named after "for the" ("flat": "I need to learn to cook and pay bills"). */
  forHope?: { named: string; answer: string };
}

const SHOULD_BE = /^(?:no+[\s,.]+)?(?:the|my|this|that)\s+hope\s+(?:should|must|needs\s+to|is\s+meant\s+to|has\s+to)\s+(?:only\s+|just\s+)?be\s+(?:only\s+|just\s+)?(?:to\s+)?["'“‘]?(.+?)["'”’]?$/i;
const NOT_A_HOPE = /^["'“‘]?(.+?)["'”’]?\s+(?:is|was)\s+(?:just\s+|only\s+)?(?:a\s+fact|how\s+it\s+is(?:\s+now)?|true\s+now)?,?\s*(?:and\s+)?not\s+a\s+hope$/i;
const FOR_HOPE = /^for\s+(?:the|my)\s+((?:[\p{L}\p{N}]+\s+){0,2}?[\p{L}\p{N}]+)\s*[:,-]\s*(.+)$/iu;

/** The parts of a message that puts a hope right this way, or null when it does not say what the hope should be. */
export function readHopeOnlyBe(text: string): HopeOnlyBe | null {
  const sentences = text.slice(0, 600).split(/(?<=[.!?])\s+/).map((s) => s.trim().replace(/[.!]+$/, '')).filter(Boolean);
  let found: HopeOnlyBe | null = null;
  let notHope: string | undefined;
  let forHope: HopeOnlyBe['forHope'];
  for (const sentence of sentences) {
    const should = SHOULD_BE.exec(sentence);
    const not = NOT_A_HOPE.exec(sentence);
    const forOne = FOR_HOPE.exec(sentence);
    if (should && !found) found = { hope: should[1]!.trim() };
    else if (not) notHope = not[1]!.trim();
    else if (forOne) forHope = { named: forOne[1]!.trim(), answer: forOne[2]!.trim() };
    else return null;
  }
  if (!found || normaliseMessage(found.hope).split(' ').length < 2) return null;
  return { ...found, ...(notHope ? { notHope } : {}), ...(forHope ? { forHope } : {}) };
}
