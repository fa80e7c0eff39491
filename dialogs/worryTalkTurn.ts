import type { DialogContext } from './dialogKit';
import { answeredObjection, objectionOfTurn } from './flagObjection';
import { answeredFollowUp } from './safeguardingRepeat';
import { addedToHomeNote } from './homeNoteAdded';
import { asideAddedToHomeNote } from './secrecyJoinsNote';
import { answeredToldInPlan, toldInPlanJustAnswered } from './toldInPlanAsked';
import { answeredLeadAskedBeforeNote } from './safeguardingLeadAsked';
import { sessionOf } from './session';
import { worryToldAsHelp } from './worryNotHelp';
import { answeredWorryNote } from './worryNote';
import { answeredWorryChoiceTalk } from './worryChoiceTalk';
import { answeredNoteVisitFeared } from './noteVisitFeared';
import { answeredAnswerQueried } from './answerQueried';
import { addedMoreOfTheWorry } from './worryToldMore';
import { answeredNameOut } from './nameOutAsked';
import { answeredSeenFeared } from './seenFearedTurn';
import { answeredMoneyHelp } from './moneyHelpAnswered';
import { answeredKeptAbout } from './keptAboutAnswered';
import { homeWorryToldMore } from './homeWorryMore';
import { answeredCarerLinesQueried } from './carerLinesQueried';
import { wasToldAgain } from './safeguardingRepeat';
import { answeredTakeBackLifted } from './takeBackLifted';
import { answeredTimeWithNoted } from './timeWithNotedAsked';

/*
 * After a worry was flagged, what people say about it at a plan question: an objection to the note,
 * a question about who will be told, the worry told again as "help", a question about the note.
 * Each is answered truly and is never kept as part of the plan.
 */

/**
 * The words left to answer the open question (the message itself when none of this was said), or
 * undefined when it was all about the worry and the question is asked again. The activity's text
 * follows the words left, so the stage reads them.
 */
