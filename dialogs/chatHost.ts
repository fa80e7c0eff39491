import type { AfterCommand } from './commands';
import type { DialogContext, DialogTurnResult } from './dialogKit';
import type { StageId } from './ids';
import type { Position } from './journey';

/** What the main dialog lends to the chat-talk reading: its stages and how it opens and answers their questions. */
export interface ChatHost {
  hasStage(stage: StageId): boolean;
  openAt(inner: DialogContext, position: Position): Promise<DialogTurnResult>;
  answerWith(inner: DialogContext, position: Position, text: string): Promise<DialogTurnResult>;
  reprompt(inner: DialogContext): Promise<DialogTurnResult>;
  after(inner: DialogContext, next: AfterCommand): Promise<DialogTurnResult>;
}
