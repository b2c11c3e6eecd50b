/** Errors that carry what the user must change. */

/** A bad input value: names the input, what was given and what is expected. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    message: string
  ) {
    super(`input '${input}': ${message}`);
    this.name = 'InputError';
  }
}

/** The gate could not decide (a document it cannot read, a service that does not answer). */
export class GateError extends Error {
  constructor(
    message: string,
    readonly help?: string,
    readonly file?: string,
    readonly line?: number,
    readonly column?: number
  ) {
    super(message);
    this.name = 'GateError';
  }
}

export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
