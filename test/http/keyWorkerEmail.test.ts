import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { newJourney } from '../../dialogs/journey';
import type { App } from '../../src/app';
import { addAspiration, addNeed, createDraft, setConsent, setKeyWorker, setYoungPerson } from '../../src/domain/draft';
import { hashPassword } from '../../src/review/passwords';
import { ResumeCodes } from '../../src/storage/resumeCodes';
import { Client, createInvitation, PASSWORD } from '../review/harness';
import { DirectLineClient, stepOf } from '../support/appClients';
import { createStores } from '../../src/storage';
import { runApp } from '../support/inProcessApp';

interface Received {
  from: string;
  to: string[];
  data: string;
}

/** A real SMTP server on a free port that keeps what it is sent. */
async function startSmtp(): Promise<{ port: number; received: Received[]; close(): Promise<void> }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      let data = '';
      stream.on('data', (chunk: Buffer) => (data += chunk.toString('utf8')));
      stream.on('end', () => {
        // Undo quoted-printable soft line breaks and escapes, as a mail program would.
        const text = data.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
        received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), data: text });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { port, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('a key worker is emailed when a draft arrives or comes back', () => {
  let app: App;
  let dir: string;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;

  beforeAll(async () => {
    smtp = await startSmtp();
    dir = mkdtempSync(path.join(tmpdir(), 'outcomes-email-'));
    app = (await runApp({ LOG_LEVEL: 'silent',
      PUBLIC_URL: 'https://outcomes.school.example',
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      REVIEW_EMAIL_FROM: 'outcomes@school.example' }, { dataDir: dir })).app;
  });

  afterAll(async () => {
    await app?.close();
    await smtp?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends a link, and none of the young person’s words, when a draft is shared and when it is sent back', async () => {
    const accounts = await createStores({ dataDir: dir });
    await accounts.keyWorkers.addKeyWorker({ email: 'sam@school.example', name: 'Sam Jones', passwordHash: await hashPassword(PASSWORD) }, new Date());
    await accounts.close();
    const keyWorker = new Client(app.url);
    await keyWorker.login('sam@school.example');
    const code = await createInvitation(keyWorker);

    const now = new Date();
    const draftId = randomUUID();
    let draft = setYoungPerson(setConsent(createDraft({ id: draftId, now }), true, now), { name: 'Zebedee', age: 15, schoolYear: 10 });
    const hope = addAspiration(draft, 'Work with horses at the stables', 'learning_and_work');
    draft = addNeed(hope.draft, 'Reading long instructions is hard', [hope.aspiration.id]).draft;
    draft = setKeyWorker(draft, { invitationCode: code, shared: false });
    await app.stores.drafts.save(draftId, draft, 0, { author: 'young_person', summary: 'journey' });
    await app.stores.state.write({ [`journey/${draftId}`]: { ...newJourney(draftId), consent: true, position: { stage: 'review', step: 'review.share' } } });
    const pepper = await app.stores.secrets.getOrCreate('resume-code-pepper', () => randomBytes(32).toString('hex'));
    const { code: resumeCode } = await new ResumeCodes(app.stores.state, pepper).issue(draftId, now);

    const chat = await DirectLineClient.start(app.url, { id: 'dl-zeb' });
    await chat.nextQuestion();
    await chat.say('I have a code');
    await chat.nextQuestion();
    await chat.say(resumeCode);
    expect((await chat.nextQuestion()).map(stepOf)).toContain(Step.reviewShare);
    await chat.say('Yes, share it');
    expect((await chat.nextQuestion()).map(stepOf)).toContain(Step.reviewDone);

    await expect.poll(() => smtp.received.length, { timeout: 5000 }).toBe(1);
    const shared = smtp.received[0]!;
    expect(shared.from).toBe('outcomes@school.example');
    expect(shared.to).toEqual(['sam@school.example']);
    expect(shared.data).toContain('Subject: Outcomes Bot: a draft plan has been shared with you');
    expect(shared.data).toContain(`https://outcomes.school.example/review/drafts/${draftId}`);
    expect(shared.data).not.toContain('Zebedee');
    expect(shared.data).not.toContain('horses');

    // The key worker asks for changes; the young person sends it back.
    const csrf = await keyWorker.csrfFrom(`/review/drafts/${draftId}`);
    expect((await keyWorker.post(`/review/drafts/${draftId}/status`, { csrf, status: 'changes_requested', message: 'Which horses?' })).status).toBe(303);
    await chat.say('Look at it again');
    await chat.nextQuestion();
    await chat.say('Send it back to my key worker');
    expect((await chat.nextQuestion()).map(stepOf)).toContain(Step.reviewDone);
    await expect.poll(() => smtp.received.length, { timeout: 5000 }).toBe(2);
    const back = smtp.received[1]!;
    expect(back.data).toContain('Subject: Outcomes Bot: a draft plan has come back after your changes');
    expect(back.data).not.toContain('Zebedee');

    // On the review site it now reads as sent back after changes.
    const list = await (await keyWorker.get('/review')).text();
    expect(list).toMatch(/Zebedee<\/a>[\s\S]*?case-resubmitted/);
  }, 60_000);
});
