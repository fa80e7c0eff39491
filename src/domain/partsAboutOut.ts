import type { Draft } from './draft';
import { aboutMeItemId, needHelpItemId, outcomePartItemId } from './itemIds';
import { withoutWords } from './nameOut';
import { removeItems, withDependents } from './removeItems';
import { ABOUT_ME_SECTIONS } from './vocabulary';

/*
 * "take the craig stuff out", after a worry about Craig was noted: every answer in the plan that names him goes, not
 * only his name (a hope, a need, what helps, about me, an outcome's parts and support). The question open now is never
 * pulled from under them: an answer it is about stays, with the person written as "someone". Flags and the note for
 * the safeguarding lead are not plan content and keep everything.
 */

/** The draft without the parts `names` finds, and how many answers went or changed. */
export function withoutPartsAbout(draft: Draft, names: RegExp, keepIds: ReadonlySet<string> = new Set()): { draft: Draft; changed: number } {
  const test = (text: string | null | undefined): boolean => typeof text === 'string' && new RegExp(names.source, names.flags.replace('g', '')).test(text);
  const ids: string[] = [];
  for (const section of ABOUT_ME_SECTIONS) draft.aboutMe[section].forEach((t, i) => test(t) && ids.push(aboutMeItemId(section, i)));
  for (const a of draft.aspirations) if (test(a.text) && !keepIds.has(a.id)) ids.push(a.id);
  for (const n of draft.needs) {
    if (test(n.text) && !keepIds.has(n.id)) ids.push(n.id);
    else (n.helps ?? []).forEach((t, i) => test(t) && ids.push(needHelpItemId(n.id, i)));
  }
  for (const o of draft.outcomes) {
    if (test(o.statement) && !keepIds.has(o.id)) {
      ids.push(o.id);
      continue;
    }
    if (test(o.doesForMe)) ids.push(outcomePartItemId(o.id, 'doesForMe'));
    if (test(o.makesPossible)) ids.push(outcomePartItemId(o.id, 'makesPossible'));
    if (test(o.measure)) ids.push(outcomePartItemId(o.id, 'measure'));
    for (const p of o.provision) if (test(p.text)) ids.push(p.id);
  }
  // A hope's needs and outcomes go with it, unless the open question is about them.
  const gone = withDependents(draft, ids).filter((id) => !keepIds.has(id) || ids.includes(id));
  const removed = gone.length > 0 ? removeItems(draft, gone) : draft;
  // What is left that still names them (an answer the open question is about, their earlier words): "someone".
  const global = new RegExp(names.source, names.flags.includes('g') ? names.flags : `${names.flags}g`);
  const rest = withoutWords(removed, global);
  return { draft: rest.draft, changed: gone.length + rest.changed };
}
