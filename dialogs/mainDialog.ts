import {
  ComponentDialog,
  Dialog,
  DialogTurnStatus,
  type DialogContext,
  type DialogTurnResult,
} from 'botbuilder-dialogs';
import { DialogId, STAGE_ORDER, type StageId } from './ids';
import type { Position } from './journey';
import { sayAll } from './say';
import { sessionOf } from './session';
import type { BeginStageOptions, StageDialog, StageResult } from './stageDialog';
import { WelcomeText } from './welcomeDialog';

/**
 * Runs the stages in order. A new conversation starts at the welcome; a resumed journey opens
 * the question that was open when it stopped.
 */
export class MainDialog extends ComponentDialog {
  private readonly stages = new Map<StageId, StageDialog>();

  constructor(stages: readonly StageDialog[]) {
    super(DialogId.main);
    for (const stage of stages) {
      this.stages.set(stage.stage, stage);
      this.addDialog(stage);
    }
    if (!this.stages.has(STAGE_ORDER[0]!)) throw new Error('MainDialog needs the welcome stage');
  }

  protected override async onBeginDialog(inner: DialogContext): Promise<DialogTurnResult> {
    const session = sessionOf(inner.context);
    const position = session.journey.position;
    if (position) return this.openAt(inner, position);
    await sayAll(inner.context, session.t, [{ key: WelcomeText.hello }]);
    return this.beginStage(inner, STAGE_ORDER[0]!);
  }

  protected override async onContinueDialog(inner: DialogContext): Promise<DialogTurnResult> {
    const result = await inner.continueDialog();
    return this.afterStage(inner, result);
  }

  protected override async endComponent(outer: DialogContext, result: unknown): Promise<DialogTurnResult> {
    return outer.endDialog(result);
  }

  /** Cancels whatever is open and asks the question at `position` (back, resume, carry on). */
  async openAt(inner: DialogContext, position: Position): Promise<DialogTurnResult> {
    await inner.cancelAllDialogs();
    return this.beginStage(inner, position.stage, { at: position });
  }

  private async beginStage(inner: DialogContext, stage: StageId, options?: BeginStageOptions): Promise<DialogTurnResult> {
    const dialog = this.stages.get(stage);
    if (!dialog) return this.afterStage(inner, { status: DialogTurnStatus.complete, result: { stage } satisfies StageResult });
    const result = await inner.beginDialog(dialog.id, options);
    return this.afterStage(inner, result);
  }

  /** When a stage finishes, the next one in order begins at once, in the same turn. */
  private async afterStage(inner: DialogContext, result: DialogTurnResult): Promise<DialogTurnResult> {
    if (result.status !== DialogTurnStatus.complete) return result;
    const finished = (result.result as StageResult | undefined)?.stage;
    const next = finished ? STAGE_ORDER[STAGE_ORDER.indexOf(finished) + 1] : undefined;
    if (!next) return Dialog.EndOfTurn;
    return this.beginStage(inner, next);
  }
}
