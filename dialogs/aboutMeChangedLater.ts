import type { DialogContext, DialogTurnResult } from './dialogKit';
import { addAboutMe } from '../src/domain/draft';

import { onlyAsksAboutQuestion, readAboutMeAnsweredLater } from '../src/language/aboutMeAnsweredLater';
import { aboutMeItemId } from '../src/domain/itemIds';
import { readAboutMeChange } from '../src/language/aboutMeChange';
import type { ChatHost } from './chatTalk';
import { askEdit, EditText } from './editAnywhere';
import { Stage } from './ids';
import { sayAll } from './say';
import { sessionOf } from './session';

/*
 * "Now please change what is important to me. It should only say: my dog and my family" at a
 * question after about me: that answer is read back and changed after a yes, as at the review.
 * Never kept as an answer to the open question. "Wait, I did not answer yet what helps. What helps is: ..."
 * answers that question now: kept there (in place of a question back kept by mistake), said so,
 * and the open question asked again.
 */

export const AboutMeLaterText = {
  /** An about-me question answered later: kept there. */
  kept: 'common:aboutMeLater.kept',
} as const;

/** The turn's result when the message rewords an about-me answer; undefined when it does not. */
export async function changeAboutMeLater(inner: DialogContext, host: ChatHost, text: string): Promise<DialogTurnResult | undefined> {
  const session = sessionOf(inner.context);
  const at = session.journey.position;
  // About me reads its own answers; the review reads its own requests.
  if (!at || at.stage === Stage.welcome || at.stage === Stage.aboutMe || at.stage === Stage.review) return undefined;
  const late = readAboutMeAnsweredLater(text);
  if (late) {
    // A question back kept there by mistake ("what works? Sorry I am not sure...") gives way to the answer.
    await session.updateDraft('about me answered later', (d) =>
      addAboutMe({ ...d, aboutMe: { ...d.aboutMe, [late.section]: d.aboutMe[late.section].filter((kept) => !onlyAsksAboutQuestion(kept)) } }, late.section, late.text),
    );
    await sayAll(inner.context, session.t, [{ key: AboutMeLaterText.kept }]);
    return host.reprompt(inner);
  }
  const said = readAboutMeChange(text);
  const draft = said ? await session.draft() : undefined;
  if (!said || !draft) return undefined;
  if (draft.aboutMe[said.section].length > 0) {
    const id = aboutMeItemId(said.section, 0);
    return host.after(inner, await askEdit(inner, session, { action: 'change', part: { kind: 'hope', place: null, about: null, current: false, id }, text: said.text }));
  }
  // Nothing kept there yet: their words are that answer now.
  await session.updateDraft('about me put right in the chat', (d) => addAboutMe(d, said.section, said.text));
  await sayAll(inner.context, session.t, [{ key: EditText.changed, vars: { text: said.text } }]);
  return host.reprompt(inner);
}
