import { unlinkNeedFromHope } from '../src/domain/linkNeed';
import { removeItem } from '../src/domain/draft';
import { quoteNeed } from '../src/language';
import { readNotForThisHope } from '../src/language/notForThisHope';
import { namesNeed } from '../src/language/sameAsBefore';
import { Step } from './ids';
import type { Position } from './journey';
import type { OwnWords } from './sameNeedsAgain';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * "wat?? the bus thing isnt for this one. its big groups and not having money" at what makes a
 * hope hard: the need named is taken off this hope (kept for any other hope it is linked to), and
 * the words after are kept as what is hard, unless this hope has them already. Nothing of the
 * correction itself is kept.
 */

const UNLINKED = 'needs:notForThisHope.unlinked';
const HAVE = 'needs:notForThisHope.have';

export async function needNotForThisHope(session: JourneySession, position: Position, text: string): Promise<Next | OwnWords | undefined> {
  const hopeId = position.topic;
  const said = hopeId ? readNotForThisHope(text) : null;
  const draft = await session.draft();
  if (!said || !hopeId || !draft) return undefined;
  const wrong = draft.needs.filter((n) => n.aspirationIds.includes(hopeId) && namesNeed(said.named, n.text));
  if (wrong.length === 0) return undefined;
  const after = await session.updateDraft('need taken off a hope', (d) =>
    // A need of this hope alone goes; one linked to others stays for them.
    wrong.reduce((next, n) => (n.aspirationIds.length > 1 ? unlinkNeedFromHope(next, n.id, hopeId) : removeItem(next, n.id)), d),
  );
  const say = [{ key: UNLINKED, vars: { needs: wrong.map((n) => `"${quoteNeed(n.text)}"`).join(', ') } }];
  const left = after.needs.filter((n) => n.aspirationIds.includes(hopeId));
  if (!said.right) return { say, goTo: left.length > 0 ? { step: Step.needsMore, topic: hopeId } : { step: Step.needsBarrier, topic: hopeId } };
  // "its big groups and not having money" said again about what this hope has: kept already.
  const words = said.right.split(/\s+/).filter((w) => w.length > 3);
  const have = left.filter((n) => words.filter((w) => namesNeed([w], n.text)).length * 2 >= words.length);
  if (have.length > 0) return { say: [...say, { key: HAVE, vars: { needs: have.map((n) => `"${quoteNeed(n.text)}"`).join(', ') } }], goTo: { step: Step.needsMore, topic: hopeId } };
  return { ownWords: said.right, say };
}
