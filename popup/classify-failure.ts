// Turns a failure to reach the page into what the popup says. Browsers refuse script injection on
// their own pages and the extension stores with messages like these (Chrome, then Firefox).
import { STRINGS } from '../src/ui/strings';

const RESTRICTED_ERROR =
  /cannot access|cannot be scripted|extensions gallery|missing host permission|chrome:\/\/|about:|not allowed|permission to access/i;

export type FailureKind = 'restricted' | 'error';

export function classifyFailure(message: string): FailureKind {
  return RESTRICTED_ERROR.test(message) ? 'restricted' : 'error';
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : STRINGS.unknownError;
}
