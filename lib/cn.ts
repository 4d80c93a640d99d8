// Joins class names, dropping falsy values (the one helper the UI primitives share).
export function cn(...classes: Array<string | false | null | undefined>): string {
  return classes.filter(Boolean).join(' ');
}
