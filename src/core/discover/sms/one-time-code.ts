/**
 * Whether a message looks like a one-time code: a code word in Russian, Chinese or
 * English near a number of 4 to 8 digits that stands alone. A number that is a price or
 * an amount (a currency next to it), a date or time, a year, or part of a phone number
 * is not a code, whatever words are near it. Only the yes or no is kept, never the code.
 */

/** Code words, lower case. Chinese needs no word boundaries. */
const CODE_WORDS =
  /(验证码|校验码|动态码|动态密码|确认码|短信码|登录码|安全码|(?<!\p{L})(?:код|парол)\p{L}*|(?<!\p{L})(?:code|codes|passcode|otp|pin|password|verification)(?!\p{L}))/giu

/** How far apart (in characters) a code word and its number may be. */
const NEAR = 40

/** A run of digits, possibly with a dash or space inside, as codes are sometimes split ("123-456"). */
const NUMBER = /\d+(?:[ -]\d{3,4}(?!\d))*/g

const CURRENCY_BEFORE = /(?:[$€£¥₽]|rub|usd|eur|cny|rmb|руб\.?|р\.)\s*$/iu
const CURRENCY_AFTER =
  /^\s*(?:[$€£¥₽元]|(?:rub|usd|eur|cny|rmb|р)(?!\p{L})|руб|р\.|тыс|коп|万|块|美元|人民币)/iu
const YEAR_AFTER = /^\s*(?:г(?!\p{L})|год|year|年)/iu
const UNIT_AFTER =
  /^\s*(?:%|шт|мин|min|分钟|秒|кг|kg|km|км|bonus|points?|pts|бонус|балл|очк|积分)/iu

function isCandidate(text: string, start: number, digits: string, raw: string): boolean {
  if (digits.length < 4 || digits.length > 8) return false
  // A split number counts only as two or three groups of 3 (123-456, 123 456 789 is a phone).
  if (raw !== digits && !/^\d{3}[ -]\d{3}$|^\d{4}[ -]\d{4}$/.test(raw)) return false
  const before = text.slice(Math.max(0, start - 12), start)
  const after = text.slice(start + raw.length, start + raw.length + 12)
  // Part of a date, time, decimal, phone number or longer figure: 12.11.2024, 10:30, +7 912…
  if (/[\d][.,:/]$|[+#№*]\s*$|[.,:/]$/.test(before)) return false
  // A card's or account's last digits: *1234, 尾号1234, ending in 1234.
  if (/(?:尾号|ending(?: in)?|оканчивающ\p{L}*)\s*$/iu.test(before)) return false
  if (/^[.,:/]\d/.test(after)) return false
  if (/^\s*[-–]\s*\d/.test(after) || /\d\s*[-–]\s*$/.test(before)) return false
  if (CURRENCY_BEFORE.test(before) || CURRENCY_AFTER.test(after)) return false
  if (YEAR_AFTER.test(after) || UNIT_AFTER.test(after)) return false
  // A year on its own, in a sentence about dates: "в 2024", "in 2025".
  if (/^(19|20)\d\d$/.test(digits) && /(?<!\p{L})(?:в|in|с|до|since|за)\s*$/iu.test(before))
    return false
  return true
}

export function looksLikeOneTimeCode(body: string): boolean {
  const text = body.slice(0, 2000)
  const words: number[] = []
  for (const m of text.matchAll(CODE_WORDS)) words.push(m.index, m.index + m[0].length)
  if (words.length === 0) return false
  for (const m of text.matchAll(NUMBER)) {
    const raw = m[0]
    const start = m.index
    // The number is the whole run of digits: part of a longer one (a phone number) is not a code.
    if (/\d/.test(text[start - 1] ?? '') || /\d/.test(text[start + raw.length] ?? '')) continue
    if (!isCandidate(text, start, raw.replace(/\D/g, ''), raw)) continue
    const end = start + raw.length
    const near = words.some((w) => (w <= start ? start - w <= NEAR : w - end <= NEAR))
    if (near) return true
  }
  return false
}
