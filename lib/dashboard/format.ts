// Moved to lib/format.ts (the one number formatter of every page); kept so older imports resolve.
export * from '@/lib/format';
