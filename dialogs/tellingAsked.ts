import { asksAQuestion, asksNotToTell, type FollowUpQuestion } from '../src/language';
import type { Words } from './say';
import type { Listener } from './safeguardingWorries';

/*
 * "ur not gonna tell anyone are u?" and "who is the safe adult", asked before anything worrying was
 * noted: the honest answer the welcome gives. The bot cannot keep a worry secret; a note is kept for
 * the staff at the service who keep young people safe; the key worker sees it only if the plan is
 * shared; the bot itself phones or messages no one; and nothing has been noted so far.
 */

export const TellingText = {
  beforeNoteLead: 'safeguarding:secret.beforeNoteLead',
  beforeNoteNoLead: 'safeguarding:secret.beforeNoteNoLead',
  callsNoOne: 'safeguarding:secret.callsNoOne',
  keyWorker: 'safeguarding:secret.keyWorker',
  safeAdultBeforeNoteLead: 'safeguarding:followUp.safeAdultBeforeNoteLead',
  leadAskedYoung: 'safeguarding:leadAsked.young',
  leadAskedParent: 'safeguarding:leadAsked.parent',
} as const;

/**
 * The one answer, before any note, to "who is the safe adult" or "whats a safeguarding lead", wherever it
 * is asked: the lead's answer when the service has a lead; otherwise the general one (a parent always gets
 * the words about their child).
 */
export function safeAdultBeforeNote(who: Listener): Words {
  if (who.parent) return { key: TellingText.leadAskedParent };
  return { key: who.lead ? TellingText.safeAdultBeforeNoteLead : TellingText.leadAskedYoung };
}

/** The true answer, before any note, to a question about being told on or about the safe adult; undefined for anything else. */
export function answerBeforeANote(text: string, who: Listener, asked: FollowUpQuestion | null): Words | undefined {
  if (asked === 'whoIsLead') return safeAdultBeforeNote(who);
  // Only asking the bot not to tell: "will my dad see it" gets the privacy answer from its own reader.
  if (asksAQuestion(text) && asksNotToTell(text)) return { key: who.lead ? TellingText.beforeNoteLead : TellingText.beforeNoteNoLead };
  return undefined;
}

/** What follows "I can't keep this a secret" once a note was made: with a lead, that the key worker sees it only if shared; always, that the bot calls no one. */
export const afterTheSecretWords = (who: Listener): Words => ({ key: who.lead ? TellingText.keyWorker : TellingText.callsNoOne });
