import { needHelpItemId } from '../src/domain/itemIds';
import { removeItem, replaceItemText, type Draft, type Need } from '../src/domain/draft';
import { needSection, placeOfDays, quoteHopeIn, quoteNeed, quoteOf } from '../src/language';
import { helpsNamed, readNeedsRemark } from '../src/language/needsRemarks';
import { sectionOfNeed } from './carerStrainAtNeeds';
import { speaksForThem } from './aboutWhom';
import { Step } from './ids';
import type { Position } from './journey';
import { needOnce } from './keptOnce';
import { YES } from './needsQuestion';
import { readOpenReply } from './readReply';
import type { Words } from './say';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';
import { quotedList } from './quotedList';

/*
 * Remarks about the list so far, typed at the needs questions: "you've missed the main one" asks
 * for it, "what have you got down so far" reads this hope's list back, "can u change that wording"
 * asks for new words for the last hard thing, and "thats not help thats the problem" moves the help
 * just kept to the hard things. None of them is ever kept as a hard thing or as help.
 */

export const NeedsRemarkText = {
  missingMain: 'needs:remarks.missingMain',
  missingOne: 'needs:remarks.missingOne',
  soFar: 'needs:remarks.soFar',
  soFarHelps: 'needs:remarks.soFarHelps',
  soFarNothing: 'needs:remarks.soFarNothing',
  rewordAsk: 'needs:remarks.rewordAsk',
  rewordNothing: 'needs:remarks.rewordNothing',
  reworded: 'needs:remarks.reworded',
  rewordLeft: 'needs:remarks.rewordLeft',
  problemMoved: 'needs:remarks.problemMoved',
  problemNothing: 'needs:remarks.problemNothing',
  asksHard: 'needs:remarks.asksHard',
  asksHelps: 'needs:remarks.asksHelps',
  helpDropped: 'needs:remarks.helpDropped',
  helpDropNothing: 'needs:remarks.helpDropNothing',
  helpDropWhich: 'needs:remarks.helpDropWhich',
  helpDropAsk: 'needs:remarks.helpDropAsk',
} as const;

/** Position note: something missing was asked for ('main' when they called it the main one). */
export const MISSING = 'missing';
/** Position note: new words are asked for this need's id. */
export const REWORD = 'reword';
/** Position note: which help to take out is asked. */
export const DROP_HELP = 'dropHelp';

/** The words a needs question is asked in while it waits for the missing one or new words; null otherwise. */
export function remarkQuestionWords(draft: Draft | undefined, position: Position): Words | null {
  const rewording = draft?.needs.find((n) => n.id === position.data?.[REWORD]);
  if (rewording) return { key: NeedsRemarkText.rewordAsk, vars: { need: quoteNeed(rewording.text) } };
  if (position.data?.[DROP_HELP]) return { key: NeedsRemarkText.helpDropAsk };
  const missing = position.data?.[MISSING];
  if (missing) return { key: missing === 'main' ? NeedsRemarkText.missingMain : NeedsRemarkText.missingOne };
  return null;
}

const withoutNotes = (position: Position): Omit<Position, 'stage'> => {
  const { [MISSING]: _missing, [REWORD]: _reword, [DROP_HELP]: _drop, ...data } = position.data ?? {};
  return { step: position.step, ...(position.topic ? { topic: position.topic } : {}), ...(Object.keys(data).length ? { data } : {}) };
};

/** This hope's hard things, in the order they were kept. */
const needsOfHope = (draft: Draft | undefined, hopeId: string | undefined): Need[] => (hopeId ? (draft?.needs ?? []).filter((n) => n.aspirationIds.includes(hopeId)) : []);

const bullets = (items: readonly string[]) => quotedList(items.map((item) => quoteOf(item)));

