import { controlAsidesIn } from '../src/language/controlAside';
import { controlSignsByName, partnerControlSigns, partnerNamesIn, saysHeIsPartner } from '../src/language/partnerControl';
import { saysOwnPartner } from '../src/language/partnerHarm';
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
  const waiting = session.journey.namedControlSigns ?? [];
  // "hes my boyfriend" with no name: the one named last with signs told of them ("liam has my location").
  const said = partnerNamesIn(text);
  const heIs = !said.length && saysHeIsPartner(text) && waiting.length ? [waiting[waiting.length - 1]!.name] : [];
  const learned = [...said, ...heIs].filter((n) => !known.includes(n));
  const names = [...known, ...learned].slice(-5);
  // Signs told of them before they were known as the partner count now.
  const before = waiting.filter((w) => names.includes(w.name)).reduce((sum, w) => sum + w.signs, 0);
  // "if my boyfriend lets me", "though idk if liam will let me work" (Liam known as the partner): leave asked of them is a sign.
  const told = partnerControlSigns(text, names);
  const aside = told ? 0 : controlAsidesIn(text, true).some((a) => a.partner || names.includes(a.who.trim())) ? 1 : 0;
  const signs = told + aside + before;
  // Signs by someone not known as the partner yet wait by name (a brother's are never counted unless he is said to be the partner).
  const byName = signs ? [] : controlSignsByName(text).filter((n) => !names.includes(n.name));
  const stillWaiting = [...waiting.filter((w) => !names.includes(w.name)).map((w) => ({ ...w, signs: w.signs + (byName.find((n) => n.name === w.name)?.signs ?? 0) })), ...byName.filter((n) => !waiting.some((w) => w.name === n.name))]
    .map((w) => ({ name: w.name, signs: Math.min(w.signs, 100) }))
    .slice(-5);
  const total = (session.journey.partnerControlSigns ?? 0) + signs;
  // "my bf picks me up": a partner of their own is known from now on, named or not (partnerHarm.ts).
  const partnerSaid = !session.journey.partnerSaid && saysOwnPartner(text);
  if (learned.length || signs || byName.length || partnerSaid)
    await session.updateJourney((j) => ({ ...j, partnerNames: names, namedControlSigns: stillWaiting, ...(signs ? { partnerControlSigns: Math.min(total, 100) } : {}), ...(partnerSaid ? { partnerSaid: true as const } : {}) }));
  if (!signs) return undefined;
  // Two signs, in one message or across the chat: coercive control. Once noted as such, later signs are the chat's usual reading.
  if (total >= 2) return hasNoteOfKind ? undefined : { disclose: 'domestic_abuse' };
  const read = inChat();
  if (read.action === 'answer') return MISREAD_KINDS.has(read.category) ? { answer: 'domestic_abuse' } : undefined;
  return { check: 'domestic_abuse' };
}
