import { execFile } from 'node:child_process'
import { createWriteStream } from 'node:fs'
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
const MB = 1024 * 1024
const SIZE = 300 * MB

const SENDERS = ['Tinkoff', 'OZON', 'Gosuslugi', 'SberBank', 'MegaFon', 'YANDEX', 'MYCLINIC', '900']
const BODIES = [
  'Код для входа: 482913. Никому не сообщайте его.',
  'Покупка 4 500 ₽, карта *1234, баланс 12 345,67 ₽',
  'Заказ 12345678 доставлен 12.11.2025. Сумма 2490 руб.',
  '【微信】验证码：318845，用于登录，5分钟内有效。'
]
/** About 48 KB of base64, as a phone photo's part in an MMS is (smaller than most). */
const PHOTO = Buffer.alloc(36 * 1024, 7).toString('base64')

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;')

/** An SMS Backup & Restore file of about `size` bytes: SMS from services and people, some MMS. */
export async function writeAndroidXml(path: string, size: number): Promise<void> {
  const out = createWriteStream(path, { highWaterMark: MB })
  const write = async (text: string): Promise<void> => {
    if (!out.write(text)) await new Promise<void>((resolve) => out.once('drain', resolve))
  }
  await write(
    "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count=\"0\" type=\"full\">\n"
  )
  let written = 0
  let date = Date.UTC(2019, 0, 1)
  for (let i = 0; written < size; i++) {
    date += 60_000
    let line: string
    if (i % 200 === 199) {
      line = `  <mms date="${date}" msg_box="1" address="+7916${String(i % 9000000).padStart(7, '0')}" contact_name="(Unknown)"><parts><part seq="0" ct="text/plain" text="Фото с дачи" /><part seq="1" ct="image/jpeg" text="null" data="${PHOTO}" /></parts><addrs><addr address="+7916${String(i % 9000000).padStart(7, '0')}" type="137" charset="106" /></addrs></mms>\n`
    } else {
      const sender =
        i % 10 === 0 ? `+7903${String(i % 1000).padStart(7, '0')}` : SENDERS[i % SENDERS.length]!
      const body = BODIES[i % BODIES.length]!
      line = `  <sms protocol="0" address="${esc(sender)}" date="${date}" type="${i % 7 === 0 ? 2 : 1}" subject="null" body="${esc(body)}" toa="null" sc_toa="null" service_center="+79168999100" read="1" status="-1" locked="0" date_sent="${date}" sub_id="1" readable_date="" contact_name="(Unknown)" />\n`
    }
    written += Buffer.byteLength(line)
    await write(line)
  }
  await write('</smses>\n')
  await new Promise<void>((resolve, reject) =>
    out.end((e?: Error | null) => (e ? reject(e) : resolve()))
  )
}

/**
 * A 300 MB Android SMS backup read by the built command line (`unlinker discover FILE
 * --json`, so the worker is the app's own bundle: streamed and matched against the
 * catalog), in its own process so the peak memory is the import's. The seconds include
 * the command's start.
 */
export async function smsBench(): Promise<Record<string, number>> {
  const root = await mkdtemp(join(tmpdir(), 'unlinker-bench-sms-'))
  try {
    const file = join(root, 'sms-backup.xml')
    await writeAndroidXml(file, SIZE)
    const bytes = (await stat(file)).size
    const cli = join(__dirname, '../out/main/cli.js')
    const start = process.hrtime.bigint()
    const { stdout, stderr } = await run(
      process.execPath,
      [
        '--require',
        join(__dirname, 'peak-rss.cjs'),
        cli,
        'discover',
        file,
        '--data',
        join(root, 'data'),
        '--json'
      ],
      { maxBuffer: 16 * MB }
    )
    const seconds = Number(process.hrtime.bigint() - start) / 1e9
    const found = JSON.parse(stdout) as { messages?: { read: number } }
    const { peakRssMb } = JSON.parse(stderr.trim().split('\n').pop() ?? '{}') as {
      peakRssMb: number
    }
    return {
      'sms.fileMB': bytes / MB,
      'sms.messages': found.messages?.read ?? 0,
      'sms.seconds': seconds,
      'sms.throughputMBps': bytes / MB / seconds,
      'sms.peakRssMB': peakRssMb
    }
  } finally {
    await rm(root, { recursive: true, force: true })
  }
}
