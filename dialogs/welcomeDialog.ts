import type { TurnContext } from 'botbuilder';
import { ReadingMode } from '../src/domain/readingMode';
import { setConsent, setKeyWorker, setYoungPerson, type WhoAnswers } from '../src/domain/draft';
import { z } from 'zod';
import { parseAgeOrYear } from '../src/language';
import { SETTINGS, type Setting } from '../src/language/ageOrYear';
import { readConsent, readReadingMode, readYesNo } from '../src/language/closedAnswers';
import { findInviteCode, readInvite } from '../src/language/inviteAnswer';
import { guessName, nameWithWho, readName } from '../src/language/nameAnswer';
import { readPolarity } from '../src/language/polarity';
import { readWho, type WhoKind } from '../src/language/whoAnswer';
import { speaksForThem } from './aboutWhom';
import { YES_NO } from './commands';
import { DialogId, Stage, Step } from './ids';
import { steppedBack, type Position } from './journey';
import { RESUME_ATTEMPTS, RESUME_LOCK_MINUTES } from '../src/domain/resumeCode';
import { whoSpeaksForThem } from '../src/domain/aboutWhom';
import { ageTurnedIn, schoolYearBeforeBirthday, schoolYearFromAge } from '../src/domain/schoolYear';
import { calendarDay } from '../src/domain/schoolCalendar';
import type { Choice, Question } from './say';
import type { JourneySession } from './session';
import { StageDialog, type Next } from './stageDialog';
import { matchChoice, understandChoice } from './understand';

export const WelcomeText = {
  hello: 'welcome:hello',
  readingModeQuestion: 'welcome:readingMode.question',
  readingModeStandard: 'welcome:readingMode.standard',
  readingModeEasyRead: 'welcome:readingMode.easyRead',
  chosenStandard: 'welcome:readingMode.chosenStandard',
  chosenEasyRead: 'welcome:readingMode.chosenEasyRead',
  consentExplain: 'welcome:consent.explain',
  consentWorry: 'welcome:consent.worry',
  consentWorryLead: 'welcome:consent.worryLead',
  consentQuestion: 'welcome:consent.question',
  consentAgree: 'welcome:consent.agree',
  consentDisagree: 'welcome:consent.disagree',
  consentDeclined: 'welcome:consent.declined',
  consentThanks: 'welcome:consent.thanks',
  whoQuestion: 'welcome:who.question',
  whoMe: 'welcome:who.me',
  whoParent: 'welcome:who.parent',
  whoHelper: 'welcome:who.helper',
  nameQuestionSelf: 'welcome:name.questionSelf',
  nameQuestionChild: 'welcome:name.questionChild',
  nameQuestionSupporter: 'welcome:name.questionSupporter',
  nameThanks: 'welcome:name.thanks',
  nameThanksChild: 'welcome:name.thanksChild',
  nameSkip: 'welcome:name.skip',
  nameConfirmSelf: 'welcome:name.confirmSelf',
  nameConfirmChild: 'welcome:name.confirmChild',
  nameDefaulted: 'welcome:name.defaulted',
  nameDefaultedChild: 'welcome:name.defaultedChild',
  readingModeDefaulted: 'welcome:readingMode.defaulted',
  whoDefaulted: 'welcome:who.defaulted',
  ageHowOldSelf: 'welcome:age.howOldSelf',
  ageHowOldChild: 'welcome:age.howOldChild',
  ageDefaulted: 'welcome:age.defaulted',
  ageYearEstimated: 'welcome:age.yearEstimated',
  inviteDefaulted: 'welcome:invite.defaulted',
  inviteTypeIt: 'welcome:invite.typeIt',
  inviteWhatIsKeyWorker: 'welcome:invite.whatIsKeyWorker',
  resumeDefaulted: 'welcome:resume.defaulted',
  ageQuestionSelf: 'welcome:age.questionSelf',
  ageQuestionChild: 'welcome:age.questionChild',
  ageWhichYear: 'welcome:age.whichYear',
  ageWhichYearChild: 'welcome:age.whichYearChild',
  ageNotAtSchool: 'welcome:age.notAtSchool',
  ageNotUnderstood: 'welcome:age.notUnderstood',
  ageAskAnAdult: 'welcome:age.askAnAdult',
  inviteQuestion: 'welcome:invite.question',
  inviteNone: 'welcome:invite.none',
  inviteSaved: 'welcome:invite.saved',
  inviteUnknown: 'welcome:invite.unknown',
  resumeQuestion: 'welcome:resume.question',
  resumeNotFound: 'welcome:resume.notFound',
  resumeLocked: 'welcome:resume.locked',
  resumeWelcomeBack: 'welcome:resume.welcomeBack',
  notUnderstood: 'common:notUnderstood',
} as const;

