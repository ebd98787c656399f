/**
 * `sverka web`: serves the app to a browser on 127.0.0.1 (a free port unless --port is given). The first line
 * printed is the address to open, token included; the host runs until interrupted.
 */
import type { Command } from 'commander';
import { homedir } from 'node:os';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SverkaError } from '../../shared/errors';
import { serveWeb } from '../../electron/web/serve-web';
import type { CliContext } from '../context';
import packageJson from '../../package.json';

/** Registers the `web` command. */
export function registerWeb(program: Command, context: CliContext): void {
  program
    .command('web')
    .description(context.i18n.t('cli:web.description'))
    .option('--port <port>', context.i18n.t('cli:web.port'), (value) => Number.parseInt(value, 10), 0)
    .option('--data-dir <dir>', context.i18n.t('cli:web.dataDir'))
    .action(async (options: { port: number; dataDir?: string }) => {
      const dataDir = resolve(options.dataDir ?? process.env.SVERKA_DATA_DIR ?? join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'sverka'));
      // The CLI bundle lives in out/cli/; the app root is two folders up.
      const appRoot = resolve(__dirname, '..', '..');
      if (!existsSync(join(appRoot, 'out', 'renderer', 'index.html'))) throw new SverkaError('web.notBuilt');
      const host = await serveWeb({ dataDir, appRoot, version: packageJson.version, port: options.port });
      context.stdout.write(`${host.url}\n`);
      await new Promise<void>((done) => {
        const stop = (): void => {
          void host.close().then(done);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
