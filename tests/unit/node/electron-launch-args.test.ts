import { describe, expect, it } from 'vitest'
import { dataDirFromArgs, withoutDataArg } from '../../../src/main/launch-args'

describe('the data folder on the command line', () => {
  it.each([
    [['electron', '.', '--data=/tmp/a'], '/tmp/a'],
    [['electron', '.', '--data', '/tmp/b'], '/tmp/b'],
    [['unlinker', '--data=/tmp/c d', '--inspect'], '/tmp/c d'],
    [['unlinker', '--data'], undefined],
    [['unlinker', '--database=x'], undefined],
    [['unlinker'], undefined]
  ])('%j → %s', (argv, dir) => {
    expect(dataDirFromArgs(argv)).toBe(dir)
  })

  it('is dropped, in both spellings, to relaunch on another folder', () => {
    expect(withoutDataArg(['.', '--data=/old', '--flag'])).toEqual(['.', '--flag'])
    expect(withoutDataArg(['.', '--data', '/old', '--flag'])).toEqual(['.', '--flag'])
    expect(withoutDataArg(['.', '--flag'])).toEqual(['.', '--flag'])
  })
})
