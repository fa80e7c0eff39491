import type { DialogContext, DialogTurnResult } from './dialogKit';
import { asksToAddHope, saysAddIt } from '../src/language/hopeAddedLater';
import { readHopeCorrection } from '../src/language/hopeCorrection';
import { hopeInAddCommand } from '../src/language/hopeLeadIn';
import { newWishBeside } from '../src/language/newWishAtOutcome';
import type { ChatHost } from './chatTalk';
import { Stage, Step } from './ids';
import { movedTo, positionSchema, type Position } from './journey';
import { sayAll } from './say';
import { HopesText } from './hopesText';
import { sessionOf } from './session';
import type { Next } from './stageDialog';

/*
 * "hang on I've got another one, go back" just after the hopes, "no, but can I add another hope
 * now" at a needs or outcome question: the hope is asked for there and then, and once it is kept
 * (or none is given) the chat goes back to the question it was at, never through the hopes again.
 */

export const HopeLaterText = { ask: 'hopes:later.ask', back: 'hopes:later.back' } as const;

/** Position data: the question to go back to once the hope is kept. */
const BACK_TO = 'hopeLaterBackTo';
/** Position data: the bot just said a hope it did not have can be added ("add it now" then asks for it). */
export const ADD_OFFERED = 'addOffered';

/** "Do you have a hope?" asked away from the hopes, coming back to `back` once the hope is kept. */
export function hopeAskedLaterFrom(back: Position): Position {
  return { stage: Stage.hopes, step: Step.hopesDream, data: { another: 'yes', [BACK_TO]: JSON.stringify(back) } };
}

/** The turn's result when a hope was asked to be added now; undefined otherwise. */
export async function openHopeLater(inner: DialogContext, host: ChatHost, text: string): Promise<DialogTurnResult | undefined> {
  const session = sessionOf(inner.context);
  const at = session.journey.position;
  if (!at || (at.stage !== Stage.needs && at.stage !== Stage.outcomes)) return undefined;
  const justAfterHopes = session.journey.history.at(-1)?.stage === Stage.hopes;
  // "my hope is for him to be more independant" at a later question: that hope is kept at once, then back here.
  // "add a hope: not be tired in lessons", "new hope X": the hope is said with the command, so it is kept at once too.
  if (readHopeCorrection(text)?.added || hopeInAddCommand(text) !== null) {
    const asked = hopeAskedLaterFrom(at);
    await session.updateJourney((journey) => movedTo(journey, asked));
    return host.answerWith(inner, asked, text);
  }
  // "oh and i want to learn to swim" at an outcome question: a wish none of their hopes is about is a new hope, kept now.
  const wish = await newWishAt(session, at, text);
  if (wish !== null) {
    const asked = hopeAskedLaterFrom(at);
    await session.updateJourney((journey) => movedTo(journey, asked));
    return host.answerWith(inner, asked, wish);
  }
  // "add at the end", "add it now" just after the bot said it could be added: both ask to add it.
  const offered = Boolean(at.data?.[ADD_OFFERED]) && saysAddIt(text);
  if (!offered && !asksToAddHope(text, justAfterHopes)) return undefined;
  const { [ADD_OFFERED]: _offered, ...data } = at.data ?? {};
  const back: Position = { ...at, data };
  await sayAll(inner.context, session.t, [{ key: HopeLaterText.ask }]);
  return host.openAt(inner, hopeAskedLaterFrom(back));
}

/** The new wish typed at an outcome's step or "another outcome?"; null when it fits a hope they have. */
async function newWishAt(session: ReturnType<typeof sessionOf>, at: Position, text: string): Promise<string | null> {
  if (at.step !== Step.outcomeStep && at.step !== Step.outcomeAnother) return null;
  const draft = await session.draft();
  if (!draft) return null;
  return newWishBeside(text, [...draft.aspirations.map((a) => a.text), ...draft.needs.map((n) => n.text)]);
}

/** After the hope asked for later: back to where the chat was; asked again, the way back is kept. */
export function backAfterHopeLater(position: Position, next: Next): Next {
  const back = position.data?.[BACK_TO];
  if (!back || next.openAt || next.stopChat || next.safeguarding) return next;
  if (next.goTo?.step === Step.hopesDream) return { ...next, goTo: { ...next.goTo, data: { ...next.goTo.data, [BACK_TO]: back } } };
  const parsed = positionSchema.safeParse(JSON.parse(back));
  if (!parsed.success) return next;
  // What led into the next hopes question ("Let us think about other parts of life.") goes with it: that question is not asked.
  const said = (next.say ?? []).filter((line) => !('key' in line && line.key === HopesText.themeIntro));
  return { say: [...said, { key: HopeLaterText.back }], openAt: parsed.data };
}