const READING_MODE_CHOICES: readonly Choice[] = [
  { value: ReadingMode.standard, labelKey: WelcomeText.readingModeStandard },
  { value: ReadingMode.easyRead, labelKey: WelcomeText.readingModeEasyRead },
];

const CONSENT_CHOICES: readonly Choice[] = [
  { value: 'yes', labelKey: WelcomeText.consentAgree },
  { value: 'no', labelKey: WelcomeText.consentDisagree },
];

const WHO_CHOICES: readonly Choice[] = [
  { value: 'self', labelKey: WelcomeText.whoMe },
  { value: 'parent_carer', labelKey: WelcomeText.whoParent },
  { value: 'helper', labelKey: WelcomeText.whoHelper },
];

/** Who is chatting, as the draft keeps it. */
const WHO_VALUE: Readonly<Record<WhoKind, WhoAnswers>> = {
  young_person: 'self',
  young_person_helped: 'helper',
  parent_or_carer: 'parent_carer',
  supporter: 'supporter',
};

const INVITE_CHOICES: readonly Choice[] = [{ value: 'none', labelKey: WelcomeText.inviteNone }];
const NOT_AT_SCHOOL: readonly Choice[] = [{ value: 'none', labelKey: WelcomeText.ageNotAtSchool }];

const understandWho = (text: string) => {
  const who = readWho(text);
  return who ? WHO_VALUE[who.who] : undefined;
};

/** A question about who a key worker is: "whats a key worker?", "who is my keyworker". */
const ASKS_WHAT_KEY_WORKER = /\b(?:what|wats|wot|whats|what's|who|whos|who's)\b[^.!]*\bkey\s*-?\s*workers?\b|\bkey\s*-?\s*workers?\s*\?/i;

/** Invitation codes are short letters and digits; anything else typed here is not a code. */
const INVITE_CODE = /^[A-Za-z0-9]{4}(?:[- ]?[A-Za-z0-9]{2,4}){0,2}$/;

/** Marks the age question while it asks for the school year instead, or for the age alone. */
const ASKING_YEAR = 'year';
const ASKING_AGE = 'age';
/** Where they learn ("college", "not_at_school"), kept while the age question asks for the age alone. */
const SETTING = 'setting';
const saidSetting = (value: string | undefined): Setting | undefined => z.enum(SETTINGS).safeParse(value).data;
/** Marks the name question while it checks its best reading ("Shall I call you Jay?"). */
const CONFIRMING = 'confirm';

/** Reading mode first, so everything after it is readable; consent; who is chatting; name; age. */
export class WelcomeDialog extends StageDialog {
  readonly stage = Stage.welcome;

  constructor() {
    super(DialogId.welcome);
  }

  protected async first(): Promise<Omit<Position, 'stage'>> {
    return { step: Step.welcomeReadingMode };
  }

