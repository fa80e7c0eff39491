import { speaksForThem } from './aboutWhom';
import { ActivityTypes, InputHints, type Activity } from 'botbuilder';
import type { DialogContext } from './dialogKit';
import { createDraft, setYoungPerson, touch, type Draft } from '../src/domain/draft';
import { ReadingMode } from '../src/domain/readingMode';
import { quoteNeed, type GlobalCommand } from '../src/language';
import { asksForHelpWithTheChat } from '../src/language/asksMeaning';
import { forgetQuotedHopes } from '../src/language/hopeItself';
import { forgetAllReadings } from '../src/language/recentReadings';
import { DRAFT_CONTENT_TYPE, Stage, Step } from './ids';
import { downloadLinksText } from './downloadLinks';
import { keyWorkerCommentsText } from './keyWorkerComments';
import { reviewCards, sendCards } from './reviewCard';
import { HELP_LINK, HELP_TARGET, HelpCommandsText, HelpTextTheme, helpKeyFor, isYoungChild } from './help';
import type { ThemeId } from '../src/domain/vocabulary';
import { ageFitKey } from './hopeIdeasByAge';
import { hasIdeasFor, notSureKeyFor, notSureStepAt } from './notSure';
import { ideasForHope } from './outcomeExamples';
import { noteIdeasOffered, providesExplained } from './providesExplained';
import { PendingConfirm, newJourney, steppedBack } from './journey';
import { questionActivity, sayAll, type Choice, type Words } from './say';
import { chatHelperVars } from './planHelperWords';
import type { JourneySession } from './session';
import { understandChoice } from './understand';
import { understandYesNo } from './closedReplies';
import { StopText, saveAndStop } from './saveAndStop';
import { undoneHope } from './wrongKept';
import { answerToChange } from './lastAnswerChanged';
import { EXPLAINED, MakesPossibleAskText, makesPossibleHelpKey } from './makesPossibleAsk';

export const CommandText = {
  notSureFirst: 'commands:notSureFirst',
  notSureHelp: 'commands:notSureHelp',
  notSureSkip: 'commands:notSureSkip',
  skipAsked: 'commands:skipAsked',
  stopAskedAtReview: 'commands:stopAskedAtReview',
  backFirst: 'commands:back.first',
  welcomeBack: 'commands:back.welcomeBack',
  takeYourTime: 'commands:back.takeYourTime',
  sentTwice: 'commands:back.sentTwice',
  wornOut: 'commands:back.wornOut',
  stopSaved: StopText.saved,
  stopHowToReturn: StopText.howToReturn,
  stopNotSaved: StopText.notSaved,
  startAgainQuestion: 'commands:startAgain.question',
  startAgainDone: 'commands:startAgain.done',
  startAgainCancelled: 'commands:startAgain.cancelled',
  modeEasyRead: 'commands:mode.easyRead',
  modeStandard: 'commands:mode.standard',
  showDraftIntro: 'commands:showDraft.intro',
  showDraftEmpty: 'commands:showDraft.empty',
  deleteQuestion: 'commands:delete.question',
  deleteDone: 'commands:delete.done',
  deleteCancelled: 'commands:delete.cancelled',
  personKeyWorker: 'commands:person.keyWorker',
  personKeyWorkerParent: 'commands:person.keyWorkerParent',
  personHelper: 'commands:person.helper',
  personChildline: 'commands:person.childline',
  personNspcc: 'commands:person.nspcc',
  personComputer: 'commands:person.computer',
  yes: 'commands:yes',
  no: 'commands:no',
} as const;

export const YES_NO: readonly Choice[] = [
  { value: 'yes', labelKey: CommandText.yes },
  { value: 'no', labelKey: CommandText.no },
];

/** What the main dialog does after a command: ask the open question again, open another, or wait. */
export type AfterCommand = { then: 'reprompt' } | { then: 'openAt'; position: NonNullable<JourneySession['journey']['position']> } | { then: 'skip' } | { then: 'wait' } | { then: 'restart' };

