import type { WhoAnswers } from './vocabulary';
import type { YoungPerson } from './draft';

/*
 * Who the chat is about. A parent or carer, or a supporter, answers about the young person; the
 * young person (helped or not) answers about themselves. Every part of the app asks here, so the
 * rule lives in one place.
 */

type Answering = { who: WhoAnswers } | undefined;

/** A parent or carer is chatting. */
export function isParentOrCarer(person: Answering): boolean {
  return person?.who === 'parent_carer';
}

/** Someone other than the young person is chatting and answers about them. */
export function speaksForThem(person: Answering): boolean {
  return person?.who === 'parent_carer' || person?.who === 'supporter';
}

/** The same, for an answer to "who is chatting?" before it is stored. */
export function whoSpeaksForThem(who: WhoAnswers | undefined): boolean {
  return who !== undefined && speaksForThem({ who });
}

/** Who helped them chat, for the key worker: "Jo (support worker)", or "Their mum" when no name was given; null when nobody. */
export function chatHelperLabel(person: Pick<YoungPerson, 'chatHelper'> | undefined): string | null {
  const helper = person?.chatHelper;
  if (!helper) return null;
  return helper.name ? `${helper.name} (${helper.role})` : `Their ${helper.role}`;
}

/**
 * A mum, dad or parent chatting, who can be asked about "your child". A foster carer, a
 * grandparent or another carer is asked about "the young person" instead.
 */
export function callsThemTheirChild(person: Pick<YoungPerson, 'who' | 'relationship'> | undefined): boolean {
  if (person?.who !== 'parent_carer') return false;
  const relationship = person.relationship;
  return relationship === undefined || relationship === 'mum' || relationship === 'dad' || relationship === 'parent' || relationship === 'step_parent';
}
