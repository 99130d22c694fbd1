import { onBeforeUnmount, watch, type Ref } from 'vue'
import { useSecurityStore } from '../stores/security'

const KEY = 'unlinker.idleLockMinutes'
export const IDLE_CHOICES = [5, 10, 30, 60, 0] as const
const DEFAULT_MINUTES = 10

/** Minutes without input before an encrypted app locks itself; 0 never. */
export function idleMinutes(): number {
  const stored = Number(localStorage.getItem(KEY))
  return (IDLE_CHOICES as readonly number[]).includes(stored) && localStorage.getItem(KEY) !== null
    ? stored
    : DEFAULT_MINUTES
}

export function setIdleMinutes(minutes: number): void {
  localStorage.setItem(KEY, String(minutes))
}

/**
 * While `active` (encryption on and unlocked), locks the app after the chosen idle time
 * and reloads the page so no data stays in its memory.
 */
export function useIdleLock(active: Ref<boolean>): void {
  let last = Date.now()
  const touch = (): void => {
    last = Date.now()
  }
  const security = useSecurityStore()
  const events = ['keydown', 'pointerdown', 'pointermove', 'wheel'] as const
  for (const event of events) window.addEventListener(event, touch, { passive: true })
  const timer = setInterval(() => {
    const minutes = idleMinutes()
    if (!active.value || minutes === 0 || Date.now() - last < minutes * 60_000) return
    void security.lock().then((error) => {
      if (!error) window.location.reload()
    })
  }, 15_000)
  watch(active, touch)
  onBeforeUnmount(() => {
    clearInterval(timer)
    for (const event of events) window.removeEventListener(event, touch)
  })
}
