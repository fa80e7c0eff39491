import type { DialogContext, DialogTurnResult } from './dialogKit';
import type { ChatHost } from './chatHost';
import type { Position } from './journey';
import type { sessionOf } from './session';

/** One message being read for talk about the chat: who reads it, its words, and where the chat is. */
export interface ChatTalkTurn {
  inner: DialogContext;
  host: ChatHost;
  /** As typed. */
  typed: string;
  /** Without puzzled noise, or who is typing said first. */
  text: string;
  inSafeguarding: boolean;
  session: ReturnType<typeof sessionOf>;
  at: Position | undefined;
  /** The message read afresh from the start, as these words. */
  again(text: string): Promise<DialogTurnResult | undefined>;
}

/** Whether the message is one of the open question's choices: as understood, and as spelled. */
export interface ChoicesRead {
  understood: boolean;
  exactChoice: boolean;
}

/** The turn's result, when a reading settled it (undefined: the rest goes to the open question). */
export interface Done {
  result: DialogTurnResult | undefined;
}

export const done = (result: DialogTurnResult | undefined): Done => ({ result });
