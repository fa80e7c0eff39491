import type { DialogContext, DialogTurnResult } from './dialogKit';
import { Step } from './ids';
import type { Position } from './journey';
import { sayAll } from './say';
import { sessionOf } from './session';
import { capitaliseNameIfAsked, renameIfCorrected } from './chatTalkReadings';
import { NAME_CAPITALISED, NAME_CAPITALS_ALREADY, NAME_CORRECTED, NAME_KEPT } from './chatTalkKeys';

/*
 * The young person's name talked about during the chat: put right ("My name is not Dawn. My name is
 * Maya") or asked to have its capitals ("Can you put a capital E on Ellie-May"). Said back, never kept
 * as an answer; the name question reads its own answers.
 */

/** The turn done (the question asked again), the words left beside a correction, or undefined when the message is not about the name. */
export async function answerNameTalk(inner: DialogContext, at: Position | undefined, text: string, reprompt: () => Promise<DialogTurnResult>): Promise<{ done: DialogTurnResult } | { rest: string } | undefined> {
  if (!at || at.step === Step.welcomeName) return undefined;
  const session = sessionOf(inner.context);
  const renamed = await renameIfCorrected(session, text);
  if (renamed) {
    await sayAll(inner.context, session.t, [{ key: renamed.kept ? NAME_KEPT : NAME_CORRECTED, vars: { name: renamed.name } }]);
    return renamed.rest ? { rest: renamed.rest } : { done: await reprompt() };
  }
  // Every stored text where the name stands gets its capitals.
  const capitalised = await capitaliseNameIfAsked(session, text);
  if (!capitalised) return undefined;
  await sayAll(inner.context, session.t, [{ key: capitalised.changed ? NAME_CAPITALISED : NAME_CAPITALS_ALREADY, vars: { name: capitalised.name } }]);
  return { done: await reprompt() };
}
