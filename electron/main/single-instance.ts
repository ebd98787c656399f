/** One Sverka per user: a second start hands its files to the first and quits. */
import { app } from 'electron';

/** Takes the lock; false when another instance has it (this one should quit). */
export function claimSingleInstance(onSecondInstance: (argv: readonly string[], workingDirectory: string) => void): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', (_event, argv, workingDirectory) => onSecondInstance(argv, workingDirectory));
  return true;
}
