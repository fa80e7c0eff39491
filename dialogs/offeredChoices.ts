import { createHash } from 'node:crypto';
import { ActivityTypes, type Activity, type TurnContext } from 'botbuilder';

/*
 * The buttons the bot offered with its last message, per conversation. A button may quote the
 * person's own words ("2. Alfie kiked me in fotbal and it hurt" at the review): those words were
 * read for a worry when they were first typed, so a tap on that button is never read again. Only
 * a message equal to a button (after trimming) counts; typed words that differ at all are read.
 *
 * Only a hash of each label is kept: the labels may quote what the person typed, and conversation
 * state is no place for their words.
 */

/** What a conversation keeps between turns: hashes of the last message's button titles and values. */
export interface OfferedChoicesData {
  offeredChoices?: string[];
}

/** The turn-state key under which this turn's incoming message is marked as a tap on an offered button. */
const TAPPED_OFFERED = Symbol('tappedOfferedChoice');

const hashOf = (label: string): string => createHash('sha256').update(label.trim()).digest('base64url');

/** The button titles and values on the last message of those sent; none when it has no buttons. */
export function offeredWith(activities: readonly Partial<Activity>[]): string[] {
  const last = [...activities].reverse().find((a) => a.type === ActivityTypes.Message);
  const actions = last?.suggestedActions?.actions ?? [];
  const labels = actions.flatMap((a) => [a.title, typeof a.value === 'string' ? a.value : undefined]);
  return [...new Set(labels.filter((l): l is string => typeof l === 'string' && l.trim() !== '').map(hashOf))];
}

/** Whether `text` is exactly one of the buttons offered last (after trimming). */
export function isOfferedChoice(data: OfferedChoicesData, text: string | undefined): boolean {
  return Boolean(text?.trim()) && (data.offeredChoices ?? []).includes(hashOf(text!));
}

/** Marks this turn's message as a tap on an offered button (or not), for the dialogs to read. */
export function markTapped(context: TurnContext, tapped: boolean): void {
  context.turnState.set(TAPPED_OFFERED, tapped);
}

/**
 * Whether this turn's message is a button the bot itself offered with its last message: such words
 * are never checked for a worry (or read for anything else said beside the answer).
 */
export function tappedOfferedChoice(context: TurnContext): boolean {
  return context.turnState.get(TAPPED_OFFERED) === true;
}