  protected async question(session: JourneySession, position: Position): Promise<Question> {
    const draft = await session.draft();
    const child = speaksForThem(draft);
    const name = draft?.youngPerson.name ?? '';
    switch (position.step) {
      case Step.welcomeReadingMode:
        return { step: position.step, words: { key: WelcomeText.readingModeQuestion }, choices: READING_MODE_CHOICES, understand: readReadingMode };
      case Step.welcomeConsent:
        return { step: position.step, words: { key: WelcomeText.consentQuestion }, choices: CONSENT_CHOICES, understand: readConsent };
      case Step.welcomeWho:
        return { step: position.step, words: { key: WelcomeText.whoQuestion }, choices: WHO_CHOICES, understand: understandWho };
      case Step.welcomeName:
        if (position.data?.[CONFIRMING]) {
          const guess = position.data[CONFIRMING];
          return { step: position.step, words: { key: child ? WelcomeText.nameConfirmChild : WelcomeText.nameConfirmSelf, vars: { name: guess } }, choices: YES_NO, understand: readYesNo };
        }
        const key = draft?.youngPerson.who === 'supporter' ? WelcomeText.nameQuestionSupporter : child ? WelcomeText.nameQuestionChild : WelcomeText.nameQuestionSelf;
        return { step: position.step, words: { key } };
      case Step.welcomeAge:
        if (position.data?.asking === ASKING_YEAR) {
          return {
            step: position.step,
            words: { key: child && name ? WelcomeText.ageWhichYearChild : WelcomeText.ageWhichYear, vars: { name } },
            choices: NOT_AT_SCHOOL,
            understand: (text) => (parseAgeOrYear(text).setting === 'not_at_school' ? 'none' : undefined),
          };
        }
        if (position.data?.asking === ASKING_AGE) {
          return { step: position.step, words: { key: child && name ? WelcomeText.ageHowOldChild : WelcomeText.ageHowOldSelf, vars: { name } } };
        }
        return { step: position.step, words: { key: child && name ? WelcomeText.ageQuestionChild : WelcomeText.ageQuestionSelf, vars: { name } } };
      case Step.welcomeResumeCode:
        return { step: position.step, words: { key: WelcomeText.resumeQuestion } };
      case Step.welcomeInvite:
      default:
        return {
          step: Step.welcomeInvite,
          words: { key: WelcomeText.inviteQuestion },
          choices: INVITE_CHOICES,
          understand: (text) => (findInviteCode(text) ? undefined : readInvite(text)?.code === null ? 'none' : undefined),
          // "I have a code" here means the key worker's code, not a resume code.
          answersCommand: (command) => command === 'resume',
        };
    }
  }

