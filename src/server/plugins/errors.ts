// Shapes every failure as { error: { code, message, messages } } with a status that means what it says.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, type ErrorDetail, errorBody, pickLang } from '../errors.ts';

export function langOf(request: FastifyRequest) {
  return pickLang(request.cookies?.lang, request.headers['accept-language']);
}

/** Fastify's own error codes, mapped onto ours. */
const FASTIFY_CODES: Record<string, AppError['code']> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'validation_failed',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_json',
  FST_REQ_FILE_TOO_LARGE: 'payload_too_large',
  FST_FILES_LIMIT: 'payload_too_large',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'unsupported_media_type',
};

/** A date refused by IsoDate, possibly inside a union's alternatives (zod nests those issues). */
function mentionsInvalidDate(value: unknown, depth: number): boolean {
  if (depth > 6 || value === null || typeof value !== 'object') return false;
  if ((value as { code?: unknown }).code === 'invalid_date') return true;
  return Object.values(value).some((v) => mentionsInvalidDate(v, depth + 1));
}

function toAppError(err: FastifyError | Error): AppError | null {
  if (err instanceof AppError) return err;
  if (hasZodFastifySchemaValidationErrors(err)) {
    const details: ErrorDetail[] = err.validation.map((issue) => {
      const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
      return {
        path: `${err.validationContext ?? ''}${path ? `.${path}` : ''}`,
        message: issue.message ?? '',
      };
    });
    // A date field's own message is the precise one to show ("31/02/2025 is not a date").
    const dateIssue = err.validation.some((i) => mentionsInvalidDate(i.params, 0));
    return new AppError(dateIssue ? 'invalid_date' : 'validation_failed', { details });
  }
  const code = 'code' in err && typeof err.code === 'string' ? FASTIFY_CODES[err.code] : undefined;
  if (code) return new AppError(code);
  if ('statusCode' in err && err.statusCode === 429) return new AppError('rate_limited');
  if (err instanceof SyntaxError && 'statusCode' in err && err.statusCode === 400)
    return new AppError('invalid_json');
  return null;
}

export function registerErrorHandling(app: FastifyInstance, options: { logger: boolean }): void {
  app.setErrorHandler((err: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const appError = toAppError(err);
    if (appError) {
      if (appError.status >= 500) request.log.error(err);
      return reply.status(appError.status).send(errorBody(appError, langOf(request)));
    }
    if (isResponseSerializationError(err))
      request.log.error({ issues: err.cause.issues }, 'response does not match its schema');
    else request.log.error(err);
    // A server started without a logger (tests, embedding) must still not swallow its own failures.
    if (!options.logger) console.error(err);
    return reply.status(500).send(errorBody(new AppError('internal'), langOf(request)));
  });
}
