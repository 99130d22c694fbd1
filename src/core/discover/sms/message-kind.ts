import { looksLikeOneTimeCode } from './one-time-code'

/**
 * What a message says about the number's tie to its sender: a one-time code (the number
 * signs in or confirms), an account notice (a payment, a delivery, a login alert), or an
 * advertisement (a sale, a bonus balance, a loan "already approved"): the last only says
 * the sender has the number on a mailing list, not that an account depends on it.
 */
export type MessageKind = 'code' | 'notice' | 'advert'

/**
 * Marks of marketing in Russian, Chinese and English, lower case. China's rules make
 * marketing texts offer an opt-out (回T退订, 拒收请回复R), which alone settles it; the
 * rest are the words a sale, a promotion or a bonus balance is written in.
 */
const ADVERT_MARKS: readonly RegExp[] = [
  // Chinese opt-out formulas and promotion words.
  /回\s*t\s*d?\s*退订|退订\s*回\s*t|拒收请回复\s*r|回复\s*td?\s*退订|退订请回/iu,
  /优惠券|优惠|折扣|低至\s*\d|\d+\s*折|特价|促销|限时|秒杀|红包|福利|会员日|积分.{0,6}(?:到期|清零|兑换)|抽奖|免费领|大促/u,
  // Russian: sales, promo codes, cashback and bonus balances, pre-approved loans, opt-outs.
  /скидк|распродаж|промокод|акци[яю](?!\p{L})|спецпредложени|кэшбэк|кешбэк|cashback|выгодн|подар(?:ок|ки|ит)|бонус(?:ы|ов|ами|ный сч[её]т|ных)|баллов|балл[аы]?\s|только сегодня|успейте|предложение для вас|(?:вам|для вас)\s+(?:предварительно\s+)?одобрен|отписаться|отказаться от рассылки|откл(?:ючить)?\s+рассылк/iu,
  // English: sales, offers, reward balances, opt-outs.
  /\bsale\b|\d+\s*%\s*off|\bdiscount|\bpromo(?:tion|\s*code)?\b|\bcoupon|limited time|special offer|exclusive offer|reward points|bonus points|loyalty points|reply stop|text stop|\bunsubscribe|\bopt[- ]out\b/iu
]

/** The kind of one received message; a code wins even in a text that also advertises. */
export function messageKind(body: string): MessageKind {
  if (looksLikeOneTimeCode(body)) return 'code'
  const text = body.slice(0, 2000)
  return ADVERT_MARKS.some((mark) => mark.test(text)) ? 'advert' : 'notice'
}
