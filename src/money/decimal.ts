/**
 * Exact decimal numbers: an integer count of units at a power-of-ten scale.
 * Money never passes through `number`; source precision is kept (cloud line items carry
 * 10+ decimals) and rounding happens only at named points, half away from zero.
 *
 * One name for the four jobs, each in its own module: arithmetic (arithmetic.ts), text in and
 * out (decimal-text.ts), exact splitting (allocate.ts) and fast exact running sums
 * (decimal-sum.ts). Modules of money/ import those directly; the rest of the code imports here.
 */
export * from './arithmetic.js';
export * from './decimal-text.js';
export * from './allocate.js';
export * from './decimal-sum.js';
