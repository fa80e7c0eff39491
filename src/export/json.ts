import { withoutEarlierWords, type Draft } from '../domain/draft';

/**
 * The draft as stored, as two-space JSON, except safeguarding flags: the person's own copy may be
 * shared with anyone, and a flag is for the people keeping them safe. `flags` stays an empty list
 * so the file still validates against outcomes-draft/1. A hope's replaced words are only for undoing
 * in the chat, so no copy carries them.
 */
export function renderJson(draft: Draft): string {
  return `${JSON.stringify({ ...withoutEarlierWords(draft), flags: [] }, null, 2)}\n`;
}
