import { createStores } from '../../src/storage';

/**
 * A second server process on the same SQLite file, for the cross-process test: from an agreed
 * moment, for an agreed time, appends one activity at a time, then prints the sequence numbers it
 * was given as JSON.
 */
async function main(): Promise<void> {
  const [dataDir, conversationId, label, startAtText, durationText] = process.argv.slice(2);
  if (!dataDir || !conversationId || !label || !startAtText || !durationText) {
    throw new Error('usage: sqliteWorker <dataDir> <conversationId> <label> <startAtEpochMs> <durationMs>');
  }
  const stores = await createStores({ dataDir });
  // Both processes append during the same window, whatever their start-up time.
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(startAtText) - Date.now())));
  const stopAt = Date.now() + Number(durationText);
  const seqs: number[] = [];
  while (Date.now() < stopAt) {
    seqs.push(...(await stores.directLine.appendActivities(conversationId, [{ text: `${label}-${seqs.length}` }])));
  }
  await stores.close();
  process.stdout.write(JSON.stringify(seqs));
}

main().catch((error: unknown) => {
  process.stderr.write(String(error instanceof Error ? error.stack : error));
  process.exit(1);
});
