import { ActivityTypes, InputHints } from 'botbuilder';
import type { DialogContext } from './dialogKit';
import { sayAll, type Words } from './say';
import type { JourneySession } from './session';

/*
 * "stop": everything is kept, and the person gets a code to come back with. Its own module so both
 * the stop command and a stage (after "stop for now" at "this outcome or the chat?") can use it.
 */

export const StopText = {
  saved: 'commands:stop.saved',
  howToReturn: 'commands:stop.howToReturn',
  notSaved: 'commands:stop.notSaved',
} as const;

/** Saves, and gives the code to come back with; the open question stays open for their return. */
export async function saveAndStop(dc: DialogContext, session: JourneySession): Promise<void> {
  const t = session.t;
  if (!session.journey.consent) {
    await sayAll(dc.context, t, [{ key: StopText.notSaved }]);
    return;
  }
  await session.resumeCodes.forget(session.journey.resumeKey);
  const { code, key } = await session.resumeCodes.issue(session.draftId, session.today);
  await session.updateJourney((j) => ({ ...j, resumeKey: key }));
  const words: Words[] = [{ key: StopText.saved, vars: { code } }, { key: StopText.howToReturn }];
  const text = words.map((w) => t(w.key, w.vars)).join(' ');
  await dc.context.sendActivity({
    type: ActivityTypes.Message,
    text,
    speak: text.replace(code, code.split('').join(' ')),
    inputHint: InputHints.IgnoringInput,
    channelData: { outcomes: { resumeCode: code, mode: session.mode } },
  });
}
