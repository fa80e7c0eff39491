import type { TurnContext } from 'botbuilder';
import { ReadingMode } from '../src/domain/readingMode';
import { setConsent, setKeyWorker, setYoungPerson, type WhoAnswers } from '../src/domain/draft';
import { parseAgeOrYear } from '../src/language';
import { DialogId, Stage, Step } from './ids';
import { steppedBack, type Position } from './journey';
import { RESUME_ATTEMPTS, RESUME_LOCK_MINUTES } from '../src/storage/resumeCodes';
import { schoolYearFromAge } from './schoolYear';
import type { Choice, Question } from './say';
import type { JourneySession } from './session';
import { StageDialog, type Next } from './stageDialog';
import { matchChoice } from './understand';

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
  nameThanks: 'welcome:name.thanks',
  nameThanksChild: 'welcome:name.thanksChild',
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
  { value: 'self', labelKey: WelcomeText.whoMe, synonyms: ['me', 'myself', 'just me', 'me myself', 'its me', 'i am', 'im me', 'mine', 'about me'] },
  { value: 'parent_carer', labelKey: WelcomeText.whoParent, synonyms: ['parent', 'carer', 'mum', 'mom', 'dad', 'my child', 'my son', 'my daughter', 'foster carer', 'grandparent', 'guardian'] },
  { value: 'helper', labelKey: WelcomeText.whoHelper, synonyms: ['helper', 'helping', 'someone helping', 'support worker', 'teacher', 'teaching assistant', 'key worker'] },
];

const INVITE_CHOICES: readonly Choice[] = [{ value: 'none', labelKey: WelcomeText.inviteNone }];
const NOT_AT_SCHOOL: readonly Choice[] = [{ value: 'none', labelKey: WelcomeText.ageNotAtSchool }];

/** Invitation codes are short letters and digits; anything else typed here is not a code. */
const INVITE_CODE = /^[A-Za-z0-9]{4}(?:[- ]?[A-Za-z0-9]{2,4}){0,2}$/;

