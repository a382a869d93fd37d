import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { RecentProject } from '../../shared/project';
import { writeFileAtomic } from './atomic-write';

const MAX_RECENT = 12;

const recentSchema = z.array(
  z.object({ path: z.string(), title: z.string(), author: z.string(), openedAt: z.string() }),
);

/** The recent-projects list, kept as a small JSON file in the user data folder. */
export class RecentProjects {
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = join(dataDir, 'recent-projects.json');
  }

  /** Only projects that still exist are listed; a moved or deleted file drops out. */
  list(): RecentProject[] {
    return this.read().filter((p) => existsSync(p.path));
  }

  touch(entry: Omit<RecentProject, 'openedAt'>): RecentProject[] {
    const next = [{ ...entry, openedAt: new Date().toISOString() }, ...this.read().filter((p) => p.path !== entry.path)].slice(0, MAX_RECENT);
    writeFileAtomic(this.file, JSON.stringify(next, null, 2));
    return next;
  }

  forget(path: string): RecentProject[] {
    const next = this.read().filter((p) => p.path !== path);
    writeFileAtomic(this.file, JSON.stringify(next, null, 2));
    return next.filter((p) => existsSync(p.path));
  }

  private read(): RecentProject[] {
    if (!existsSync(this.file)) return [];
    try {
      const parsed = recentSchema.safeParse(JSON.parse(readFileSync(this.file, 'utf8')));
      return parsed.success ? parsed.data : [];
    } catch {
      // A damaged list is not worth refusing to start over: it is rebuilt as projects are opened.
      return [];
    }
  }
}
