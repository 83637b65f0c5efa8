// Clocks and statistics shared by the bench and its child processes.

/** Wall-clock milliseconds. */
export const wallClockMs = () => performance.now();

/**
 * Milliseconds of CPU time (user + system) used by this process: unlike wall
 * time, it does not grow while other processes hold the core.
 */
export const cpuClockMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