/** Sends the draft as an attachment clients can read, in its own message. */
export async function sendDraft(dc: DialogContext, session: JourneySession): Promise<void> {
  const draft = (await session.draft()) ?? createDraft({ id: session.draftId, now: session.today, readingMode: session.mode });
  const t = session.t;
  const answers = [...Object.values(draft.aboutMe).flat(), ...draft.aspirations, ...draft.needs, ...draft.outcomes];
  const empty = answers.length === 0 && !draft.youngPerson.name && draft.youngPerson.age === undefined && draft.youngPerson.schoolYear === undefined;
  const intro = t(empty ? CommandText.showDraftEmpty : CommandText.showDraftIntro);
  // The person's own copies to download, once there is a stored draft to make them from.
  const downloads = !empty && session.services.downloadsFor ? await session.services.downloadsFor(draft) : undefined;
  // The key worker's comments, newest first, where the person can read them (not only in the file).
  const comments = keyWorkerCommentsText(draft, t);
  // At the review, "can I see it all" shows the whole read-back (the summary question is short).
  const position = session.journey.position;
  if (!empty && position?.stage === Stage.review) await sendCards(dc.context, session, reviewCards(draft, t));
  const activity: Partial<Activity> = {
    type: ActivityTypes.Message,
    text: [intro, comments, downloads ? downloadLinksText(downloads, t) : undefined].filter(Boolean).join('\n\n'),
    speak: intro,
    inputHint: InputHints.IgnoringInput,
    attachments: [{ contentType: DRAFT_CONTENT_TYPE, content: draft, name: 'draft.json' }],
  };
  await dc.context.sendActivity(activity);
}

/** The step-or-bigger choice after a soon "by when?" is open. */
function atTargetChoice(position: { step: string; data?: Record<string, string> } | undefined): boolean {
  return position?.step === Step.outcomeWhen && Boolean(position.data?.target);
}

const HELPS_ABOUT = 'help:helpsAbout';

/** The one hard thing "What already helps?" asks about, in their words; undefined for none or several. */
function helpsAbout(draft: Draft | undefined, need: string | undefined): string | undefined {
  const ids = (need ?? '').split(' ').filter(Boolean);
  const needs = (draft?.needs ?? []).filter((n) => ids.includes(n.id));
  return needs.length === 1 ? quoteNeed(needs[0]!.text) : undefined;
}

/** The open question explained, with its example: what "help" or "what do you mean?" hears. */
export async function questionExplained(session: JourneySession): Promise<Words[]> {
  const position = session.journey.position;
  const draft = await session.draft();
  // A parent or carer hears each question's help about their child, by name.
  const adult = speaksForThem(draft);
  const young = isYoungChild(draft?.youngPerson);
  const linking = position?.step === Step.outcomeMakesPossible && position.data?.link;
  const choosingStep = atTargetChoice(position);
  // "wat u mean like go places?" at a part of life: that part explained with an example (a young person's own examples).
  const theme = position?.step === Step.hopesTheme && !adult && !young ? HelpTextTheme[position.topic as ThemeId] : undefined;
  // A young adult's example fits the age: a club or a group, never a youth club.
  const themeFit = theme ? ageFitKey(theme, draft?.youngPerson) : undefined;
  const key = position ? (linking ? HELP_LINK : choosingStep ? HELP_TARGET : themeFit ?? ageFitKey(helpKeyFor(position.step, adult, young), draft?.youngPerson)) : undefined;
  // At "What would it provide?" the examples fit the step being made, when its words say what kind of help fits.
  const explained = young ? undefined : providesExplained(draft, position, session.t);
  // A job or exams hope: what the step leads to is explained in that hope's terms, never with a party or a friend's house.
  const fitting = position?.step === Step.outcomeMakesPossible && !linking && !adult ? makesPossibleHelpKey(draft, position.topic) : undefined;
  if (fitting) return [{ key: fitting, vars: { name: draft?.youngPerson.name ?? '' } }];
  // "help with what?" at "What already helps?": the hard thing it is about, quoted, so "this" is clear.
  const hard = position?.step === Step.needsHelps && !adult && !young ? helpsAbout(draft, position.data?.need) : undefined;
  if (hard) return [{ key: HELPS_ABOUT, vars: { hard } }];
  return explained ? [explained] : key ? [{ key, vars: { name: draft?.youngPerson.name ?? '' } }] : [];
}

