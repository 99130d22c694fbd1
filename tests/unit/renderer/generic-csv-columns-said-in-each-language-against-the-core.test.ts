import { mount } from '@vue/test-utils'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { appCatalog } from '../../../src/core/catalog/catalog'
import { matchCandidates } from '../../../src/core/discover/match-candidates'
import { parsePasswordExport } from '../../../src/core/discover/parse-export'
import GenericCsvNote from '../../../src/renderer/src/components/discover/GenericCsvNote.vue'
import { i18n, setLocale } from '../../../src/renderer/src/i18n'
import type { Discovery } from '../../../src/shared/domain/discovery'
import { PASSWORD_EXPORTS } from '../../support/password-export-zips'

/** What the core answers for a fixture (read here in-process, without the worker thread). */
async function found(file: string): Promise<Discovery> {
  const parsed = await parsePasswordExport(await readFile(join(PASSWORD_EXPORTS, file)))
  return matchCandidates(
    appCatalog(),
    parsed,
    [{ id: 'case-1', number: '+79123456789', country: 'RU' }],
    []
  )
}

function shown(discovery: Discovery): string {
  if (!discovery.columns) throw new Error(`${discovery.format} was not read as a generic CSV`)
  const wrapper = mount(GenericCsvNote, {
    props: { columns: discovery.columns },
    global: { plugins: [i18n] }
  })
  const text = wrapper.find('[data-generic-csv]').text()
  wrapper.unmount()
  return text
}

describe('a file read as a generic CSV says so, and names the columns it used', () => {
  afterAll(() => setLocale('en'))

  it('in English, Russian and Chinese, for headers in each of them', async () => {
    const english = await found('other-tool.csv')
    const russian = await found('generic-ru.csv')
    const chinese = await found('generic-zh.csv')
    await setLocale('en')
    expect(shown(english)).toMatch(/^Read as a generic CSV/)
    expect(shown(english)).toContain(
      'addresses from “URL”, names from “Title”, and logins from “Username”'
    )
    await setLocale('ru')
    expect(shown(russian)).toMatch(/^Прочитан как обычный CSV/)
    expect(shown(russian)).toContain('адреса из «Сайт», названия из «Название» и логины из «Логин»')
    await setLocale('zh-CN')
    expect(shown(chinese)).toMatch(/^已按通用 CSV 读取/)
    expect(shown(chinese)).toContain('网址取自“网址”、名称取自“名称”和登录名取自“用户名”')
  })

  it('leaves out a column the file does not have', async () => {
    await setLocale('en')
    const text = shown({
      columns: { url: 'Website', name: null, login: 'E-mail' }
    } as Discovery)
    expect(text).toContain('addresses from “Website” and logins from “E-mail”')
    expect(text).not.toContain('names from')
  })
})
