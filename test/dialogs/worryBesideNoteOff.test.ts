import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { throughAboutMe, throughWelcome } from './throughWelcome';

/*
 * After a note, "that scared me, remove the note" with a new worry beside it: the worry is heard (the safety answer),
 * never answered only with what the note says.
 */

const standard = createWords().forMode('standard');
const said = (replies: Partial<Activity>[]) => replies.map((a) => a.text ?? '').join('\n');

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

describe('a worry told beside asking for the note off', () => {
  for (const typed of ['that scared me, remove the note, he makes me sleep in his bed', 'that scared me, remove the note. my stepdad makes me sleep in his bed', 'that scared me, remove the note, my dad hits me']) {
    it(`"${typed}": heard, not only talk about the note`, async () => {
      chat = await throughWelcome({ name: 'Sam', age: '15' });
      await throughAboutMe(chat);
      expect(said(await chat.say('i get bullied at school'))).toContain('Childline');
      const replies = said(await chat.say(typed));
      expect(replies).not.toContain(standard('safeguarding:note.stays'));
      expect(replies).toMatch(/999|Childline|0800 1111/);
    });
  }
});
