import { appKnowledge, type Knowledge } from '../knowledge/knowledge'
import type { Source } from '../knowledge/knowledge-schema'

/**
 * What names a service outside its domains: the Android packages its apps are published
 * under (for app logins in password exports, android://…@com.vkontakte.android/) and the
 * SMS senders its messages come from. Both come from the service files.
 */
export interface AndroidApp {
  package: string
  /** The curated catalog entry the app belongs to. */
  catalogId: string
  /** The app's Google Play page, where the package is published under the service's name. */
  source: string
}

/** A sender name, short code or 【signature】 that differs from the service's own names. */
export interface SmsSender {
  /** As it appears as the sender: a short code ("900") or a name ("SBER-INFO"). */
  sender: string
  /** The curated catalog entry that sends from it. */
  catalogId: string
  /** The pages that say the service sends from it. */
  sources: Source[]
  /** A shared sender: it means this service only when the message names one of these. */
  whenTextNames?: string[]
}

export function googlePlayPage(pkg: string): string {
  return `https://play.google.com/store/apps/details?id=${pkg}`
}

export function androidApps(knowledge: Knowledge = appKnowledge()): AndroidApp[] {
  return knowledge.services.flatMap((s) =>
    (s.apps?.android ?? []).map((pkg) => ({
      package: pkg,
      catalogId: s.id,
      source: googlePlayPage(pkg)
    }))
  )
}

export function smsSenders(knowledge: Knowledge = appKnowledge()): SmsSender[] {
  return knowledge.services.flatMap((s) =>
    (s.smsSenders ?? []).map((x) => ({
      sender: x.sender,
      catalogId: s.id,
      sources: x.sources,
      ...(x.whenTextNames ? { whenTextNames: x.whenTextNames } : {})
    }))
  )
}

let byPackage: Map<string, string> | undefined

/** The catalog id of an Android app's service, when a service file names the package. */
export function serviceOfAndroidApp(pkg: string): string | undefined {
  byPackage ??= new Map(androidApps().map((a) => [a.package.toLowerCase(), a.catalogId]))
  return byPackage.get(pkg.toLowerCase())
}
