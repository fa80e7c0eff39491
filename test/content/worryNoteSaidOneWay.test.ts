import { describe, expect, it } from 'vitest';
import { WelcomeText } from '../../dialogs/welcomeText';
import { createWords } from '../../src/i18n';

/*
 * At the start, what happens to a worry is said one way, with a safeguarding lead or without one:
 * the chat is not watched, the lead (when there is one) reads what was told, and the key worker
 * sees a note of it only when the plan is shared, as the safety answer later says.
 */

describe.each(['standard', 'easy_read'] as const)('the welcome about a worry (%s)', (mode) => {
  const t = createWords().forMode(mode);
  const explain = t(WelcomeText.consentExplain);

  it.each([WelcomeText.consentWorry, WelcomeText.consentWorryLead, WelcomeText.whoAdultWorry, WelcomeText.whoAdultWorryLead])('%s says the key worker sees a note only when the plan is shared', (key) => {
    expect(t(key)).toMatch(/key worker sees (?:the|a) note.* if you share/i);
  });

  it('never says nobody reads the chat beside a lead who reads what was told', () => {
    expect(t(WelcomeText.consentWorryLead)).toMatch(/can read what you told me/);
    expect(explain).not.toMatch(/(?:nobody|no person|no one) reads/i);
  });
});
