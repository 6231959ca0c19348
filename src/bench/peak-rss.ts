/** Runs the work while sampling this process's resident memory; returns its result and the peak in MB. */
export async function withPeakRss<T>(work: () => Promise<T>, everyMs = 250): Promise<[T, number]> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), everyMs);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage.rss());
    return [result, Math.round(peak / 1_048_576)];
  } finally {
    clearInterval(timer);
  }
}