export async function besideTheWorry(inner: DialogContext, message: string, turn: { inSafeguarding: boolean; tapped: boolean }): Promise<string | undefined> {
  const session = sessionOf(inner.context);
  const { inSafeguarding } = turn;
  const atQuestion = !inSafeguarding && session.journey.position !== undefined;
  // "i want my bed back. but i dont want mick to be sad" after a note about someone using their home: added to that
  // note, never kept as a hope or a hard thing; any other sentence is the answer (homeWorryMore.ts).
  // "why are you giving me the NSPCC number, shes safe with me", from a carer: the truth, never kept, never a note taken back.
  if (atQuestion && !turn.tapped && (await answeredCarerLinesQueried(inner.context, session, message))) return undefined;
  const home = atQuestion && !turn.tapped && !wasToldAgain(inner.context) ? await homeWorryToldMore(inner.context, session, message) : undefined;
  if (home === '') return undefined;
  if (home !== undefined) inner.context.activity.text = home;
  const typed = home ?? message;
  const justAnswered = await toldInPlanJustAnswered(session);
  // "what?? i didnt take anything back", "it did happen": a take-back mark on the note comes off, said plainly; the question again.
  if (!turn.tapped && (await answeredTakeBackLifted(inner.context, session, typed))) return undefined;
  // "go out wiv reece" after a note that Reece is using them: never coached, added to the note, the question again.
  if (atQuestion && !turn.tapped && (await answeredTimeWithNoted(inner.context, session, typed))) return undefined;
  // "if mum shows him that hes gonna go mad. can u take the craig stuff out": the fear joins the note and is answered, every
  // part about Craig leaves the plan (seenFearedTurn.ts); any other sentence is the answer.
  const seenLeft = atQuestion && !turn.tapped ? await answeredSeenFeared(inner.context, session, typed) : undefined;
  if (seenLeft === '') return undefined;
  if (seenLeft !== undefined) {
    inner.context.activity.text = seenLeft;
    return seenLeft;
  }
  // "a real friend", "no one, craig does all that" at "who helps?" after a worry about their money: their money is
  // theirs and who can help, never a supporter kept (moneyHelpAnswered.ts); the question again.
  if (atQuestion && !turn.tapped && (await answeredMoneyHelp(inner.context, session, typed))) return undefined;
  // "i dont want zain in it", "take his name out": taken out of the plan's answers (the note keeps it), the question again.
  if (atQuestion && !turn.tapped && (await answeredNameOut(inner.context, session, typed))) return undefined;
  // "whats a safeguarding lead" before any note: who they are, and when they see a note; the question again.
  if (atQuestion && !turn.tapped && (await answeredLeadAskedBeforeNote(inner.context, session, typed))) return undefined;
  // "please delete that note. i am scared now social worker come to my house. we are good family": marked a mix-up, and nobody is sent.
  if (atQuestion && (await answeredNoteVisitFeared(inner.context, session, typed))) return undefined;
  // "you gave me domestic abuse numbers... nobody is being abused": sorry and the truth about the note, never kept or checked.
  if (atQuestion && (await answeredObjection(inner.context, session, typed, { wordsKept: false, afterTheAnswer: true }))) return undefined;
  // After a flag, "should i tell mr patel?" or "will school see this?" at a plan question: a true answer, never kept.
  if (atQuestion && (await answeredFollowUp(inner.context, session, typed))) return undefined;
  // "Why Samaritans?", "what is not my fault?" after a note: a short literal answer, never kept, the question again.
  if (atQuestion && !turn.tapped && (await answeredAnswerQueried(inner.context, session, typed))) return undefined;
  // "its just them arguing. i put my headphones in" after a worry about home: added to that note, never kept (homeNoteAdded.ts).
  if (atQuestion && (await addedToHomeNote(inner.context, session, typed))) return undefined;
  // "... without craig knowing tbh" after a worry at home: the aside joins that note, the rest answers (secrecyJoinsNote.ts).
  const asideLeft = atQuestion && !turn.tapped ? await asideAddedToHomeNote(inner.context, session, typed) : undefined;
  if (asideLeft === '') return undefined;
  if (asideLeft !== undefined) {
    inner.context.activity.text = asideLeft;
    return asideLeft;
  }
  // "did u keep the one about money?": what the plan holds about money, and that the note is kept (keptAboutAnswered.ts).
  if (atQuestion && !turn.tapped && (await answeredKeptAbout(inner.context, session, typed))) return undefined;
  // "is the thing i said about my mums boyfriend in the plan?": about the note, never a plan item sharing a word.
  if (atQuestion && (await answeredToldInPlan(inner.context, session, typed, justAnswered))) return undefined;
  // "wot help. u sed police", "nan is nice", "i always run out cos i buy jay stuff" after a worry of being used for money:
  // answered or added to the note, never kept; the rest of the message is the answer.
  const hasLead = async () => (await session.services.safeguarding?.hasLead().catch(() => false)) ?? false;
  const choiceTalk = atQuestion ? await answeredWorryChoiceTalk(inner.context, session, typed, hasLead) : undefined;
  if (choiceTalk === '') return undefined;
  if (choiceTalk) inner.context.activity.text = choiceTalk;
  const said = choiceTalk ?? typed;
  // "brother not take" at "what helps?" after a worry about him: added to the note, never kept as help; the rest is the answer.
  const besideWorry = inSafeguarding ? undefined : await worryToldAsHelp(inner.context, session, said);
  if (besideWorry === '') return undefined;
  // "mum doesnt know he takes the dinner money" at any plan question: added to the note, thanked for, never kept.
  if (besideWorry === undefined && atQuestion && !turn.tapped && (await addedMoreOfTheWorry(inner.context, session, said))) return undefined;
  const text = besideWorry ?? said;
  if (besideWorry) inner.context.activity.text = text;
  // "wat worrying thing?? take that note off", "I don't like that there is a note about abuse": what the note is about,
  // that it stays, and who to tell of a mix-up.
  // At the safeguarding questions, "that scared me. please delete the note" is left to the objection's kind answer there.
  if (inSafeguarding && objectionOfTurn(inner.context, text)?.scared) return text;
  if (session.journey.position && (await answeredWorryNote(inner.context, session, text, turn))) return undefined;
  return text;
}
