import type { TurnContext } from 'botbuilder';
import { ReadingMode } from '../src/domain/readingMode';
import { setConsent, setKeyWorker, setYoungPerson, type WhoAnswers } from '../src/domain/draft';
import { readConsent, readReadingMode, readYesNo } from '../src/language/closedAnswers';
import { asksAboutReadingModes, noReadingPreference } from '../src/language/readingModeAnswer';
import { HelpText } from './help';
import { findInviteCode, readInvite } from '../src/language/inviteAnswer';
import { nameWithWho } from '../src/language/nameAnswer';
import { parseAgeOrYear, readChatTalk } from '../src/language';
import { readPolarity } from '../src/language/polarity';
import { readWho, relationshipOf } from '../src/language/whoAnswer';
import { aboutWhom, speaksForThem } from './aboutWhom';
import { YES_NO } from './commands';
import { DialogId, Stage, Step } from './ids';
import { steppedBack, type Position } from './journey';
import { callsThemTheirChild, whoSpeaksForThem } from '../src/domain/aboutWhom';
import type { Question } from './say';
import type { JourneySession } from './session';
import { StageDialog, type Next } from './stageDialog';
import { ageByDefault, answerAge, ASKING_AGE, ASKING_YEAR, underThirteenAlone } from './welcomeAge';
import { adultWorry, consentWorry } from './welcomeWorry';
import { CONFIRMING, forward, heardBeforeConsent, heldIn, holding, keepVolunteered, metBeforeConsent, withSaid } from './welcomeVolunteered';
import { isGreetingOnly, readVolunteered } from '../src/language/volunteered';
import { AT_COLLEGE_OR_NOT_AT_SCHOOL, CONSENT_CHOICES, INVITE_CHOICES, NOT_AT_SCHOOL, READING_MODE_CHOICES, understandWho, WelcomeText, WHO_CHOICES } from './welcomeText';
import { keepChatHelper } from './whoIsChatting';
import { readWhoAt, whoNameQuestion } from './whoByNameOrAge';
import { understandChoice } from './understand';
import { notACodeAt } from './welcomeNotACode';
import { answerResumeCode } from './welcomeResume';
import { whoseNameQuestion } from './welcomeCarerName';
import { answerName, declinedNameTakenBack, nameByDefault } from './welcomeName';

export { WelcomeText } from './welcomeText';

