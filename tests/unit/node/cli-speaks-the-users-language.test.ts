import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { SpokenIo } from '../../../src/cli/cli-io'
import { sayIn } from '../../../src/cli/cli-text'
import { terminalProgress } from '../../../src/cli/progress'
import { COMMANDS } from '../../../src/cli/usage'
import { writeZip } from '../../support/crafted-archives'
import { closeCore, must, openCore } from '../../support/open-core'
import { unlinker, unlinkerWith, type CliAnswer } from '../../support/run-cli'
import { tempDir } from '../../support/temp-dir'

const BITWARDEN = join(__dirname, '../../fixtures/exports/bitwarden-leaving-russia.json')
const RUSSIAN = { env: { LANG: 'ru_RU.UTF-8' } }

/**
 * An English sentence in what the command line printed: three lowercase Latin words in a
 * row, or a word our English sentences start with. Paths, options, placeholders and file
 * names are names, not sentences, and are taken out first.
 */
function englishIn(text: string): string[] {
  const names = text
    .replace(/\S*\/\S*/g, ' ')
    .replace(/--?[\w-]+/g, ' ')
    .replace(/\b[A-Z][A-Z0-9_]+\b/g, ' ')
    .replace(/\b\w+\.(html|json|zip|ics)\b/g, ' ')
  const runs = names.match(/\b[a-z]{2,}[ ,;:]+[a-z]{2,}[ ,;:]+[a-z]{2,}\b/g) ?? []
  const starts =
    names.match(
      /\b(The|This|Wrote|Read|Dry|Nothing|Added|Intact|Checked|Left|Note|Unknown|Usage|Commands|Options|Exit|Restored|Example|Started|There|Stopped|Press|Open|Senders|Already|Not)\b/g
    ) ?? []
  return [...runs, ...starts]
}

function said(answer: CliAnswer): string {
  return `${answer.out}\n${answer.err}`
}

async function notAnArchive(dir: string): Promise<string> {
  const path = join(dir, 'holiday-photos.zip')
  await writeZip(path, [
    { name: 'IMG_0001.jpg', data: Buffer.from('not really a photo') },
    { name: 'notes.txt', data: Buffer.from('a zip that Unlinker never wrote') }
  ])
  return path
}

