import { foldCase } from './text';

/*
 * A hope's earlier words wanted back beside the words that replaced them: "u replaced happy and
 * have friends!! i wanted BOTH", "i meant both", "keep both hopes", "put the friends one back".
 * Read from the whole message: it says it wanted both, or that a hope was replaced and should be back.
 */

export interface BothHopesWanted {
  /** Words naming the replaced hope ("happy and have friends"), or null when none were named. */
  about: string | null;
  /** They said the bot replaced or lost a hope ("u replaced ..."), not only that they want both. */
  replaced: boolean;
}

const WANTS_BOTH = /\b(?:i|we|he|she)\s+(?:wanted|want|wanna|meant|mean|said|ment)\s+(?:them\s+)?both\b|\b(?:keep|kept|have|put|need|add)\s+(?:them\s+)?both\b|\bboth\s+(?:of\s+them|hopes|dreams|ones)\b|\bnot\s+(?:one\s+)?instead\b/;
const REPLACED = /\b(?:you|u|ya|it)\s+(?:have\s+|ve\s+|just\s+)?(?:replaced|swapped|overwrote|overwritten|changed|wiped|lost|got\s+rid\s+of|deleted|took\s+out|taken\s+out|removed)\s+(?:my\s+|his\s+|her\s+|the\s+)?(?:hope\s+|dream\s+|one\s+)?(.+?)(?=$|[.!?,;]|\s+(?:with|for|by|i\s+wanted|i\s+want|i\s+meant|and\s+i|but|when|after|instead)\b)/;
const PUT_BACK = /\b(?:put|bring|add)\s+(?:back\s+)?(?:the\s+|my\s+|his\s+|her\s+)?(.+?)\s*(?:one\s+|hope\s+)?back\b/;

/** What a message asks for when it wants a replaced hope back beside the new one; null when it does not. */
export function readBothHopesWanted(text: string): BothHopesWanted | null {
  const t = foldCase(text).replace(/[“”"‘’']/g, (ch) => (ch === "'" || ch === '’' || ch === '‘' ? "'" : ' ')).replace(/\s+/g, ' ').trim();
  const both = WANTS_BOTH.test(t);
  const replaced = REPLACED.exec(t);
  const back = PUT_BACK.exec(t);
  const saysReplaced = Boolean(replaced && /\b(?:replaced|swapped|overwrote|overwritten|wiped)\b/.test(replaced[0]));
  if (!both && !back && !saysReplaced) return null;
  const named = (replaced?.[1] ?? back?.[1] ?? '').replace(/\b(?:one|hope|dream|it|that|them|one\s+i\s+said)\s*$/, '').trim();
  const about = named && !/^(?:it|that|them|this|mine|my\s+hope|the\s+hope|one)$/.test(named) ? named : null;
  return { about, replaced: Boolean(replaced) || Boolean(back) };
}
