import { randomBytes } from 'node:crypto';
import type { Activity } from 'botbuilder';
import pg from 'pg';
import { DRAFT_CONTENT_TYPE, Step, type StepId } from '../../dialogs/ids';
import { draftSchema, type Draft } from '../../src/domain/draft';
import { DEFAULT_ANSWERS } from '../dialogs/journeyDriver';
import { postgresUnavailableReason, postgresUrl } from '../storage/postgresAvailability';
import { DirectLineClient, stepOf } from '../support/appClients';

/** Why PostgreSQL tests cannot run here; with CI=true a missing database fails instead of skipping. */
export const postgresMissing = ((): string | undefined => {
  const reason = postgresUnavailableReason();
  if (reason && process.env.CI === 'true') throw new Error(`PostgreSQL is required with CI=true: ${reason}`);
  if (reason) console.warn(`\n!!! SKIPPING PostgreSQL security tests: ${reason}\n`);
  return reason;
})();

export interface PostgresSchema {
  /** DATABASE_URL whose connections all work in a fresh schema of their own. */
  databaseUrl: string;
  schema: string;
  query(sql: string, params?: unknown[]): Promise<pg.QueryResult>;
  drop(): Promise<void>;
}

/** A fresh schema in the test database, so several apps can share it and nobody else's tables are touched. */
export async function postgresSchema(): Promise<PostgresSchema> {
  const schema = `sec_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Pool({ connectionString: postgresUrl, max: 2 });
  await admin.query(`CREATE SCHEMA ${schema}`);
  const url = new URL(postgresUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    databaseUrl: url.toString(),
    schema,
    query: (sql, params) => admin.query(sql.replaceAll('$schema', schema), params),
    async drop() {
      await admin.query(`DROP SCHEMA ${schema} CASCADE`).catch(() => undefined);
      await admin.end();
    },
  };
}

export interface TypedJourney {
  seen: string[];
  draft: Draft;
  client: DirectLineClient;
}

/**
 * Types a whole journey into the web chat channel, from the first question to `review.done`,
 * with `typed(step, usual)` deciding what is typed at each question.
 */
export async function typeJourney(
  url: string,
  typed: (step: StepId, usual: string) => string = (_step, usual) => usual,
  answers: Partial<Record<StepId, string[]>> = {},
): Promise<TypedJourney> {
  const client = await DirectLineClient.start(url);
  // A school year is never ambiguous, whatever the term (an age alone in the autumn is asked again).
  const all = { [Step.welcomeAge]: ['Year 10'], ...answers };
  const queues = new Map(Object.entries(all).map(([step, list]) => [step, [...(list ?? [])]]));
  const seen: string[] = [];
  for (let turn = 0; turn < 150; turn++) {
    const activities = await client.nextQuestion(10_000);
    const question = [...activities].reverse().find((a) => stepOf(a));
    const step = question ? (stepOf(question) as StepId) : undefined;
    if (!step) throw new Error(`no question after ${seen.slice(-4).join(' > ')}`);
    seen.push(step);
    if (step === Step.reviewDone) return { seen, draft: draftIn(activities), client };
    const usual = queues.get(step)?.shift() ?? DEFAULT_ANSWERS[step];
    const reply = await client.say(typed(step, usual));
    if (reply.status !== 200) throw new Error(`typing at ${step} answered ${reply.status}`);
  }
  throw new Error(`the journey did not finish: ${seen.slice(-6).join(' > ')}`);
}

function draftIn(activities: Partial<Activity>[]): Draft {
  const attachment = activities.flatMap((a) => a.attachments ?? []).find((x) => x.contentType === DRAFT_CONTENT_TYPE);
  return draftSchema.parse(attachment?.content);
}
