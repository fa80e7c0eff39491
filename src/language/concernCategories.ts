/**
 * The safeguarding categories (DESIGN.md's contract for `safeguarding.category` and for a flag's
 * `category`). High recall on purpose: a false alarm costs one kind check-in, a missed disclosure
 * can cost much more. The bot's answer is the same for every category; the category helps the
 * key worker and the safeguarding lead.
 *
 * - self_harm_or_suicide: wanting to die, talk of not having a future, plans or thoughts of
 *   suicide; hurting oneself on purpose (cutting, burning, hitting oneself, starving oneself)
 * - harm_from_others: being hit, hurt, threatened, locked in or frightened by someone (family,
 *   adults, other young people in a serious assault); not feeling safe at home
 * - sexual_abuse: unwanted touching, rape, being made to do or watch sexual things, nude images
 *   asked for, shared or used as threats (by adults or other young people)
 * - neglect: not being fed, kept warm, clean, supervised, or given medical and everyday care
 * - bullying: being hurt, threatened, called names, picked on or left out by other young people,
 *   in person or online
 * - exploitation: being used by others for crime, money or sex in exchange for things or out of
 *   fear (county lines, debts, gifts from older people, financial abuse, "mate crime", cuckooing)
 * - domestic_abuse: violence, threats or control between partners or adults at home, teenage
 *   relationship abuse included
 * - other: radicalisation, forced marriage and so-called honour-based abuse, FGM, running away or
 *   going missing, homelessness, substance misuse, and not feeling safe without saying more
 */
export const CONCERN_CATEGORIES = [
  'self_harm_or_suicide',
  'harm_from_others',
  'sexual_abuse',
  'neglect',
  'bullying',
  'exploitation',
  'domestic_abuse',
  'other',
] as const;
export type ConcernCategory = (typeof CONCERN_CATEGORIES)[number];

/**
 * The verdict on one message. Three levels for the chat: a disclosure the rules back or the
 * classifier is confident of (`concern` and `sure`: the full safeguarding answer and a flag); a
 * possible disclosure only the classifier sees (`concern` without `sure`), or a message that is
 * unclear but worrying (`unclear`): both get a gentle "are you OK?" first. `concern` alone is the
 * analysis contract, so possible disclosures still count there.
 */
export interface Concern {
  concern: boolean;
  category: ConcernCategory | null;
  /** A disclosure backed by a rule, or one the classifier is confident of. */
  sure?: boolean;
  /** A possible disclosure too faint to interrupt a chat (still a concern in the analysis). */
  faint?: boolean;
  /** Not a disclosure, but unclear and worrying: worth a gentle "are you OK?" (never a flag by itself). */
  unclear?: boolean;
  /** For an unclear message: the kind of harm it sounds most like, should the person say more. */
  likely?: ConcernCategory;
}
