// Typed domain errors and the one result shape that actions and routes return.
export type ErrorCode =
  | 'VALIDATION'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_LARGE'
  | 'RATE_LIMITED'
  | 'UNAVAILABLE';

const STATUS: Record<ErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_LARGE: 413,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
};

export class AppError extends Error {
  constructor(
    public readonly code: ErrorCode,
    message: string,
    public readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = 'AppError';
  }
  get status(): number {
    return STATUS[this.code];
  }
}

export type Result<T> =
  | { ok: true; data: T }
  | { ok: false; code: ErrorCode; error: string; fieldErrors?: Record<string, string[]> };

export function httpStatus(code: ErrorCode): number {
  return STATUS[code];
}

/** A unique-constraint violation (Prisma's P2002 or PostgreSQL's 23505), recognised by its code. */
export function isUniqueViolation(err: unknown): boolean {
  const code = typeof err === 'object' && err !== null ? (err as { code?: unknown }).code : undefined;
  return code === 'P2002' || code === '23505';
}

// What "the database is unreachable" looks like through the pg driver adapter (measured by stopping
// and restarting PostgreSQL under a running client): PrismaClientKnownRequestError with P1001/P1017
// for model queries, P2010 for raw queries, both carrying meta.driverAdapterError.cause with a
// `kind` (DatabaseNotReachable, ConnectionClosed, ...) or a PostgreSQL `code` (57P01 "terminating
// connection due to administrator command" for a query in flight during a shutdown); pg's own
// errors (ECONNREFUSED, "Connection terminated", "timeout exceeded when trying to connect", "Client
// has encountered a connection error and is not queryable" for an open transaction) arrive as is.
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08006',
  '53300',
  'P1001',
  'P1002',
  'P1008',
  'P1017',
  'P2024',
]);
const UNAVAILABLE_KINDS = new Set([
  'DatabaseNotReachable',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
  'TlsConnectionError',
]);
const UNAVAILABLE_MESSAGE =
  /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect|not queryable|Can't reach database server|Connection refused|Client was closed/i;

/** Connection-level failures (database down or restarting) that should surface as 503. */
export function isDatabaseUnavailable(err: unknown, depth = 0): boolean {
  if (typeof err !== 'object' || err === null || depth > 4) return false;
  const e = err as {
    code?: unknown;
    name?: unknown;
    message?: unknown;
    kind?: unknown;
    meta?: { driverAdapterError?: { cause?: unknown } };
    cause?: unknown;
  };
  if (err instanceof AppError) return err.code === 'UNAVAILABLE';
  if (typeof e.code === 'string' && UNAVAILABLE_CODES.has(e.code)) return true;
  if (typeof e.kind === 'string' && UNAVAILABLE_KINDS.has(e.kind)) return true;
  if (e.name === 'PrismaClientInitializationError') return true;
  const adapterCause = e.meta?.driverAdapterError?.cause;
  if (adapterCause && isDatabaseUnavailable(adapterCause, depth + 1)) return true;
  if (e.cause && isDatabaseUnavailable(e.cause, depth + 1)) return true;
  return typeof e.message === 'string' && UNAVAILABLE_MESSAGE.test(e.message);
}

// Input the database refuses to store: text with a NUL character (22021 "invalid byte sequence"),
// characters the encoding cannot represent (22P05), values too long for a column or an index
// (22001, 54000). Anything that reaches the database that way is bad input, not a server fault.
const INVALID_INPUT_CODES = new Set(['22021', '22P05', '22001', '54000']);

/** A database refusal caused by the request's own data: answer 400, nothing was written. */
export function isInvalidInputForDatabase(err: unknown, depth = 0): boolean {
  if (typeof err !== 'object' || err === null || depth > 4 || err instanceof AppError) return false;
  const e = err as {
    code?: unknown;
    originalCode?: unknown;
    meta?: { driverAdapterError?: { cause?: unknown } };
    cause?: unknown;
  };
  if (
    (typeof e.code === 'string' && INVALID_INPUT_CODES.has(e.code)) ||
    (typeof e.originalCode === 'string' && INVALID_INPUT_CODES.has(e.originalCode))
  )
    return true;
  const adapterCause = e.meta?.driverAdapterError?.cause;
  return Boolean(
    (adapterCause && isInvalidInputForDatabase(adapterCause, depth + 1)) ||
    (e.cause && isInvalidInputForDatabase(e.cause, depth + 1)),
  );
}
