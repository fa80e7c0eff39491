import { describe, expect, it } from 'vitest';
import { WelcomeText } from '../../dialogs/welcomeText';
import { SafeguardingText } from '../../dialogs/safeguardingText';
import { createWords } from '../../src/i18n';

/*
 * Every flag reaches the service's safeguarding lead, shared draft or not. Where no lead is set up yet,
 * the welcome and the answers about the note say so truly without naming a lead: the note is kept for the
 * staff at the service who keep people safe, shared or not,
 * and the key worker sees it only when the plan is shared. Nothing promises to keep it secret.
 */

describe.each(['standard', 'easy_read'] as const)('the note, with no lead set up yet (%s)', (mode) => {
  const t = createWords().forMode(mode);

  it.each([WelcomeText.consentWorry, WelcomeText.whoAdultWorry, SafeguardingText.whatNowNoLead, SafeguardingText.secretNoLead, SafeguardingText.whoSeesNoLead])(
    '%s says the note is kept for the staff who keep people safe, without promising a lead',
    (key) => {
      const said = t(key);
      expect(said).toMatch(/note is (?:also )?kept for the (?:staff at this service who keep people safe|safe adult at this service)/);
      expect(said).not.toMatch(/safeguarding lead/);
      expect(said).not.toMatch(/only your key worker|nobody else (?:sees|reads)|I will keep it (?:a )?secret/i);
    },
  );
});
