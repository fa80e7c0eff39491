import type { TurnContext } from 'botbuilder';
import type { DialogSet } from '../dialogs/dialogKit';
import type { ReopenOptions } from '../dialogs/mainDialog';
import { sayAll } from '../dialogs/say';
import type { JourneySession } from '../dialogs/session';
import type { Logger } from '../src/log';

export const SilentTurnText = { lostPlace: 'common:lostPlace' } as const;

/**
 * Every message a person sends gets something back. When a turn that received a message ends with
 * nothing sent, the bot says a short kind line and asks the open question again, with its buttons.
 * The log has only the open step and how many such turns this instance has seen.
 */
export class SilentTurns {
  private count = 0;

  constructor(private readonly log?: Logger) {}

  /** `said` counts the messages sent so far this turn. */
  async mend(context: TurnContext, session: JourneySession, dialogs: DialogSet, rootId: string, said: () => number): Promise<void> {
    this.count += 1;
    this.log?.warn({ step: session.journey.position?.step ?? 'none', silentTurns: this.count }, 'a turn sent nothing: the open question is asked again');
    await sayAll(context, session.t, [{ key: SilentTurnText.lostPlace }]);
    const before = said();
    const dc = await dialogs.createContext(context);
    // The open dialog asks its own question (a stage, the safety check, a gentle check)...
    if (dc.activeDialog) await dc.repromptDialog();
    if (said() > before) return;
    // ...and when it has nothing to ask, the question stored in the journey is opened afresh.
    await dc.cancelAllDialogs();
    await dc.beginDialog(rootId, { reopen: true } satisfies ReopenOptions);
  }
}
