/** A configuration the gates cannot run by: names the file, the key and the fix. */
import { GateError } from '../core/errors.js';

export class ConfigError extends GateError {
  override name = 'ConfigError';
  constructor(message: string, file?: string, help?: string, line?: number, column?: number) {
    super(
      message,
      help ?? 'Fix the configuration; `ci-intel config` shows every value and where it comes from.',
      file,
      line,
      column
    );
  }
}
