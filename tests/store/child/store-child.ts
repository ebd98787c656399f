/**
 * A separate process that works on a project and reports each committed action on stdout, so a test can kill it
 * (SIGKILL) at any moment and check what the file holds. Modes:
 *   hold FILE            open the project and wait
 *   burst FILE N         N actions (notes, merges, splits, confirmations), reporting "committed i" after each
 *   import FILE N        create a project of N×N sentences, reporting "start" before and "done" after
 *   long FILE            add a note (reported), then confirm every pair in one action ("long-start", "long-done")
 *   revision FILE        add a note (reported), then import a revised original ("update-start", "update-done")
 */
import { createProject, openProject } from '../../../electron/main/store/index';
import { documentOf, numberedInput } from '../fixtures';

const [mode, file, count] = process.argv.slice(2);
const say = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

async function main(): Promise<void> {
  switch (mode) {
    case 'hold': {
      await openProject(file, { lexicon: null });
      say('open');
      setInterval(() => undefined, 1000);
      return;
    }
    case 'burst': {
      const project = await openProject(file, { lexicon: null });
      const total = Number(count);
      for (let i = 1; i <= total; i++) {
        const pairId = 1 + (i % 40) * 5;
        switch (i % 4) {
          case 0:
            await project.addNote({ pairId: 1 }, `action ${i}`);
            break;
          case 1:
            await project.splitPair(pairId, 1, 0).catch(() => project.addNote({ pairId: 1 }, `action ${i}`));
            break;
          case 2:
            await project.mergeWithNext(pairId).catch(() => project.addNote({ pairId: 1 }, `action ${i}`));
            break;
          default:
            await project.confirmPairs([pairId, pairId + 1, pairId + 2]).catch(() => project.addNote({ pairId: 1 }, `action ${i}`));
        }
        say(`committed ${i}`);
      }
      await project.close();
      say('done');
      return;
    }
    case 'import': {
      say('start');
      const project = await createProject(file, numberedInput(Number(count)), { lexicon: null });
      say('done');
      await project.close();
      return;
    }
    case 'long': {
      const project = await openProject(file, { lexicon: null });
      await project.addNote({ pairId: 1 }, 'before the long action');
      say('committed note');
      const ids = (await project.snapshot()).pairs.map((pair) => pair.id);
      say('long-start');
      await project.confirmPairs(ids);
      say('long-done');
      await project.close();
      return;
    }
    case 'revision': {
      const project = await openProject(file, { lexicon: null });
      await project.addNote({ pairId: 1 }, 'before the revision');
      say('committed note');
      const { source } = await project.snapshot();
      const paragraphs: string[][] = [];
      for (const sentence of source.sentences) {
        if (paragraphs.length <= sentence.paragraph) paragraphs.push([]);
        paragraphs[sentence.paragraph].push(sentence.index % 500 === 7 ? `${sentence.text} Исправлено.` : sentence.text);
      }
      say('update-start');
      await project.updateSide('src', { document: documentOf('ru', paragraphs), fileName: 'ru.v2.txt' });
      say('update-done');
      await project.close();
      return;
    }
    default:
      throw new Error(`unknown mode ${mode}`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(3);
});
