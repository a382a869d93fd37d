/**
 * Outputs are written under temporary names in the output folder and renamed into place together
 * once everything succeeded, so a failed or cancelled render leaves no file under a final name.
 */
import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { stagedName } from './output-leftovers';

export class StagedOutputs {
  private readonly staged: Array<{ temp: string; final: string }> = [];

  constructor(private readonly outDir: string) {}

  /** A temporary path for the output that will be named `fileName`. */
  stage(fileName: string): string {
    const temp = join(this.outDir, stagedName(fileName));
    this.staged.push({ temp, final: join(this.outDir, fileName) });
    return temp;
  }

  async commit(): Promise<string[]> {
    for (const { temp, final } of this.staged) await rename(temp, final);
    return this.staged.map((s) => s.final);
  }

  async discard(): Promise<void> {
    await Promise.all(this.staged.map(({ temp }) => rm(temp, { force: true })));
  }
}