  protected async answer(session: JourneySession, position: Position, text: string, context: TurnContext): Promise<Next> {
    const retry: Next = { say: [{ key: WelcomeText.notUnderstood }], goTo: position, miss: true };
    const question = await this.question(session, position);
    const chosen = question.choices || question.understand ? understandChoice(text, question, session.words) : undefined;
    switch (position.step) {
      case Step.welcomeReadingMode: {
        const mode = chosen as ReadingMode | undefined;
        if (!mode) return retry;
        return this.readingModeChosen(session, mode, WelcomeText.chosenStandard);
      }
      case Step.welcomeConsent: {
        if (!chosen) return retry;
        if (chosen === 'no') {
          await session.updateJourney((j) => ({ ...j, consent: false }));
          // Nothing is kept without consent: not even the chat so far.
          await session.forgetTranscripts(context.activity.conversation.id);
          await session.services.purgeDeleted?.();
          return { say: [{ key: WelcomeText.consentDeclined }], goTo: position };
        }
        await session.updateJourney((j) => ({ ...j, consent: true }));
        await session.updateDraft('consent given', (draft) => setConsent(setYoungPerson(draft, { readingMode: session.mode }), true, session.today));
        return { say: [{ key: WelcomeText.consentThanks }], goTo: { step: Step.welcomeWho } };
      }
      case Step.welcomeWho: {
        const who = chosen as WhoAnswers | undefined;
        if (!who) return retry;
        const pronoun = whoSpeaksForThem(who) ? readWho(text)?.pronoun ?? undefined : undefined;
        await session.updateDraft('who is chatting', (draft) => setYoungPerson(draft, { who, ...(pronoun ? { pronoun } : {}) }));
        // "me. im ella", "I'm Arlo's mum": the name given with the answer is not asked again.
        const name = nameWithWho(text);
        return name ? this.keepName(session, name) : { goTo: { step: Step.welcomeName } };
      }
      case Step.welcomeName:
        return this.answerName(session, position, text, chosen);
      case Step.welcomeAge:
        return this.answerAge(session, position, text);
      case Step.welcomeResumeCode:
        return this.answerResumeCode(session, text, context.activity.conversation.id);
      case Step.welcomeInvite: {
        // "whats a key worker?": one plain sentence, then the same question again.
        if (ASKS_WHAT_KEY_WORKER.test(text)) {
          // "wats a key worker?? idk no": explained, and the "no" after the question is the answer.
          const after = /[?.!]+\s*([^?.!]+)\s*[.!]*$/.exec(text)?.[1] ?? '';
          const no = after && !ASKS_WHAT_KEY_WORKER.test(after) && readInvite(after)?.code === null;
          return no ? { say: [{ key: WelcomeText.inviteWhatIsKeyWorker }] } : { say: [{ key: WelcomeText.inviteWhatIsKeyWorker }], goTo: position };
        }
        if (chosen === 'none') return {};
        const code = findInviteCode(text);
        if (!code) {
          // "yes I have one": ask for the code itself.
          if (readPolarity(text).answer === 'yes' || /\b(?:i have|ive got|i got|got|have) (?:a |one|it|the)\b/i.test(text)) return { say: [{ key: WelcomeText.inviteTypeIt }], goTo: position, miss: true };
          return retry;
        }
        const known = session.services.invitationExists;
        if (known && !(await known(code))) return { say: [{ key: WelcomeText.inviteUnknown }], goTo: position, miss: true };
        await session.updateDraft('invitation code', (d) => setKeyWorker(d, { invitationCode: code, shared: false }));
        return { say: [{ key: WelcomeText.inviteSaved }] };
      }
      default:
        return {};
    }
  }

  private async readingModeChosen(session: JourneySession, mode: ReadingMode, standardWords: string): Promise<Next> {
    await session.updateJourney((j) => ({ ...j, mode }));
    const chosen = mode === ReadingMode.easyRead ? WelcomeText.chosenEasyRead : standardWords;
    return { say: [{ key: chosen }, { key: WelcomeText.consentExplain }, { key: await consentWorry(session) }], goTo: { step: Step.welcomeConsent } };
  }

  /** A name out of a sentence; "rather not say" moves on without one; the best reading is checked after two misses. */
  private async answerName(session: JourneySession, position: Position, text: string, chosen: string | undefined): Promise<Next> {
    const draft = await session.draft();
    const child = speaksForThem(draft);
    const next = { step: Step.welcomeAge };
    const guess = position.data?.[CONFIRMING];
    if (guess) {
      // A clear name typed now wins over the guess; yes keeps the guess; anything else moves on without one.
      const typed = chosen ? undefined : readName(text);
      const name = chosen === 'yes' ? guess : typed && typed.name ? typed.name : undefined;
      if (!name) return { say: [{ key: child ? WelcomeText.nameDefaultedChild : WelcomeText.nameDefaulted }], goTo: next };
      return this.keepName(session, name);
    }
    const read = readName(text);
    if (!read) return { say: [{ key: WelcomeText.notUnderstood }], goTo: position, miss: true };
    if (!read.name) return { say: [{ key: WelcomeText.nameSkip }], goTo: next };
    return this.keepName(session, read.name);
  }

  private async keepName(session: JourneySession, name: string): Promise<Next> {
    const draft = await session.updateDraft('name', (d) => setYoungPerson(d, { name }));
    const thanks = speaksForThem(draft) ? WelcomeText.nameThanksChild : WelcomeText.nameThanks;
    return { say: [{ key: thanks, vars: { name } }], goTo: { step: Step.welcomeAge } };
  }

