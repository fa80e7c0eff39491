import { describe, expect, it } from 'vitest';
import { DRAFT_CONTENT_TYPE, Step } from '../../dialogs/ids';
import type { Activity } from 'botbuilder';
import type { Transcript } from '../support/transcript';
import { closeAfterEach, typeUntil } from '../support/typedWay';
import { throughAboutMe, throughWelcome } from './throughWelcome';

/*
 * Carol asks politely, at the needs questions, to see what is kept ("Before I answer, please may I
 * check what hopes you have kept now?", "please could you show me the list?", "Please stop. You are
 * not listening to me. I would like to see my answers"), and to take things out ("Please delete them
 * both", "delete the need that starts ..."). Each is done; none is kept as a hard thing or a help, and
 * "stop" before a request is not stopping for now.
 */
describe('polite requests at the needs questions', () => {
  let chat: Transcript | undefined;
  closeAfterEach(() => chat);

  const draftShown = (replies: Partial<Activity>[]): boolean => replies.some((a) => a.attachments?.some((x) => x.contentType === DRAFT_CONTENT_TYPE));

  async function atNeeds(): Promise<Transcript> {
    const started = await throughWelcome({ who: 'A parent or carer', name: 'Jayden', age: 'Year 2' });
    await throughAboutMe(started);
    await typeUntil(started, Step.needsBarrier, { [Step.hopesDream]: 'I would like him to use his cards to ask for things', [Step.hopesMore]: 'no', [Step.hopesTheme]: ['no', 'no', 'no', 'no', 'no'] });
    return started;
  }

  it.each([
    'Before I answer, please may I check what hopes you have kept now?',
    'can i see the hopes you have kept',
    'wait show me what u got',
    'Please stop. You are not listening to me. I would like to see my answers',
    'stop it, ur not listening. can i see my answers',
  ])('"%s" at what makes the hope hard shows what is kept and asks again', async (typed) => {
    chat = await atNeeds();
    const replies = await chat.say(typed);
    expect(draftShown(replies)).toBe(true);
    expect(chat.step).toBe(Step.needsBarrier);
    expect((await chat.draft())!.needs).toEqual([]);
  });

  it.each(['please could you show me the list?', 'Please stop. You are not listening to me. I would like to see my answers'])(
    '"%s" at what helps shows what is kept and asks again',
    async (typed) => {
      chat = await atNeeds();
      await chat.say('He gets upset when people do not understand him');
      expect(chat.step).toBe(Step.needsHelps);
      const replies = await chat.say(typed);
      expect(draftShown(replies)).toBe(true);
      expect(chat.step).toBe(Step.needsHelps);
      expect((await chat.draft())!.needs.map((n) => n.helps ?? [])).toEqual([[]]);
    },
  );

  it.each(['Please delete them both', 'can u take them both out', 'Could you remove both of them, please?'])('"%s" reads back the two things just kept and takes them out after a yes', async (typed) => {
    chat = await atNeeds();
    await chat.say('He gets upset when people do not understand him');
    await chat.say('His picture cards');
    expect(chat.step).toBe(Step.needsMore);
    await chat.say('he is scared of the hand dryers');
    await chat.say('ear defenders');
    const step = chat.step;
    await chat.say(typed);
    expect((await chat.draft())!.needs).toHaveLength(2);
    await chat.say('yes');
    expect(chat.step).toBe(step);
    expect((await chat.draft())!.needs.map((n) => n.text)).toEqual(['He gets upset when people do not understand him']);
  });

  it.each(['delete the need that starts He gets upset', 'please remove the hard thing beginning with He gets upset', 'take out the need starting he gets upset'])(
    '"%s" reads back that hard thing and takes it out after a yes',
    async (typed) => {
      chat = await atNeeds();
      await chat.say('He gets upset when people do not understand him');
      await chat.say('His picture cards');
      await chat.say('he is scared of the hand dryers');
      await chat.say(typed);
      await chat.say('yes');
      expect((await chat.draft())!.needs.map((n) => n.text)).toEqual(['he is scared of the hand dryers']);
    },
  );
});
