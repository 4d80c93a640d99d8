export function Logo({ className = '' }: { className?: string }) {
  return (
    <span className={`inline-flex items-center gap-2 font-semibold tracking-tight ${className}`}>
      <svg aria-hidden="true" viewBox="0 0 32 32" className="h-7 w-7">
        <rect width="32" height="32" rx="8" className="fill-brand-600" />
        <path d="M7 22h4v-6H7zm7 0h4V10h-4zm7 0h4v-9h-4z" className="fill-white" />
        <path d="M6 8.5h20" stroke="white" strokeWidth="1.6" strokeDasharray="2 2" />
      </svg>
      <span>Benchline</span>
    </span>
  );
}
