import type { Api } from '../../../shared/contract'
import { buildApi } from '../../../shared/build-api'
import { localisedApi } from './error-text'
import { sendOverHttp } from './http-carrier'

/**
 * The renderer's only door to the app: Electron's preload api when present, else HTTP.
 * Nothing else in the renderer knows which carrier is underneath. Every refusal comes
 * back in the app's language.
 */
export const api: Api = localisedApi(window.unlinker ?? buildApi(sendOverHttp))
export const isDesktop = window.unlinker !== undefined
