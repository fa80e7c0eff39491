import { setYoungPerson, type Relationship } from '../src/domain/draft';
import { carerNamed, ownNameThenChild, whoseNameSaid, withoutCarerNamed } from '../src/language/carerOwnName';
import { isEverydayWord, readName } from '../src/language/nameAnswer';
import { relationshipOf } from '../src/language/whoAnswer';
import type { Position } from './journey';
import type { JourneySession } from './session';
import type { Question } from './say';
import type { Next } from './stageDialog';
import { WelcomeText } from './welcomeText';

/*
 * "Bev, I'm her nan" at the child's name question: Bev is the nan, the person chatting. Her name is
 * kept as hers (with how she knows the child), and the child's name is asked for. Asked once: a
 * second answer of the same kind is read as the child's name, as any answer is.
 */

/** Position note: the carer's own name was heard at the name question. */
const OWN_NAME_HEARD = 'ownNameHeard';

/** Position note: the name asked about ("Is Jayden your name, or the child's?"). */
const WHOSE_NAME = 'whoseName';

const WHOSE_CHOICES = [
  { value: 'mine', labelKey: WelcomeText.nameWhoseMine },
  { value: 'child', labelKey: WelcomeText.nameWhoseChild },
] as const;

/** "Is Jayden your name, or the child's?", when that was left unclear; else undefined. */
export function whoseNameQuestion(position: Position): Question | undefined {
  const name = position.data?.[WHOSE_NAME];
  if (!name) return undefined;
  return { step: position.step, words: { key: WelcomeText.nameWhoseQuestion, vars: { name } }, choices: WHOSE_CHOICES, understand: (text) => whoseNameSaid(text, name)?.whose };
}

/** The carer's own name and role kept as the person chatting, and how she knows the child. */
async function keepCarer(session: JourneySession, text: string, role: string, name: string | undefined): Promise<void> {
  const relationship = relationshipOf(text);
  await session.updateDraft('the person chatting named', (d) =>
    setYoungPerson(d, {
      // "I am Ray, her Grandad" after "someone helping me": family raising a child is a parent or carer.
      ...(d.youngPerson.who === 'self' || (d.youngPerson.who === 'supporter' && raisesTheChild(relationship)) ? { who: 'parent_carer' as const } : {}),
      // "Im his foster carer": said in her own words, so it wins over the button's "parent or carer" or "someone helping me".
      ...(relationship && (!d.youngPerson.relationship || d.youngPerson.relationship === 'parent' || (raisesTheChild(relationship) && d.youngPerson.relationship === 'support_worker')) ? { relationship } : {}),
      chatHelper: { role, ...(name ? { name } : {}) },
    }),
  );
}

/** Family or a carer bringing the child up: a grandparent, foster carer, aunt, step-parent... never a worker or teacher. */
function raisesTheChild(relationship: Relationship | undefined): boolean {
  return relationship !== undefined && FAMILY_CARERS.has(relationship);
}
const FAMILY_CARERS: ReadonlySet<Relationship> = new Set(['mum', 'dad', 'parent', 'step_parent', 'foster_carer', 'grandparent', 'aunt_or_uncle', 'guardian', 'carer']);

/**
 * The answer to "Is Jayden your name, or the child's?": the child's name to keep, or what to say next
 * (her own name kept, the child's asked for); undefined when not asked. An answer saying neither asks for the name again.
 */
export async function whoseNameAnswered(session: JourneySession, position: Position, text: string, chosen: string | undefined): Promise<{ childName: string } | Next | undefined> {
  const name = position.data?.[WHOSE_NAME];
  if (!name) return undefined;
  const whose = whoseNameSaid(text, name, chosen);
  const role = position.data?.whoseRole ?? 'carer';
  const data = { ...position.data };
  delete data[WHOSE_NAME];
  if (!whose) return { goTo: { ...position, data }, miss: true };
  if (whose.whose === 'mine') {
    await keepCarer(session, text, role, name);
    return { say: [{ key: WelcomeText.nameOwnHeard, vars: { name } }], goTo: { ...position, data: { ...data, [OWN_NAME_HEARD]: '1' } } };
  }
  await keepCarer(session, text, role, whose.ownName);
  return { childName: name };
}

/**
 * The carer's own name kept and the child's asked for; the child's name to keep when both are said;
 * or undefined when the answer is not her own name.
 */
export async function carerOwnNameAt(session: JourneySession, position: Position, text: string): Promise<Next | { childName: string } | undefined> {
  if (position.data?.[OWN_NAME_HEARD]) return undefined;
  // "Denise. And HE is Harley": her own name, then her son's; both kept, as who she is was said before.
  const both = ownNameThenChild(text, isEverydayWord);
  if (both) {
    const draft = await session.draft();
    await keepCarer(session, text, draft?.youngPerson.relationship ?? 'parent', both.own);
    return { childName: both.child };
  }
  const own = carerNamed(text, isEverydayWord);
  if (!own) return undefined;
  // "its Arlo, im his dad Paul": the child is named beside the carer's own name; both are kept.
  const child = own.sure ? readName(withoutCarerNamed(text, isEverydayWord))?.name : undefined;
  if (child && child.toLowerCase() !== own.name.toLowerCase()) {
    await keepCarer(session, text, own.role, own.name);
    return { childName: child };
  }
  // "its his dad derek. ben is my son": the child is named too, so that name is the answer.
  if (readName(text)?.name) return undefined;
  if (!own.sure) {
    // "Jayden. Im his foster carer": how she knows the child is clear; whose name it is is asked once.
    await keepCarer(session, text, own.role, undefined);
    return { goTo: { ...position, data: { ...position.data, [WHOSE_NAME]: own.name, whoseRole: own.role } } };
  }
  await keepCarer(session, text, own.role, own.name);
  return { say: [{ key: WelcomeText.nameOwnHeard, vars: { name: own.name } }], goTo: { ...position, data: { ...position.data, [OWN_NAME_HEARD]: '1' } } };
}
