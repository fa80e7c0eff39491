import { describe, expect, it } from 'vitest';
import { draftSchema } from '../../src/domain/draft';
import { renderJson } from '../../src/export';
import { hostileDraft, sampleDraft } from './sampleDraft';

describe('renderJson', () => {
  it('is the stored draft as readable JSON that still validates', () => {
    const draft = sampleDraft();
    const text = renderJson(draft);
    expect(text).toMatch(/^\{\n  "schema": "outcomes-draft\/1",\n/);
    expect(draftSchema.parse(JSON.parse(text))).toEqual(draft);
  });

  it('leaves out safeguarding flags', () => {
    const text = renderJson(sampleDraft({ flag: true }));
    expect(text).not.toContain('harm_at_home');
    expect(JSON.parse(text)).toMatchObject({ flags: [] });
  });

  it('keeps hostile text exactly as typed', () => {
    const draft = hostileDraft();
    expect(JSON.parse(renderJson(draft))).toEqual({ ...draft, flags: [] });
  });
});
