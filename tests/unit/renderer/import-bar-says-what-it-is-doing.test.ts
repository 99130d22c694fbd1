import { mount } from '@vue/test-utils'
import { afterAll, describe, expect, it } from 'vitest'
import ImportProgress from '../../../src/renderer/src/components/discover/ImportProgress.vue'
import { i18n, setLocale } from '../../../src/renderer/src/i18n'
import type { Job } from '../../../src/shared/domain/job'

function job(stage: Job['stage'], done: number, total: number): Job {
  return {
    id: 'job-1',
    kind: 'discoverAccounts',
    state: 'running',
    stage,
    done,
    total,
    error: null,
    result: null
  }
}

function shown(value: Job): { text: string; percent: string | undefined } {
  const wrapper = mount(ImportProgress, { props: { job: value }, global: { plugins: [i18n] } })
  const text = wrapper.find('p').text()
  const percent = wrapper.find('[role="progressbar"]').attributes('aria-valuenow')
  wrapper.unmount()
  return { text, percent }
}

describe('the import bar', () => {
  afterAll(() => setLocale('en'))

  it('says the file is being read, with how much of it', async () => {
    await setLocale('en')
    expect(shown(job('reading', 35, 100))).toEqual({ text: 'Reading the file…', percent: '35' })
  })

  it('counts matched entries, grouped as the language writes numbers', async () => {
    await setLocale('en')
    expect(shown(job('matching', 12_500, 50_000))).toEqual({
      text: 'Matching entries with known services: 12,500 of 50,000',
      percent: '25'
    })
    await setLocale('ru')
    expect(shown(job('matching', 12_500, 50_000)).text).toMatch(
      /^Сопоставляем записи с известными сервисами: 12\s500 из 50\s000$/
    )
    await setLocale('zh-CN')
    expect(shown(job('matching', 3, 4)).text).toBe('正在与已知服务匹配：3 / 4')
  })
})
