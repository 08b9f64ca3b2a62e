/**
 * String.prototype methods as plain functions: `charCodeAt(text, i)` instead of `text.charCodeAt(i)`.
 *
 * Why: V8 gives every string representation its own hidden class (flat, sliced, concatenated,
 * internalized; one- or two-byte), and the analyzer's texts arrive in all of them. A method looked
 * up on strings of five or more such classes makes that call site megamorphic: every call then
 * goes through the generic property lookup and a generic call, which `perf` put at about 10 % of a
 * rendered analysis. A function bound once (as Node's own primordials are) is a constant call target:
 * V8 inlines the built-in behind it with only a check that the argument is a string, whatever its
 * representation (a megamorphic lookup measured 6x slower than that in a scan around each "@").
 * Used in the character-level hot paths only; elsewhere the method syntax reads better and costs
 * the same.
 */
const call = Function.prototype.call;

export const charCodeAt = call.bind(String.prototype.charCodeAt) as (text: string, index: number) => number;
export const indexOf = call.bind(String.prototype.indexOf) as (text: string, search: string, position?: number) => number;
export const lastIndexOf = call.bind(String.prototype.lastIndexOf) as (text: string, search: string, position?: number) => number;
export const slice = call.bind(String.prototype.slice) as (text: string, start?: number, end?: number) => string;
export const toLowerCase = call.bind(String.prototype.toLowerCase) as (text: string) => string;
export const startsWith = call.bind(String.prototype.startsWith) as (text: string, search: string, position?: number) => boolean;
export const includes = call.bind(String.prototype.includes) as (text: string, search: string, position?: number) => boolean;
export const trim = call.bind(String.prototype.trim) as (text: string) => string;
export const replace = call.bind(String.prototype.replace) as (text: string, pattern: RegExp | string, replacement: string) => string;
