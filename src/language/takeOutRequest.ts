import { asksToRemoveLast } from './lastRemoval';
import { asksToRemove } from './removeItem';
import { normaliseMessage } from './text';
import { TAKE_OUT_VERB } from './takeOutVerbs';

/** "take out the bit about me not being here forever", "remove the one about ...": the part is named after the verb. */
const TAKE_OUT_ABOUT = new RegExp(String.raw`^(?:(?:please|pls|can you|could you|can u|just|no|i said)\s+)*(?:${TAKE_OUT_VERB}|take off)\s+(?:the|that|this)\s+(?:bit|part|one|line|sentence|hope|words?)\s+(?:about|where|that says|saying)\b`);

/** "delete all of my hopes", "remove all the needs": every item of one kind, asked to go. */
const TAKE_OUT_ALL =
  new RegExp(String.raw`^(?:(?:please|pls|can you|could you|can u|just|no|i said|i want to|i wanna|i want you to)\s+)*(?:${TAKE_OUT_VERB}|take off|clear|wipe)\s+(?:all|every|each)\s+(?:of\s+)?(?:(?:(?:my|the|your|those|these)\s+)?(?:hopes?|dreams?|needs?|outcomes?|steps?|answers?|goals?)\b|(?:them|those|these)$)`);

/**
 * A request to take something out of the plan ("I want it gone. Delete.", "delete the bit about not
 * being here forever"): a command about the plan, never a worry to ask "Are you OK?" about.
 */
export function asksToTakeOut(text: string): boolean {
  if (asksToRemove(text) !== null || asksToRemoveLast(text) || TAKE_OUT_ABOUT.test(normaliseMessage(text))) return true;
  // "delete all of my hopes. none of them are real": one sentence asks for all of them to go.
  return text.split(/[.!?…;]+/).some((part) => TAKE_OUT_ALL.test(normaliseMessage(part)));
}

/** "take that word out", "yes take it out", "get rid of it": agreeing to take the words asked about out. */
const TAKE_IT_OUT =
  /^(?:(?:yes|yeah|yep|ye|ok|okay|please|pls|just|and|so)[\s,.!]+)*(?:take|get|rub|cross)\s+(?:(?:that|the|this|those|these)\s+(?:word|words|bit)|it|that|them)\s+(?:out|off)(?:\s+(?:please|pls|then|now|thanks))*[\s.!]*$|^(?:(?:yes|yeah|ok|please|just)[\s,.!]+)*(?:remove|delete|get\s+rid\s+of)\s+(?:(?:that|the|this|those)\s+(?:word|words|bit)|it|that|them)(?:\s+(?:please|pls|then|now|thanks))*[\s.!]*$/i;

export function saysTakeItOut(text: string): boolean {
  return TAKE_IT_OUT.test(text.trim());
}

/** "can you delete it", "could u remove that please": asked as a question, it is the same agreement. */
const ASKED_LEAD = /^(?:(?:yes|yeah|yep|ok|okay|so|um+|erm+)[\s,.!]+)*(?:(?:can|could|will|would)\s+(?:you|u)\s+(?:please\s+|pls\s+|just\s+)?|please\s+|pls\s+)/i;

/**
 * "can you delete it", "take it out", "remove that please" just after the bot offered to take one
 * thing out: "it" is the thing offered, so this is a yes to that offer and nothing more.
 */
export function agreesToTakeOut(text: string): boolean {
  const said = text.trim().replace(/[?]+$/, '');
  return saysTakeItOut(said) || saysTakeItOut(said.replace(ASKED_LEAD, ''));
}

/** "i dont need the laptop anymore", "he doesnt use the hoist now": a piece of help named as no longer needed. */
const NOT_NEEDED =
  /^(?:(?:oh|so|and|but|actually|um+|erm+)[\s,]+)*(?:i|he|she|they)\s+(?:dont|doesnt|do\s+not|does\s+not|no\s+longer)\s+(?:really\s+)?(?:need|needs|use|uses|want|wants|have)\s+(?:the|my|his|her|their|that|a|an)\s+(.+?)(?:\s+(?:any\s*more|anymore|now|no\s+more|these\s+days))?(?:\s+(?:thanks|lol))?\s*$/;

/** The words naming a piece of help said to be no longer needed ("laptop"), or undefined. */
export function helpNoLongerNeeded(text: string): string | undefined {
  return NOT_NEEDED.exec(normaliseMessage(text.split(/(?<=[.!?])\s+/)[0] ?? ''))?.[1]?.trim();
}
