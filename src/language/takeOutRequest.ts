import { asksToRemove } from './removeItem';
import { normaliseMessage } from './text';

/** "take out the bit about me not being here forever", "remove the one about ...": the part is named after the verb. */
const TAKE_OUT_ABOUT = /^(?:(?:please|pls|can you|could you|can u|just|no|i said)\s+)*(?:take out|delete|remove|get rid of|take off|cross out|rub out)\s+(?:the|that|this)\s+(?:bit|part|one|line|sentence|hope|words?)\s+(?:about|where|that says|saying)\b/;

/**
 * A request to take something out of the plan ("I want it gone. Delete.", "delete the bit about not
 * being here forever"): a command about the plan, never a worry to ask "Are you OK?" about.
 */
export function asksToTakeOut(text: string): boolean {
  return asksToRemove(text) !== null || TAKE_OUT_ABOUT.test(normaliseMessage(text));
}
