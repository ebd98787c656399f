/** Files named on the command line: existing files after the program (and script) arguments. */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';

/** The existing files among the arguments, resolved against the working directory. */
export function fileArguments(argv: readonly string[], workingDirectory: string): string[] {
  return argv
    .slice(1)
    .filter((argument) => !argument.startsWith('-'))
    .map((argument) => resolve(workingDirectory, argument))
    .filter((path) => {
      try {
        return statSync(path).isFile() && !path.endsWith('.js') && !path.endsWith('.cjs');
      } catch {
        return false;
      }
    });
}
