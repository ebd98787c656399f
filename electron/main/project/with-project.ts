/** Opens a project for one piece of work and always closes it (the file is self-contained again afterwards). */
import { openProject, type Project, type ProjectOptions } from '../store/index';

/** Runs `work` on the open project at `path`, closing it whatever happens. */
export async function withProject<T>(path: string, work: (project: Project) => Promise<T>, options: ProjectOptions = {}): Promise<T> {
  const project = await openProject(path, options);
  try {
    return await work(project);
  } finally {
    await project.close();
  }
}