/** Runs one global command. The open question stays open unless the command moves on. */
export async function runCommand(dc: DialogContext, session: JourneySession, command: GlobalCommand): Promise<AfterCommand> {
  const t = session.t;
  const position = session.journey.position;
  switch (command) {
    case 'help': {
      // "how does this help" at "What would it make possible?": explained once, then asked in other words.
      const again = position?.step === Step.outcomeMakesPossible && !position.data?.link ? position : undefined;
      if (again?.data?.[EXPLAINED] === '1') {
        await sayAll(dc.context, t, [{ key: MakesPossibleAskText.notSureAgain }]);
        return { then: 'reprompt' };
      }
      const help = await questionExplained(session);
      // "wat u mean", "huh": the question explained with its example, not every command ("help" lists them too).
      const list = help.length === 0 || asksForHelpWithTheChat(dc.context.activity.text ?? '');
      await sayAll(dc.context, t, [...help, ...(list ? [{ key: HelpCommandsText.commands }] : [])]);
      // Two ideas of help offered: "both" at the same question then keeps them.
      await noteIdeasOffered(session, await session.draft());
      if (again) return { then: 'openAt', position: { ...again, data: { ...again.data, [EXPLAINED]: '1' } } };
      return { then: 'reprompt' };
    }
    case 'notSure': {
      if (session.journey.notSureCount >= 1) {
        await sayAll(dc.context, t, [{ key: CommandText.notSureSkip }]);
        return { then: 'skip' };
      }
      await session.updateJourney((j) => ({ ...j, notSureCount: j.notSureCount + 1 }));
      const draft = await session.draft();
      const child = speaksForThem(draft);
      const name = draft?.youngPerson.name ?? '';
      // "hmm not sure" at the step-or-bigger choice: that choice explained, never ideas for the date.
      if (atTargetChoice(position)) {
        await sayAll(dc.context, t, [{ key: HELP_TARGET, vars: { name } }]);
        return { then: 'reprompt' };
      }
      const step = position ? notSureStepAt(position) : undefined;
      const young = isYoungChild(draft?.youngPerson);
      // "write it for me" or "dont know" at the step question: ideas that fit this hope, to pick or start from (a parent gets ideas fit for the child's age).
      // A young child still gets ideas for their age.
      const forHope = step === Step.outcomeStep && !child && !young ? ideasForHope(draft, position?.topic, (key) => t(key)) : undefined;
      const ideas = forHope ? [forHope] : step ? [{ key: notSureKeyFor(step, child, young, draft?.youngPerson), vars: { name } }] : [];
      // A question with no ideas to give (a read-back, a yes or no) gets its help, never "here's an idea".
      const lead = step && !hasIdeasFor(step, child, young, draft?.youngPerson) ? CommandText.notSureHelp : CommandText.notSureFirst;
      await sayAll(dc.context, t, [{ key: lead }, ...ideas]);
      return { then: 'reprompt' };
    }
    case 'skip':
      return { then: 'skip' };
    case 'back': {
      // "undo" just after a hope was kept: that hope is taken out again, and the bot says so.
      const undone = await undoneHope(session, dc.context.activity.text ?? '');
      if (undone) {
        await sayAll(dc.context, t, [undone.say]);
        return undone.after;
      }
      const back = steppedBack(session.journey);
      if (!back?.position) {
        await sayAll(dc.context, t, [{ key: CommandText.backFirst }]);
        return { then: 'reprompt' };
      }
      // "i answered the last one wrong": what they said there is shown before it is asked again.
      const shown = await answerToChange(session, back.position, dc.context.activity.text ?? '');
      if (shown.length > 0) await sayAll(dc.context, t, shown);
      await session.updateJourney(() => back);
      return { then: 'openAt', position: back.position };
    }
    case 'stop':
      await saveAndStop(dc, session);
      return { then: 'wait' };
    case 'resume':
      return { then: 'openAt', position: { stage: Stage.welcome, step: Step.welcomeResumeCode } };
    case 'easyRead':
    case 'standard': {
      const mode = command === 'easyRead' ? ReadingMode.easyRead : ReadingMode.standard;
      await session.updateJourney((j) => ({ ...j, mode }));
      if (await session.draft()) await session.updateDraft('reading mode', (d) => setYoungPerson(d, { readingMode: mode }));
      await sayAll(dc.context, session.t, [{ key: mode === ReadingMode.easyRead ? CommandText.modeEasyRead : CommandText.modeStandard }]);
      return { then: 'reprompt' };
    }
    case 'showDraft':
      await sendDraft(dc, session);
      return { then: 'reprompt' };
    case 'talkToPerson':
      // A parent, carer or supporter is given the helpline for adults worried about a child, not Childline.
      const adult = speaksForThem(await session.draft());
      // "me, my mum is helping": the person beside them is the first one named.
      const helper = adult ? undefined : chatHelperVars(t, session.journey.helper);
      const people: Words = adult ? { key: CommandText.personKeyWorkerParent } : helper ? { key: CommandText.personHelper, vars: helper } : { key: CommandText.personKeyWorker };
      await sayAll(dc.context, t, [{ key: CommandText.personComputer }, people, { key: adult ? CommandText.personNspcc : CommandText.personChildline }]);
      return { then: 'reprompt' };
    case 'startAgain':
    case 'deleteData': {
      const pending = command === 'startAgain' ? PendingConfirm.startAgain : PendingConfirm.deleteData;
      await session.updateJourney((j) => ({ ...j, pendingConfirm: pending }));
      await askConfirm(dc, session);
      return { then: 'wait' };
    }
  }
}