  /** After two misses: standard words; a checked best reading of the name; no code; on without an age. */
  protected override async byDefault(session: JourneySession, position: Position, text: string): Promise<Next> {
    switch (position.step) {
      case Step.welcomeReadingMode:
        return this.readingModeChosen(session, ReadingMode.standard, WelcomeText.readingModeDefaulted);
      case Step.welcomeWho:
        await session.updateDraft('who is chatting', (draft) => setYoungPerson(draft, { who: 'self' }));
        return { say: [{ key: WelcomeText.whoDefaulted }], goTo: { step: Step.welcomeName } };
      case Step.welcomeName: {
        const guess = position.data?.[CONFIRMING] ? undefined : guessName(text);
        if (guess) return { goTo: { step: Step.welcomeName, data: { [CONFIRMING]: guess } } };
        const child = speaksForThem(await session.draft());
        return { say: [{ key: child ? WelcomeText.nameDefaultedChild : WelcomeText.nameDefaulted }], goTo: { step: Step.welcomeAge } };
      }
      case Step.welcomeAge:
        return this.ageByDefault(session, position);
      case Step.welcomeInvite:
        return { say: [{ key: WelcomeText.inviteDefaulted }] };
      case Step.welcomeResumeCode: {
        const previous = steppedBack(session.journey)?.position;
        return { say: [{ key: WelcomeText.resumeDefaulted }], ...(previous ? { openAt: previous } : { goTo: { step: Step.welcomeReadingMode } }) };
      }
      default:
        return super.byDefault(session, position, text);
    }
  }

  /** An age without a school year: the year worked out from the age and marked as estimated. */
  private async ageByDefault(session: JourneySession, position: Position): Promise<Next> {
    const next: Next = { goTo: { step: Step.welcomeInvite } };
    const age = (await session.draft())?.youngPerson.age;
    if (position.data?.asking === ASKING_YEAR && age !== undefined) {
      const estimate = schoolYearBeforeBirthday(age);
      if (estimate >= 0 && estimate <= 14) {
        await session.updateDraft('school year estimated', (d) => setYoungPerson(d, { schoolYear: estimate, schoolYearEstimated: true }));
        return { ...next, say: [{ key: WelcomeText.ageYearEstimated }] };
      }
    }
    return { ...next, say: [{ key: WelcomeText.ageDefaulted }] };
  }

  /** Skipping moves on with nothing stored; consent is the one question that cannot be skipped. */
  override async skip(session: JourneySession, position: Position): Promise<Next> {
    switch (position.step) {
      case Step.welcomeReadingMode:
        return { say: [{ key: WelcomeText.consentExplain }, { key: await consentWorry(session) }], goTo: { step: Step.welcomeConsent } };
      case Step.welcomeWho:
        return { goTo: { step: Step.welcomeName } };
      case Step.welcomeName:
        return { goTo: { step: Step.welcomeAge } };
      case Step.welcomeAge:
        return { goTo: { step: Step.welcomeInvite } };
      case Step.welcomeInvite:
        return {};
      case Step.welcomeResumeCode: {
        const previous = steppedBack(session.journey)?.position;
        return previous ? { openAt: previous } : { goTo: { step: Step.welcomeReadingMode } };
      }
      default:
        return { goTo: position };
    }
  }

