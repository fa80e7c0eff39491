import { carersOwnWorry } from '../src/language/carerOwnYears';
import { speaksForThem } from './aboutWhom';
import { needOnce } from './keptOnce';
import type { Words } from './say';
import type { JourneySession } from './session';

/*
 * "im worried about the move to college and im not going to be around forever", typed by a parent
 * beside the hopes for their child: the worry is the family's own. It is heard kindly and noted as a
 * need of the family (social care), never kept or read back as a hope for the child.
 */

export const CarerWorryText = { heard: 'hopes:carerWorry' } as const;

/** The hopes of a message apart from a parent's or carer's own worries. */
export async function carerWorriesApart(session: JourneySession, hopes: readonly string[]): Promise<{ hopes: string[]; worries: string[] }> {
  if (!speaksForThem(await session.draft())) return { hopes: [...hopes], worries: [] };
  return { hopes: hopes.filter((h) => !carersOwnWorry(h)), worries: hopes.filter((h) => carersOwnWorry(h)) };
}

/** The worries noted as needs of the family, beside the hopes said with them; the kind words to say, if any. */
export async function noteCarerWorries(session: JourneySession, worries: readonly string[], hopeTexts: readonly string[]): Promise<Words[]> {
  if (worries.length === 0) return [];
  await session.updateDraft('a carer said a worry of their own', (d) => {
    const ids = d.aspirations.filter((a) => hopeTexts.includes(a.text)).map((a) => a.id);
    return worries.reduce((next, worry) => needOnce(next, worry, ids, 'social_care').draft, d);
  });
  return [{ key: CarerWorryText.heard }];
}
