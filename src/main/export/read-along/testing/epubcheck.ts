import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Debian's `epubcheck` package installs the jar here (its /usr/bin/epubcheck is a link to it). */
const JAR = '/usr/share/java/epubcheck.jar';
const JAVA = '/usr/bin/java';

export const hasEpubcheck = existsSync(JAR) && existsSync(JAVA);
export const epubcheckSkipReason = `epubcheck is missing (apt-get install epubcheck puts it at ${JAR})`;

export interface EpubcheckMessage {
  id: string;
  severity: 'FATAL' | 'ERROR' | 'WARNING' | 'USAGE' | 'INFO';
  message: string;
  paths: string[];
}

interface EpubcheckReport {
  messages: Array<{ ID: string; severity: EpubcheckMessage['severity']; message: string; locations: Array<{ path: string }> }>;
  checker: { checkerVersion: string };
}

/** Runs epubcheck on a book and returns its messages; Java starts slowly, so call it once per book. */
export function runEpubcheck(epub: string, timeoutMs = 240_000): Promise<{ version: string; messages: EpubcheckMessage[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'dramatis-epubcheck-'));
  const report = join(dir, 'report.json');
  return new Promise((resolve, reject) => {
    execFile(JAVA, ['-jar', JAR, epub, '--json', report], { timeout: timeoutMs }, (error) => {
      try {
        // epubcheck exits with 1 when it finds errors; the report says what they are.
        if (!existsSync(report)) return reject(error ?? new Error('epubcheck wrote no report'));
        const parsed = JSON.parse(readFileSync(report, 'utf8')) as EpubcheckReport;
        resolve({
          version: parsed.checker.checkerVersion,
          messages: parsed.messages.map((m) => ({ id: m.ID, severity: m.severity, message: m.message, paths: m.locations.map((l) => l.path) })),
        });
      } catch (failure) {
        reject(failure instanceof Error ? failure : new Error(String(failure)));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}

/** Errors and warnings, one line each, for assertions whose failure shows what epubcheck said. */
export function problems(messages: readonly EpubcheckMessage[]): string[] {
  return messages
    .filter((m) => m.severity === 'FATAL' || m.severity === 'ERROR' || m.severity === 'WARNING')
    .flatMap((m) => (m.paths.length > 0 ? m.paths : ['']).map((p) => `${m.severity} ${m.id} ${p}: ${m.message}`));
}
