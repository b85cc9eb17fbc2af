// What can go wrong in the domain, in its own words and free of HTTP: lib throws these, and route() in
// lib/api/respond.ts turns each kind into its status in one table. `code` is the machine-readable reason
// API clients see; `field` names the input at fault, where there is one.

export abstract class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

/** Input the domain refuses (the schema let it through, a rule on stored data did not). */
export class Invalid extends DomainError {
  constructor(field: string, message: string, options: { code?: string; details?: Record<string, unknown> } = {}) {
    super(options.code ?? "invalid_parameter", message, field, options.details);
  }
}

export class NotFound extends DomainError {
  constructor(message: string, field?: string) {
    super("not_found", message, field);
  }
}

/** Nobody is signed in. */
export class Unauthenticated extends DomainError {
  constructor(message = "Sign in first") {
    super("unauthenticated", message);
  }
}

/** Signed in (or not), but this actor may not do this. */
export class Forbidden extends DomainError {
  constructor(message: string, field?: string, code = "forbidden") {
    super(code, message, field);
  }
}

/** The stored state does not allow it now: taken, already decided, changed by someone else. */
export class Conflict extends DomainError {
  constructor(code: string, message: string, field?: string, details?: Record<string, unknown>) {
    super(code, message, field, details);
  }
}

/** The actor has used up an allowance (e.g. requests waiting for review) and must wait for it to free up. */
export class LimitReached extends DomainError {
  constructor(code: string, message: string) {
    super(code, message);
  }
}

/** More than the domain takes at once (a file to import, say); smaller pieces would do. */
export class TooLarge extends DomainError {
  constructor(message: string, field?: string) {
    super("too_large", message, field);
  }
}

/** Went wrong on our side; nothing the caller can correct. */
export class Internal extends DomainError {
  constructor(code = "internal_error", message = "Something went wrong on our side") {
    super(code, message);
  }
}

const KINDS = { Invalid, NotFound, Unauthenticated, Forbidden, Conflict, LimitReached, TooLarge, Internal } as const;
export type DomainErrorKind = keyof typeof KINDS;

/** A domain error as data, for errors that must outlive the process that raised them (an import job's). */
export interface StoredDomainError {
  kind: DomainErrorKind;
  code: string;
  message: string;
  field?: string;
  details?: Record<string, unknown>;
}

export function storeDomainError(error: DomainError): StoredDomainError {
  const kind = (Object.keys(KINDS) as DomainErrorKind[]).find((k) => error instanceof KINDS[k]) ?? "Internal";
  return { kind, code: error.code, message: error.message, ...(error.field ? { field: error.field } : {}), ...(error.details ? { details: error.details } : {}) };
}

export function restoreDomainError(stored: StoredDomainError): DomainError {
  const error = Object.create((KINDS[stored.kind] ?? Internal).prototype) as DomainError;
  return Object.assign(error, { name: stored.kind, code: stored.code, message: stored.message, field: stored.field, details: stored.details });
}

/** The one not-found message: what it is and the id asked for, cut to a length a message can carry. */
export const notFound = (what: string, id: string) => new NotFound(`${what} "${id.slice(0, 80)}" was not found`);
