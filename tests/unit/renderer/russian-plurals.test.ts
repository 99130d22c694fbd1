import { describe, expect, it } from 'vitest'
import { russianChoice } from '../../../src/renderer/src/i18n'

describe('Russian plural forms', () => {
  it.each([
    [1, 0],
    [21, 0],
    [101, 0],
    [2, 1],
    [4, 1],
    [22, 1],
    [0, 2],
    [5, 2],
    [11, 2],
    [12, 2],
    [14, 2],
    [25, 2],
    [111, 2]
  ])('%i takes form %i of three', (count, form) => {
    expect(russianChoice(count, 3)).toBe(form)
  })
})
