import type { TurnContext } from 'botbuilder';
import { withDictatedMarks } from '../src/language/dictatedMarks';
import { withShortRuns } from '../src/language/shortRuns';
import { rememberTypedWhole } from './typedWhole';

/*
 * The message as every reader of the turn reads it: "im kind comma funny full stop" typed by
 * speech-to-text has its marks, and a long run of spaces or marks is read short, so no reader
 * spends seconds on it. The message itself is made so, and kept whole for the turn.
 */
export function messageAsRead(context: TurnContext): string {
  const typed = (context.activity.text ?? '').trim();
  const text = withDictatedMarks(withShortRuns(typed));
  if (text !== typed) context.activity.text = text;
  rememberTypedWhole(context, text);
  return text;
}
