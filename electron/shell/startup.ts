// What to tell the adviser when the dossier file cannot be opened at start-up.
import { AppFailure } from '../../shared/contract/result.ts';
import { shellMessages } from './messages.ts';

export interface StartupFailureDialog {
  title: string;
  body: string;
}

/**
 * The error box shown before quitting. An unsupported database (made by a newer Arrangeur)
 * carries its own Dutch explanation from the store; anything else gets a calm generic text.
 * Either way the file has not been touched, and the text says where the data lives.
 */
export function describeStartupFailure(error: unknown, dataDir: string): StartupFailureDialog {
  const where = `${shellMessages.startup.whereLabel}: ${dataDir}`;
  if (isUnsupportedDatabase(error)) {
    return { title: shellMessages.startup.unsupportedTitle, body: `${error.message}\n\n${where}` };
  }
  return { title: shellMessages.startup.failedTitle, body: `${shellMessages.startup.failedBody}\n\n${where}` };
}

function isUnsupportedDatabase(error: unknown): error is AppFailure {
  // Duck-typed as well as instanceof: a second copy of the class (two bundles) must not turn a
  // clear message into the generic one.
  if (error instanceof AppFailure) return error.code === 'unsupported-database';
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { code?: unknown }).code === 'unsupported-database' &&
    typeof (error as { message?: unknown }).message === 'string'
  );
}
