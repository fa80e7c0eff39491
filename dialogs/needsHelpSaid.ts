import { addAboutMe, type Draft } from '../src/domain/draft';
import { sameNeed } from '../src/language/sameNeed';
import { quoteOf } from '../src/language';
import { readHelpAtNeeds } from '../src/language/helpAtNeeds';
import { Step } from './ids';
import type { Position } from './journey';
import { helpOnce } from './keptOnce';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';
import { NeedsText } from './needsText';

/*
 * Help said in the needs stage where it was not asked for, or pointed back to: "a TA, extra time
 * and a laptop" at "anything else hard?" is help, kept with this hope's need and never as a need;
 * "yes the reading like i said" at "what helps?" is the help said before, kept in its own words.
 */

/** Position data: help said before this hope had a need, kept with the need said next. */
export const HELP_SAID = 'helpSaid';
const ANOTHER = 'yes';

const quoted = (items: readonly string[]) => items.map((t) => `"${quoteOf(t)}"`).join(', ');

/** A list of help at "what makes it hard?" or "anything else?": kept as help, and what is hard asked for. */
export async function helpAtHard(session: JourneySession, position: Position, text: string): Promise<Next | undefined> {
  const hopeId = position.topic;
  const said = readHelpAtNeeds(text, { question: 'hard' });
  if (!hopeId || said?.kind !== 'list') return undefined;
  const pieces = said.pieces;
  const draft = await session.draft();
  const latest = draft?.needs.filter((n) => n.aspirationIds.includes(hopeId)).at(-1);
  const say = [{ key: NeedsText.helpsKeptAsHelp, vars: { help: quoted(pieces) } }];
  if (!latest) {
    const pending = [...listOf(position.data?.[HELP_SAID]), ...pieces];
    return { say, goTo: { step: Step.needsBarrier, topic: hopeId, data: { ...position.data, [HELP_SAID]: JSON.stringify(pending) } } };
  }
  await session.updateDraft('help said at the hard things', (d) => pieces.reduce((next, piece) => helpOnce(next, latest.id, piece), d));
  return { say, goTo: { step: Step.needsBarrier, topic: hopeId, data: { another: ANOTHER } } };
}

/** Help said before a need was: kept with the needs just added. */
export function withHelpSaid(draft: Draft, needIds: readonly string[], data: Position['data']): Draft {
  const pending = listOf(data?.[HELP_SAID]);
  return needIds.reduce((d, id) => pending.reduce((next, help) => helpOnce(next, id, help), d), draft);
}

/** Help said for a hope that then has nothing hard: kept with how to help them, never lost. */
export function helpSaidAsSupport(draft: Draft, data: Position['data']): Draft {
  const known = draft.aboutMe.support;
  return listOf(data?.[HELP_SAID]).filter((help) => !known.some((k) => sameNeed(k, help))).reduce((d, help) => addAboutMe(d, 'support', help), draft);
}

/** Position data with more help said before the need it goes with ("... what helps is the speech therapist"). */
export function withMoreHelpSaid(data: Position['data'], help: string): Record<string, string> {
  return { ...data, [HELP_SAID]: JSON.stringify([...listOf(data?.[HELP_SAID]), help]) };
}

export const hasHelpSaid = (data: Position['data']): boolean => listOf(data?.[HELP_SAID]).length > 0;

/** Help kept with this hope's other needs, which "like i said" at "what helps?" may point at. */
export function earlierHelp(draft: Draft | undefined, needIds: readonly string[]): string[] {
  return (draft?.needs ?? []).filter((n) => !needIds.includes(n.id)).flatMap((n) => n.helps ?? []);
}

function listOf(raw: string | undefined): string[] {
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}
