import type { TurnContext } from 'botbuilder';

/*
 * The message as the person typed it, before readers took a part of it off ("dunno." before
 * "i dont like busy places"): kept for the turn, so a question can notice what was said beside the answer.
 */

const TYPED_WHOLE = Symbol('typedWhole');

export function rememberTypedWhole(context: TurnContext, text: string): void {
  context.turnState.set(TYPED_WHOLE, text);
}

/** The whole message of this turn; `fallback` when none was kept. */
export function typedWhole(context: TurnContext | undefined, fallback: string): string {
  const kept: unknown = context?.turnState.get(TYPED_WHOLE);
  return typeof kept === 'string' ? kept : fallback;
}
