import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { newJourney } from '../../dialogs/journey';
import { ResumeCodes } from '../../src/storage/resumeCodes';
import type { App } from '../../src/app';
import { addAspiration, addNeed, createDraft, setConsent, setKeyWorker, setStatus, setYoungPerson } from '../../src/domain/draft';
import { hashPassword } from '../../src/review/passwords';
import { DirectLineClient, stepOf } from '../support/appClients';
import { Client, createInvitation, PASSWORD } from '../review/harness';
import { createStores } from '../../src/storage';
import { runApp } from '../support/inProcessApp';

const noticeOf = (activity: Partial<Activity>) => (activity.channelData as { outcomes?: { notice?: string } } | undefined)?.outcomes?.notice;

type CardElement = { text?: string; items?: CardElement[] };
const cardTexts = (elements: readonly CardElement[]): string[] => elements.flatMap((e) => [...(e.text ? [e.text] : []), ...cardTexts(e.items ?? [])]);

/**
 * Both halves of the loop on the real app: a key worker signs in to the review site and comments on
 * a shared draft; the young person's web chat is told at once, and their next message opens the
 * comment beside their answer, so they can change it and send the draft back.
 */
describe('the key worker loop over HTTP', () => {
  let app: App;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'outcomes-loop-'));
    app = (await runApp({ LOG_LEVEL: 'silent' }, { dataDir: dir })).app;
  });

  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('carries a comment from the review site to the chat and the changed draft back', async () => {
    const accounts = await createStores({ dataDir: dir });
    await accounts.keyWorkers.addKeyWorker({ email: 'sam@school.example', name: 'Sam Jones', passwordHash: await hashPassword(PASSWORD) }, new Date());
    await accounts.close();
    const keyWorker = new Client(app.url);
    expect((await keyWorker.login('sam@school.example')).status).toBe(303);
    const code = await createInvitation(keyWorker);

    // A draft the young person shared with that code, stopped at the end of the journey.
    const now = new Date();
    const draftId = randomUUID();
    let draft = setYoungPerson(setConsent(createDraft({ id: draftId, now }), true, now), { name: 'Alex', age: 15, schoolYear: 10 });
    const hope = addAspiration(draft, 'Work with horses', 'learning_and_work');
    draft = addNeed(hope.draft, 'Reading long instructions is hard', [hope.aspiration.id]).draft;
    draft = setStatus(setKeyWorker(draft, { invitationCode: code, shared: true }), 'submitted');
    await app.stores.drafts.save(draftId, draft, 0, { author: 'young_person', summary: 'shared' });
    await app.stores.state.write({ [`journey/${draftId}`]: { ...newJourney(draftId), consent: true, position: { stage: 'review', step: 'review.done' } } });
    const pepper = await app.stores.secrets.getOrCreate('resume-code-pepper', () => randomBytes(32).toString('hex'));
    const { code: resumeCode } = await new ResumeCodes(app.stores.state, pepper).issue(draftId, now);

    // The young person comes back in the web chat with their code.
    const chat = await DirectLineClient.start(app.url, { id: 'dl-alex' });
    await chat.nextQuestion();
    await chat.say('I have a code');
    expect((await chat.nextQuestion()).map(stepOf)).toContain(Step.welcomeResumeCode);
    await chat.say(resumeCode);
    expect((await chat.nextQuestion()).map(stepOf)).toContain(Step.reviewDone);

    // The key worker comments on the hope and asks for changes.
    let csrf = await keyWorker.csrfFrom(`/review/drafts/${draftId}`);
    const comment = 'Which part of working with horses do you like best?';
    expect((await keyWorker.post(`/review/drafts/${draftId}/comments`, { csrf, itemId: hope.aspiration.id, text: comment })).status).toBe(303);
    csrf = await keyWorker.csrfFrom(`/review/drafts/${draftId}`);
    expect((await keyWorker.post(`/review/drafts/${draftId}/status`, { csrf, status: 'changes_requested' })).status).toBe(303);

    // Told at once in the open chat.
    const told = await chat.nextQuestion(1500);
    expect(told.map(noticeOf)).toEqual(['keyWorker.comment', 'keyWorker.changes_requested']);

    // Their next message opens the comment beside their answer.
    await chat.say('ok');
    const opened = await chat.nextQuestion();
    expect(noticeOf(opened[0]!)).toBe('keyWorker.changes_requested');
    const summary = opened.find((a) => stepOf(a) === Step.reviewSummary)!;
    const texts = cardTexts((summary.attachments?.[0]?.content as { body: CardElement[] }).body);
    expect(texts[texts.indexOf('• Work with horses') + 1]).toContain(comment);

    await chat.say('Change something');
    await chat.nextQuestion();
    await chat.say('1');
    expect((await chat.nextQuestion()).map(stepOf)).toContain(Step.reviewChange);
    await chat.say('Work with horses at a riding school');
    expect((await chat.nextQuestion()).map(stepOf)).toContain(Step.reviewSummary);
    await chat.say('Send it back to my key worker');
    expect((await chat.nextQuestion()).map(stepOf)).toContain(Step.reviewDone);

    const stored = (await app.stores.drafts.get(draftId))!.draft;
    expect(stored.status).toBe('submitted');
    expect(stored.aspirations[0]!.text).toBe('Work with horses at a riding school');
    expect(stored.comments.find((c) => c.text === comment)?.resolved).toBe(true);
    // The key worker sees the new words on the review site.
    expect(await (await keyWorker.get(`/review/drafts/${draftId}`)).text()).toContain('Work with horses at a riding school');
  }, 30_000);
});