describe('the command line in the user’s language', { timeout: 120_000 }, () => {
  it('with LANG=ru_RU.UTF-8 prints no English sentence, from help to verify', async () => {
    const dir = await tempDir()
    const data = join(dir, 'data')
    const archive = join(dir, 'proofs.zip')
    const answers = {
      help: await unlinkerWith(RUSSIAN, '--help'),
      exportHelp: await unlinkerWith(RUSSIAN, 'export', '--help'),
      demo: await unlinkerWith(RUSSIAN, 'demo', '--data', data),
      exported: await unlinkerWith(RUSSIAN, 'export', '--data', data, '--out', archive),
      verified: await unlinkerWith(RUSSIAN, 'verify', archive),
      notArchive: await unlinkerWith(RUSSIAN, 'verify', await notAnArchive(dir)),
      discovered: await unlinkerWith(RUSSIAN, 'discover', BITWARDEN, '--data', data),
      plan: await unlinkerWith(RUSSIAN, 'plan', '--data', data),
      calendar: await unlinkerWith(
        RUSSIAN,
        'calendar',
        '--data',
        data,
        '--out',
        join(dir, 'a.ics')
      ),
      noOut: await unlinkerWith(RUSSIAN, 'export', '--data', data),
      badOption: await unlinkerWith(RUSSIAN, 'verify', '--no-such-option'),
      badLang: await unlinkerWith(RUSSIAN, 'export', '--out', archive, '--lang', 'fr')
    }
    expect(answers.help.out).toMatch(/^Использование: unlinker <команда> \[параметры\]/)
    for (const answer of Object.values(answers)) expect(said(answer)).not.toMatch(/\bcli\.\w/)
    expect(answers.exported.out).toContain('Проверено: каждый файл совпадает с SHA256SUMS')
    expect(answers.verified.out).toMatch(/^Архив цел: 6 файлов/)
    expect(answers.notArchive.out).toMatch(/^Это не архив Unlinker\./)
    expect(answers.notArchive.code).toBe(5)
    expect(answers.discovered.out).toContain('Пробный запуск: ничего не изменено.')
    expect(answers.plan.out).toContain('Начать до')
    expect(answers.badOption.err).toMatch(/^Неизвестный параметр --no-such-option\./)
    expect(answers.badLang.code).toBe(2)
    for (const [what, answer] of Object.entries(answers))
      expect(englishIn(said(answer)), `${what}: ${said(answer)}`).toEqual([])
    // The report in the archive is Russian too: the language decided the export's.
    expect(answers.exported.code).toBe(0)
  })

  it('takes --lang zh for zh-CN, then the folder’s saved language, then LANG', async () => {
    const data = join(await tempDir(), 'data')
    expect((await unlinker('demo', '--data', data)).code).toBe(0)
    const zh = await unlinkerWith(RUSSIAN, 'verify', '--lang', 'zh', 'missing.zip')
    expect(zh.err).toMatch(/^unlinker: 无法使用此归档/)
    expect(englishIn(said(zh))).toEqual([])
    const help = await unlinkerWith(RUSSIAN, 'catalog', '--help', '--lang', 'zh-CN')
    expect(help.out).toMatch(/^用法：unlinker catalog \[--search TEXT\] \[--json\]/)

    // The app was set to Chinese in this folder: LANG=ru gives way to it.
    const core = await openCore(data)
    await must(core, 'setPreferences', { language: 'zh-CN' })
    await closeCore(core)
    const saved = await unlinkerWith(RUSSIAN, 'demo', '--data', data)
    expect(saved.err).toMatch(/^unlinker: [^a-zA-Z]/)
    expect(saved.err).not.toMatch(/[а-яА-Я]/)
    // Without any of them: English.
    expect((await unlinker('--help')).out).toMatch(/^Usage: unlinker <command> \[options\]/)
  })

  it('answers --help for every command, with the options that command reads', async () => {
    for (const [name, { synopsis, options }] of Object.entries(COMMANDS)) {
      for (const args of [
        [name, '--help'],
        [name, '-h'],
        ['help', name]
      ]) {
        const answer = await unlinker(...args)
        expect(answer.code, args.join(' ')).toBe(0)
        expect(answer.err).toBe('')
        expect(answer.out.split('\n')[0]).toBe(`Usage: unlinker ${name} ${synopsis}`)
        for (const option of options) expect(answer.out, name).toContain(`--${option}`)
        // Every line is said, none left as a message key.
        expect(answer.out, name).not.toMatch(/cli\.help\./)
      }
    }
  })

  it('lines up the catalog’s columns by the width a terminal draws, Chinese names included', async () => {
    const { out } = await unlinker('catalog', '--lang', 'zh', '--search', 'bank')
    const lines = out.trim().split('\n').slice(0, -1)
    expect(lines.length).toBeGreaterThan(5)
    expect(lines.some((line) => /[\u4e00-\u9fff]/.test(line))).toBe(true)
    // A CJK character takes two columns, everything else here one: every id starts at
    // column 37, or one space after a name wider than its column.
    const columns = (text: string): number =>
      [...text].reduce((n, ch) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0)
    for (const line of lines) {
      // From the end: sources, the SMS mark (or spaces), roles, category, then the id.
      const tokens = line.trim().split(/\s+/)
      const id = tokens[tokens.length - (tokens.at(-2) === 'SMS' ? 5 : 4)]!
      const name = line.slice(0, line.lastIndexOf(` ${id} `) + 1)
      expect(columns(name), line).toBe(Math.max(37, columns(name.trimEnd()) + 1))
    }
  })

  it('shows progress on a terminal in the language spoken, sizes in its units', () => {
    let shown = ''
    const terminal = { isTTY: true, write: (text: string) => ((shown += text), Promise.resolve()) }
    const io: SpokenIo = {
      stdout: terminal,
      stderr: terminal,
      env: {},
      interrupts: () => new AbortController().signal,
      language: 'ru',
      say: sayIn('ru')
    }
    const meter = terminalProgress(io.say('progress.exporting'), io)
    meter.update(1536, 3072)
    expect(shown).toContain('Экспорт 50% (1,5 КБ из 3 КБ)')
  })
})
