import { Card } from '@/components/ui/card';

const pulse = 'animate-pulse rounded bg-slate-200';

export function CardsSkeleton() {
  return (
    <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-5" aria-busy="true" aria-label="Loading summary">
      {Array.from({ length: 5 }, (_, i) => (
        <Card key={i} className="space-y-3 p-4">
          <div className={`${pulse} h-3 w-24`} />
          <div className={`${pulse} h-7 w-32`} />
          <div className={`${pulse} h-3 w-40`} />
        </Card>
      ))}
    </div>
  );
}

export function ChartSkeleton({ title }: { title: string }) {
  return (
    <Card className="min-w-0" aria-busy="true" aria-label={`Loading ${title}`}>
      <div className="border-b border-slate-100 px-5 py-4">
        <p className="text-base font-semibold text-slate-900">{title}</p>
      </div>
      <div className="p-4">
        <div className={`${pulse} h-64 w-full`} />
      </div>
    </Card>
  );
}
