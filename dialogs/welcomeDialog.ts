import type { TurnContext } from 'botbuilder';
import { ReadingMode } from '../src/domain/readingMode';
import { setConsent, setKeyWorker, setYoungPerson, type WhoAnswers } from '../src/domain/draft';
import { readConsent, readReadingMode, readYesNo } from '../src/language/closedAnswers';
import { findInviteCode, readInvite } from '../src/language/inviteAnswer';
import { guessName, nameWithWho, readName } from '../src/language/nameAnswer';
import { parseAgeOrYear } from '../src/language';
import { readPolarity } from '../src/language/polarity';
import { readWho } from '../src/language/whoAnswer';
import { speaksForThem } from './aboutWhom';
import { YES_NO } from './commands';
import { DialogId, Stage, Step } from './ids';
import { steppedBack, type Position } from './journey';
import { RESUME_ATTEMPTS, RESUME_LOCK_MINUTES } from '../src/domain/resumeCode';
import { whoSpeaksForThem } from '../src/domain/aboutWhom';
import type { Question } from './say';
import type { JourneySession } from './session';
import { StageDialog, type Next } from './stageDialog';
import { ageByDefault, answerAge, ASKING_AGE, ASKING_YEAR } from './welcomeAge';
import { CONSENT_CHOICES, INVITE_CHOICES, NOT_AT_SCHOOL, READING_MODE_CHOICES, understandWho, WelcomeText, WHO_CHOICES } from './welcomeText';

import { understandChoice } from './understand';

export { WelcomeText } from './welcomeText';

/** A question about who a key worker is: "whats a key worker?", "who is my keyworker". */
const ASKS_WHAT_KEY_WORKER = /\b(?:what|wats|wot|whats|what's|who|whos|who's)\b[^.!]*\bkey\s*-?\s*workers?\b|\bkey\s*-?\s*workers?\s*\?/i;

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
        return answerAge(session, position, text);
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
        return ageByDefault(session, position);
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
}

/** Honest before anything is told: with a safeguarding lead, a disclosure is passed on. */
async function consentWorry(session: JourneySession): Promise<string> {
  const lead = (await session.services.safeguarding?.hasLead().catch(() => false)) ?? false;
  return lead ? WelcomeText.consentWorryLead : WelcomeText.consentWorry;
}
