import { setYoungPerson } from '../src/domain/draft';
import { carerGaveOwnName } from '../src/language/carerOwnName';
import { relationshipOf } from '../src/language/whoAnswer';
import type { Position } from './journey';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';
import { WelcomeText } from './welcomeText';

/*
 * "Bev, I'm her nan" at the child's name question: Bev is the nan, the person chatting. Her name is
 * kept as hers (with how she knows the child), and the child's name is asked for. Asked once: a
 * second answer of the same kind is read as the child's name, as any answer is.
 */

/** Position note: the carer's own name was heard at the name question. */
const OWN_NAME_HEARD = 'ownNameHeard';

/** The carer's own name kept and the child's asked for, or undefined when the answer is not her own name. */
export async function carerOwnNameAt(session: JourneySession, position: Position, text: string): Promise<Next | undefined> {
  if (position.data?.[OWN_NAME_HEARD]) return undefined;
  const own = carerGaveOwnName(text);
  if (!own) return undefined;
  const relationship = relationshipOf(text);
  await session.updateDraft('the person chatting named', (d) =>
    setYoungPerson(d, {
      ...(d.youngPerson.who === 'self' ? { who: 'parent_carer' as const } : {}),
      ...(relationship && !d.youngPerson.relationship ? { relationship } : {}),
      chatHelper: { role: own.role, name: own.name },
    }),
  );
  return { say: [{ key: WelcomeText.nameOwnHeard, vars: { name: own.name } }], goTo: { ...position, data: { ...position.data, [OWN_NAME_HEARD]: '1' } } };
}
