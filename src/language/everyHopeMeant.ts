/*
 * "maybe both", "both of them i think", "all of them", "all 3", said where the bot asks which hope a step is
 * for: every hope listed is meant. Only the answer itself, with hedges around it; "both" inside a
 * longer sentence is left to the other readers.
 */

const HEDGE = String.raw`(?:maybe|probably|prob|i\s+think|i\s+guess|i\s+suppose|um+|erm+|well|yeah|yes|ye|honestly|tbh|really|kind\s+of|sort\s+of)`;
const BOTH = new RegExp(
  String.raw`^(?:${HEDGE}[\s,.]+)*(?:both|both\s+(?:of\s+them|ones|hopes|of\s+those)|the\s+two\s+of\s+them|(?:it'?s\s+|its\s+)?for\s+both(?:\s+of\s+them)?|all\s+of\s+them|all\s+(?:the\s+)?hopes|all\s+(?:of\s+)?(?:em|those|these|the\s+ones)|all\s+(?:\d|two|three|four|five|six)(?:\s+(?:of\s+(?:them|em|those|these)|hopes|ones))?|(?:do\s+)?(?:the\s+lot|every\s+one(?:\s+of\s+them)?))(?:[\s,.]+${HEDGE})*[\s.!?]*$`,
  'i',
);

/** True when the answer to "which hope?" is every hope listed ("maybe both"). */
export function saysBothHopes(text: string): boolean {
  const said = text.trim().replace(/\s+/g, ' ');
  return said.length > 0 && said.length <= 60 && BOTH.test(said);
}
