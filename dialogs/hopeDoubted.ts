import { hopeDoubted } from '../src/language/hopeDoubt';
import { wordsFor, type WhomKeys } from './aboutWhom';
import { hopeWasHard, hopeWasOnlyALiking } from './hopeWasHard';
import { hopeOnlyBe } from './hopeOnlyBe';
import type { Position } from './journey';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';
import type { Words } from './say';

/*
 * "idk if i could be a vet, u need to be good at reading", at the hopes questions: doubt, not a
 * change. The hope is kept as it was; the bot answers kindly (help exists, there are many ways
 * there) and asks the same question again.
 */

const KEPT: WhomKeys = { self: 'hopes:doubt.self', child: 'hopes:doubt.child', yourChild: 'hopes:doubt.yourChild' };
const HELP_WITH = 'hopes:doubt.helpWith';

async function answerDoubt(session: JourneySession, position: Position, text: string): Promise<Next | undefined> {
  const doubt = hopeDoubted(text);
  if (!doubt) return undefined;
  const draft = await session.draft();
  if (!draft?.aspirations.length) return undefined;
  const say: Words[] = [wordsFor(draft, KEPT)];
  if (doubt.hard) say.push({ key: HELP_WITH, vars: { hard: doubt.hard } });
  const { stage: _stage, ...again } = position;
  return { say, goTo: again };
}

/**
 * A hope put right in parts ("The hope should only be X. Y is a fact not a hope."), else doubt about
 * a hope, else a hope said to be something hard (hopeWasHard.ts), which would read "not a hope" alone.
 */
export async function hopeDoubtedOrHard(session: JourneySession, position: Position, text: string): Promise<Next | undefined> {
  return (await hopeOnlyBe(session, position, text)) ?? (await answerDoubt(session, position, text)) ?? (await hopeWasHard(session, position, text)) ?? hopeWasOnlyALiking(session, position, text);
}
