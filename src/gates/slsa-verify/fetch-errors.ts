/** A GitHub attestations API request that failed; carries how to fix it. */
export class FetchError extends Error {
  override name = 'FetchError';
  constructor(
    message: string,
    readonly help: string
  ) {
    super(message);
  }
}
