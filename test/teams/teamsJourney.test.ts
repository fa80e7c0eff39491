import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { TeamsHarness, lastStep, outcomesOf, person, personalChat } from './teamsHarness';

let teams: TeamsHarness;
beforeAll(async () => {
  teams = await new TeamsHarness().start();
});
afterAll(async () => teams?.stop());

const cardText = (message: Partial<Activity> | undefined) => JSON.stringify(message?.attachments?.map((a) => a.content) ?? []);

describe('a young person in Teams', () => {
  it('is welcomed when they add the app, with the first question and its choices, as a reply to the install', async () => {
    const sam = person();
    const chat = personalChat();
    const install = teams.installed(sam, chat);
    expect((await teams.post(install)).status).toBe(200);

    const replies = teams.connector.received.filter((r) => r.conversationId === chat);
    expect(replies.length).toBeGreaterThanOrEqual(2);
    expect(replies.every((r) => r.replyToId === install.id)).toBe(true);
    const question = replies.at(-1)!.activity;
    expect(outcomesOf(question).step).toBe(Step.welcomeReadingMode);
    expect(question.inputHint).toBe('expectingInput');
    // Teams shows suggested actions in a one-to-one chat: the reading-mode choices are buttons.
    expect(question.suggestedActions?.actions.map((a) => a.title)).toEqual(expect.arrayContaining(['Easy read']));
  });

  it('carries on with their own draft in a new chat, with no resume code, because Teams says who they are', async () => {
    const sam = person();
    const first = personalChat();
    await teams.post(teams.installed(sam, first));
    for (const answer of ['Standard words', "Yes, that's OK", 'Me, about myself', 'Sam', 'Year 10', 'No code', 'I am kind to animals']) {
      await teams.post(teams.message(sam, first, answer));
    }
    expect(lastStep(teams.connector.messages(first))).toBe(Step.aboutMeImportant);

    // The chat is gone (the app was removed and added again): Teams starts a new conversation.
    const second = personalChat();
    await teams.post(teams.installed(sam, second));
    const reopened = teams.connector.messages(second);
    expect(lastStep(reopened)).toBe(Step.aboutMeImportant);
    expect(reopened.map((m) => m.text).join(' ')).not.toMatch(/code/i);

    await teams.post(teams.message(sam, second, 'show my draft'));
    const shown = teams.connector.messages(second).slice(reopened.length);
    const withDraft = shown.find((m) => m.attachments?.length);
    // Teams cannot show the draft's JSON: it arrives as an Adaptive Card with what Sam said.
    expect(withDraft?.attachments?.map((a) => a.contentType)).toEqual(['application/vnd.microsoft.card.adaptive']);
    expect(cardText(withDraft)).toContain('I am kind to animals');
    expect(lastStep(shown)).toBe(Step.aboutMeImportant);
  });

  it('never opens another person\'s draft', async () => {
    const sam = person();
    const chat = personalChat();
    await teams.post(teams.installed(sam, chat));
    for (const answer of ['Standard words', "Yes, that's OK", 'Me, about myself', 'Sam', 'Year 10', 'No code']) {
      await teams.post(teams.message(sam, chat, answer));
    }
    const alex = { ...person(), name: 'Alex' };
    const theirs = personalChat();
    await teams.post(teams.installed(alex, theirs));
    expect(lastStep(teams.connector.messages(theirs))).toBe(Step.welcomeReadingMode);
  });

  it('answers a command picked from the Teams command list, and keeps the question open', async () => {
    const sam = person();
    const chat = personalChat();
    await teams.post(teams.installed(sam, chat));
    const before = teams.connector.messages(chat).length;
    await teams.post(teams.message(sam, chat, 'help'));
    const after = teams.connector.messages(chat).slice(before);
    expect(after.length).toBeGreaterThanOrEqual(2);
    expect(lastStep(after)).toBe(Step.welcomeReadingMode);
  });

  it('gives a resume code on "stop" that also works outside Teams, and Teams itself needs none', async () => {
    const sam = person();
    const chat = personalChat();
    await teams.post(teams.installed(sam, chat));
    await teams.post(teams.message(sam, chat, 'Easy read'));
    await teams.post(teams.message(sam, chat, "Yes, that's OK"));
    await teams.post(teams.message(sam, chat, 'stop'));
    const stopped = teams.connector.messages(chat).find((m) => outcomesOf(m).resumeCode);
    expect(outcomesOf(stopped).resumeCode).toMatch(/^[A-Z0-9]{3}-[A-Z0-9]{3}-[A-Z0-9]{3}$/);

    const later = personalChat();
    await teams.post(teams.installed(sam, later));
    const again = teams.connector.messages(later);
    expect(lastStep(again)).toBe(Step.welcomeWho);
    expect(outcomesOf(again.at(-1)).mode).toBe('easy_read');
  });
});
