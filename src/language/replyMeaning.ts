import { parseAgeOrYear } from './ageOrYear';
import {
  readCarryOn,
  readConfirm,
  readConsent,
  readDone,
  readFeelSafe,
  readMore,
  readReadingMode,
  readSafetyCheck,
  readShare,
  readSummary,
  readYesNo,
} from './closedAnswers';
import { recogniseCommand, type GlobalCommand } from './commands';
import { readInvite } from './inviteAnswer';
import { readName } from './nameAnswer';
import { readWho } from './whoAnswer';

/**
 * One understanding of every closed question, by step id: what a typed reply means there, as plain
 * data (`undefined` when it does not answer the question). The dialogs call the same readers.
 */
export type ReplyMeaning = Record<string, unknown>;

const SNAKE: Readonly<Record<GlobalCommand, string>> = {
  help: 'help',
  back: 'back',
  skip: 'skip',
  notSure: 'not_sure',
  stop: 'stop',
  resume: 'resume',
  startAgain: 'start_again',
  easyRead: 'easy_read',
  standard: 'standard',
  showDraft: 'show_draft',
  deleteData: 'delete_data',
  talkToPerson: 'talk_to_person',
};

const answer = <T>(value: T | undefined): ReplyMeaning | undefined => (value === undefined ? undefined : { answer: value });

export const REPLY_READERS: Readonly<Record<string, (text: string) => ReplyMeaning | undefined>> = {
  'welcome.readingMode': (text) => {
    const mode = readReadingMode(text);
    return mode ? { mode } : undefined;
  },
  'welcome.consent': (text) => answer(readConsent(text)),
  'welcome.who': (text) => readWho(text) as ReplyMeaning | undefined,
  'welcome.name': (text) => readName(text) as ReplyMeaning | undefined,
  'welcome.age': (text) => {
    const parsed = parseAgeOrYear(text);
    if (parsed.age === undefined && parsed.schoolYear === undefined && !parsed.setting) return undefined;
    return { age: parsed.age ?? null, year: parsed.schoolYear ?? null, ...(parsed.setting ? { setting: parsed.setting } : {}) };
  },
  'welcome.invite': (text) => readInvite(text) as ReplyMeaning | undefined,
  'aboutMe.safe': (text) => answer(readFeelSafe(text)),
  'hopes.more': (text) => readMore(text) as ReplyMeaning | undefined,
  'needs.more': (text) => readMore(text) as ReplyMeaning | undefined,
  'outcome.another': (text) => readMore(text) as ReplyMeaning | undefined,
  'outcome.confirm': (text) => readConfirm(text) as ReplyMeaning | undefined,
  'review.summary': (text) => answer(readSummary(text)),
  'review.share': (text) => answer(readShare(text)),
  'review.done': (text) => answer(readDone(text)),
  'safeguarding.check': (text) => answer(readSafetyCheck(text)),
  'safeguarding.carryOn': (text) => answer(readCarryOn(text)),
  'confirm.startAgain': (text) => answer(readYesNo(text)),
  'confirm.delete': (text) => answer(readYesNo(text)),
  any: (text) => {
    const command = recogniseCommand(text);
    return { command: command ? SNAKE[command] : null };
  },
};

/** What a reply means at a step, or undefined when the step has no closed reading or the reply fits none. */
export function replyMeaning(step: string, text: string): ReplyMeaning | undefined {
  return REPLY_READERS[step]?.(text);
}
