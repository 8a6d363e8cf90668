/** Accounts for a shared server (SITREP_AUTH=on): roles, sessions, API tokens, rate limits, public views. */
export { authEnabled, SESSION_COOKIE } from './config';
export { authorize, needOf, requestUser, type Need, type AuthEvent } from './authorize';
export { login, logout, BadLogin, TooManyAttempts, type CookieJar } from './login';
export * from './accounts';
export { RateLimiter, limits } from './ratelimit';
