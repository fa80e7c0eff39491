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
 * Possible, or unclear but worrying. A possible disclosure only the classifier reads is asked about
 * gently, however faintly it reads it: missing one costs more than an "Are you OK?" too many (a
 * denial, "im not being bullied", or a weak reading beside a joke, a lesson or a goal of one's own
 * is not asked about). Talk about the chat or the plan ("who sees
 * this plan?", "Zofia will wear pants at school") and a parent's answer about the child's own fears,
 * senses or behaviour ("he bites when overwhelmed") explain a weak reading away, never a confident
 * one: "i want to jump off bridge near colege" names a plan and is still asked about.
 */
function isWorrying(concern: Concern, text: string, parent: boolean): boolean {
  const faintAndShort = concern.faint && wordsIn(text) < FAINT_READ_FROM_WORDS;
  const possible = (concern.concern && ((!concern.setAside && !faintAndShort) || describesHarmByOthers(text))) || concern.unclear;
  if (!possible) return false;
  if (concern.strong) return true;
  return !isPlanTalk(text) && !onlyTalksAboutTheChat(text) && !(parent && describesChildsOwnWays(text));
}

/**
 * A faint reading of a short message is left alone: in typed chats, short replies ("nan sees me go and
 * come back", "the weighing thing isnt wat helps its another hard thing") read faintly as often as
 * short disclosures do, while nine in ten faint readings of disclosures in the training sets came
 * from messages of twelve words or more.
 */
const FAINT_READ_FROM_WORDS = 12;
const wordsIn = (text: string) => text.trim().split(/\s+/).length;

/**
 * "This is not hope, please delete it", "who see this plan? I must send it myself?": only about the
 * chat, with no answer beside it.
 */
export function onlyTalksAboutTheChat(text: string): boolean {
  return Boolean(readEditRequest(text)) || talksAboutThePlan(text);
}