/** The next step when a remark about the list was made; undefined when the message is for the question. */
export async function answerNeedsRemark(session: JourneySession, position: Position, text: string): Promise<Next | undefined> {
  if (position.data?.[REWORD]) return newWordsForNeed(session, position, text);
  if (position.data?.[DROP_HELP]) return dropHelp(session, position, text, true);
  const remark = readNeedsRemark(text);
  if (!remark) return undefined;
  const draft = await session.draft();
  const here = needsOfHope(draft, position.topic);
  switch (remark.kind) {
    case 'missing': {
      const note = { [MISSING]: remark.main ? 'main' : 'one' };
      // At "anything else?", the missing one is a hard thing: asked for at once, with no yes or no first.
      if (position.step === Step.needsMore) return { goTo: { step: Step.needsBarrier, ...(position.topic ? { topic: position.topic } : {}), data: { another: YES, ...note } } };
      return { goTo: { ...withoutNotes(position), data: { ...withoutNotes(position).data, ...note } } };
    }
    case 'soFar': {
      const hope = quoteHopeIn(draft?.aspirations.find((a) => a.id === position.topic)?.text ?? '', session.mode);
      const helps = here.flatMap((n) => n.helps ?? []);
      const say: Words[] = here.length === 0 ? [{ key: NeedsRemarkText.soFarNothing, vars: { hope } }] : [{ key: NeedsRemarkText.soFar, vars: { hope, needs: bullets(here.map((n) => n.text)) } }];
      if (helps.length > 0) say.push({ key: NeedsRemarkText.soFarHelps, vars: { helps: bullets(helps) } });
      return { say, goTo: withoutNotes(position) };
    }
    case 'reword': {
      // "that" is the hard thing just asked about, else the last one kept for this hope.
      const asked = String(position.data?.need ?? '').split(' ').filter(Boolean).pop();
      const need = here.find((n) => n.id === asked) ?? here[here.length - 1];
      if (!need) return { say: [{ key: NeedsRemarkText.rewordNothing }], goTo: withoutNotes(position) };
      return { goTo: { ...withoutNotes(position), data: { ...withoutNotes(position).data, [REWORD]: need.id } } };
    }
    case 'problemNotHelp':
      return helpWasTheProblem(session, position, here);
    case 'whichQuestion':
      // The question is said plainly and asked again; nothing is kept.
      return { say: [{ key: position.step === Step.needsHelps ? NeedsRemarkText.asksHelps : NeedsRemarkText.asksHard }], goTo: withoutNotes(position) };
    case 'dropHelp':
      return dropHelp(session, position, remark.about ?? '', false);
  }
}

/**
 * "take out the help": the one help kept for the hard things asked about (else for this hope) goes;
 * when several are kept and the words name none of them, which one is asked, once.
 */
async function dropHelp(session: JourneySession, position: Position, about: string, asked: boolean): Promise<Next> {
  const back = withoutNotes(position);
  const here = needsOfHope(await session.draft(), position.topic);
  const askedFor = String(position.data?.need ?? '').split(' ').filter(Boolean);
  const mine = here.some((n) => askedFor.includes(n.id) && (n.helps?.length ?? 0) > 0) ? here.filter((n) => askedFor.includes(n.id)) : here;
  const kept = mine.flatMap((n) => (n.helps ?? []).map((help, index) => ({ id: needHelpItemId(n.id, index), help })));
  if (kept.length === 0) return { say: [{ key: NeedsRemarkText.helpDropNothing }], goTo: back };
  const named = about ? helpsNamed(kept.map((k) => k.help), about) : [];
  const one = named.length === 1 ? kept[named[0]!] : !about && kept.length === 1 ? kept[0] : undefined;
  if (!one) {
    if (asked) return { say: [{ key: NeedsRemarkText.rewordLeft }], goTo: back };
    return { say: [{ key: NeedsRemarkText.helpDropWhich, vars: { helps: bullets(kept.map((k) => k.help)) } }], goTo: { ...back, data: { ...back.data, [DROP_HELP]: YES } } };
  }
  await session.updateDraft('help taken out', (d) => removeItem(d, one.id));
  return { say: [{ key: NeedsRemarkText.helpDropped, vars: { help: quoteOf(one.help) } }], goTo: back };
}

/** New words for the hard thing named by the REWORD note replace its words; its links and help stay. */
async function newWordsForNeed(session: JourneySession, position: Position, text: string): Promise<Next> {
  const back = withoutNotes(position);
  const reply = readOpenReply(text, session.words, []);
  if (reply.kind !== 'content') return { say: [{ key: NeedsRemarkText.rewordLeft }], goTo: back };
  const id = String(position.data?.[REWORD]);
  const saved = await session.updateDraft('need reworded', (d) => (d.needs.some((n) => n.id === id) ? replaceItemText(d, id, reply.text) : d));
  const need = saved?.needs.find((n) => n.id === id);
  if (!need) return { goTo: back };
  return { say: [{ key: NeedsRemarkText.reworded, vars: { need: quoteNeed(need.text) } }], goTo: back };
}

/** The help kept last for this hope becomes one of its hard things, and what helps with it is asked. */
async function helpWasTheProblem(session: JourneySession, position: Position, here: readonly Need[]): Promise<Next> {
  const withHelp = [...here].reverse().find((n) => (n.helps?.length ?? 0) > 0);
  const hopeId = position.topic;
  if (!withHelp || !hopeId) return { say: [{ key: NeedsRemarkText.problemNothing }], goTo: withoutNotes(position) };
  const index = withHelp.helps!.length - 1;
  const words = withHelp.helps![index]!;
  const before = await session.draft();
  let movedId = '';
  await session.updateDraft('help was something hard', (d) => {
    const added = needOnce(removeItem(d, needHelpItemId(withHelp.id, index)), words, [hopeId], sectionOfNeed(words, speaksForThem(before), () => needSection(words, placeOfDays(d))));
    movedId = added.need.id;
    return added.draft;
  });
  return { say: [{ key: NeedsRemarkText.problemMoved, vars: { need: quoteNeed(words) } }], goTo: { step: Step.needsHelps, topic: hopeId, data: { need: movedId } } };
}