  /** A valid code switches this conversation to the stored journey and reopens its question. */
  private async answerResumeCode(session: JourneySession, text: string, conversationId: string): Promise<Next> {
    const now = session.today;
    const lockedUntil = session.journey.resumeLockedUntil;
    const goBack = (): Next => {
      const previous = steppedBack(session.journey)?.position;
      return previous ? { openAt: previous } : { goTo: { step: Step.welcomeReadingMode } };
    };
    if (lockedUntil && new Date(lockedUntil) > now) return { say: [{ key: WelcomeText.resumeLocked }], ...goBack() };
    const draftId = await session.resumeCodes.find(text, { conversationId, now });
    if (!draftId) {
      const attempts = session.journey.resumeAttempts + 1;
      const locked = attempts >= RESUME_ATTEMPTS;
      await session.updateJourney((j) => ({
        ...j,
        resumeAttempts: locked ? 0 : attempts,
        resumeLockedUntil: locked ? new Date(now.getTime() + RESUME_LOCK_MINUTES * 60_000).toISOString() : undefined,
      }));
      return locked ? { say: [{ key: WelcomeText.resumeLocked }], ...goBack() } : { say: [{ key: WelcomeText.resumeNotFound }], goTo: { step: Step.welcomeResumeCode } };
    }
    await session.switchTo(draftId);
    const open = session.journey.position;
    return { say: [{ key: WelcomeText.resumeWelcomeBack }], openAt: open ?? { stage: Stage.welcome, step: Step.welcomeReadingMode } };
  }

  private async answerAge(session: JourneySession, position: Position, text: string): Promise<Next> {
    const next: Next = { goTo: { step: Step.welcomeInvite } };
    const asking = position.data?.asking;
    if (asking === ASKING_YEAR && matchChoice(text, NOT_AT_SCHOOL, session.words)) return next;
    const said = parseAgeOrYear(text);
    // "at college" said first is still true when the age comes next: no school year is asked of a college student.
    const setting = said.setting ?? saidSetting(position.data?.[SETTING]);
    const parsed = { ...said, ...(setting ? { setting } : {}) };
    if (parsed.age === undefined && parsed.schoolYear === undefined) {
      // Asked for the school year after an age: "at college" or "left school" is the answer, with no year to store.
      if ((parsed.setting === 'not_at_school' || parsed.setting === 'college') && asking === ASKING_YEAR) return next;
      // "at college", "left school": how old are they?
      if (parsed.setting && asking !== ASKING_AGE) return { goTo: { step: Step.welcomeAge, data: { asking: ASKING_AGE, [SETTING]: parsed.setting } } };
      return { say: [{ key: WelcomeText.ageNotUnderstood }], goTo: position, miss: true };
    }
    // A stated school year wins over an age.
    const schoolYear = parsed.schoolYear ?? (parsed.age !== undefined ? schoolYearFromAge(parsed.age, calendarDay(session.today)) : undefined);
    // Nursery is kept as -1, so the calendar knows Reception is still to come.
    const storedYear = schoolYear !== undefined && schoolYear >= -1 ? schoolYear : undefined;
    const draft = await session.updateDraft('age or school year', (d) =>
      setYoungPerson(d, {
        ...(parsed.age !== undefined ? { age: parsed.age } : {}),
        // A year worked out from the age is marked as estimated, for the key worker to check.
        ...(storedYear !== undefined ? { schoolYear: storedYear, schoolYearEstimated: parsed.schoolYear === undefined } : {}),
      }),
    );
    const atSchool = parsed.setting !== 'not_at_school' && parsed.setting !== 'college';
    if (schoolYear === undefined && parsed.age !== undefined && isSchoolAge(parsed.age) && atSchool) {
      return { goTo: { step: Step.welcomeAge, data: { asking: ASKING_YEAR } } };
    }
    // Children under 13 share their plan with a parent or carer (ICO Children's code).
    const underThirteen = (parsed.age ?? (schoolYear !== undefined ? ageTurnedIn(schoolYear) : 99)) < 13;
    if (underThirteen && draft.youngPerson.who === 'self') return { say: [{ key: WelcomeText.ageAskAnAdult }], ...next };
    return next;
  }
}

function isSchoolAge(age: number): boolean {
  return age >= 4 && age <= 18;
}

/** Honest before anything is told: with a safeguarding lead, a disclosure is passed on. */
async function consentWorry(session: JourneySession): Promise<string> {
  const lead = (await session.services.safeguarding?.hasLead().catch(() => false)) ?? false;
  return lead ? WelcomeText.consentWorryLead : WelcomeText.consentWorry;
}
