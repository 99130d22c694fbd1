import nodeConsole from 'node:console'
import { createServer } from 'node:http'
import { mkdir, writeFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import en from '../../../locales/en.json'
import ru from '../../../locales/ru.json'
import zhCN from '../../../locales/zh-CN.json'
import type { MethodName } from '../../../src/shared/method-names'
import type { Result } from '../../../src/shared/result'
import { startWebServer, type RunningWebServer } from '../../../src/web/web-server'
import { openCore } from '../../support/open-core'
import { beforeCleanup, tempDir } from '../../support/temp-dir'

/**
 * Web mode's carrier against the real web server (a real core on a temp folder): what
 * the user reads when the server refuses the page, or when something answers that is
 * not the app. The page's address is set to the server's, as a browser tab would have it.
 */
const LANGUAGES = [
  ['en', en],
  ['ru', ru],
  ['zh-CN', zhCN]
] as const

let server: RunningWebServer

function openPageAt(port: number): void {
  // happy-dom's own api: the tab's address, which relative requests resolve against.
  ;(window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
    `http://127.0.0.1:${port}/`
  )
}

/**
 * A freshly loaded page holding this token (or none): the carrier reads it once, when its
 * module loads, from the tab's storage, as after a reload.
 */
async function pageWithToken(token: string | null, language: string) {
  vi.resetModules()
  sessionStorage.clear()
  if (token !== null) sessionStorage.setItem('unlinker-token', token)
  const { sendOverHttp } = await import('../../../src/renderer/src/api/http-carrier')
  const { setLocale } = await import('../../../src/renderer/src/i18n')
  await setLocale(language as 'en')
  return sendOverHttp
}

/**
 * The page reports each failed request in its console, as a browser does; kept here and
 * checked instead of printed. happy-dom writes to Node's own console, not the test's.
 */
function browserConsole(): string[] {
  const lines: string[] = []
  vi.spyOn(nodeConsole, 'error').mockImplementation((...parts: unknown[]) => {
    lines.push(parts.map(String).join(' '))
  })
  return lines
}

function refusal(answer: Result<unknown>): string {
  expect(answer.ok).toBe(false)
  return answer.ok ? '' : answer.error.message
}

// Each test its own server and folder: the temp folders go after every test.
beforeEach(async () => {
  const dir = await tempDir()
  const rendererDir = join(dir, 'renderer')
  await mkdir(rendererDir)
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Unlinker</title>')
  const core = await openCore(join(dir, 'data'))
  server = await startWebServer({ core, rendererDir })
  beforeCleanup(() => server.close())
})

afterEach(() => {
  vi.restoreAllMocks()
})

describe('web mode, what the page says when the server does not answer as the app', () => {
  it('with the printed token, a call reaches the core', async () => {
    openPageAt(server.port)
    const send = await pageWithToken(server.token, 'en')
    expect(await send('listCases', {})).toEqual({ ok: true, data: [] })
  })

  it.each([
    ['a wrong token', 'not-the-token'],
    ['no token', null]
  ])('with %s, says access is refused, in the app language', async (_label, token) => {
    openPageAt(server.port)
    const logged = browserConsole()
    for (const [language, messages] of LANGUAGES) {
      const send = await pageWithToken(token, language)
      expect(refusal(await send('listCases', {}))).toBe(messages.errors.accessRefused)
    }
    expect(logged.join('\n')).toContain('403')
  })

  it('answered without JSON by the server, says the answer was unexpected and its status', async () => {
    openPageAt(server.port)
    const logged = browserConsole()
    for (const [language, messages] of LANGUAGES) {
      const send = await pageWithToken(server.token, language)
      // An address outside /api/: the server answers 405 with no body.
      const answer = await send('../listCases' as MethodName, {})
      expect(refusal(answer)).toBe(messages.errors.unexpectedAnswer.replace('{status}', '405'))
    }
    expect(logged.join('\n')).toContain('405')
  })

  it('answered by another program on the port, says the answer was unexpected and its status', async () => {
    const other = createServer((_req, res) => {
      res.writeHead(502, { 'content-type': 'text/html' }).end('<h1>Bad gateway</h1>')
    })
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve))
    beforeCleanup(() => new Promise<void>((resolve) => other.close(() => resolve())))
    openPageAt((other.address() as AddressInfo).port)
    const logged = browserConsole()
    for (const [language, messages] of LANGUAGES) {
      const send = await pageWithToken(server.token, language)
      expect(refusal(await send('listCases', {}))).toBe(
        messages.errors.unexpectedAnswer.replace('{status}', '502')
      )
    }
    expect(logged.join('\n')).toContain('502')
  })
})
