import { markItemChanged, replaceItemText, type Draft } from '../src/domain/draft';
import { ABOUT_ME_SECTIONS } from '../src/domain/vocabulary';
import { aboutMeItemId, needHelpItemId } from '../src/domain/itemIds';
import { quoteOf } from '../src/language';
import { keptWordingPutRight, readFactPutRight } from '../src/language/factPutRight';
import type { ChatHost } from './chatTalk';
import type { DialogContext, DialogTurnResult } from './dialogKit';
import { sayAll } from './say';
import { sessionOf } from './session';

/*
 * "No. That is wrong. Mum does not do my money now. I do it myself.": what was kept about them is
 * put right. The kept words are changed to theirs, the bot says sorry and what it now says, and the
 * open question is asked again. It is a correction, so "Are you OK?" is never asked for it.
 */

export const FactPutRightText = { changed: 'common:factPutRight.changed' } as const;

interface KeptWording {
  itemId: string;
  text: string;
}

/** The kept wordings a fact can put right: the lines about them, their needs and what helps with each. */
function keptWordings(draft: Draft): KeptWording[] {
  const about = ABOUT_ME_SECTIONS.flatMap((section) => (draft.aboutMe[section] ?? []).map((text, i) => ({ itemId: aboutMeItemId(section, i), text })));
  const needs = draft.needs.flatMap((n) => [{ itemId: n.id, text: n.text }, ...(n.helps ?? []).map((text, i) => ({ itemId: needHelpItemId(n.id, i), text }))]);
  return [...about, ...needs];
}

/** The kept wording a message puts right and the facts it gives, or undefined. */
export function factPutRightOf(text: string, draft: Draft | undefined): { kept: KeptWording; facts: string } | undefined {
  const put = draft ? readFactPutRight(text) : null;
  const kept = put && draft ? keptWordingPutRight(put, keptWordings(draft)) : undefined;
  return put && kept ? { kept, facts: put.facts } : undefined;
}

/** The turn's result when the message put a kept fact right; undefined otherwise. */
export async function answerFactPutRight(inner: DialogContext, host: ChatHost, text: string): Promise<DialogTurnResult | undefined> {
  const session = sessionOf(inner.context);
  const found = factPutRightOf(text, await session.draft());
  if (!found) return undefined;
  await session.updateDraft('a fact put right in the chat', (d) => markItemChanged(replaceItemText(d, found.kept.itemId, found.facts), found.kept.itemId, session.today));
  await sayAll(inner.context, session.t, [{ key: FactPutRightText.changed, vars: { old: quoteOf(found.kept.text), facts: quoteOf(found.facts) } }]);
  return host.reprompt(inner);
}
