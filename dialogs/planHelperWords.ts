import type { Draft } from '../src/domain/draft';
import type { Translate } from '../src/i18n';
import type { ChatHelper } from '../src/language/chatHelper';
import { readPlanHelper, type PlanHelper } from '../src/language/planHelper';
import type { Words } from './say';

/*
 * Where the person named who helps them ("Dee my support worker", "Mr Hughes my teacher"), the
 * sharing and who-sees answers say that person, in their word, instead of "your key worker":
 * a name they know means more than a job title they may never have heard.
 */

export const HelperText = {
  named: 'review:helper.named',
  role: 'review:helper.role',
} as const;

/** The bot's word for each role the reader knows. */
const ROLE_KEYS: Record<string, string> = {
  'support worker': 'review:helper.roles.support_worker',
  'social worker': 'review:helper.roles.social_worker',
  SENCo: 'review:helper.roles.senco',
  'key worker': 'review:helper.roles.key_worker',
  teacher: 'review:helper.roles.teacher',
};

/** The draft's own words that may name a helper, the answer to "how best to support me" first. */
function textsOf(draft: Draft): string[] {
  return [
    ...draft.aboutMe.support,
    ...draft.outcomes.flatMap((o) => o.provision.map((p) => p.text)),
    ...draft.needs.map((n) => n.text),
    ...draft.aboutMe.important,
    ...draft.aboutMe.strengths,
  ];
}

/**
 * `helper` ("Dee, your support worker"), `helperMid` (with the closing comma, mid-sentence) and
 * `HelperMid` (the same, to start a sentence); undefined when nobody is named. A worker who helps
 * them chat (`inChat`, "my support worker Dave is helping me") comes first; family never stands in
 * for the key worker here.
 */
export function helperVars(t: Translate, draft: Draft | undefined, inChat?: ChatHelper): Record<string, string> | undefined {
  const helper = inChat && !inChat.family ? inChat : draft ? readPlanHelper(textsOf(draft)) : undefined;
  return helper ? varsOf(t, helper) : undefined;
}

/** The same words for whoever helps them chat, family too ("your mum"); undefined when nobody was named. */
export function chatHelperVars(t: Translate, inChat: ChatHelper | undefined): Record<string, string> | undefined {
  return inChat ? varsOf(t, inChat) : undefined;
}

function varsOf(t: Translate, helper: PlanHelper): Record<string, string> {
  // A relative is said in their own word ("your nan"); a worker's role in the bot's spelling.
  const known = ROLE_KEYS[helper.role];
  const role = known ? t(known) : helper.role;
  const words = helper.name ? t(HelperText.named, { name: helper.name, role }) : t(HelperText.role, { role });
  const mid = helper.name ? `${words},` : words;
  return { helper: words, helperMid: mid, HelperMid: mid.charAt(0).toUpperCase() + mid.slice(1) };
}

/** The named twin of these words when the person named who helps them, else the words as they are. */
export function withHelper(words: Words, namedKey: string, vars: Record<string, string> | undefined): Words {
  return vars ? { key: namedKey, vars: { ...words.vars, ...vars } } : words;
}
