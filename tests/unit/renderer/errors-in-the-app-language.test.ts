import nodeConsole from 'node:console'
import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { describe, expect, it, vi } from 'vitest'
import en from '../../../locales/en.json'
import ru from '../../../locales/ru.json'
import zhCN from '../../../locales/zh-CN.json'
import { localiseError, type ShownError } from '../../../src/renderer/src/api/error-text'
import { sendOverHttp } from '../../../src/renderer/src/api/http-carrier'
import { i18n, setLocale } from '../../../src/renderer/src/i18n'
import { ERROR_CODES } from '../../../src/shared/result'

describe('an error the user reads', { timeout: 30_000 }, () => {
  it('has a message of its own for every error code, in every language', () => {
    for (const messages of [en, ru, zhCN])
      for (const code of ERROR_CODES)
        expect((messages.errors as Record<string, string>)[code], code).toBeTruthy()
  })

  it('comes from main in English and is shown by its code in Russian and Chinese', async () => {
    const fromMain = {
      code: 'invalidInput' as const,
      message: 'Not a valid phone number for this country.',
      fields: { number: 'must be an international number like +79123456789' }
    }
    await setLocale('en')
    expect(localiseError(fromMain).message).toBe(fromMain.message)
    for (const [locale, messages] of [
      ['ru', ru],
      ['zh-CN', zhCN]
    ] as const) {
      await setLocale(locale)
      const shown: ShownError = localiseError(fromMain)
      expect(shown.message).toBe(messages.errors.invalidInput)
      expect(shown.fields?.number).toBe(messages.errors.invalidField)
      // Main's own words stay with it as a detail, never as what is shown.
      expect(shown.detail).toBe(fromMain.message)
    }
  })

  it('that the renderer meets itself (no answer from the server) is in the app language, without backticks', async () => {
    await setLocale('ru')
    // A port just bound and closed: nothing listens there, so the request really fails
    // (the default page address, port 3000, might be some other program's).
    const port = await closedPort()
    ;(window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
      `http://127.0.0.1:${port}/`
    )
    // The page reports the failed request in its console, as a browser does; happy-dom
    // writes it to Node's own console. Kept and checked here rather than printed.
    const logged: string[] = []
    vi.spyOn(nodeConsole, 'error').mockImplementation((...parts: unknown[]) => {
      logged.push(parts.map(String).join(' '))
    })
    const answer = await sendOverHttp('listCases', {})
    vi.restoreAllMocks()
    expect(logged.join('\n')).toContain(`ECONNREFUSED 127.0.0.1:${port}`)
    expect(answer.ok).toBe(false)
    if (answer.ok) return
    expect(answer.error.message).toBe(i18n.global.t('errors.unreachable'))
    expect(answer.error.message).toMatch(/[а-я]/)
    expect(answer.error.message).not.toContain('`')
    // Already in the user's language: a second pass leaves it as it is.
    expect(localiseError(answer.error).message).toBe(answer.error.message)
  })
})

function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.on('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo
      probe.close(() => resolve(port))
    })
  })
}
