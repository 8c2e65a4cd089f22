/**
 * The longest gap between ticks of the main thread's event loop while `work` runs: how long the
 * thread answered nothing else. Work done in a worker thread leaves it short.
 */
export async function longestStall(work: Promise<unknown>): Promise<number> {
  let last = performance.now()
  let longest = 0
  const timer = setInterval(() => {
    const now = performance.now()
    longest = Math.max(longest, now - last)
    last = now
  }, 5)
  try {
    await work
  } finally {
    clearInterval(timer)
  }
  return longest
}
