import type { Page } from '@playwright/test'

/**
 * The scripts the page loads (its own and its workers'), each with its text: what runs where, so
 * that a spec can check that work meant for a worker is not in the window's bundle.
 */
export function scriptsOf(page: Page): Map<string, Promise<string>> {
  const scripts = new Map<string, Promise<string>>()
  page.context().on('response', (response) => {
    if (response.url().endsWith('.js')) scripts.set(response.url(), response.text())
  })
  return scripts
}

/** The window's scripts and the comparison worker's, as loaded so far. */
export async function windowAndWorker(scripts: Map<string, Promise<string>>): Promise<{ window: string[]; worker: string[] }> {
  const loaded = await Promise.all([...scripts].map(async ([url, body]) => ({ url, text: await body })))
  return {
    window: loaded.filter(({ url }) => !url.includes('.worker')).map(({ text }) => text),
    worker: loaded.filter(({ url }) => url.includes('compare.worker')).map(({ text }) => text),
  }
}
