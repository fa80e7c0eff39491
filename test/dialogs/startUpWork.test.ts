import { afterEach, describe, expect, it, vi } from 'vitest';

/*
 * What loading the dialogs costs before the first reply: nothing that only some later answer needs,
 * such as the locale data for joining a list ("a, b and c"), is built at start.
 */

describe('loading the dialogs', () => {
  afterEach(() => vi.restoreAllMocks());

  it('builds no list formatter until a list is said', async () => {
    const made = vi.spyOn(Intl, 'ListFormat');
    vi.resetModules();
    await import('../../dialogs/reviewAllHelp.js');
    expect(made).not.toHaveBeenCalled();
  }, 120_000);
});
