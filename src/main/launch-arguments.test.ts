import { describe, expect, it } from 'vitest'
import { launchPaths } from './launch-arguments'

describe('launchPaths', () => {
  it('takes what follows the app, resolved against where it was launched', () => {
    expect(launchPaths(['/opt/Communique/communique', 'statements', '/tmp/b.txt'], '/home/analyst', true)).toEqual(['/home/analyst/statements', '/tmp/b.txt'])
    expect(launchPaths(['/usr/bin/electron', '.', 'a.txt', 'b.txt'], '/work', false)).toEqual(['/work/a.txt', '/work/b.txt'])
  })

  it("leaves out the switches a second instance's command line carries", () => {
    const argv = ['/opt/Communique/communique', '--allow-file-access-from-files', '--original-process-start-time=13370000', '/data/folder']
    expect(launchPaths(argv, '/', true)).toEqual(['/data/folder'])
    expect(launchPaths(['/opt/Communique/communique'], '/', true)).toEqual([])
  })
})
