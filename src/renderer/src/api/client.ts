import type { Api } from '../../../shared/contract'
import { buildApi } from '../../../shared/build-api'
import { sendOverHttp } from './http-carrier'

/**
 * The renderer's only door to the app: Electron's preload api when present, else HTTP.
 * Nothing else in the renderer knows which carrier is underneath.
 */
export const api: Api = window.unlinker ?? buildApi(sendOverHttp)
export const isDesktop = window.unlinker !== undefined
