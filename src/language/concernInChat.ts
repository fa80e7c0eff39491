import { describesChildsOwnWays, tellsOfUnkindChildren } from './childsOwnWays';
import { detectConcern } from './concern';
import type { Concern, ConcernCategory } from './concernCategories';
import { describesHarmByOthers, isPlanTalk } from './disclosureFollowUp';
import { readEditRequest } from './editRequest';
import { talksAboutThePlan } from './planTalk';

/**
 * What a chat does with a typed message on safeguarding's account, before anything about the
 * conversation so far is known: the full answer and a flag at once (`answer`), "Are you OK?" first
 * (`check`), or nothing. The analysis counts every possible disclosure as a concern; this is what a
 * person typing actually meets, so the figures of the chat are measured on it too.
 */
export type ChatSafeguarding = { action: 'answer'; category: ConcernCategory | 'unspecified' } | { action: 'check'; concern: Concern } | { action: 'none'; concern: Concern };

export interface ChatSafeguardingOptions {
  /** A parent or carer answering for the child: their account of the child's own ways is a need. */
  parent: boolean;
}

export function safeguardingInChat(text: string, { parent }: ChatSafeguardingOptions): ChatSafeguarding {
  const concern = detectConcern(text);
  // A disclosure the rules back, or one the classifier is sure of: the full answer and a flag at once.
  if (concern.concern && concern.sure) return { action: 'answer', category: concern.category ?? 'unspecified' };
  // So is a parent telling of other children being unkind to their child ("other children say she smells"),
  // with the classifier's kind when it reads one ("people from the estate... they hit him" is more than bullying).
  if (parent && tellsOfUnkindChildren(text)) return { action: 'answer', category: (concern.concern && concern.category) || 'bullying' };
  return { action: isWorrying(concern, text, parent) ? 'check' : 'none', concern };
}

/**
 * Possible, or unclear but worrying. A faint possibility (plan answers often read so) interrupts
 * nothing unless it plainly tells of harm by others ("older boys keep taking my money"). Talk about
 * the chat or the plan ("who sees this plan?", "Zofia will wear pants at school") is never checked
 * on the classifier's word alone, nor a parent's answer about the child's own fears, senses or
 * behaviour ("he bites when overwhelmed"), which is a need. Asking about faint readings of longer
 * messages, and about all-but-certain readings beside plan talk, reached more disclosures on the
 * written sets but stopped ordinary typed answers in the chat's own tests; `npm run eval:language`
 * reports what the chat reaches, so that gap stays in sight.
 */
function isWorrying(concern: Concern, text: string, parent: boolean): boolean {
  const possible = (concern.concern && (!concern.faint || describesHarmByOthers(text))) || concern.unclear;
  return Boolean(possible) && !isPlanTalk(text) && !onlyTalksAboutTheChat(text) && !(parent && describesChildsOwnWays(text));
}

/**
 * "This is not hope, please delete it", "who see this plan? I must send it myself?": only about the
 * chat, with no answer beside it.
 */
export function onlyTalksAboutTheChat(text: string): boolean {
  return Boolean(readEditRequest(text)) || talksAboutThePlan(text);
}
