/** What a driven read measured: requests per second and latency percentiles (ms). */
export type CoreResult = {
  name: string;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
};

/** Calls `read` in `connections` concurrent loops for `seconds`, timing each call. */
export const driveCore = async (
  name: string,
  read: () => Promise<unknown>,
  { connections, seconds }: { connections: number; seconds: number },
): Promise<CoreResult> => {
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + seconds * 1_000;
  const loop = async () => {
    while (performance.now() < end) {
      const start = performance.now();
      try {
        await read();
      } catch {
        errors++;
      }
      latencies.push(performance.now() - start);
    }
  };
  await Promise.all(Array.from({ length: connections }, loop));
  latencies.sort((a, b) => a - b);
  const at = (q: number) => Number(latencies[Math.floor(q * (latencies.length - 1))]!.toFixed(1));
  return {
    name,
    rps: latencies.length / seconds,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    errors,
  };
};
