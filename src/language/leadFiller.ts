/*
 * Words that only soften the start of an answer after a "yeah" or a "same": "yeah basically the game
 * is too fast", "same really, the game is too fast". They are no part of the answer kept.
 */

const LEAD_FILLER = /^(?:(?:really|basically|honestly|tbh|to\s+be\s+honest|literally|i\s+guess|i\s+suppose|again|too|though|as\s+well|lol|haha+|yeah|yes|yep|yeh|ye|same|innit)(?:[\s,.!:;-]+|$))+/i;

/** The answer without the softening words at its start; unchanged when fewer than two words would be left. */
export function withoutLeadFiller(text: string): string {
  const rest = text.replace(LEAD_FILLER, '').trim();
  return rest.split(/\s+/).filter(Boolean).length >= 2 ? rest : text;
}
