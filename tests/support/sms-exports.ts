/**
 * Message exports built in the tests: an Android "SMS Backup & Restore" XML with Russian
 * and Chinese services, codes, notices, people and MMS, and a CSV as iPhone backup tools
 * write it. Planted strings (codes, bodies, people's numbers) must never be stored or printed.
 */

/** Codes, bodies and people's numbers in the fixtures: none may leave the reader. */
export const PLANTED_SMS = {
  codes: ['482913', '7391', '551208', '90412', '318845'],
  bodies: ['PLANTEDBODY', 'Мама пишет PLANTED', '晚上一起吃饭PLANTED'],
  numbers: ['+79161234567', '+79035550011', '+8613912345678', '89161234567']
} as const

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** 12 Nov 2025, 10:00 UTC, and days around it. */
const NOV12 = Date.UTC(2025, 10, 12, 10, 0, 0)
const DAY = 86_400_000

function sms(address: string, body: string, date: number, type = 1, contact = '(Unknown)'): string {
  return `  <sms protocol="0" address="${esc(address)}" date="${date}" type="${type}" subject="null" body="${esc(body)}" toa="null" sc_toa="null" service_center="null" read="1" status="-1" locked="0" date_sent="${date - 3000}" sub_id="1" readable_date="" contact_name="${esc(contact)}" />`
}

function mms(from: string, text: string, date: number, contact = '(Unknown)'): string {
  return `  <mms date="${date}" rr="null" sub="null" ct_t="application/vnd.wap.multipart.related" read_status="null" seen="1" msg_box="1" address="${esc(from)}" sub_cs="null" resp_st="null" retr_st="null" d_tm="null" text_only="1" exp="null" locked="0" m_id="null" st="null" retr_txt_cs="null" retr_txt="null" creator="null" date_sent="0" read="1" m_size="null" rpt_a="null" ct_cls="null" pri="null" sub_id="1" tr_id="null" resp_txt="null" ct_l="null" m_cls="null" d_rpt="null" v="18" _id="7" m_type="132" readable_date="" contact_name="${esc(contact)}">
    <parts>
      <part seq="-1" ct="application/smil" name="null" chset="null" cd="null" fn="null" cid="&lt;smil&gt;" cl="smil.xml" ctt_s="null" ctt_t="null" text="&lt;smil&gt;&lt;body&gt;&lt;/body&gt;&lt;/smil&gt;" />
      <part seq="0" ct="text/plain" name="null" chset="106" cd="null" fn="null" cid="&lt;text&gt;" cl="text000001.txt" ctt_s="null" ctt_t="null" text="${esc(text)}" />
      <part seq="0" ct="image/jpeg" name="photo.jpg" chset="null" cd="null" fn="null" cid="&lt;photo&gt;" cl="photo.jpg" ctt_s="null" ctt_t="null" text="null" data="/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDA==" />
    </parts>
    <addrs>
      <addr address="${esc(from)}" type="137" charset="106" />
      <addr address="+79990000000" type="151" charset="106" />
    </addrs>
  </mms>`
}

