import type { TurnContext } from 'botbuilder';
import type { JourneySession } from './session';

/*
 * The session carried with a turn: set once when the turn starts, found by every dialog that
 * answers in it.
 */

const SESSION_KEY = Symbol('journeySession');

export function setSession(context: TurnContext, session: JourneySession): void {
  context.turnState.set(SESSION_KEY, session);
}

export function sessionIn(context: TurnContext): JourneySession | undefined {
  return context.turnState.get(SESSION_KEY) as JourneySession | undefined;
}

export function sessionOf(context: TurnContext): JourneySession {
  const session = context.turnState.get(SESSION_KEY) as JourneySession | undefined;
  if (!session) throw new Error('No journey session in this turn');
  return session;
}