/** A question about who a key worker is: "whats a key worker?", "who is my keyworker". */
/** The question up to "key worker", and a laugh or filler after it: what is left may be the answer. */
const AFTER_KEY_WORKER_QUESTION = /^[^]*?\bkey\s*-?\s*workers?\b(?:[\s,]+(?:lol|lmao|haha+|tho|though|anyway|even|then|tbh))*[\s,]*/i;
/** "idk wat code", "what do you mean by a code?", "what is the code": asking what the code is. */
const ASKS_WHAT_CODE = /\b(?:what|wat|wot|whats|what's|wats|which)\s+(?:is\s+|s\s+)?(?:a\s+|the\s+|this\s+|that\s+)?codes?\b|\bmean\s+(?:by\s+)?(?:a\s+|the\s+)?codes?\b|\bcodes?\s+(?:for\s+)?what\b/i;
const ASKS_WHAT_KEY_WORKER = /\b(?:what|wats|wot|whats|what's|who|whos|who's)\b[^.!]*\bkey\s*-?\s*workers?\b|\bkey\s*-?\s*workers?\s*\?/i;

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
    // A carer who did not give a name is asked "How old is the young person?".
    const name = aboutWhom(draft).name;
    switch (position.step) {
      case Step.welcomeReadingMode:
        return { step: position.step, words: { key: WelcomeText.readingModeQuestion }, choices: READING_MODE_CHOICES, understand: readReadingMode };
      case Step.welcomeConsent:
        return { step: position.step, words: { key: WelcomeText.consentQuestion }, choices: CONSENT_CHOICES, understand: readConsent };
      case Step.welcomeWho:
        return whoNameQuestion(position) ?? { step: position.step, words: { key: WelcomeText.whoQuestion }, choices: WHO_CHOICES, understand: understandWho };
      case Step.welcomeName:
        if (whoseNameQuestion(position)) return whoseNameQuestion(position)!;
        if (position.data?.[CONFIRMING]) {
          const guess = position.data[CONFIRMING];
          const confirm = !child ? WelcomeText.nameConfirmSelf : callsThemTheirChild(draft?.youngPerson) ? WelcomeText.nameConfirmChild : WelcomeText.nameConfirmYoungPerson;
          return { step: position.step, words: { key: confirm, vars: { name: guess } }, choices: YES_NO, understand: readYesNo };
        }
        // A foster carer or a nan is asked for "the young person's first name", never "your child's".
        const key = !child ? WelcomeText.nameQuestionSelf : callsThemTheirChild(draft?.youngPerson) ? WelcomeText.nameQuestionChild : WelcomeText.nameQuestionSupporter;
        return { step: position.step, words: { key } };
      case Step.welcomeAge:
        if (position.data?.asking === ASKING_YEAR) {
          return {
            step: position.step,
            words: { key: child && name ? WelcomeText.ageWhichYearChild : WelcomeText.ageWhichYear, vars: { name } },
            choices: (draft?.youngPerson.age ?? 0) >= 16 ? AT_COLLEGE_OR_NOT_AT_SCHOOL : NOT_AT_SCHOOL,
            understand: (text) => {
              const setting = parseAgeOrYear(text).setting;
              return setting === 'not_at_school' ? 'none' : setting === 'college' ? 'college' : undefined;
            },
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
        // "hi im Jade im 15": kept waiting for consent, and not asked again after it.
        const held = holding(position.data, text);
        // "yeah ok", "yes fine": agreeing to the question, not a choice of words; standard words, and they hear so.
        // "dunno. whatever": no choice made, so standard words, and they hear easy read can be asked for any time.
        if (!mode && ((readYesNo(text) === 'yes' && text.trim().split(/\s+/).length <= 4) || noReadingPreference(text))) return this.readingModeChosen(session, ReadingMode.standard, WelcomeText.readingModeDefaulted, held);
        // "what is easy read?", "can you tell me the difference": both explained, and the question asked again.
        if (!mode && asksAboutReadingModes(text)) return { say: [{ key: HelpText[Step.welcomeReadingMode] }], goTo: { ...position, ...(held ? { data: held } : {}) } };
        if (!mode) {
          // "hello": greeted back, and the question asked again.
          const heard = held === position.data ? (isGreetingOnly(text) ? { key: WelcomeText.greeted } : undefined) : heardBeforeConsent(heldIn(held));
          return heard ? { say: [heard], goTo: { ...position, ...(held ? { data: held } : {}) }, miss: true } : retry;
        }
        return this.readingModeChosen(session, mode, WelcomeText.chosenStandard, held);
      }
      case Step.welcomeConsent: {
        const held = holding(position.data, text);
        // "its me, im nadia": greeted by name (or thanked), held until they agree, and consent asked again.
        const met = !chosen && held !== position.data ? metBeforeConsent(heldIn(held)) : undefined;
        if (met) return { say: [met], goTo: { ...position, ...(held ? { data: held } : {}) }, miss: true };
        if (!chosen) return { ...retry, goTo: { ...position, ...(held ? { data: held } : {}) } };
        if (chosen === 'no') {
          await session.updateJourney((j) => ({ ...j, consent: false }));
          // Nothing is kept without consent: not even the chat so far, nor what they told us about themselves.
          await session.forgetTranscripts(context.activity.conversation.id);
          await session.services.purgeDeleted?.();
          return { say: [{ key: WelcomeText.consentDeclined }], goTo: { step: position.step } };
        }
        await session.updateJourney((j) => ({ ...j, consent: true }));
        await session.updateDraft('consent given', (draft) => setConsent(setYoungPerson(draft, { readingMode: session.mode }), true, session.today));
        const kept = await keepVolunteered(session, heldIn(held), Step.welcomeConsent, undefined);
        // Thanked once: a name read back thanks them already.
        return kept.say?.length ? kept : { ...kept, say: [{ key: WelcomeText.consentThanks }] };
      }
      case Step.welcomeWho: {
        // "finn", "12", "year 7": the young person; a name is checked first.
        const read = readWhoAt(position, text, chosen as WhoAnswers | undefined);
        if (!read) return retry;
        if ('check' in read) return { goTo: { ...position, data: read.data } };
        if ('again' in read) return { goTo: { step: position.step, ...(read.again ? { data: read.again } : {}) } };
        const who = read.who;
        await keepChatHelper(session, who, text);
        const pronoun = whoSpeaksForThem(who) ? readWho(text)?.pronoun ?? undefined : undefined;
        // "im his foster carer": how they know the young person, for "Completed by" on the plan.
        const relationship = whoSpeaksForThem(who) ? relationshipOf(text) : undefined;
        const draft = await session.updateDraft('who is chatting', (d) => setYoungPerson(d, { who, ...(pronoun ? { pronoun } : {}), ...(relationship ? { relationship } : {}) }));
        // "me. im ella", "I'm his mum, he's 6, called Leo": the name and age given with the answer are not asked again.
        const said = readVolunteered(text);
        const withName = nameWithWho(text);
        const facts = withSaid(withSaid(heldIn(read.data), read.facts), withName ? { ...said, name: withName, nameSure: true } : said);
        const next = await keepVolunteered(session, facts ? { ...facts, who: undefined } : undefined, Step.welcomeWho, read.data);
        // An age told before who was chatting: a child under 13 on their own is asked to find an adult.
        const alone = !facts?.age && underThirteenAlone(draft.youngPerson) ? [{ key: WelcomeText.ageAskAnAdult }] : [];
        // An adult chatting about a young person hears what happens to a worry in words for adults.
        const adult = whoSpeaksForThem(who) ? [await adultWorry(session)] : [];
        return { ...next, say: [...adult, ...alone, ...(next.say ?? [])] };
      }
      case Step.welcomeName:
        return answerName(session, position, text, chosen);
      case Step.welcomeAge:
        return (await declinedNameTakenBack(session, position, text)) ?? answerAge(session, position, text);
      case Step.welcomeResumeCode:
        return answerResumeCode(session, text, context.activity.conversation.id);
      case Step.welcomeInvite: {
        // "whats a key worker?": one plain sentence, then the same question again.
        if (ASKS_WHAT_KEY_WORKER.test(text)) {
          // "wats a key worker?? idk no", "no code. whats a key worker?": explained, and the "no" before or after the question is the answer.
          // "wats a key worker lol no i dont hav a code": what follows the question in the same sentence is read too.
          const others = text
            .split(/[?.!]+/)
            .map((s) => (ASKS_WHAT_KEY_WORKER.test(s) ? s.replace(AFTER_KEY_WORKER_QUESTION, '') : s).trim())
            .filter((s) => s && !ASKS_WHAT_KEY_WORKER.test(s));
          const no = others.some((s) => readInvite(s)?.code === null);
          return no ? { say: [{ key: WelcomeText.inviteWhatIsKeyWorker }] } : { say: [{ key: WelcomeText.inviteWhatIsKeyWorker }], goTo: position };
        }
        // "idk wat code", "What do you mean by a code?": what the code is, in one line, and on without one.
        // Said already when the question was read as talk about the code ("What do you mean by a code?").
        if (ASKS_WHAT_CODE.test(text) && !findInviteCode(text)) return readChatTalk(text)?.topics.includes('code') ? {} : { say: [{ key: WelcomeText.inviteWhatIsCode }] };
        // "maybe sarah has one. i dont have it": said in a sentence, heard kindly (no code is fine, it can be added later).
        if (chosen === 'none') return text.trim().split(/\s+/).length > 3 ? { say: [{ key: WelcomeText.inviteDefaulted }] } : {};
        const code = findInviteCode(text);
        if (!code) {
          // "yes I have one": ask for the code itself.
          if (readPolarity(text).answer === 'yes' || /\b(?:i have|ive got|i got|got|have) (?:a |one|it|the)\b/i.test(text)) return { say: [{ key: WelcomeText.inviteTypeIt }], goTo: position, miss: true };
          // "im good at fixing bikes": clearly no code; moved on kindly, and the words offered where they fit.
          return (await notACodeAt(session, text)) ?? retry;
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

  /** On to consent; facts told so far wait in its notes until the person says yes. */
  private async readingModeChosen(session: JourneySession, mode: ReadingMode, standardWords: string, held?: Record<string, string>): Promise<Next> {
    await session.updateJourney((j) => ({ ...j, mode }));
    const chosen = mode === ReadingMode.easyRead ? WelcomeText.chosenEasyRead : standardWords;
    return { say: [{ key: chosen }, { key: WelcomeText.consentExplain }, await consentWorry(session)], goTo: { step: Step.welcomeConsent, ...(held ? { data: held } : {}) } };
  }

  /** After two misses: standard words; a checked best reading of the name; no code; on without an age. */
  protected override async byDefault(session: JourneySession, position: Position, text: string): Promise<Next> {
    switch (position.step) {
      case Step.welcomeReadingMode:
        return this.readingModeChosen(session, ReadingMode.standard, WelcomeText.readingModeDefaulted, holding(position.data, text));
      case Step.welcomeWho: {
        await session.updateDraft('who is chatting', (draft) => setYoungPerson(draft, { who: 'self' }));
        const next = await keepVolunteered(session, heldIn(position.data), Step.welcomeWho, position.data);
        return { ...next, say: [{ key: WelcomeText.whoDefaulted }, ...(next.say ?? [])] };
      }
      case Step.welcomeName:
        return nameByDefault(session, position, text);
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
        return { say: [{ key: WelcomeText.consentExplain }, await consentWorry(session)], goTo: { step: Step.welcomeConsent } };
      case Step.welcomeWho:
        return { goTo: forward(Step.welcomeWho, position.data) };
      case Step.welcomeName:
        return { goTo: forward(Step.welcomeName, position.data) };
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
}
