import { safeguardingInChat, type ChatSafeguarding, type ChatSafeguardingOptions } from './concernInChat';
import { isEverydayWord } from './nameAnswer';

/*
 * Harm by a young person's own partner, heard as domestic abuse once the chat knows who the partner is. "my
 * boyfriend jay picks me up" earlier makes a later "jay hurts me" read as "my partner hurts me"; a partner said
 * ("my bf") makes "he hits me if i ask him to leave" read so too, when nobody else is named beside it. The
 * message is read again that way and the stronger reading wins: never less than the message alone.
 */

/** "my boyfriend", "my gf", "my partner", "my ex": their own partner said, with or without a name. */
const PARTNER_SAID = /\bmy\s+(?:ex\s+)?(?:boyfriend|girlfriend|partner|bf|gf|husband|wife|hubby|fiance|fiancee|fella|other\s+half|ex)\b(?!\s*(?:teacher|school|carer|foster|social|worker|best|mate|friend|neighbour|s\b))/i;

/** Whether the message says they have a partner of their own ("my bf picks me up"); a mum's boyfriend is not. */
export function saysOwnPartner(text: string): boolean {
  return text.length <= 2_000 && PARTNER_SAID.test(text.toLowerCase().replace(/['’]/g, ''));
}

/** Anyone else who may be "he" or "she" in the message: then a pronoun is never read as the partner. */
const SOMEONE_ELSE =
  /\b(?:dads?|daddy|mums?|mams?|moms?|mummy|step\s*dad|step\s*mum|stepdad|stepmum|parents?|uncle|aunt|auntie|aunty|grandad|grandpa|grandma|granny|nan|nana|gran|carers?|foster|teachers?|coach|staff|brother|bro|sister|sis|cousin|neighbour|babysitter|friends?|mates?|boss|landlord|man|woman|lad|boy|girl|someone|somebody|son|daughter|child|baby)\b/;

/** "he" or "she", the one who does something ("if i tell him to leave he hurts me"); "hes my boyfriend" names no doer. */
const PRONOUN_DOER = /\b(?:he|she)\b(?!\s*(?:s|is|was)\s+my\b)/g;

/**
 * A place or setting full of other people ("he grabbed me on the bus", "in class", "at the park", "online"): then "he"
 * may be anyone there, so it is read as the message alone says, never as the partner.
 */
const AMONG_OTHERS =
  /\b(?:bus|buses|train|tram|taxi|school|skool|college|class|classes|lesson|lessons|corridor|playground|canteen|park|street|road|shop|shops|town|club|youth\s+club|gym|pool|party|online|insta|instagram|snap|snapchat|tiktok|discord|game|games|xbox|ps5|fortnite|roblox|whatsapp|group\s+chat|work|job)\b/;

/**
 * What the speaker does that sets the partner off ("if i talk to other lads at school", "when i go out with my mates"):
 * a place or people named there are where the speaker was, not who did it, so only that clause is set aside when asking
 * whether "he" may be someone else; the rest of the message is read as ever.
 */
const OWN_DOING = /\b(?:if|when|whenever|every\s+time|each\s+time|cos|coz|because)\s+i\s+(?!(?:tell|told|say|said|report|reported)\b)[^.!?,;]*/g;

const STRENGTH = { none: 0, check: 1, answer: 2 } as const;
const RELABELLED = new Set(['harm_from_others', 'bullying', 'unspecified', 'other']);

/**
 * The message as told of the partner: each known name, and "he"/"she" once a partner is known and nobody else is
 * named, read as "my partner". Null when nothing in it can be the partner.
 */
export function toldOfPartner(text: string, partnerNames: readonly string[], partnerKnown: boolean): string | null {
  if (text.length > 2_000) return null;
  const said = text.toLowerCase().replace(/['’]/g, '');
  let told = said;
  for (const name of partnerNames.filter((n) => /^[a-z-]{2,21}$/.test(n) && !isEverydayWord(n))) told = told.replace(new RegExp(`\\b${name}\\b`, 'g'), 'my partner');
  const known = partnerKnown || partnerNames.length > 0;
  const doersTold = told.replace(OWN_DOING, ' ');
  if (known && !SOMEONE_ELSE.test(doersTold.replace(/\bmy\s+partner\b/g, ' ')) && !AMONG_OTHERS.test(doersTold) && !PARTNER_SAID.test(told)) told = told.replace(PRONOUN_DOER, 'my partner');
  return told === said ? null : told;
}

/**
 * What the chat does with a message that may be about the partner: the message's own reading, or the reading of it
 * as told of the partner when that is stronger (the full answer over a check), or the same but domestic abuse where
 * the message alone read harm by someone.
 */
export function partnerHarmInChat(text: string, alone: ChatSafeguarding, partnerNames: readonly string[], partnerKnown: boolean, options: ChatSafeguardingOptions): ChatSafeguarding {
  const told = toldOfPartner(text, partnerNames, partnerKnown);
  if (told === null) return alone;
  const asPartner = safeguardingInChat(told, options);
  const kindOf = (reading: ChatSafeguarding): string | null => (reading.action === 'answer' ? reading.category : reading.concern.category);
  const partnerKind = kindOf(asPartner);
  // Only a reading of harm in the relationship counts: "jay helps me with my phone" read so is still nothing.
  if (partnerKind !== 'domestic_abuse' && partnerKind !== 'sexual_abuse') return alone;
  if (STRENGTH[asPartner.action] > STRENGTH[alone.action]) return asPartner;
  if (asPartner.action !== alone.action) return alone;
  if (alone.action === 'answer' && RELABELLED.has(alone.category)) return { action: 'answer', category: partnerKind };
  if (alone.action === 'check' && RELABELLED.has(alone.concern.category ?? 'other')) return { action: 'check', concern: { ...alone.concern, category: partnerKind } };
  return alone;
}
