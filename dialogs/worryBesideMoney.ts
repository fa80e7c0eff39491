import { safeguardingInChat } from '../src/language/concernInChat';
import { tellsOfMoneyFromOlderOnes } from '../src/language/moneyFromOlderOnes';

/*
 * "got a few quid off the olders, theres never any food in": money from the lads joins an exploitation note only
 * when it is all the message tells. Any other part that the concern reader would check or answer on its own, or a
 * reading of the whole that names another kind of harm, is a new worry and is read as ever.
 */

/** The message's parts: sentences and comma parts whole, and within them clauses joined by "and", "but", "cos", "so". */
function partsOf(text: string): string[] {
  const pieces = text.split(/[.!?;,\n]+/).map((p) => p.trim()).filter((p) => p !== '');
  const clauses = pieces.flatMap((p) => p.split(/\s+(?:and|but|cos|coz|because|so|plus)\s+/i).map((c) => c.trim()).filter((c) => c !== ''));
  return [...new Set([...pieces, ...clauses])];
}

/** True when something beside the money from older ones holds a worry of its own. */
export function worryBesideMoney(text: string, parent: boolean): boolean {
  const others = partsOf(text).filter((p) => !tellsOfMoneyFromOlderOnes(p));
  if (others.length === 0) return false;
  const heardAlone = others.some((p) => {
    const heard = safeguardingInChat(p, { parent });
    return heard.action !== 'none' || heard.concern.concern;
  });
  if (heardAlone) return true;
  // "i got a bit saved from the lads in town and i dont eat at home": the whole heard as another kind of harm.
  const whole = safeguardingInChat(text, { parent });
  if (whole.action === 'none') return false;
  const kind = whole.action === 'answer' ? whole.category : (whole.concern.category ?? ('likely' in whole.concern ? whole.concern.likely : undefined));
  return kind !== 'exploitation';
}