/** The Android export: the figures each test expects are noted beside the messages. */
export function androidSmsXml(): string {
  const [c1, c2, c3, c4, c5] = PLANTED_SMS.codes
  const lines = [
    // T-Bank: 3 codes (one from a sender typed with a Cyrillic "Т"), 1 notice.
    sms('Tinkoff', `Код для входа в Т-Банк: ${c1}. Никому не говорите код!`, NOV12 - 30 * DAY),
    sms('TINKOFF', `Никому не сообщайте этот код: ${c2}`, NOV12 - 2 * DAY),
    sms('Тinkoff', `Код подтверждения ${c3}. Не сообщайте его никому.`, NOV12),
    sms('Tinkoff', 'Покупка 4 500 ₽, карта *1234, баланс 12 345,67 ₽', NOV12 - 5 * DAY),
    // Ozon: a notice with an order number and a price, no code.
    sms('OZON', 'Заказ 12345678 доставлен 12.11.2025. Сумма 2490 руб.', NOV12 - 10 * DAY),
    // Gosuslugi: a code.
    sms('Gosuslugi', `Код подтверждения: ${c4}. Госуслуги`, NOV12 - 100 * DAY),
    // Chinese services by signature, from gateway numbers: WeChat code, Alipay notice, 12306.
    sms('1069012345678', `【微信】验证码：${c5}，用于登录，5分钟内有效。`, NOV12 - 20 * DAY),
    sms('10690000999', '您尾号1234的账户支出人民币2500.00元【支付宝】', NOV12 - 15 * DAY),
    sms('12306', '【铁路12306】订单E123456789已支付，2025年11月12日G101次。', NOV12 - 3 * DAY),
    // Unknown senders: a Latin name and a short code.
    sms('MYCLINIC', 'Напоминаем о записи к врачу 14.11 в 10:30', NOV12 - 1 * DAY),
    sms('4444', 'Ваш баланс 150 руб.', NOV12 - 1 * DAY),
    // People: named, unnamed, and the same person in two spellings.
    sms(PLANTED_SMS.numbers[0], PLANTED_SMS.bodies[1], NOV12 - 7 * DAY, 1, 'Мама'),
    sms(PLANTED_SMS.numbers[3], 'Перезвони мне', NOV12 - 6 * DAY, 1, 'Мама'),
    sms(PLANTED_SMS.numbers[1], PLANTED_SMS.bodies[0], NOV12 - 8 * DAY),
    // Sent by the old number: not counted.
    sms(PLANTED_SMS.numbers[1], 'Код 999888 не приходит', NOV12 - 8 * DAY, 2),
    sms('Gosuslugi', 'Sent draft', NOV12, 3),
    // MMS from a Chinese friend with a photo, and a MMS from a service.
    mms(PLANTED_SMS.numbers[2], PLANTED_SMS.bodies[2], NOV12 - 4 * DAY, '李雷'),
    mms('OZON', 'Скидки недели в Ozon!', NOV12 - 9 * DAY)
  ]
  return smsesXml(lines)
}

function smsesXml(lines: string[]): string {
  return `<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>
<!--File Created By SMS Backup & Restore v10.20.002 on 13/11/2025 09:00:00-->
<?xml-stylesheet type="text/xsl" href="sms.xsl"?>
<smses count="${lines.length}" backup_set="b1e1c4a6" backup_date="${NOV12 + DAY}" type="full">
${lines.join('\n')}
</smses>
`
}

/** An Android export of received messages, [sender, text] each, a day apart before 12 Nov 2025. */
export function androidSmsXmlOf(messages: ReadonlyArray<readonly [string, string]>): string {
  return smsesXml(messages.map(([sender, body], i) => sms(sender, body, NOV12 - i * DAY)))
}

/** A CSV of messages as iMazing writes it. */
export function iphoneSmsCsv(): string {
  const row = (cells: string[]): string => cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')
  return [
    row([
      'Chat Session',
      'Message Date',
      'Delivered Date',
      'Read Date',
      'Service',
      'Type',
      'Sender ID',
      'Sender Name',
      'Status',
      'Text',
      'Attachment'
    ]),
    row([
      'Sber',
      '2025-11-10 09:15:00',
      '',
      '',
      'SMS',
      'Incoming',
      'SberBank',
      '',
      'Read',
      `Код: ${PLANTED_SMS.codes[0]}. Никому его не сообщайте`,
      ''
    ]),
    row([
      'Sber',
      '2025-11-11 09:15:00',
      '',
      '',
      'SMS',
      'Incoming',
      'SberBank',
      '',
      'Read',
      'Перевод 1 000 р. Баланс 5 000 р.',
      ''
    ]),
    row([
      'Mom',
      '2025-11-11 19:00:00',
      '',
      '',
      'iMessage',
      'Incoming',
      PLANTED_SMS.numbers[0],
      'Mom',
      'Read',
      PLANTED_SMS.bodies[0],
      ''
    ]),
    row(['Mom', '2025-11-11 19:01:00', '', '', 'iMessage', 'Outgoing', '', '', 'Sent', 'ok', '']),
    row([
      'Alipay',
      '2025-11-12 08:00:00',
      '',
      '',
      'SMS',
      'Incoming',
      '95188',
      '',
      'Read',
      `【支付宝】校验码${PLANTED_SMS.codes[1]}，请勿泄露。`,
      ''
    ])
  ].join('\r\n')
}
