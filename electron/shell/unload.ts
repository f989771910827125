// The renderer refuses to unload (beforeunload) while the adviser has unsaved input. Electron
// then cancels the close silently, which would look like a broken close button, so main asks
// in Dutch. Plain data and a pure decision, so it is tested without Electron.
import { shellMessages } from './messages.ts';

const STAY = 0;
const LEAVE = 1;

export const unloadQuestion = () => ({
  type: 'question' as const,
  title: shellMessages.unload.title,
  message: shellMessages.unload.message,
  detail: shellMessages.unload.detail,
  buttons: [shellMessages.unload.stay, shellMessages.unload.leave] as string[],
  // Enter and Escape both keep the input: losing work must be a deliberate choice.
  defaultId: STAY,
  cancelId: STAY,
  noLink: true,
});

/** True when the adviser chose to close anyway (Electron: call event.preventDefault()). */
export const leaveAnyway = (buttonIndex: number): boolean => buttonIndex === LEAVE;
