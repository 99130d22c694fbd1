// Run with tsx (see seedPaperFolder): Playwright's loader cannot load the core itself.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { makeAgreementPdf, makeReceiptPng } from '../../src/core/example-data/example-files'
import { UnlinkerCore } from '../../src/core/unlinker-core'
import type { MethodInput, MethodName, MethodOutput } from '../../src/shared/contract'
import type { Category } from '../../src/shared/domain/account-values'

/** What a printout of the seeded folder must hold. */
export interface PaperStore {
  caseId: string
  number: string
  accounts: string[]
  hashes: string[]
}

async function call<M extends MethodName>(
  core: UnlinkerCore,
  name: M,
  input: MethodInput<M>
): Promise<MethodOutput<M>> {
  const result = await core.call(name, input)
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`)
  return result.data as MethodOutput<M>
}

const SERVICES: Array<[string, Category]> = [
  ['Sber', 'bank'],
  ['T-Bank', 'bank'],
  ['Alfa-Bank', 'bank'],
  ['VTB', 'bank'],
  ['Raiffeisenbank', 'bank'],
  ['Gazprombank', 'bank'],
  ['Ozon Bank', 'bank'],
  ['YooMoney', 'payments'],
  ['QIWI', 'payments'],
  ['Alipay', 'payments'],
  ['Gosuslugi', 'government'],
  ['Tax service personal account', 'government'],
  ['Mos.ru', 'government'],
  ['Gmail', 'email'],
  ['Yandex Mail', 'email'],
  ['Mail.ru', 'email'],
  ['VK', 'social'],
  ['Odnoklassniki', 'social'],
  ['Weibo', 'social'],
  ['Telegram', 'messenger'],
  ['WhatsApp', 'messenger'],
  ['WeChat', 'messenger'],
  ['Viber', 'messenger'],
  ['Ozon', 'marketplace'],
  ['Wildberries', 'marketplace'],
  ['Avito', 'marketplace'],
  ['Taobao', 'marketplace'],
  ['Yandex Go', 'transport'],
  ['Russian Railways', 'transport'],
  ['Aeroflot', 'transport'],
  ['China Railway 12306', 'transport'],
  ['MTS personal account', 'telecom'],
  ['Beeline personal account', 'telecom'],
  ['Mosenergosbyt', 'utilities'],
  ['Housing office portal', 'utilities'],
  ['HeadHunter', 'work'],
  ['Corporate VPN', 'work'],
  ['Фитнес-клуб «Север»', 'other'],
  ['Библиотека имени Некрасова', 'other'],
  ['小区物业 app', 'other']
]

/**
 * A data folder with one cancelled number, 40 accounts (a third unlinked), six proofs (the
 * agreement, the receipt and a letter on the number, three screenshots on accounts) and
 * the archive exported from it to `archive`, in English.
 */
export async function seedPaper(dataDir: string, archive: string): Promise<PaperStore> {
  const files = await mkdtemp(join(tmpdir(), 'unlinker-paper-'))
  const core = await UnlinkerCore.open({ dataDir, mode: 'electron', version: '0.0.0-test' })
  try {
    const c = await call(core, 'createCase', {
      number: '+7 912 345-67-89',
      country: 'RU',
      carrier: 'mts',
      status: 'confirmed',
      channel: 'store',
      cancellationDate: '2026-11-02',
      reference: 'MTS-2026-771',
      replacementNumber: '+44 7911 123456'
    })
    const accounts = []
    for (const [i, [name, category]] of SERVICES.entries())
      accounts.push(
        await call(core, 'createAccount', {
          caseId: c.id,
          name,
          category,
          usages: ['login', 'sms2fa'],
          status: i % 3 === 0 ? 'unlinked' : 'todo'
        })
      )
    const proofs: Array<
      [string, Buffer, 'case' | 'account', string, MethodInput<'attachProof'>['kind']]
    > = [
      [
        'MTS termination agreement.pdf',
        makeAgreementPdf({
          number: c.display,
          carrier: 'MTS',
          reference: 'MTS-2026-771',
          date: '2026-11-02',
          holder: 'A. Petrova'
        }),
        'case',
        c.id,
        'agreement'
      ],
      [
        'Квитанция об оплате.png',
        makeReceiptPng({ lines: ['MTS', 'PAID 0.00 RUB'] }),
        'case',
        c.id,
        'receipt'
      ],
      [
        'letter from MTS.png',
        makeReceiptPng({ lines: ['The number is closed'] }),
        'case',
        c.id,
        'other'
      ],
      [
        'sber settings.png',
        makeReceiptPng({ lines: ['Sber: +44 7911 123456'] }),
        'account',
        accounts[0]!.id,
        'screenshot'
      ],
      [
        'gosuslugi profile.png',
        makeReceiptPng({ lines: ['Gosuslugi: new number'] }),
        'account',
        accounts[10]!.id,
        'screenshot'
      ],
      [
        '12306 账户.png',
        makeReceiptPng({ lines: ['12306 phone changed'] }),
        'account',
        accounts[30]!.id,
        'screenshot'
      ]
    ]
    const hashes: string[] = []
    for (const [name, bytes, ownerType, ownerId, kind] of proofs) {
      const path = join(files, name)
      await writeFile(path, bytes)
      const proof = await call(core, 'attachProof', {
        ownerType,
        ownerId,
        kind,
        note: '',
        source: { path },
        mediaType: ''
      })
      hashes.push(proof.sha256)
    }
    await core.archives.exportTo(archive, 'en')
    return {
      caseId: c.id,
      number: c.display,
      accounts: SERVICES.map(([name]) => name),
      hashes
    }
  } finally {
    await core.close()
    await rm(files, { recursive: true, force: true })
  }
}

const [, , dir, archive] = process.argv
if (dir && archive) {
  seedPaper(dir, archive).then(
    (store) => process.stdout.write(JSON.stringify(store)),
    (error: unknown) => {
      process.stderr.write(`${String(error)}\n`)
      process.exit(1)
    }
  )
}
