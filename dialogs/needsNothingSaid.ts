import { quoteNeed } from '../src/language';
import { saidNothingIsHard } from '../src/language/notHard';
import { removeItems } from '../src/domain/removeItems';
import { Step } from './ids';
import type { Position } from './journey';
import { nextHope } from './needsOrder';
import { NeedsText } from './needsText';
import { forgetAnswered } from './removeParts';
import type { JourneySession } from './session';
import { askedHopes } from './skippedHope';
import type { Next } from './stageDialog';

/*
 * "wait what i said nothing is hard" at "what helps?", just after a hard thing was kept: the bot
 * got it wrong. What was just kept goes, nothing is hard for this hope, and the chat goes on to the
 * next hope. Never kept as help.
 */

export const NothingSaidText = { tookOut: 'needs:nothingSaid.tookOut' } as const;

/** The turn when the person says they had said nothing is hard; undefined otherwise. */
export async function nothingHardSaidAgain(session: JourneySession, position: Position, text: string): Promise<Next | undefined> {
  if (position.step !== Step.needsHelps || !saidNothingIsHard(text)) return undefined;
  const ids = (position.data?.need ?? '').split(' ').filter(Boolean);
  const kept = (await session.draft())?.needs.filter((n) => ids.includes(n.id)) ?? [];
  if (kept.length === 0) return undefined;
  await session.updateDraft('nothing hard, said again', (d) => removeItems(d, kept.map((n) => n.id)));
  await forgetAnswered(session, kept.map((n) => n.id));
  const next = nextHope(await session.draft(), position.topic, askedHopes(session));
  const need = kept.map((n) => `"${quoteNeed(n.text)}"`).join(' and ');
  return { ...next, say: [{ key: NothingSaidText.tookOut, vars: { need } }, ...(next.say ?? [])] };
}