/** Marks the age question while it asks for the school year instead. */
const ASKING_YEAR = 'year';

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
    const child = draft?.youngPerson.who === 'parent_carer';
    const name = draft?.youngPerson.name ?? '';
    switch (position.step) {
      case Step.welcomeReadingMode:
        return { step: position.step, words: { key: WelcomeText.readingModeQuestion }, choices: READING_MODE_CHOICES };
      case Step.welcomeConsent:
        return { step: position.step, words: { key: WelcomeText.consentQuestion }, choices: CONSENT_CHOICES };
      case Step.welcomeWho:
        return { step: position.step, words: { key: WelcomeText.whoQuestion }, choices: WHO_CHOICES };
      case Step.welcomeName:
        return { step: position.step, words: { key: child ? WelcomeText.nameQuestionChild : WelcomeText.nameQuestionSelf } };
      case Step.welcomeAge:
        if (position.data?.asking === ASKING_YEAR) {
          return {
            step: position.step,
            words: { key: child && name ? WelcomeText.ageWhichYearChild : WelcomeText.ageWhichYear, vars: { name } },
            choices: NOT_AT_SCHOOL,
          };
        }
        return { step: position.step, words: { key: child && name ? WelcomeText.ageQuestionChild : WelcomeText.ageQuestionSelf, vars: { name } } };
      case Step.welcomeResumeCode:
        return { step: position.step, words: { key: WelcomeText.resumeQuestion } };
      case Step.welcomeInvite:
      default:
        return { step: Step.welcomeInvite, words: { key: WelcomeText.inviteQuestion }, choices: INVITE_CHOICES };
    }
  }

  protected async answer(session: JourneySession, position: Position, text: string, context: TurnContext): Promise<Next> {
    const retry: Next = { say: [{ key: WelcomeText.notUnderstood }], goTo: position };
    switch (position.step) {
      case Step.welcomeReadingMode: {
        const mode = matchChoice(text, READING_MODE_CHOICES, session.words) as ReadingMode | undefined;
        if (!mode) return retry;
        await session.updateJourney((j) => ({ ...j, mode }));
        const chosen = mode === ReadingMode.easyRead ? WelcomeText.chosenEasyRead : WelcomeText.chosenStandard;
        // Honest before anything is told: with a safeguarding lead, a disclosure is passed on.
        const lead = (await session.services.safeguarding?.hasLead().catch(() => false)) ?? false;
        const worry = lead ? WelcomeText.consentWorryLead : WelcomeText.consentWorry;
        return { say: [{ key: chosen }, { key: WelcomeText.consentExplain }, { key: worry }], goTo: { step: Step.welcomeConsent } };
      }
      case Step.welcomeConsent: {
        const answer = matchChoice(text, CONSENT_CHOICES, session.words);
        if (!answer) return retry;
        if (answer === 'no') {
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
        const who = matchChoice(text, WHO_CHOICES, session.words) as WhoAnswers | undefined;
        if (!who) return retry;
        await session.updateDraft('who is chatting', (draft) => setYoungPerson(draft, { who }));
        return { goTo: { step: Step.welcomeName } };
      }
      case Step.welcomeName: {
        const name = cleanName(text);
        if (!name) return { goTo: { step: Step.welcomeAge } };
        const draft = await session.updateDraft('name', (d) => setYoungPerson(d, { name }));
        const thanks = draft.youngPerson.who === 'parent_carer' ? WelcomeText.nameThanksChild : WelcomeText.nameThanks;
        return { say: [{ key: thanks, vars: { name } }], goTo: { step: Step.welcomeAge } };
      }
      case Step.welcomeAge:
        return this.answerAge(session, position, text);
      case Step.welcomeResumeCode:
        return this.answerResumeCode(session, text, context.activity.conversation.id);
      case Step.welcomeInvite: {
        if (matchChoice(text, INVITE_CHOICES, session.words)) return {};
        const code = text.trim().toUpperCase();
        if (!INVITE_CODE.test(code)) return retry;
        const known = session.services.invitationExists;
        if (known && !(await known(code))) return { say: [{ key: WelcomeText.inviteUnknown }], goTo: position };
        await session.updateDraft('invitation code', (d) => setKeyWorker(d, { invitationCode: code, shared: false }));
        return { say: [{ key: WelcomeText.inviteSaved }] };
      }
      default:
        return {};
    }
  }

  /** Skipping moves on with nothing stored; consent is the one question that cannot be skipped. */
  override async skip(session: JourneySession, position: Position): Promise<Next> {
    switch (position.step) {
      case Step.welcomeReadingMode:
        return { say: [{ key: WelcomeText.consentExplain }, { key: WelcomeText.consentWorry }], goTo: { step: Step.welcomeConsent } };
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
    if (position.data?.asking === ASKING_YEAR && matchChoice(text, NOT_AT_SCHOOL, session.words)) return next;
    const parsed = parseAgeOrYear(text);
    if (parsed.age === undefined && parsed.schoolYear === undefined) {
      return { say: [{ key: WelcomeText.ageNotUnderstood }], goTo: position };
    }
    // A stated school year wins over an age.
    const schoolYear = parsed.schoolYear ?? (parsed.age !== undefined ? schoolYearFromAge(parsed.age, session.today) : undefined);
    const draft = await session.updateDraft('age or school year', (d) =>
      setYoungPerson(d, { ...(parsed.age !== undefined ? { age: parsed.age } : {}), ...(schoolYear !== undefined ? { schoolYear } : {}) }),
    );
    if (schoolYear === undefined && parsed.age !== undefined && isSchoolAge(parsed.age)) {
      return { goTo: { step: Step.welcomeAge, data: { asking: ASKING_YEAR } } };
    }
    // Children under 13 share their plan with a parent or carer (ICO Children's code).
    const underThirteen = (parsed.age ?? (schoolYear !== undefined ? schoolYear + 5 : 99)) < 13;
    if (underThirteen && draft.youngPerson.who === 'self') return { say: [{ key: WelcomeText.ageAskAnAdult }], ...next };
    return next;
  }
}

function isSchoolAge(age: number): boolean {
  return age >= 4 && age <= 18;
}

/** A first name as typed, without "I'm" / "call me" and at most a few words. */
function cleanName(text: string): string | undefined {
  const name = text
    .replace(/^(hi|hello|hey)[,!. ]+/i, '')
    .replace(/^(i'?m|i am|my name is|my name's|call me|it's|its|she's|he's|they're|her name is|his name is|their name is)\s+/i, '')
    .replace(/[.!?]+$/, '')
    .trim();
  if (!name || name.length > 40 || name.split(/\s+/).length > 3) return undefined;
  return name.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}
