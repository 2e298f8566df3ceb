/** An expected failure whose message is safe and useful to show to the user. */
export class UserFacingError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 403 | 404 | 409 | 413 | 422 = 400,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "UserFacingError";
  }
}

export class ConflictError extends UserFacingError {
  constructor(message = "Someone else saved this record after you opened it. Review their change, then apply yours again.") {
    super(message, 409);
    this.name = "ConflictError";
  }
}

export class NotFoundError extends UserFacingError {
  constructor(what: string) {
    super(`${what} was not found.`, 404);
    this.name = "NotFoundError";
  }
}
