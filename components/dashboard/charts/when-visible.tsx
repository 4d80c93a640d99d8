'use client';
// Renders its children only once its box comes near the viewport (IntersectionObserver), keeping a
// same-sized empty box until then: charts below the fold cost no JavaScript or rendering until the
// user scrolls to them, and nothing jumps when they appear.
import { useEffect, useRef, useState } from 'react';

export function WhenVisible({
  className,
  style,
  rootMargin = '200px 0px',
  children,
}: {
  className?: string;
  style?: React.CSSProperties;
  rootMargin?: string;
  children: React.ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setVisible(true);
          observer.disconnect();
        }
      },
      { rootMargin },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [rootMargin]);
  return (
    <div ref={ref} className={className} style={style} data-chart={visible ? 'shown' : 'waiting'}>
      {visible ? children : null}
    </div>
  );
}
