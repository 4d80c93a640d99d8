// Today in the browser's time zone. On the server (and during hydration) it is null: the server
// does not know the user's time zone, and a UTC date rendered there would be wrong east of UTC
// (in UTC+13 the server's date is yesterday) and would stick in the date field after hydration.
import { useSyncExternalStore } from 'react';
import { localToday } from './draft';

// Re-read every minute, so a page left open across midnight moves on to the new day.
const subscribe = (onChange: () => void) => {
  const t = setInterval(onChange, 60_000);
  return () => clearInterval(t);
};

export function useLocalToday(): string | null {
  return useSyncExternalStore(subscribe, localToday, () => null);
}
