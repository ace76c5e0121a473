// The error catalogue lives in domain/errors.ts, shared by every layer; the server's modules import it here.
export * from '../domain/errors.ts';
