/**
 * A failure of one attempt at one address. `transient` failures (a dropped connection, a busy server)
 * are retried at the same address; the others move on to the next mirror.
 */
export class DownloadError extends Error {
  constructor(
    message: string,
    readonly transient: boolean,
  ) {
    super(message);
    this.name = 'DownloadError';
  }
}

export function isTransientDownloadError(error: unknown): boolean {
  return error instanceof DownloadError && error.transient;
}
