import { carersOwnWorry } from '../src/language/carerOwnYears';
import { quoteNeed } from '../src/language/hopeItself';
import { speaksForThem } from './aboutWhom';
import { needOnce } from './keptOnce';
import type { Words } from './say';
import type { JourneySession } from './session';

/*
 * "im worried about the move to college and im not going to be around forever", typed by a parent
 * beside the hopes for their child: the worry is the family's own. It is heard kindly and noted as a
 * need of the family (social care), never kept or read back as a hope for the child.
 */

export const CarerWorryText = { heard: 'hopes:carerWorry', aboutChild: 'hopes:worryAboutChild', ownHard: 'hopes:ownWorryKept' } as const;

/**
 * "I worry the other children will notice", "I'm worried he'll be picked on at the new school": a
 * worry about how others will see or treat the child, not the family's own. Heard kindly as a worry,
 * not a hope, and left for the question about what is hard: nothing is kept that the parent did not
 * choose, and a fear of what may happen is no disclosure (harm told as happening is read before this).
 */
const ABOUT_OTHERS_AND_CHILD =
  /\b(?:he|she|they|him|her|them)\s*(?:['’]ll|ll|will|would|['’]d|might|could|may|(?:is|are|s|['’]s|['’]re)\s+going\s+to)\s+(?:be\s+|get\s+)?(?:picked\s+on|bullied|teased|laughed\s+at|left\s+out|singled\s+out|pushed\s+around|called\s+names|made\s+fun\s+of|lonely|isolated|on\s+(?:his|her|their)\s+own|(?:not|never)\s+(?:fit\s+in|make\s+(?:any\s+)?friends|be\s+accepted))\b|\b(?:he|she|they)\s*(?:['’]ll|ll|will)?\s*(?:wont|won['’]t|will\s+not|wouldnt|wouldn['’]t)\s+(?:fit\s+in|make\s+(?:any\s+)?friends|be\s+accepted)\b|\b(?:other\s+(?:children|kids|pupils|people)|the\s+(?:other\s+)?(?:children|kids|class)|people|they|others|everyone|his\s+(?:class|friends)|her\s+(?:class|friends))\s+(?:will|would|might|could|are\s+going\s+to|may)\s+(?:\w+\s+)?(?:notice|see|stare|laugh|tease|think|judge|leave\s+(?:him|her|them)\s+out|pick\s+on|find\s+out|say)\b/i;

/** The hopes of a message apart from a parent's or carer's own worries. */
export async function carerWorriesApart(session: JourneySession, hopes: readonly string[]): Promise<{ hopes: string[]; worries: string[] }> {
  return { hopes: hopes.filter((h) => !carersOwnWorry(h)), worries: hopes.filter((h) => carersOwnWorry(h)) };
}

/**
 * The worries noted as needs of the family; the kind words to say, if any. A worry is the family's
 * own, so it is tied to no hope: taking a hope out never takes the worry the bot said it noted.
 */
export async function noteCarerWorries(session: JourneySession, allWorries: readonly string[]): Promise<Words[]> {
  if (allWorries.length > 0 && !speaksForThem(await session.draft())) return noteOwnWorries(session, allWorries);
  const aboutChild = allWorries.some((w) => ABOUT_OTHERS_AND_CHILD.test(w));
  const worries = allWorries.filter((w) => !ABOUT_OTHERS_AND_CHILD.test(w));
  if (worries.length === 0) return aboutChild ? [{ key: CarerWorryText.aboutChild }] : [];
  await session.updateDraft('a carer said a worry of their own', (d) => worries.reduce((next, worry) => needOnce(next, worry, [], 'social_care').draft, d));
  return [{ key: CarerWorryText.heard }, ...(aboutChild ? [{ key: CarerWorryText.aboutChild }] : [])];
}

/**
 * "im worried about my family", typed by the young person at a hopes question: a worry of their own
 * is something hard, never a hope. It is kept in their words as a hard thing of no hope yet (the
 * needs stage offers to link it), and they hear where it went.
 */
async function noteOwnWorries(session: JourneySession, worries: readonly string[]): Promise<Words[]> {
  await session.updateDraft('a worry of their own said at the hopes', (d) => worries.reduce((next, worry) => needOnce(next, worry, []).draft, d));
  return worries.map((worry) => ({ key: CarerWorryText.ownHard, vars: { worry: quoteNeed(worry) } }));
}
