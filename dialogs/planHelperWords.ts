import type { Draft } from '../src/domain/draft';
import type { Translate } from '../src/i18n';
import { readPlanHelper } from '../src/language/planHelper';
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
 * `HelperMid` (the same, to start a sentence); undefined when nobody is named.
 */
export function helperVars(t: Translate, draft: Draft | undefined): Record<string, string> | undefined {
  const helper = draft ? readPlanHelper(textsOf(draft)) : undefined;
  if (!helper) return undefined;
  const role = t(ROLE_KEYS[helper.role] ?? 'review:helper.roles.key_worker');
  const words = helper.name ? t(HelperText.named, { name: helper.name, role }) : t(HelperText.role, { role });
  const mid = helper.name ? `${words},` : words;
  return { helper: words, helperMid: mid, HelperMid: mid.charAt(0).toUpperCase() + mid.slice(1) };
}

/** The named twin of these words when the person named who helps them, else the words as they are. */
export function withHelper(words: Words, namedKey: string, vars: Record<string, string> | undefined): Words {
  return vars ? { key: namedKey, vars: { ...words.vars, ...vars } } : words;
}
