import { expect, type Locator, type Page } from '@playwright/test'

/** The Communique window as a user sees it: library on the left, reader or comparison beside it. */
export class AppPage {
  readonly folderName: Locator
  readonly libraryList: Locator
  readonly filter: Locator
  readonly reader: Locator
  readonly comparison: Locator

  constructor(readonly page: Page) {
    this.folderName = page.getByTestId('folder-name')
    this.libraryList = page.getByTestId('library-list')
    this.filter = page.getByTestId('library-filter')
    this.reader = page.getByTestId('reader')
    this.comparison = page.getByTestId('comparison')
  }

  document(path: string): Locator {
    return this.page.getByTestId(`document-${path}`)
  }

  async read(path: string): Promise<void> {
    // A document can be opened once it is read: the folder is read in the background.
    await expect(this.document(path).getByTestId('select-for-compare')).toBeVisible({ timeout: 20_000 })
    await this.document(path).click()
    await expect(this.reader.getByTestId('reader-title')).toBeVisible()
  }

  /** Ticks the documents (the first is the base) and compares them. */
  async compare(...paths: string[]): Promise<void> {
    for (const path of paths) await this.document(path).getByTestId('select-for-compare').check()
    await this.page.getByTestId('compare-selected').click()
    const firstRow = paths.length === 2 ? 'comparison-row' : 'multi-row'
    await expect(this.comparison.getByTestId(firstRow).first()).toBeVisible()
  }

  async openFolderByPath(path: string): Promise<void> {
    await this.page.getByTestId('open-folder').click()
    const dialog = this.page.getByTestId('open-folder-dialog')
    await dialog.getByTestId('folder-path').fill(path)
    await dialog.getByTestId('folder-open-submit').click()
  }
}
