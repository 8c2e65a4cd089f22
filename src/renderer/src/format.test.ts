import { describe, expect, it } from 'vitest'
import { formatCountShort } from './format'

describe('formatCountShort', () => {
  it('writes counts below 10,000 in full', () => {
    expect(formatCountShort(0)).toBe('0')
    expect(formatCountShort(7)).toBe('7')
    expect(formatCountShort(9_999)).toBe('9,999')
  })

  it('shortens larger counts to at most four characters', () => {
    expect(formatCountShort(20_168)).toBe('20K')
    expect(formatCountShort(123_456)).toBe('123K')
    expect(formatCountShort(1_234_567)).toBe('1.2M')
    for (const count of [10_000, 99_999, 999_999, 45_000_000]) expect(formatCountShort(count).length).toBeLessThanOrEqual(4)
  })
})
