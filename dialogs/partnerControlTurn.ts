import { partnerControlSigns, partnerNamesIn } from '../src/language/partnerControl';
import type { ChatSafeguarding } from '../src/language/concernInChat';
import type { JourneySession } from './session';

/*
 * Control in a young person's own relationship, added up across the chat: the partner's name is learned when
 * said ("my boyfriend jay"), and each sign of control by them (phone checked, money or bank card kept, friends
 * or family kept away, clothes decided, tracked) is counted, never kept in words. One sign is asked after
 * gently at least; two are domestic abuse, answered in full with a note of that kind, even when an earlier
 * note called the money "exploitation".
 */

export type PartnerControl = { disclose: 'domestic_abuse' } | { check: 'domestic_abuse' } | { answer: 'domestic_abuse' } | undefined;

/** Kinds a first reading may give control told alone; heard as the partner's control instead. */
const MISREAD_KINDS = new Set(['exploitation', 'other', 'unspecified', 'harm_from_others']);

/**
 * Learns partner names from the message, counts its signs, and says what the chat should do about them:
 * the full answer once two signs are told, else for one sign the full answer as domestic abuse when the
 * chat would answer in full anyway, or "Are you OK?" as domestic abuse. Undefined when no sign is told.
 */
export async function partnerControlOfTurn(session: JourneySession, text: string, inChat: () => ChatSafeguarding, hasNoteOfKind: boolean): Promise<PartnerControl> {
  const known = session.journey.partnerNames ?? [];
  const learned = partnerNamesIn(text).filter((n) => !known.includes(n));
  const names = [...known, ...learned].slice(-5);
  const signs = partnerControlSigns(text, names);
  const total = (session.journey.partnerControlSigns ?? 0) + signs;
  if (learned.length || signs) await session.updateJourney((j) => ({ ...j, partnerNames: names, ...(signs ? { partnerControlSigns: Math.min(total, 100) } : {}) }));
  if (!signs) return undefined;
  // Two signs, in one message or across the chat: coercive control. Once noted as such, later signs are the chat's usual reading.
  if (total >= 2) return hasNoteOfKind ? undefined : { disclose: 'domestic_abuse' };
  const read = inChat();
  if (read.action === 'answer') return MISREAD_KINDS.has(read.category) ? { answer: 'domestic_abuse' } : undefined;
  return { check: 'domestic_abuse' };
}
