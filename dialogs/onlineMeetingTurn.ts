import { tellsOfOnlineGrooming } from '../src/language/groomingAsked';
import { tellsOfOnlineContact, tellsOfOnlineMeetingAsked, tellsOfSecrecyAsked } from '../src/language/onlineMeeting';
import type { ChatSafeguarding } from '../src/language/concernInChat';
import { groomingNoted } from './groomingAnswered';
import { SafeguardingText as S } from './safeguardingText';
import type { JourneySession } from './session';
import type { TurnConcern } from './turnConcern';

/*
 * "he wants to meet me. what should i do", from a child who said earlier that she talks to someone on a game: a real
 * answer to the question, never silence. With pictures or secrecy asked for (now or in an earlier note) it is grooming
 * with a sexual aim: the full answer and a flag (sexual_abuse). Otherwise the advice (do not meet, tell an adult, CEOP,
 * Childline) and "Are you OK?". A disclosure the chat answers in full anyway is left to it (the answer adds the advice).
 */
export async function onlineMeetingTurn(session: JourneySession, read: string, text: string, inChat: () => ChatSafeguarding): Promise<TurnConcern> {
  // Only that someone met online was told is kept (a yes), never the words.
  if (!session.journey.onlineContactTold && tellsOfOnlineContact(read)) await session.updateJourney((j) => ({ ...j, onlineContactTold: true }));
  if (!tellsOfOnlineMeetingAsked(read, session.journey.onlineContactTold ?? false)) return undefined;
  if (tellsOfOnlineGrooming(read) || tellsOfSecrecyAsked(read) || (await groomingNoted(session)) === 'sexual_abuse') return { disclose: 'sexual_abuse' };
  if (inChat().action === 'answer') return undefined;
  return { check: { message: text, category: 'exploitation', before: { key: S.meetingAdvice } } };
}