export async function askConfirm(dc: DialogContext, session: JourneySession): Promise<void> {
  const position = session.journey.position;
  const key = session.journey.pendingConfirm === PendingConfirm.deleteData ? CommandText.deleteQuestion : CommandText.startAgainQuestion;
  const step = position?.step ?? Step.welcomeReadingMode;
  await dc.context.sendActivity(
    questionActivity({ step, topic: position?.topic, words: { key }, choices: YES_NO }, session.t, { mode: session.mode, stage: position?.stage ?? Stage.welcome }),
  );
}

/** The answer to "are you sure?" after start again or delete my data. */
export async function answerConfirm(dc: DialogContext, session: JourneySession, text: string): Promise<AfterCommand> {
  const pending = session.journey.pendingConfirm;
  const answer = understandChoice(text, { choices: YES_NO, understand: understandYesNo }, session.words);
  await session.updateJourney((j) => ({ ...j, pendingConfirm: undefined }));
  const deleting = pending === PendingConfirm.deleteData;
  if (answer !== 'yes') {
    await sayAll(dc.context, session.t, [{ key: deleting ? CommandText.deleteCancelled : CommandText.startAgainCancelled }]);
    return { then: 'reprompt' };
  }
  const conversationId = dc.context.activity.conversation.id;
  if (deleting) {
    await session.forgetTranscripts(conversationId);
    const mode = session.mode;
    await session.deleteEverything();
    await session.services.purgeDeleted?.();
    forgetQuotedHopes();
    forgetAllReadings();
    await sayAll(dc.context, session.words.forMode(mode), [{ key: CommandText.deleteDone }]);
    return { then: 'restart' };
  }
  await startAgain(session);
  await session.forgetTranscripts(conversationId);
  await session.services.purgeDeleted?.();
  forgetQuotedHopes();
  forgetAllReadings();
  await sayAll(dc.context, session.t, [{ key: CommandText.startAgainDone }]);
  return { then: 'restart' };
}

/**
 * A fresh journey on the same draft: answers cleared and their earlier versions deleted,
 * safeguarding flags kept, and wrong resume code tries still counted.
 */
async function startAgain(session: JourneySession): Promise<void> {
  const mode = session.mode;
  const d: Draft | undefined = await session.draft();
  if (d) {
    const fresh = touch({ ...createDraft({ id: d.id, readingMode: mode }), createdAt: d.createdAt, flags: d.flags }, session.today);
    await session.restartDraft(fresh);
  }
  await session.updateJourney((j) => ({
    ...newJourney(j.draftId),
    mode,
    consent: j.consent,
    resumeKey: j.resumeKey,
    resumeAttempts: j.resumeAttempts,
    resumeLockedUntil: j.resumeLockedUntil,
    conversations: j.conversations,
  }));
}

