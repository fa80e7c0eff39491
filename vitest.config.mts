import { defineConfig } from 'vitest/config';

/**
 * Test files that replace a module (vi.mock), spy on a shared object, count work done on first use,
 * or change globals: each runs in a module graph of its own.
 */
const needsOwnModules = [
  'test/dialogs/everyTurnAnswered.test.ts',
  'test/dialogs/resumeCodeLettersOnly.test.ts',
  'test/dialogs/outcomeAnotherReadOnce.test.ts',
  'test/dialogs/startUpWork.test.ts',
  'test/privacy/silentTurnLog.test.ts',
  'test/language/readOncePerMessage.test.ts',
  'test/language/concernInChat.test.ts',
  'test/language/wordReading.test.ts',
  'test/channel/directLineClient.test.ts',
  'test/security/fuzz.test.ts',
];

const shared = {
  testTimeout: 20_000,
  hookTimeout: 30_000,
  pool: 'forks' as const,
};

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          ...shared,
          name: 'shared',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**', 'node_modules/**', ...needsOwnModules],
          // Every other file only drives the bot and reads what it stored: loading the bot's modules
          // once a worker, not once a file, is what keeps the whole run short.
          isolate: false,
        },
      },
      {
        test: {
          ...shared,
          name: 'own-modules',
          include: needsOwnModules,
        },
      },
    ],
  },
});
