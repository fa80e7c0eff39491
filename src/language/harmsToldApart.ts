import { safeguardingInChat } from './concernInChat';
import type { ConcernCategory } from './concernCategories';

/*
 * "my bf pressured me into sex. my dad hits me": two harms told in one message, by two people. The message is answered
 * once, for the kind the whole reads as; each harm told apart is noted too, so the leads see both. A piece is a
 * sentence, or a clause that starts again with someone of its own ("... and my boyfriend makes me ..."); each is read
 * as if typed alone, and only a sure reading (the full answer) of another kind counts.
 */

/** Sentence ends, and a comma, "and", "but" or "also" before a new subject: where one harm's telling ends and another's begins. */
const PIECE_BREAK = /[.!?;\n]+\s*|(?:,\s*|,?\s+(?:and|but|also|plus|n)\s+)(?=(?:also\s+|now\s+|then\s+)?(?:my|me\s+and\s+my|his|her|their|he|she|they|our|the|i)\s)/;

/** A piece that starts with a pronoun for someone already named: "he hits him", "and she locks me out". */
const POINTS_BACK = /^(?:(?:and|but|also|plus|n|now|then|so)\s+)*(?:he|she|they|hes|shes|theyre|he's|she's|they're)\b/i;

/** At most this many pieces are read: a long answer is not read clause by clause. */
const MOST_PIECES = 6;

/** The other kinds of harm told apart in the message, beside `told` (the kind it is answered for), each once. */
export function harmsToldApart(text: string, told: string, { parent }: { parent: boolean }): ConcernCategory[] {
  if (text.length > 600) return [];
  const pieces = text.split(PIECE_BREAK).map((p) => p.trim()).filter((p) => p.split(/\s+/).length >= 3);
  if (pieces.length < 2 || pieces.length > MOST_PIECES) return [];
  const kinds = new Set<ConcernCategory>();
  // "hes scared of his step dad, he hits him": a piece that starts with "he" or "she" points back at someone named
  // before it, so it is the same harm, read whole; alone its "he" would be anyone (a partner, read as domestic abuse).
  for (const piece of pieces.filter((p, i) => i === 0 || !POINTS_BACK.test(p))) {
    const read = safeguardingInChat(piece, { parent });
    if (read.action === 'answer' && read.category !== 'unspecified' && read.category !== told) kinds.add(read.category);
  }
  return [...kinds];
}

/**
 * "dale says i owe him. i hate myself": hating oneself or hopelessness, told as a piece of its own beside another harm.
 * Alone it is asked after gently; beside a harm answered in full it is heard in that answer and noted too.
 */
export function selfHateToldApart(text: string, { parent }: { parent: boolean }): boolean {
  if (parent || text.length > 600) return false;
  const pieces = text.split(PIECE_BREAK).map((p) => p.trim()).filter((p) => p.split(/\s+/).length >= 2);
  if (pieces.length < 2 || pieces.length > MOST_PIECES) return false;
  return pieces.some((piece) => {
    const read = safeguardingInChat(piece, { parent });
    return read.action === 'check' && !read.concern.concern && read.concern.likely === 'self_harm_or_suicide';
  });
}
